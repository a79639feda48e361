// "Why", built only for the result being shown. Each deciding expression gets a plan once, at
// load time: which named conditions to report, with their trace entries made in advance. Running
// a plan re-evaluates only the (memoised) sides of `and`/`or` to see which ones carried the result:
// the named conditions that made a `when` hold, and under `not` the ones that did not (negated).

import type { Expr } from '../ast';
import type { TraceEntry } from '../api';
import { operands } from './expr';
import type { Program } from './program';
import type { EvalCtx, Fn } from './runtime';

export type Plan =
  | { k: 'sides'; want: boolean; sides: { fn: Fn; plan: Plan }[] }
  | { k: 'cond'; name: string; entry: TraceEntry; body: Plan | null };

/** The plan for explaining `e` when it came out `!negated`, or null when it names no condition. */
export function planOf(p: Program, e: Expr, negated = false, cache = new Map<string, Plan>()): Plan | null {
  switch (e.kind) {
    case 'and':
    case 'or': {
      const sides: { fn: Fn; plan: Plan }[] = [];
      // A chain `a and b and c` is one list of sides: each operand is evaluated once.
      for (const side of operands(e, e.kind)) {
        const plan = planOf(p, side, negated, cache);
        if (plan) sides.push({ fn: p.fnOf(side), plan });
      }
      return sides.length ? { k: 'sides', want: !negated, sides } : null;
    }
    case 'not':
      return planOf(p, e.operand, !negated, cache);
    case 'path': {
      const ref = p.model.refs.get(e);
      if (ref?.kind !== 'condition') return null;
      const key = `${negated ? '-' : '+'}${ref.name}`;
      const known = cache.get(key);
      if (known) return known;
      const c = p.model.conditions.get(ref.name)!;
      const entry: TraceEntry = Object.freeze({
        kind: 'condition' as const,
        name: ref.name,
        ...(c.label ? { label: c.label } : {}),
        cites: c.cites?.text ?? '',
        holds: !negated,
        ...(negated ? { negated: true } : {}),
        loc: c.name.loc,
      });
      const plan: Plan = { k: 'cond', name: ref.name, entry, body: null };
      cache.set(key, plan);
      plan.body = planOf(p, c.expr, negated, cache);
      return plan;
    }
    default:
      return null;
  }
}

/** Appends the entries of a plan's named conditions (each once) to `out`. */
export function runPlan(plan: Plan | null, ctx: EvalCtx, out: TraceEntry[]): TraceEntry[] {
  if (!plan) return out;
  if (plan.k === 'cond') {
    for (const x of out) if (x.kind === 'condition' && x.name === plan.name) return out;
    out.push(plan.entry);
    return runPlan(plan.body, ctx, out);
  }
  for (const s of plan.sides) if ((s.fn(ctx) === true) === plan.want) runPlan(s.plan, ctx, out);
  return out;
}
