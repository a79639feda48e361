// Type inference and checking of expressions. Bare names are resolved here: against the scope
// (aggregate variables), the declarations, and — after `is`, in table cells, as arguments — the
// enum type expected on the other side. Results go into the model for the compiler.

import type { EnumDecl, Expr, FieldDecl, PathExpr, SourceLoc, TypeRef } from '../ast';
import { CalendarDate } from '../../domain/calendar-date';
import { parseFraction } from '../../domain/fraction';
import { suggestion } from '../did-you-mean';
import { fieldPath, fieldPathIn } from './fields';
import { type Binder, type FieldTable, type Model, type Ref, report } from './model';
import { T, type Type, an, assignable, comparable, isNumeric, optional, strip, typeName } from './type-model';

interface Scope {
  name: string;
  type: Type;
  binder: Binder;
  up?: Scope;
}

const BUILTIN_TYPES: Record<string, Type> = {
  boolean: T.boolean,
  integer: T.integer,
  fraction: T.fraction,
  date: T.date,
  text: T.text,
};

export class TypeChecker {
  /** The condition, value or decision whose body is being checked (for dependency edges). */
  private owner: string | undefined;
  private valueState = new Map<string, 'checking' | 'done'>();
  /** Whether `deadline ACTION` may appear (examples only). */
  inExample = false;

  constructor(readonly m: Model) {}

  // ---- types written in declarations ----

  resolveTypeRef(t: TypeRef): Type {
    switch (t.kind) {
      case 'list':
        return { k: 'list', of: this.resolveTypeRef(t.of) };
      case 'optional':
        return optional(this.resolveTypeRef(t.of));
      case 'named': {
        const n = t.name.text;
        if (BUILTIN_TYPES[n]) return BUILTIN_TYPES[n];
        if (this.m.enums.has(n)) return { k: 'enum', name: n };
        if (this.m.bands.has(n)) return { k: 'bands', name: n };
        if (this.m.records.has(n)) return { k: 'record', name: n };
        const known = [...Object.keys(BUILTIN_TYPES), ...this.m.enums.keys(), ...this.m.bands.keys(), ...this.m.records.keys()];
        report(this.m, t.name.loc, 'unknown-type', `unknown type '${n}'${suggestion(n, known)}`);
        return T.unknown;
      }
    }
  }

  /** Field tables of every record and facts declaration (dotted path → type). */
  buildFieldTables(): void {
    const table = (fields: FieldDecl[], owner: string): FieldTable => {
      const out: FieldTable = new Map();
      for (const f of fields) {
        const key = f.path.map((p) => p.text).join('.');
        const first = out.get(key);
        if (first) {
          report(this.m, f.loc, 'duplicate', `'${key}' is declared twice in ${owner}: it is already declared at line ${first.loc.line}`);
          continue;
        }
        out.set(key, { type: this.resolveTypeRef(f.type), loc: f.loc });
      }
      return out;
    };
    for (const [n, r] of this.m.records) this.m.recordFields.set(n, table(r.fields, `record ${n}`));
    for (const [n, f] of this.m.facts) this.m.factFields.set(n, table(f.fields, `facts ${n}`));
  }

  enumMembers(name: string): (string | number)[] {
    return this.m.enums.get(name)?.members.map((x) => x.value) ?? [];
  }

  // ---- named declarations ----

  /** Checks a condition, value or decision body with dependency edges recorded under `owner`. */
  withOwner<R>(owner: string | undefined, f: () => R): R {
    const saved = this.owner;
    this.owner = owner;
    try {
      return f();
    } finally {
      this.owner = saved;
    }
  }

  valueType(name: string): Type {
    const v = this.m.values.get(name);
    if (!v) return T.unknown;
    const known = this.m.valueTypes.get(name);
    if (known) return known;
    if (this.valueState.get(name) === 'checking') return v.type ? this.resolveTypeRef(v.type) : T.unknown; // a cycle: reported separately
    this.valueState.set(name, 'checking');
    const declared = v.type ? this.resolveTypeRef(v.type) : undefined;
    const t = this.withOwner(name, () => this.expect(v.expr, undefined, declared, `value '${name}'`));
    const result = declared ?? t;
    this.m.valueTypes.set(name, result);
    this.valueState.set(name, 'done');
    return result;
  }

