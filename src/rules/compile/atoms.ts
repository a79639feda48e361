// A decision's `when`s as sums of products over *atoms*, for the fast path (decisions.ts `quick`).
//
// Named conditions are expanded into their bodies down to the tests they are made of, so a test
// shared by several rules and conditions (`case.crossBorder` in both crossBorderEffect and
// localEvent) is one atom, evaluated at most once per run, and only when a product still open
// needs it. An atom is
//  - a *field test*: one declared field of the facts root compared with constants (`case.x`,
//    `case.risk.level is serious`, `… is one of (…)`, `… is present`, `case.product.photos > 0`),
//    or such a test on a field of the items of a list field (`any m in case.measures where
//    m.type is obligatory`, and `no …`): read straight from the flat field arrays, no call; or
//  - anything else (a value, a comparison of two fields…): its compiled closure.
// Truth is `=== true` throughout, exactly as the compiled `and`/`or`/`not` read their operands,
// so the sums of products decide what the closures decide. Only for `when`s that cannot fail
// (may-fail.ts): evaluating an atom that the closures would have skipped is then harmless.

import type { Expr } from '../ast';
import type { RValue } from '../api';
import type { FieldTable } from '../check/model';
import { type Type, strip } from '../check/type-model';
import type { Linker } from './expr';
import { FLAT, type Fn, intern } from './runtime';
import { columnOf } from '../facts';

/** How a field test compares the field's value `v` (absent is null) with its constants. */
export const Test = {
  IsTrue: 0,
  Equal: 1,
  NotEqual: 2,
  OneOf: 3,
  NotOneOf: 4,
  Present: 5,
  Absent: 6,
  Above: 7,
  AtLeast: 8,
  Below: 9,
  AtMost: 10,
} as const;
export type Test = (typeof Test)[keyof typeof Test];

export interface FieldTest {
  /** Position of the field in the root's flat field array (for a list test: of the list). */
  index: number;
  test: Test;
  /** The constant (Equal, NotEqual, comparisons) or constants (OneOf, NotOneOf). */
  constant: RValue;
  constants: readonly RValue[];
  /**
   * A list test: `test` applies to this field of each item; `any` holds if one passes, `no` if
   * none. `column`: where the flat array keeps all items' fields in one run (facts.ts columnOf),
   * read instead of the items when it is there.
   */
  items: { index: number; parts: readonly string[]; any: boolean; column: { index: number; stride: number } | null } | null;
}

/** One product: the atoms that must hold (`pos`) and must not (`neg`), as bit sets. */
export interface Product {
  pos: number;
  neg: number;
}

export interface AtomTable {
  /** The facts root whose flat field array the field tests read. */
  root: string;
  /** Atoms 0 … fieldTests.length - 1. */
  fieldTests: FieldTest[];
  /** Atoms fieldTests.length and up: closures, evaluated on demand. */
  closures: Fn[];
  /** Per rule, its `when` as a sum of products; null when it could not be expressed (too big). */
  whens: (Product[] | null)[];
}

/** At most 31 atoms fit a bit set; a `when` of more than this many products is left to closures. */
const MAX_ATOMS = 31;
const MAX_PRODUCTS = 32;

class TooBig extends Error {}

