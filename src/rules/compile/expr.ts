// Expressions compiled to closures once, at load time (never eval / new Function): each node
// becomes a function of the evaluation context, with names already resolved by the checker.

import type { Expr, PathExpr } from '../ast';
import type { RValue } from '../api';
import type { FieldTable, Model } from '../check/model';
import { strip } from '../check/type-model';
import { Fraction } from '../../domain/fraction';
import { type EvalCtx, FLAT, type Fn, order, same, toFraction } from './runtime';

/** What compiled expressions call into: named definitions, tables, bands, deadlines. */
export interface Linker {
  readonly model: Model;
  /** Slot of an aggregate variable in `locals`. */
  localSlot(binder: object): number;
  readonly locals: RValue[];
  condition(name: string): Fn;
  value(name: string): Fn;
  /** A decision's value and fields (its winner only, memoised per evaluation). */
  quickDecision(name: string): (ctx: EvalCtx) => { value: RValue; fields: Readonly<Record<string, RValue>> };
  table(name: string): (args: RValue[], ctx: EvalCtx) => RValue;
  bands(name: string): (v: RValue) => RValue;
  deadlineDue(action: string): Fn;
  /** Position of each member of an ordered enum. */
  rank(enumName: string): Map<RValue, number>;
  /** Every compiled node, for explanations that re-walk an expression. */
  readonly fns: WeakMap<Expr, Fn>;
  /** The compiled closure of a checked expression (compiled now if it was not yet). */
  fnOf(e: Expr): Fn;
}

const TRUE: Fn = () => true;
const EMPTY: readonly RValue[] = Object.freeze([]);

export function compileExpr(l: Linker, e: Expr): Fn {
  const f = build(l, e);
  l.fns.set(e, f);
  return f;
}

function constant(v: RValue): Fn {
  return () => v;
}

function walk(props: readonly string[]): (v: RValue) => RValue {
  if (props.length === 0) return (v) => v;
  type O = Record<string, RValue> | null;
  if (props.length === 1) {
    const [a] = props;
    return (v) => (v === null ? null : ((v as Record<string, RValue>)[a] ?? null));
  }
  if (props.length === 2) {
    const [a, b] = props;
    return (v) => {
      const x = v === null ? null : (((v as O)![a] ?? null) as O);
      return x === null ? null : (x[b] ?? null);
    };
  }
  return (v) => {
    for (const p of props) {
      if (v === null || typeof v !== 'object') return null;
      v = (v as Record<string, RValue>)[p] ?? null;
    }
    return v;
  };
}

function path(l: Linker, e: PathExpr): Fn {
  const ref = l.model.refs.get(e);
  if (!ref) return constant(l.model.literals.get(e) ?? null);
  switch (ref.kind) {
    case 'member':
      return constant(ref.value);
    case 'fact': {
      const root = ref.root;
      const table = l.model.factFields.get(root);
      const idx = table ? [...table.keys()].indexOf(ref.props.join('.')) : -1;
      if (idx >= 0) {
        // The usual case, one declared field: a single closure, no inner calls on the fast path.
        const slow = walk(ref.props);
        return (ctx) => {
          const r = ctx.facts[root] as O | undefined;
          if (r == null) return null;
          const flat = r[FLAT] as RValue[] | undefined;
          return flat !== undefined ? flat[idx] : slow(r as RValue);
        };
      }
      const read = reader(l, table, ref.props);
      return (ctx) => read((ctx.facts[root] as RValue | undefined) ?? null);
    }
    case 'local': {
      const slot = l.localSlot(ref.binder);
      const locals = l.locals;
      const listType = strip(l.model.types.get(ref.binder.list) ?? { k: 'unknown' });
      const elem = listType.k === 'list' ? strip(listType.of) : undefined;
      const read = elem?.k === 'record' ? reader(l, l.model.recordFields.get(elem.name), ref.props) : walk(ref.props);
      return () => read(locals[slot] ?? null);
    }
    case 'condition':
      return l.condition(ref.name);
    case 'value': {
      const v = l.value(ref.name);
      if (!ref.props?.length) return v;
      const w = walk(ref.props);
      return (ctx) => w(v(ctx));
    }
    case 'decision': {
      const d = l.quickDecision(ref.name);
      const field = ref.field;
      return field === undefined ? (ctx) => d(ctx).value : (ctx) => d(ctx).fields[field] ?? null;
    }
  }
}

type O = Record<string | symbol, RValue | RValue[] | undefined>;

/**
 * Reads a declared field (then record fields) of a facts root or record value: from its flat
 * array when it has one (bound by bindFacts), else by property names.
 */
