// The compiled regime: every condition, value, decision, table, bands and deadline as closures,
// compiled once. Conditions, values and decisions are evaluated at most once per evaluation
// (memo slots in the context).

import type { Expr } from '../ast';
import type { Facts, RValue } from '../api';
import type { Model } from '../check/model';
import { type CompiledDecision, type Decided, type DecisionResult, compileDecision } from './decisions';
import { FailureAnalysis } from './may-fail';
import { type CompiledDeadline, compileCalendars, compileDeadline } from './deadlines';
import { type Linker, compileExpr } from './expr';
import { type Plan, planOf } from './explain';
import type { EvalCtx, Fn } from './runtime';
import { type CompiledBands, type CompiledTable, bandInput, compileBands, compileTable } from './tables';

export class Program implements Linker {
  readonly fns = new WeakMap<Expr, Fn>();
  readonly decisions = new Map<string, CompiledDecision>();
  readonly tables = new Map<string, CompiledTable>();
  readonly bandsByName = new Map<string, CompiledBands>();
  readonly deadlines: CompiledDeadline[] = [];
  private slots = new Map<string, number>();
  /** Memo of conditions, values and decisions: a slot's value counts for the evaluation whose epoch it bears. */
  private memoValues: unknown[] = [];
  private memoEpochs: number[] = [];
  private epoch = 0;
  /** Aggregate variables by slot: evaluation never re-enters a binder (no cycles), so one array serves. */
  readonly locals: RValue[] = [];
  private localSlots = new WeakMap<object, number>();
  private nextLocal = 0;
  private bodies = new Map<string, Fn>();
  private wrappers = new Map<string, Fn>();
  private decisionFns = new Map<string, (ctx: EvalCtx) => DecisionResult>();
  private quickFns = new Map<string, (ctx: EvalCtx) => Decided>();
  private ranks = new Map<string, Map<RValue, number>>();

  constructor(readonly model: Model) {
    for (const n of [...model.conditions.keys(), ...model.values.keys(), ...model.decisions.keys()]) this.slots.set(n, this.slots.size);
    this.memoValues = new Array<unknown>(this.slots.size).fill(null);
    this.memoEpochs = new Array<number>(this.slots.size).fill(0);
    for (const [n, b] of model.bands) this.bandsByName.set(n, compileBands(this, b));
    for (const [n, t] of model.tables) this.tables.set(n, compileTable(this, t));
    for (const n of [...model.conditions.keys(), ...model.values.keys()]) this.body(n);
    const failures = new FailureAnalysis(model);
    for (const [n, d] of model.decisions) this.decisions.set(n, compileDecision(this, d, failures));
    const calendars = compileCalendars(model.calendars.values());
    for (const d of model.deadlines) this.deadlines.push(compileDeadline(this, d, calendars));
  }

  newCtx(facts: Facts): EvalCtx {
    return { facts, epoch: this.nextEpoch() };
  }

  private nextEpoch(): number {
    if (this.epoch >= 0x3fffffff) {
      this.epoch = 0;
      this.memoEpochs.fill(0);
    }
    return ++this.epoch;
  }

  private scratch: EvalCtx = { facts: {}, epoch: 0 };

  /**
   * A context for an evaluation that no one keeps (decideValue): one object, reused — evaluation
   * never calls out, so no two such evaluations overlap.
   */
  reusedCtx(facts: Facts): EvalCtx {
    this.scratch.facts = facts;
    this.scratch.epoch = this.nextEpoch();
    return this.scratch;
  }

  localSlot(binder: object): number {
    let s = this.localSlots.get(binder);
    if (s === undefined) {
      s = this.nextLocal++;
      this.localSlots.set(binder, s);
      // Grown one slot at a time, in order: the array stays packed (a write far past its end
      // would turn it into a slow dictionary).
      this.locals.push(null);
    }
    return s;
  }

  private memoised(name: string): Fn {
    let w = this.wrappers.get(name);
    if (w) return w;
    const slot = this.slots.get(name)!;
    const body = this.body(name);
    const values = this.memoValues;
    const epochs = this.memoEpochs;
    w = (ctx) => {
      if (epochs[slot] === ctx.epoch) return values[slot] as RValue;
      const v = body(ctx);
      values[slot] = v;
      epochs[slot] = ctx.epoch;
      return v;
    };
    this.wrappers.set(name, w);
    return w;
  }

  condition(name: string): Fn {
    return this.cheap(this.model.conditions.get(name)?.expr) ? this.direct(name) : this.memoised(name);
  }

  value(name: string): Fn {
    return this.cheap(this.model.values.get(name)?.expr) ? this.direct(name) : this.memoised(name);
  }

