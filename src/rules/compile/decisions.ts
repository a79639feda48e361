// A decision compiled: every rule whose `when` holds is a candidate; a candidate overridden by
// another candidate drops out; one left decides, none means `otherwise`, more is an error.
// Candidates are a bit set when there are at most 30 rules (the common case), else a list.
//
// Two ways to run it:
//  - `evaluate` tests every rule's `when`: the full candidate set, for the explanation
//    ("not article12, because emergency overrides it");
//  - `quick` gives the same winner (and the same errors) testing fewer `when`s: a rule that is
//    already overridden by a candidate, and whose own overrides are already dropped, can change
//    nothing, so its `when` is skipped — unless evaluating it could fail (may-fail.ts). Rules are
//    tried overriders first, so one early candidate (e.g. "excluded: overrides everything") ends
//    the work. When no `when` can fail, `quick` works on atoms instead of closures (atoms.ts):
//    a tree of atom tests made at load time (decision-tree.ts), or, if that would be too big, a
//    loop over each rule's products of atoms;
//  - `fast`, for `decideValue` when the tree tests fields only: the tree walked straight over the
//    bound facts' flat field array (tree-walk.ts), no evaluation context at all.

import type { DecisionDecl, Expr } from '../ast';
import type { RValue } from '../api';
import { type Linker, compileExpr } from './expr';
import { flatReader } from '../facts';
import { type AtomTable, type Product, atomsOf, fieldTester } from './atoms';
import { decisionTree } from './decision-tree';
import { treeWalker } from './tree-walk';
import { FailureAnalysis } from './may-fail';
import { type EvalCtx, FLAT, type Fn, RuleEvalError } from './runtime';

/** What a decision decided. Shared and frozen when the rule's value and fields are constants. */
export interface Decided {
  /** Index of the winning rule, or -1 for `otherwise`. */
  rule: number;
  value: RValue;
  fields: Readonly<Record<string, RValue>>;
}

export interface DecisionResult extends Decided {
  /** Rules whose `when` held: bit i = rule i (up to 30 rules), else their indexes. */
  candidates: number | readonly number[];
}

export interface CompiledDecision {
  decl: DecisionDecl;
  /** Every rule's `when` tested: the winner and all candidates. */
  evaluate(ctx: EvalCtx): DecisionResult;
  /** The winner only, with as few `when`s tested as the overrides allow; same result and errors. */
  quick(ctx: EvalCtx): Decided;
  /** Every candidate that dropped out: [overridden rule, overriding rule]. */
  overridden(r: DecisionResult): [number, number][];
  /**
   * The fastest path, when the decision is a tree of field tests alone (tree-walk.ts): the leaf
   * a facts root's flat field array leads to, and per leaf the shared result when it is certain
   * and constant (else null: `quick` then decides). Null when there is no such tree.
   */
  fast: { root: string; leafOf: (flat: readonly RValue[]) => number; results: readonly (Decided | null)[] } | null;
}

const BITS = 30;

/** The value of an expression that compiles to a constant (a literal or an enum member), else undefined. */
function constantOf(l: Linker, e: Expr): RValue | undefined {
  if (e.kind !== 'path') return l.model.literals.get(e);
  const ref = l.model.refs.get(e);
  return !ref ? (l.model.literals.get(e) ?? null) : ref.kind === 'member' ? ref.value : undefined;
}

function sharedResult(rule: number, value: RValue | undefined, fields: Readonly<Record<string, RValue>>): Decided | null {
  return value === undefined ? null : Object.freeze({ rule, value, fields });
}

/** Rule indexes with every overriding rule before the rules it overrides; otherwise file order. */
function overridersFirst(n: number, overriders: number[][]): number[] {
  const order: number[] = [];
  const placed = new Array<boolean>(n).fill(false);
  while (order.length < n) {
    let next = -1;
    for (let i = 0; i < n && next < 0; i++) if (!placed[i] && overriders[i].every((j) => placed[j])) next = i;
    // Overrides are acyclic in a checked rule set; should one not be, fall back to file order.
    if (next < 0) next = placed.indexOf(false);
    placed[next] = true;
    order.push(next);
  }
  return order;
}