function reader(l: Linker, table: FieldTable | undefined, props: readonly string[]): (v: RValue) => RValue {
  if (!table || props.length === 0) return walk(props);
  const keys = [...table.keys()];
  for (let j = props.length; j > 0; j--) {
    const key = props.slice(0, j).join('.');
    const idx = keys.indexOf(key);
    if (idx < 0) continue;
    const slow = walk(props.slice(0, j));
    const step = (v: RValue): RValue => {
      if (v === null || typeof v !== 'object') return null;
      const flat = (v as O)[FLAT] as RValue[] | undefined;
      return flat !== undefined ? flat[idx] : slow(v);
    };
    if (j === props.length) return step;
    const t = strip(table.get(key)!.type);
    const next = t.k === 'record' ? reader(l, l.model.recordFields.get(t.name), props.slice(j)) : walk(props.slice(j));
    return (v) => next(step(v));
  }
  return walk(props);
}

/** A comparison of two present values, by enum rank when the type is an ordered enum. */
function comparer(l: Linker, typed: Expr): (a: RValue, b: RValue) => number {
  const t = l.model.types.get(typed);
  const s = t && strip(t);
  if (s?.k === 'enum') {
    const r = l.rank(s.name);
    return (a, b) => (r.get(a) ?? 0) - (r.get(b) ?? 0);
  }
  return order;
}

function build(l: Linker, e: Expr): Fn {
  const lit = l.model.literals.get(e);
  if (lit !== undefined && e.kind !== 'path') return constant(lit);
  switch (e.kind) {
    case 'bool':
    case 'string':
    case 'date':
    case 'number':
      return constant(null); // unreachable after a clean check
    case 'path':
      return path(l, e);
    case 'call': {
      const args = e.args.map((a) => compileExpr(l, a));
      if (l.model.bands.has(e.callee.text)) {
        const band = l.bands(e.callee.text);
        const a = args[0];
        return (ctx) => band(a(ctx));
      }
      const table = l.table(e.callee.text);
      return (ctx) => {
        const vals = args.map((a) => a(ctx));
        return vals.includes(null) ? null : table(vals, ctx);
      };
    }
    case 'not': {
      const a = compileExpr(l, e.operand);
      return (ctx) => a(ctx) !== true;
    }
    case 'and':
    case 'or':
      return junction(e.kind, operands(e, e.kind).map((x) => compileExpr(l, x)));
    case 'is':
      return isTest(l, e);
    case 'compare': {
      const a = compileExpr(l, e.left);
      const b = compileExpr(l, e.right);
      const cmp = comparer(l, e.left);
      const test = { '<': (n: number) => n < 0, '<=': (n: number) => n <= 0, '>': (n: number) => n > 0, '>=': (n: number) => n >= 0 };
      if (e.op === '=') {
        return (ctx) => {
          const x = a(ctx);
          const y = b(ctx);
          return x !== null && y !== null && same(x, y);
        };
      }
      const ok = test[e.op];
      return (ctx) => {
        const x = a(ctx);
        const y = b(ctx);
        return x !== null && y !== null && ok(cmp(x, y));
      };
    }
    case 'mul': {
      const a = compileExpr(l, e.left);
      const b = compileExpr(l, e.right);
      const whole = strip(l.model.types.get(e) ?? { k: 'unknown' }).k === 'integer';
      return (ctx) => {
        const x = a(ctx);
        const y = b(ctx);
        if (x === null || y === null) return null;
        return whole ? (x as number) * (y as number) : toFraction(x).mul(toFraction(y));
      };
    }
    case 'otherwise': {
      const a = compileExpr(l, e.left);
      const b = compileExpr(l, e.right);
      return (ctx) => a(ctx) ?? b(ctx);
    }
    case 'any':
    case 'no': {
      const list = compileExpr(l, e.list);
      const where = compileExpr(l, e.where);
      const slot = l.localSlot(e);
      const locals = l.locals;
      const wantAny = e.kind === 'any';
      return (ctx) => {
        const items = (list(ctx) ?? EMPTY) as readonly RValue[];
        for (let i = 0; i < items.length; i++) {
          locals[slot] = items[i];
          if (where(ctx) === true) return wantAny;
        }
        return !wantAny;
      };
    }
    case 'aggregate': {
      const list = compileExpr(l, e.list);
      const where = e.where ? compileExpr(l, e.where) : TRUE;
      const slot = l.localSlot(e);
      const locals = l.locals;
      if (e.fn === 'count') {
        return (ctx) => {
          let n = 0;
          const items = (list(ctx) ?? EMPTY) as readonly RValue[];
          for (let i = 0; i < items.length; i++) {
            locals[slot] = items[i];
            if (where(ctx) === true) n++;
          }
          return n;
        };
      }
      const of = compileExpr(l, e.of);
      const cmp = comparer(l, e.of);
      const sign = e.fn === 'earliest' ? -1 : 1;
      return (ctx) => {
        let best: RValue = null;
        const items = (list(ctx) ?? EMPTY) as readonly RValue[];
        for (let i = 0; i < items.length; i++) {
          locals[slot] = items[i];
          if (where(ctx) !== true) continue;
          const v = of(ctx);
          if (v !== null && (best === null || Math.sign(cmp(v, best)) === sign)) best = v;
        }
        return best;
      };
    }
    case 'deadlineRef':
      return l.deadlineDue(e.action.text);
    case 'list': {
      const items = e.items.map((x) => compileExpr(l, x));
      return (ctx) => items.map((f) => f(ctx));
    }
    case 'record': {
      const t = strip(l.model.types.get(e) ?? { k: 'unknown' });
      const declared = t.k === 'record' ? (l.model.recordFields.get(t.name) ?? new Map()) : new Map();
      const given = e.fields.map((f) => [f.name.text.split('.'), compileExpr(l, f.value)] as const);
      const defaults = [...declared].map(([k, f]) => {
        const s = strip(f.type);
        const dflt: RValue = f.type.k === 'optional' ? null : s.k === 'boolean' ? false : s.k === 'list' ? [] : null;
        return [k.split('.'), dflt] as const;
      });
      return (ctx) => {
        const out: Record<string, RValue> = {};
        for (const [p, v] of defaults) setPath(out, p, v);
        for (const [p, f] of given) setPath(out, p, f(ctx));
        return out;
      };
    }
  }
}