  private dep(name: string, loc: SourceLoc): void {
    if (!this.owner) return;
    const list = this.m.deps.get(this.owner) ?? [];
    list.push({ name, loc });
    this.m.deps.set(this.owner, list);
  }

  // ---- expressions ----

  /** Checks `e` where a `want` is needed; reports a mismatch naming `what` needs it. */
  expect(e: Expr, scope: Scope | undefined, want: Type | undefined, what: string): Type {
    const t = this.check(e, scope, want);
    if (want && !assignable(t, want)) {
      report(this.m, e.loc, 'type', `${what} must be ${an(strip(want))}, but this is ${an(strip(t))}`);
    }
    return t;
  }

  expectBool(e: Expr, scope: Scope | undefined, what: string): void {
    this.expect(e, scope, T.boolean, what);
  }

  check(e: Expr, scope: Scope | undefined, want?: Type): Type {
    const t = this.infer(e, scope, want);
    this.m.types.set(e, t);
    return t;
  }

  private infer(e: Expr, scope: Scope | undefined, want?: Type): Type {
    switch (e.kind) {
      case 'bool':
        this.m.literals.set(e, e.value);
        return T.boolean;
      case 'string':
        this.m.literals.set(e, e.value);
        return T.text;
      case 'date': {
        const d = CalendarDate.parse(e.text);
        if (!d) {
          report(this.m, e.loc, 'bad-date', `${e.text} is not a calendar date`);
          return T.unknown;
        }
        this.m.literals.set(e, d);
        return T.date;
      }
      case 'number':
        return this.number(e, want);
      case 'path':
        return this.path(e, scope, want);
      case 'call':
        return this.call(e, scope);
      case 'not':
        this.expectBool(e.operand, scope, "what follows 'not'");
        return T.boolean;
      case 'and':
      case 'or':
        this.expectBool(e.left, scope, `each side of '${e.kind}'`);
        this.expectBool(e.right, scope, `each side of '${e.kind}'`);
        return T.boolean;
      case 'is':
        return this.is(e, scope);
      case 'compare':
        return this.compare(e, scope);
      case 'mul': {
        const a = this.check(e.left, scope, T.fraction);
        const b = this.check(e.right, scope, T.fraction);
        for (const [side, t] of [[e.left, a], [e.right, b]] as const) {
          if (!isNumeric(t) && strip(t).k !== 'unknown') report(this.m, side.loc, 'type', `only numbers can be multiplied, but this is ${an(strip(t))}`);
        }
        const whole = strip(a).k === 'integer' && strip(b).k === 'integer';
        const r = whole ? T.integer : T.fraction;
        return a.k === 'optional' || b.k === 'optional' ? optional(r) : r;
      }
      case 'otherwise': {
        const a = this.check(e.left, scope, want);
        const b = this.check(e.right, scope, want ?? strip(a));
        if (!comparable(a, b)) report(this.m, e.right.loc, 'type', `both sides of 'otherwise' must be of one type: this is ${an(strip(b))}, the left side is ${an(strip(a))}`);
        return b.k === 'optional' ? b : strip(a).k === 'unknown' ? b : strip(a);
      }
      case 'any':
      case 'no': {
        const inner = this.bind(e, scope);
        this.expectBool(e.where, inner, "the condition after 'where'");
        return T.boolean;
      }
      case 'aggregate': {
        const inner = this.bind(e, scope);
        if (e.where) this.expectBool(e.where, inner, "the condition after 'where'");
        if (e.fn === 'count') return T.integer;
        const t = this.check(e.of, inner);
        const s = strip(t);
        const ordered = s.k === 'date' || isNumeric(s) || s.k === 'bands' || s.k === 'unknown' || (s.k === 'enum' && this.m.enums.get(s.name)?.ordered);
        if (!ordered) report(this.m, e.of.loc, 'type', `'${e.fn}' needs dates, numbers or an ordered enum, but this is ${an(s)}`);
        return optional(s);
      }
      case 'deadlineRef': {
        if (!this.inExample) report(this.m, e.loc, 'deadline-ref', `'deadline ${e.action.text}' can only be used in an example's expect`);
        this.actionMember(e.action.text, e.action.loc);
        return optional(T.date);
      }
      case 'list': {
        const w = want ? strip(want) : undefined;
        const item = w?.k === 'list' ? w.of : undefined;
        let first: Type | undefined;
        for (const x of e.items) {
          const t = item ? this.expect(x, scope, item, 'each item of this list') : this.check(x, scope, first);
          first ??= t;
        }
        return { k: 'list', of: item ?? first ?? T.unknown };
      }
      case 'record': {
        const w = want ? strip(want) : undefined;
        if (!w || w.k !== 'record') {
          if (!w || w.k !== 'unknown') report(this.m, e.loc, 'type', `a record value { … } can only be given where a record is expected${w ? `, but ${an(w)} is needed here` : ''}`);
          for (const f of e.fields) this.check(f.value, scope);
          return T.unknown;
        }
        const fields = this.m.recordFields.get(w.name) ?? new Map();
        for (const f of e.fields) {
          const decl = fields.get(f.name.text);
          if (!decl) {
            report(this.m, f.name.loc, 'unknown-field', `record ${w.name} has no field '${f.name.text}'${suggestion(f.name.text, fields.keys())}`);
            this.check(f.value, scope);
            continue;
          }
          this.expect(f.value, scope, decl.type, `field '${f.name.text}'`);
        }
        return w;
      }
    }
  }