  private compiling = new Set<string>();

  /** The compiled body of a condition or value; what it refers to is compiled first. */
  private body(name: string): Fn {
    const known = this.bodies.get(name);
    if (known) return known;
    if (this.compiling.has(name)) {
      // Only reachable through a cycle, which the checker rejects: stay lazy rather than loop.
      return (ctx) => this.bodies.get(name)!(ctx);
    }
    this.compiling.add(name);
    const expr = (this.model.conditions.get(name) ?? this.model.values.get(name))!.expr;
    const f = compileExpr(this, expr);
    this.bodies.set(name, f);
    this.compiling.delete(name);
    return f;
  }

  /** The body itself: for a few field reads, a memo costs more than it saves. */
  private direct(name: string): Fn {
    return this.body(name);
  }

  /** Whether an expression is only fact reads, constants and tests (no lists, calls or named parts). */
  private cheap(e: Expr | undefined, budget = { n: 8 }): boolean {
    if (!e || --budget.n < 0) return false;
    switch (e.kind) {
      case 'bool':
      case 'number':
      case 'date':
      case 'string':
        return true;
      case 'path': {
        const ref = this.model.refs.get(e);
        return !ref || ref.kind === 'fact' || ref.kind === 'member';
      }
      case 'not':
        return this.cheap(e.operand, budget);
      case 'and':
      case 'or':
      case 'compare':
      case 'otherwise':
        return this.cheap(e.left, budget) && this.cheap(e.right, budget);
      case 'is':
        return this.cheap(e.subject, budget) && (e.test.kind === 'value' ? this.cheap(e.test.value, budget) : e.test.kind === 'oneOf' ? e.test.values.every((v) => this.cheap(v, budget)) : true);
      default:
        return false;
    }
  }

  /** A decision with every candidate (for its explanation): evaluated afresh, not memoised. */
  decision(name: string): (ctx: EvalCtx) => DecisionResult {
    let f = this.decisionFns.get(name);
    if (f) return f;
    let d: CompiledDecision | undefined;
    f = (ctx) => (d ??= this.decisions.get(name)!).evaluate(ctx);
    this.decisionFns.set(name, f);
    return f;
  }

  /** A decision's winner only (the fast path), memoised: what expressions naming a decision read. */
  quickDecision(name: string): (ctx: EvalCtx) => Decided {
    let f = this.quickFns.get(name);
    if (f) return f;
    const slot = this.slots.get(name)!;
    const values = this.memoValues;
    const epochs = this.memoEpochs;
    let d: CompiledDecision | undefined;
    f = (ctx) => {
      if (epochs[slot] === ctx.epoch) return values[slot] as Decided;
      d ??= this.decisions.get(name)!;
      const r = d.quick(ctx);
      values[slot] = r;
      epochs[slot] = ctx.epoch;
      return r;
    };
    this.quickFns.set(name, f);
    return f;
  }

  table(name: string): (args: RValue[], ctx: EvalCtx) => RValue {
    return (args, ctx) => {
      const t = this.tables.get(name)!;
      const row = t.rowOf(args);
      return row < 0 ? null : t.output(row, ctx);
    };
  }

  bands(name: string): (v: RValue) => RValue {
    return (v) => {
      const b = this.bandsByName.get(name)!;
      const f = bandInput(v);
      if (f === null) return null;
      const row = b.rowOf(f);
      return row < 0 ? null : b.rows[row].value;
    };
  }

  deadlineDue(action: string): Fn {
    return (ctx) => this.deadlines.find((d) => d.action === action)?.evaluate(ctx)?.due ?? null;
  }

  rank(enumName: string): Map<RValue, number> {
    let r = this.ranks.get(enumName);
    if (!r) {
      r = new Map((this.model.enums.get(enumName)?.members ?? []).map((m, i) => [m.value, i]));
      this.ranks.set(enumName, r);
    }
    return r;
  }

  private plans = [new WeakMap<Expr, Plan | null>(), new WeakMap<Expr, Plan | null>()];
  private condPlans = new Map<string, Plan>();

  /** The explanation plan of an expression that came out `!negated` (made once). */
  planFor(e: Expr, negated = false): Plan | null {
    const cache = this.plans[negated ? 1 : 0];
    let plan = cache.get(e);
    if (plan === undefined) {
      plan = planOf(this, e, negated, this.condPlans);
      cache.set(e, plan);
    }
    return plan;
  }

  /** The compiled closure of any checked expression (compiling it now if it was not yet). */
  fnOf(e: Expr): Fn {
    return this.fns.get(e) ?? compileExpr(this, e);
  }
}
