// The outcome of `decide` as plain data (it may be stored, cloned into IndexedDB or sent as
// JSON): the value, the winning rule, and why — its `when`'s named conditions from a plan made
// at load time — plus the candidates it overrode, read from the candidates' bit set.

import type { DecisionOutcome, Outcome, TraceEntry } from '../api';
import type { CompiledDecision, DecisionResult } from './decisions';
import { type Plan, runPlan } from './explain';
import type { EvalCtx } from './runtime';

const NONE: DecisionOutcome['overridden'] = Object.freeze([]) as unknown as DecisionOutcome['overridden'];
/** The overridden list by candidates' bit set: few distinct sets occur, so each is made once. */
const byMask = new WeakMap<CompiledDecision, Map<number, DecisionOutcome['overridden']>>();

function overriddenOf(d: CompiledDecision, res: DecisionResult): DecisionOutcome['overridden'] {
  const rules = d.decl.rules;
  const make = () => d.overridden(res).map(([a, b]) => Object.freeze({ rule: rules[a].name.text, by: rules[b].name.text }));
  if (typeof res.candidates !== 'number') return make();
  let cache = byMask.get(d);
  if (!cache) byMask.set(d, (cache = new Map()));
  let list = cache.get(res.candidates);
  if (!list) cache.set(res.candidates, (list = Object.freeze(make()) as unknown as DecisionOutcome['overridden']));
  return list;
}

export function decided(d: CompiledDecision, ctx: EvalCtx, res: DecisionResult, head: TraceEntry, plan: Plan | null): Outcome<DecisionOutcome> {
  const rules = d.decl.rules;
  const because: TraceEntry[] = [head];
  runPlan(plan, ctx, because);
  const single = typeof res.candidates === 'number' ? (res.candidates & (res.candidates - 1)) === 0 : res.candidates.length <= 1;
  const value: DecisionOutcome = {
    value: res.value,
    fields: res.fields as DecisionOutcome['fields'],
    rule: res.rule >= 0 ? rules[res.rule].name.text : null,
    because,
    overridden: single ? NONE : overriddenOf(d, res),
  };
  return { ok: true, value, trace: because };
}