  /** `deadline X`, `deadline X` declarations: X must be a member of the `action` enum. */
  actionMember(name: string, loc: SourceLoc): boolean {
    const actions = this.m.enums.get('action');
    if (!actions) {
      report(this.m, loc, 'no-action-enum', `there is no 'action' enum listing the actions a deadline can be for`);
      return false;
    }
    const members = this.enumMembers('action').map(String);
    if (!members.includes(name)) {
      report(this.m, loc, 'unknown-action', `unknown action '${name}'${suggestion(name, members)}`);
      return false;
    }
    return true;
  }

  private bind(e: Binder, scope: Scope | undefined): Scope {
    const lt = this.check(e.list, scope);
    const s = strip(lt);
    let elem: Type = T.unknown;
    if (s.k === 'list') elem = s.of;
    else if (s.k !== 'unknown') report(this.m, e.list.loc, 'type', `'${e.variable.text}' must range over a list, but this is ${an(s)}`);
    return { name: e.variable.text, type: elem, binder: e, up: scope };
  }

  private number(e: Extract<Expr, { kind: 'number' }>, want?: Type): Type {
    const parsed = parseFraction(e.text.replace(/_/g, ''));
    if (!parsed.ok) {
      report(this.m, e.loc, 'bad-number', `${e.text} is not a number`);
      return T.unknown;
    }
    const v = parsed.value;
    const w = want ? strip(want) : undefined;
    const whole = v.d === 1n;
    if (w && (w.k === 'enum' || w.k === 'bands')) {
      const members = w.k === 'enum' ? this.enumMembers(w.name) : (this.m.bands.get(w.name)?.rows.map((r) => r.value) ?? []);
      const n = whole ? Number(v.n) : NaN;
      if (!members.includes(n)) {
        report(this.m, e.loc, 'not-a-member', `${e.text} is not ${an(w.name)}${members.length ? ` (its values are ${members.join(', ')})` : ''}`);
        return T.unknown;
      }
      this.m.literals.set(e, n);
      return w;
    }
    if (w?.k === 'fraction' || !whole) {
      this.m.literals.set(e, v);
      return T.fraction;
    }
    this.m.literals.set(e, Number(v.n));
    return T.integer;
  }

  // ---- names ----

  private lookupLocal(scope: Scope | undefined, name: string): Scope | undefined {
    for (let s = scope; s; s = s.up) if (s.name === name) return s;
    return undefined;
  }

  /** Declared names a term could mean, made once: a file of a thousand unknown names must not copy them all a thousand times. */
  private declaredTerms: readonly string[] | undefined;

  private termNames(scope: Scope | undefined): readonly string[] {
    this.declaredTerms ??= [...this.m.conditions.keys(), ...this.m.values.keys(), ...this.m.decisions.keys(), ...this.m.facts.keys()];
    const local: string[] = [];
    for (let s = scope; s; s = s.up) local.push(s.name);
    return local.length ? [...local, ...this.declaredTerms] : this.declaredTerms;
  }

  private setRef(e: PathExpr, ref: Ref, t: Type): Type {
    this.m.refs.set(e, ref);
    return t;
  }