/** Sets a dotted path in nested plain objects, creating the groups on the way. */
export function setPath(target: Record<string, RValue>, path: readonly string[], v: RValue): void {
  let o = target as Record<string, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const next = o[path[i]];
    if (next === null || typeof next !== 'object' || Array.isArray(next) || next instanceof Fraction) o[path[i]] = {};
    o = o[path[i]] as Record<string, unknown>;
  }
  o[path[path.length - 1]] = v;
}

/** `a and b and c` as one list of operands (the parser nests them two by two). */
export function operands(e: Expr, kind: 'and' | 'or'): Expr[] {
  return e.kind === kind ? [...operands(e.left, kind), ...operands(e.right, kind)] : [e];
}

/** An n-ary `and`/`or`: one closure for the chain, short-circuiting. */
function junction(kind: 'and' | 'or', fs: Fn[]): Fn {
  const want = kind === 'and';
  if (fs.length === 2) {
    const [a, b] = fs;
    return want ? (ctx) => a(ctx) === true && b(ctx) === true : (ctx) => a(ctx) === true || b(ctx) === true;
  }
  if (fs.length === 3) {
    const [a, b, c] = fs;
    return want ? (ctx) => a(ctx) === true && b(ctx) === true && c(ctx) === true : (ctx) => a(ctx) === true || b(ctx) === true || c(ctx) === true;
  }
  return (ctx) => {
    for (let i = 0; i < fs.length; i++) if ((fs[i](ctx) === true) !== want) return !want;
    return want;
  };
}

/** A read of one declared fact, for closures that inline it: root, flat index, and the slow way. */
function simpleFact(l: Linker, e: Expr): { root: string; idx: number; slow: (v: RValue) => RValue } | undefined {
  if (e.kind !== 'path') return undefined;
  const ref = l.model.refs.get(e);
  if (ref?.kind !== 'fact') return undefined;
  const table = l.model.factFields.get(ref.root);
  const idx = table ? [...table.keys()].indexOf(ref.props.join('.')) : -1;
  return idx < 0 ? undefined : { root: ref.root, idx, slow: walk(ref.props) };
}

function isTest(l: Linker, e: Extract<Expr, { kind: 'is' }>): Fn {
  const subject = compileExpr(l, e.subject);
  const fact = simpleFact(l, e.subject);
  const neg = e.negated;
  const t = e.test;
  switch (t.kind) {
    case 'present':
      return (ctx) => (subject(ctx) !== null) !== neg;
    case 'absent':
      return (ctx) => (subject(ctx) === null) !== neg;
    case 'value':
    case 'oneOf': {
      const vals = (t.kind === 'value' ? [t.value] : t.values).map((v) => compileExpr(l, v));
      const consts = (t.kind === 'value' ? [t.value] : t.values).map((v) => l.model.literals.get(v));
      // Comparisons with an absent value are false, whether `is` or `is not` (ask with `is absent`).
      if (consts.every((c) => typeof c === 'string' || typeof c === 'boolean' || typeof c === 'number')) {
        if (consts.length === 1) {
          const c = consts[0];
          if (fact) {
            // `case.risk.level is serious`: the read inlined, the commonest test of all.
            const { root, idx, slow } = fact;
            return (ctx) => {
              const r = ctx.facts[root] as O | undefined;
              if (r == null) return false;
              const flat = r[FLAT] as RValue[] | undefined;
              const v = flat !== undefined ? flat[idx] : slow(r as RValue);
              return v !== null && (v === c) !== neg;
            };
          }
          return (ctx) => {
            const v = subject(ctx);
            return v !== null && (v === c) !== neg;
          };
        }
        const set = new Set<unknown>(consts);
        return (ctx) => {
          const v = subject(ctx);
          return v !== null && set.has(v) !== neg;
        };
      }
      return (ctx) => {
        const v = subject(ctx);
        if (v === null) return false;
        let hit = false;
        for (const f of vals) {
          const w = f(ctx);
          if (w !== null && same(v, w)) {
            hit = true;
            break;
          }
        }
        return hit !== neg;
      };
    }
  }
}