export function compileDecision(l: Linker, d: DecisionDecl, failures = new FailureAnalysis(l.model)): CompiledDecision {
  const index = new Map(d.rules.map((r, i) => [r.name.text, i]));
  const fieldNames = d.fields.map((f) => f.name.text);
  const n = d.rules.length;
  const whens: Fn[] = d.rules.map((r) => compileExpr(l, r.when));
  const values: Fn[] = d.rules.map((r) => compileExpr(l, r.value));
  /** targets[i]: the rules rule i overrides; overriders[i]: the rules that override rule i. */
  const targets: number[][] = d.rules.map((r) => r.overrides.map((o) => index.get(o.text) ?? -1).filter((t) => t >= 0));
  const overriders: number[][] = d.rules.map(() => []);
  targets.forEach((ts, j) => ts.forEach((t) => overriders[t].push(j)));
  const targetMask = targets.map((ts) => ts.reduce((m, t) => m | (1 << t), 0));
  const overriderMask = overriders.map((js) => js.reduce((m, j) => m | (1 << j), 0));

  // Field values: made once when they are constants (the usual `with reason b`).
  const fieldFns = d.rules.map((r) => r.fields.map((f) => [f.name.text, compileExpr(l, f.value)] as const));
  const constFields = d.rules.map((r) => (r.fields.every((f) => l.model.literals.has(f.value)) ? Object.freeze(build(r.fields.map((f) => [f.name.text, l.model.literals.get(f.value)!] as const))) : null));
  function build(set: readonly (readonly [string, RValue])[]): Record<string, RValue> {
    const out: Record<string, RValue> = {};
    for (const f of fieldNames) out[f] = null;
    for (const [k, v] of set) out[k] = v;
    return out;
  }
  const noFields = Object.freeze(build([]));
  const fieldsOf = (i: number, ctx: EvalCtx) => constFields[i] ?? build(fieldFns[i].map(([k, f]) => [k, f(ctx)] as const));
  const otherwise = d.otherwise ? compileExpr(l, d.otherwise.value) : () => null;
  const name = d.name.text;
  const ambiguous = (a: number, b: number) =>
    new RuleEvalError(`${name} is ambiguous: rules '${d.rules[a].name.text}' and '${d.rules[b].name.text}' both apply and neither overrides the other`);
  const allOverridden = () => new RuleEvalError(`${name}: every rule that applies is overridden by another`);
  const decided = (winner: number, ctx: EvalCtx, candidates: number | number[]): DecisionResult => ({ rule: winner, value: values[winner](ctx), fields: fieldsOf(winner, ctx), candidates });

  /** The one candidate left after the overrides (bit sets), -1 for none; else the error. */
  const winnerOf = (cand: number, dropped: number): number => {
    if (cand === 0) return -1;
    const alive = cand & ~dropped;
    if (alive === 0) throw allOverridden();
    const first = 31 - Math.clz32(alive & -alive);
    const rest = alive & (alive - 1);
    if (rest !== 0) throw ambiguous(first, 31 - Math.clz32(rest & -rest));
    return first;
  };

  /** Up to 30 rules: candidates and the ones they override as bit sets. */
  const small = (ctx: EvalCtx): DecisionResult => {
    let dropped = 0;
    let cand = 0;
    for (let i = 0; i < n; i++) {
      if (whens[i](ctx) === true) {
        cand |= 1 << i;
        dropped |= targetMask[i];
      }
    }
    const w = winnerOf(cand, dropped);
    return w < 0 ? { rule: -1, value: otherwise(ctx), fields: noFields, candidates: 0 } : decided(w, ctx, cand);
  };

  // The fast path's tables: try order, and per rule its bit when its `when` may be skipped.
  const order = Int32Array.from(overridersFirst(n, overriders));
  const skippableBit = Int32Array.from(d.rules.map((r, i) => (n <= BITS && !failures.expr(r.when) ? 1 << i : 0)));
  const targetMasks = Int32Array.from(targetMask);
  /** Slot 0 `otherwise`, slot i + 1 rule i: the shared result when value and fields are constants. */
  const constResults: (Decided | null)[] = [
    d.otherwise === undefined ? Object.freeze({ rule: -1, value: null, fields: noFields }) : sharedResult(-1, constantOf(l, d.otherwise.value), noFields),
    ...d.rules.map((r, i) => (constFields[i] ? sharedResult(i, constantOf(l, r.value), constFields[i]) : null)),
  ];
  const resultOf = (w: number, ctx: EvalCtx): Decided =>
    constResults[w + 1] ?? (w < 0 ? { rule: -1, value: otherwise(ctx), fields: noFields } : { rule: w, value: values[w](ctx), fields: fieldsOf(w, ctx) });

  const quickSmall = (ctx: EvalCtx): Decided => {
    let dropped = 0;
    let cand = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      const t = targetMasks[i];
      // Already overridden, overriding nothing still standing, and safe to skip: it cannot matter.
      if ((dropped & skippableBit[i]) !== 0 && (t & ~dropped) === 0) continue;
      if (whens[i](ctx) === true) {
        cand |= 1 << i;
        dropped |= t;
      }
    }
    return resultOf(winnerOf(cand, dropped), ctx);
  };

  // The fastest form of `quick`: the `when`s as sums of products over atoms (atoms.ts), each atom
  // tested at most once, and only when a product still open needs it. Only when no `when` can
  // fail, so that testing an atom the closures would not have reached is harmless.
  const atoms = n <= BITS && skippableBit.every((b) => b !== 0) ? atomsOf(l, d.rules.map((r) => r.when)) : null;
  let fast: CompiledDecision['fast'] = null;
  const quickAtoms = atoms && atoms.whens.every((w) => w !== null) ? atomQuick(atoms, atoms.whens as Product[][]) : null;
  function atomQuick(table: AtomTable, sums: readonly Product[][]): (ctx: EvalCtx) => Decided {
    const { root, fieldTests, closures } = table;
    const nFields = fieldTests.length;
    const readFlat = flatReader(l.model, root)!;
    // Per rule, its products flattened: pos and neg of product j at [2j] and [2j + 1].
    const products = sums.map((sum) => Int32Array.from(sum.flatMap((p) => [p.pos, p.neg])));
    const tree = decisionTree(order, targetMasks, products);
    const test = fieldTester(fieldTests);
    if (tree) {
      // The usual case: walk the tree made at load time, testing only the atoms on the path.
      const { start, atom, yes, no, candidates, dropped } = tree;
      // A leaf whose winner is certain and whose result is a constant answers with it directly.
      const leafResults = Array.from(candidates, (c, k) => {
        try {
          return constResults[winnerOf(c, dropped[k]) + 1];
        } catch {
          return null; // an error: made afresh each time, below
        }
      });
      if (closures.length === 0) fast = { root, leafOf: treeWalker(tree, fieldTests, test), results: leafResults };
      return (ctx) => {
        const r = ctx.facts[root] as { [FLAT]?: RValue[] } | null | undefined;
        const flat = (r != null && r[FLAT]) || readFlat(r as RValue | undefined);
        let node = start;
        while (node >= 0) {
          const a = atom[node];
          node = (a < nFields ? test(a, flat) : closures[a - nFields](ctx) === true) ? yes[node] : no[node];
        }
        return leafResults[~node] ?? resultOf(winnerOf(candidates[~node], dropped[~node]), ctx);
      };
    }
    return (ctx) => {
      const r = ctx.facts[root] as { [FLAT]?: RValue[] } | null | undefined;
      const flat = (r != null && r[FLAT]) || readFlat(r as RValue | undefined);
      let vals = 0;
      let known = 0;
      let dropped = 0;
      let cand = 0;
      for (let k = 0; k < n; k++) {
        const i = order[k];
        const t = targetMasks[i];
        if ((dropped & (1 << i)) !== 0 && (t & ~dropped) === 0) continue;
        const ps = products[i];
        let holds = false;
        for (let j = 0; j < ps.length && !holds; j += 2) {
          const pos = ps[j];
          const neg = ps[j + 1];
          // Already false on the atoms known so far: nothing to test.
          if ((vals & pos & known) !== (pos & known) || (vals & neg & known) !== 0) continue;
          // Test the unknown atoms one by one (field tests first: lower bits), stop at a false one.
          let need = (pos | neg) & ~known;
          holds = true;
          while (need !== 0) {
            const b = need & -need;
            need ^= b;
            const a = 31 - Math.clz32(b);
            if (a < nFields ? test(a, flat) : closures[a - nFields](ctx) === true) vals |= b;
            known |= b;
            if ((vals & b) !== (pos & b)) {
              holds = false;
              break;
            }
          }
        }
        if (holds) {
          cand |= 1 << i;
          dropped |= t;
        }
      }
      return resultOf(winnerOf(cand, dropped), ctx);
    };
  }

  const candidatesOf = (ctx: EvalCtx): number[] => {
    const cand: number[] = [];
    for (let i = 0; i < n; i++) if (whens[i](ctx) === true) cand.push(i);
    return cand;
  };

  const large = (ctx: EvalCtx): DecisionResult => {
    const cand = candidatesOf(ctx);
    if (cand.length === 0) return { rule: -1, value: otherwise(ctx), fields: noFields, candidates: cand };
    let winner = -1;
    for (const i of cand) {
      if (overriders[i].some((j) => cand.includes(j))) continue;
      if (winner >= 0) throw ambiguous(winner, i);
      winner = i;
    }
    if (winner < 0) throw allOverridden();
    return decided(winner, ctx, cand);
  };

  return {
    decl: d,
    evaluate: n <= BITS ? small : large,
    quick: quickAtoms ?? (n <= BITS ? quickSmall : large),
    fast,
    overridden(r) {
      const out: [number, number][] = [];
      if (typeof r.candidates === 'number') {
        const mask = r.candidates;
        for (let i = 0; i < n; i++) {
          const by = overriderMask[i] & mask;
          if ((mask & (1 << i)) !== 0 && by !== 0) out.push([i, 31 - Math.clz32(by & -by)]);
        }
        return out;
      }
      const cand = r.candidates;
      for (const c of cand) {
        const by = overriders[c].find((j) => cand.includes(j));
        if (by !== undefined) out.push([c, by]);
      }
      return out;
    },
  };
}