  private path(e: PathExpr, scope: Scope | undefined, want?: Type, wantWhat?: string): Type {
    const parts = e.parts.map((p) => p.text);
    const first = parts[0];
    const w = want ? strip(want) : undefined;
    const full = parts.join('.');
    const locs = e.parts.map((p) => p.loc);

    // A bare enum member where the other side says which enum.
    if (parts.length === 1 && w?.k === 'enum' && this.enumMembers(w.name).includes(first)) {
      this.m.literals.set(e, first);
      return this.setRef(e, { kind: 'member', value: first }, w);
    }
    const local = this.lookupLocal(scope, first);
    if (local) {
      const { type, props } = fieldPath(this.m, local.type, parts, locs, 1, first);
      return this.setRef(e, { kind: 'local', binder: local.binder, props }, type);
    }
    if (this.m.facts.has(first)) {
      if (parts.length === 1) {
        report(this.m, e.loc, 'whole-facts', `'${first}' is the whole set of facts: name one of them, e.g. '${first}.${[...(this.m.factFields.get(first)?.keys() ?? ['…'])][0]}'`);
        return T.unknown;
      }
      const { type, props } = fieldPathIn(this.m, this.m.factFields.get(first) ?? new Map(), parts, locs, 1, first, 'fact');
      return this.setRef(e, { kind: 'fact', root: first, props }, type);
    }
    if (this.m.conditions.has(first)) {
      this.dep(first, e.loc);
      if (parts.length > 1) this.noFields(e, first, 'a condition');
      return this.setRef(e, { kind: 'condition', name: first }, T.boolean);
    }
    if (this.m.values.has(first)) {
      this.dep(first, e.loc);
      const vt = this.valueType(first);
      if (parts.length === 1) return this.setRef(e, { kind: 'value', name: first }, vt);
      const { type, props } = fieldPath(this.m, vt, parts, locs, 1, first);
      return this.setRef(e, { kind: 'value', name: first, props }, type);
    }
    const decision = this.m.decisions.get(first);
    if (decision) {
      this.dep(first, e.loc);
      if (parts.length === 1) {
        const rt = this.resolveTypeRef(decision.result);
        return this.setRef(e, { kind: 'decision', name: first }, decision.otherwise ? rt : optional(rt));
      }
      const field = decision.fields.find((f) => f.name.text === parts[1]);
      if (!field || parts.length > 2) {
        report(this.m, e.parts[1].loc, 'unknown-field', `decision '${first}' has no field '${parts.slice(1).join('.')}'${suggestion(parts[1], decision.fields.map((f) => f.name.text))}`);
        return T.unknown;
      }
      return this.setRef(e, { kind: 'decision', name: first, field: parts[1] }, optional(this.resolveTypeRef(field.type)));
    }
    if (this.m.tables.has(first) || this.m.bands.has(first)) {
      const what = this.m.tables.has(first) ? 'a table' : 'a bands table';
      report(this.m, e.loc, 'not-callable-here', `'${first}' is ${what}: call it with its inputs, e.g. ${first}(…)`);
      return T.unknown;
    }
    if (parts.length === 1) {
      if (w?.k === 'enum') {
        report(this.m, e.loc, 'not-a-member', `'${first}' is not ${an(w.name)}${suggestion(first, this.enumMembers(w.name).map(String))}`);
        return T.unknown;
      }
      const owners = [...this.m.enums.values()].filter((en) => en.members.some((x) => x.value === first));
      if (owners.length && w && w.k !== 'unknown') {
        report(this.m, e.loc, 'type', `'${first}' is a ${owners[0].name.text}, but ${wantWhat ?? `${an(w)} is needed here`}`);
        return T.unknown;
      }
      if (owners.length === 1 && !w) {
        this.m.literals.set(e, first);
        return this.setRef(e, { kind: 'member', value: first }, { k: 'enum', name: owners[0].name.text });
      }
    }
    // The other side is already wrong: a bare name here is most likely a member of its type.
    if (parts.length === 1 && w?.k === 'unknown') return T.unknown;
    const word = w?.k === 'boolean' ? 'condition' : 'name';
    report(this.m, e.loc, 'unknown-name', `unknown ${word} '${full}'${suggestion(first, this.termNames(scope))}`);
    return T.unknown;
  }