/** The atoms and products of a decision's `when`s, or null when they do not fit. */
export function atomsOf(l: Linker, whens: readonly Expr[]): AtomTable | null {
  const root = [...l.model.factFields.keys()][0];
  const fieldTests: FieldTest[] = [];
  const closures: Fn[] = [];
  const closureExprs: Expr[] = [];
  const fieldKeys = new Map<string, number>();
  const closureKeys = new Map<Expr | string, number>();

  type Field = { index: number; type: Type; parts: readonly string[] };
  const fieldIn = (table: FieldTable | undefined, props: readonly string[]): Field | undefined => {
    const key = props.join('.');
    const f = table?.get(key);
    return f ? { index: [...table!.keys()].indexOf(key), type: strip(f.type), parts: props } : undefined;
  };
  const rootField = (x: Expr): Field | undefined => {
    const ref = x.kind === 'path' ? l.model.refs.get(x) : undefined;
    return ref?.kind === 'fact' && ref.root === root ? fieldIn(l.model.factFields.get(root), ref.props) : undefined;
  };
  const primitive = (x: Expr): RValue | undefined => {
    const v = x.kind === 'path' ? constantPath(l, x) : l.model.literals.get(x);
    // Interned as bindFacts interns enum members: equal members are then the same object.
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? intern(v) : undefined;
  };

  /** `e` as a test of one field that `read` finds, or undefined. */
  const testOf = (e: Expr, read: (x: Expr) => Field | undefined): { field: Field; test: Test; constant: RValue; constants: readonly RValue[] } | undefined => {
    const make = (field: Field, test: Test, constant: RValue = null, constants: readonly RValue[] = []) => ({ field, test, constant, constants });
    if (e.kind === 'path') {
      const f = read(e);
      return f && f.type.k === 'boolean' ? make(f, Test.IsTrue) : undefined;
    }
    if (e.kind === 'is') {
      const f = read(e.subject);
      if (!f) return undefined;
      const t = e.test;
      if (t.kind === 'present' || t.kind === 'absent') return make(f, (t.kind === 'present') !== e.negated ? Test.Present : Test.Absent);
      // Fractions and dates are objects, equal by value (runtime.ts `same`), not by identity.
      if (f.type.k === 'fraction' || f.type.k === 'date') return undefined;
      const values = (t.kind === 'value' ? [t.value] : t.values).map(primitive);
      if (values.some((v) => v === undefined)) return undefined;
      if (values.length === 1) return make(f, e.negated ? Test.NotEqual : Test.Equal, values[0]!);
      return make(f, e.negated ? Test.NotOneOf : Test.OneOf, null, values as RValue[]);
    }
    if (e.kind === 'compare' && e.op !== '=') {
      // Whole numbers only: there `<` on the values is exactly the rules' order.
      const f = read(e.left);
      const c = primitive(e.right);
      if (!f || f.type.k !== 'integer' || typeof c !== 'number') return undefined;
      const test: Test = { '>': Test.Above, '>=': Test.AtLeast, '<': Test.Below, '<=': Test.AtMost }[e.op];
      return make(f, test, c);
    }
    return undefined;
  };

  /** A field test on the root (or on the items of one of its list fields), or undefined. */
  const fieldTest = (e: Expr): FieldTest | undefined => {
    if (e.kind === 'any' || e.kind === 'no') {
      const list = rootField(e.list);
      const elem = list?.type.k === 'list' ? strip(list.type.of) : undefined;
      if (!list || elem?.k !== 'record') return undefined;
      const table = l.model.recordFields.get(elem.name);
      const inner = testOf(e.where, (x) => {
        const ref = x.kind === 'path' ? l.model.refs.get(x) : undefined;
        return ref?.kind === 'local' && ref.binder === e ? fieldIn(table, ref.props) : undefined;
      });
      if (!inner) return undefined;
      const column = columnOf(l.model, l.model.factFields.get(root)!, list.parts.join('.')) ?? null;
      return { index: list.index, test: inner.test, constant: inner.constant, constants: inner.constants, items: { index: inner.field.index, parts: inner.field.parts, any: e.kind === 'any', column } };
    }
    const t = testOf(e, rootField);
    return t && { index: t.field.index, test: t.test, constant: t.constant, constants: t.constants, items: null };
  };

  const atom = (e: Expr, conditionName?: string): number => {
    const ft = fieldTest(e);
    if (ft) {
      const key = `${ft.index}|${ft.test}|${String(ft.constant)}|${ft.constants.map(String).join(',')}|${ft.items ? `${ft.items.any}:${ft.items.index}` : ''}`;
      let i = fieldKeys.get(key);
      if (i === undefined) {
        fieldKeys.set(key, (i = fieldTests.length));
        fieldTests.push(ft);
      }
      return i;
    }
    const key = conditionName ?? e;
    let i = closureKeys.get(key);
    if (i === undefined) {
      closureKeys.set(key, (i = closures.length));
      closures.push(conditionName ? l.condition(conditionName) : l.fnOf(e));
      closureExprs.push(e);
    }
    return -1 - i; // numbered once the field tests are all known
  };

  type Literal = { atom: number; holds: boolean };
  /** Sum of products of `e` (or of `not e`), with atoms numbered as `atom` numbers them. */
  const expand = (e: Expr, negate: boolean, depth: number): Literal[][] => {
    if (depth > 32) throw new TooBig();
    switch (e.kind) {
      case 'and':
      case 'or': {
        const left = expand(e.left, negate, depth + 1);
        const right = expand(e.right, negate, depth + 1);
        if ((e.kind === 'and') !== negate) {
          if (left.length * right.length > MAX_PRODUCTS) throw new TooBig();
          return left.flatMap((a) => right.map((b) => [...a, ...b]));
        }
        if (left.length + right.length > MAX_PRODUCTS) throw new TooBig();
        return [...left, ...right];
      }
      case 'not':
        return expand(e.operand, !negate, depth + 1);
      case 'path': {
        const ref = l.model.refs.get(e);
        if (ref?.kind === 'condition') {
          const c = l.model.conditions.get(ref.name);
          // A condition made of tests is opened up; one that is a single other thing stays whole.
          if (c && (c.expr.kind === 'and' || c.expr.kind === 'or' || c.expr.kind === 'not' || fieldTest(c.expr) || c.expr.kind === 'path')) return expand(c.expr, negate, depth + 1);
          return [[{ atom: atom(e, ref.name), holds: !negate }]];
        }
        return [[{ atom: atom(e), holds: !negate }]];
      }
      default:
        return [[{ atom: atom(e), holds: !negate }]];
    }
  };

  const expanded = whens.map((w) => {
    try {
      return expand(w, false, 0);
    } catch (err) {
      if (err instanceof TooBig) return null;
      throw err;
    }
  });
  if (fieldTests.length + closures.length > MAX_ATOMS || root === undefined) return null;
  const bit = (a: number) => 1 << (a >= 0 ? a : fieldTests.length + (-1 - a));
  const whensOut = expanded.map((sum) =>
    sum === null
      ? null
      : sum
          .map((product) => {
            let pos = 0;
            let neg = 0;
            for (const lit of product) {
              if (lit.holds) pos |= bit(lit.atom);
              else neg |= bit(lit.atom);
            }
            return { pos, neg };
          })
          // `a and not a` can never hold: drop it rather than test it.
          .filter((p) => (p.pos & p.neg) === 0),
  );
  return { root, fieldTests, closures, whens: whensOut };
}

