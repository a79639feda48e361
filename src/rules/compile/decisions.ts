// A decision compiled: every rule whose `when` holds is a candidate; a candidate overridden by
// another candidate drops out; one left decides, none means `otherwise`, more is an error.
// Candidates are a bit set when there are at most 30 rules (the common case), else a list.

import type { DecisionDecl } from '../ast';
import type { RValue } from '../api';
import { type Linker, compileExpr } from './expr';
import { type EvalCtx, type Fn, RuleEvalError } from './runtime';

export interface DecisionResult {
  /** Index of the winning rule, or -1 for `otherwise`. */
  rule: number;
  value: RValue;
  fields: Readonly<Record<string, RValue>>;
  /** Rules whose `when` held: bit i = rule i (up to 30 rules), else their indexes. */
  candidates: number | readonly number[];
}

export interface CompiledDecision {
  decl: DecisionDecl;
  evaluate(ctx: EvalCtx): DecisionResult;
  /** Every candidate that dropped out: [overridden rule, overriding rule]. */
  overridden(r: DecisionResult): [number, number][];
}

const BITS = 30;

export function compileDecision(l: Linker, d: DecisionDecl): CompiledDecision {
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
    if (cand === 0) return { rule: -1, value: otherwise(ctx), fields: noFields, candidates: 0 };
    const alive = cand & ~dropped;
    if (alive === 0) throw allOverridden();
    const first = 31 - Math.clz32(alive & -alive);
    const rest = alive & (alive - 1);
    if (rest !== 0) throw ambiguous(first, 31 - Math.clz32(rest & -rest));
    return decided(first, ctx, cand);
  };

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