  private noFields(e: PathExpr, name: string, what: string): void {
    report(this.m, e.parts[1].loc, 'unknown-field', `'${name}' is ${what} and has no fields`);
  }

  // ---- calls and comparisons ----

  private call(e: Extract<Expr, { kind: 'call' }>, scope: Scope | undefined): Type {
    const n = e.callee.text;
    const table = this.m.tables.get(n);
    if (table) {
      if (e.args.length !== table.params.length) {
        report(this.m, e.loc, 'arity', `table '${n}' takes ${table.params.length} input${table.params.length === 1 ? '' : 's'} (${table.params.map((p) => p.name.text).join(', ')}), but ${e.args.length} ${e.args.length === 1 ? 'is' : 'are'} given`);
      }
      e.args.forEach((a, i) => {
        const p = table.params[i];
        if (p) this.expect(a, scope, this.resolveTypeRef(p.type), `input '${p.name.text}' of table '${n}'`);
        else this.check(a, scope);
      });
      return this.resolveTypeRef(table.result);
    }
    const bands = this.m.bands.get(n);
    if (bands) {
      if (e.args.length !== 1) report(this.m, e.loc, 'arity', `bands '${n}' takes one value, but ${e.args.length} are given`);
      const over = this.resolveTypeRef(bands.over);
      e.args.forEach((a, i) => (i === 0 ? this.expect(a, scope, over, `the value given to '${n}'`) : this.check(a, scope)));
      const t: Type = { k: 'bands', name: n };
      return e.args[0] && this.m.types.get(e.args[0])?.k === 'optional' ? optional(t) : t;
    }
    for (const a of e.args) this.check(a, scope);
    report(this.m, e.callee.loc, 'unknown-name', `unknown table '${n}'${suggestion(n, [...this.m.tables.keys(), ...this.m.bands.keys()])}`);
    return T.unknown;
  }

  private text(e: Expr): string {
    const src = this.m.sources.get(e.loc.file);
    return src !== undefined && e.loc.endOffset > e.loc.offset ? src.slice(e.loc.offset, e.loc.endOffset) : 'this';
  }

  private is(e: Extract<Expr, { kind: 'is' }>, scope: Scope | undefined): Type {
    const st = this.check(e.subject, scope);
    const s = strip(st);
    const values = e.test.kind === 'value' ? [e.test.value] : e.test.kind === 'oneOf' ? e.test.values : [];
    for (const v of values) {
      const vt = v.kind === 'path' ? this.pathWithContext(v, scope, s, `${this.text(e.subject)} is ${an(s)}`) : this.check(v, scope, s);
      if (!comparable(st, vt)) report(this.m, v.loc, 'type', `${this.text(e.subject)} is ${an(s)}, so it cannot be ${an(strip(vt))}`);
    }
    return T.boolean;
  }

  private pathWithContext(v: PathExpr, scope: Scope | undefined, want: Type, wantWhat: string): Type {
    const t = this.path(v, scope, want, wantWhat);
    this.m.types.set(v, t);
    return t;
  }

  private compare(e: Extract<Expr, { kind: 'compare' }>, scope: Scope | undefined): Type {
    const lt = this.check(e.left, scope);
    const rt = this.check(e.right, scope, strip(lt));
    const a = strip(lt);
    const b = strip(rt);
    if (a.k === 'unknown' || b.k === 'unknown') return T.boolean;
    if (e.op === '=') {
      if (!comparable(a, b)) report(this.m, e.loc, 'type', `cannot compare ${an(a)} with ${an(b)}`);
      return T.boolean;
    }
    const bothNumbers = isNumeric(a) && isNumeric(b);
    const same = comparable(a, b);
    if (!bothNumbers && !same) {
      report(this.m, e.loc, 'type', `cannot compare ${an(a)} with ${an(b)}`);
    } else if (!bothNumbers && !(a.k === 'date' || a.k === 'bands' || (a.k === 'enum' && this.isOrdered(a.name)))) {
      const why = a.k === 'enum' ? `${a.name} is not ordered` : `${typeName(a)} values have no order`;
      report(this.m, e.loc, 'type', `'${e.op}' needs numbers, dates or an ordered enum: ${why}; use 'is'`);
    }
    return T.boolean;
  }

  isOrdered(enumName: string): boolean {
    return (this.m.enums.get(enumName) as EnumDecl | undefined)?.ordered ?? false;
  }
}