/** An enum member written bare (`serious`) or another constant path, else undefined. */
function constantPath(l: Linker, e: Expr): RValue | undefined {
  const ref = l.model.refs.get(e as Extract<Expr, { kind: 'path' }>);
  if (!ref) return l.model.literals.get(e) ?? undefined;
  return ref.kind === 'member' ? ref.value : undefined;
}

const EMPTY: readonly RValue[] = [];

/** A record's field read by name (a record not made by bindFacts, e.g. in an example). */
function byName(v: RValue, parts: readonly string[]): RValue {
  for (const p of parts) v = v !== null && typeof v === 'object' ? ((v as Record<string, RValue>)[p] ?? null) : null;
  return v;
}

/** `includes` without the builtin call: the constants are interned texts or whole numbers (no NaN). */
function oneOf(constants: readonly RValue[], v: RValue): boolean {
  for (let i = 0; i < constants.length; i++) if (constants[i] === v) return true;
  return false;
}

/**
 * Whether field test `a` holds, given a facts root's flat field array: the tests of one decision
 * as one function, for the hot loops (decisions.ts). What a test needs sits in arrays made here,
 * not read from the FieldTest objects per call: a module-level tester reading those objects shares
 * its type feedback with every rule set ever loaded, which measured twice as slow.
 */
export function fieldTester(tests: readonly FieldTest[]): (a: number, flat: readonly RValue[]) => boolean {
  const kind = Int32Array.from(tests, (t) => t.test);
  const index = Int32Array.from(tests, (t) => t.index);
  // -1: a test of the field itself; else the item field a list test reads.
  const itemIndex = Int32Array.from(tests, (t) => (t.items ? t.items.index : -1));
  const anyItem = Uint8Array.from(tests, (t) => (t.items?.any ? 1 : 0));
  // -1: no column; else where the items' fields sit in one run, `stride` per item.
  const column = Int32Array.from(tests, (t) => t.items?.column?.index ?? -1);
  const stride = Int32Array.from(tests, (t) => t.items?.column?.stride ?? 0);
  const constant = tests.map((t) => t.constant);
  const constants = tests.map((t) => t.constants);
  const holds = (a: number, v: RValue): boolean => {
    switch (kind[a]) {
      case Test.IsTrue:
        return v === true;
      case Test.Equal:
        return v !== null && v === constant[a];
      case Test.NotEqual:
        return v !== null && v !== constant[a];
      case Test.OneOf:
        return v !== null && oneOf(constants[a], v);
      case Test.NotOneOf:
        return v !== null && !oneOf(constants[a], v);
      case Test.Present:
        return v !== null;
      case Test.Absent:
        return v === null;
      case Test.Above:
        return v !== null && (v as number) > (constant[a] as number);
      case Test.AtLeast:
        return v !== null && (v as number) >= (constant[a] as number);
      case Test.Below:
        return v !== null && (v as number) < (constant[a] as number);
      default: // Test.AtMost
        return v !== null && (v as number) <= (constant[a] as number);
    }
  };
  return (a, flat) => {
    const v = flat[index[a]] ?? null;
    const item = itemIndex[a];
    if (item < 0) return holds(a, v);
    const any = anyItem[a] === 1;
    const col = column[a] >= 0 ? (flat[column[a]] as readonly RValue[] | null | undefined) : undefined;
    if (col != null) {
      const step = stride[a];
      for (let i = item; i < col.length; i += step) if (holds(a, col[i] ?? null)) return any;
      return !any;
    }
    const list = (v ?? EMPTY) as readonly RValue[];
    for (let i = 0; i < list.length; i++) {
      const it = list[i] as { [FLAT]?: RValue[] } | null;
      const own = it !== null && typeof it === 'object' ? it[FLAT] : undefined;
      if (holds(a, own !== undefined ? (own[item] ?? null) : byName(it as RValue, tests[a].items!.parts))) return any;
    }
    return !any;
  };
}
