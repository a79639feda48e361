// The CompiledRuleSet (src/rules/api.ts) over a compiled program: answers with values and, for
// the result shown, the trace of rules with their citations.

import { DEFAULT_RISK_METHOD, isRiskMethod } from '../methods';
import type { Diagnostic, Expr } from '../ast';
import type {
  BandsInfo,
  CompiledRuleSet,
  DeadlineOutcome,
  DecisionOutcome,
  DecisionValueOutcome,
  EnumInfo,
  Facts,
  Outcome,
  RValue,
  SymbolInfo,
  TableInfo,
  TraceEntry,
} from '../api';
import type { Model } from '../check/model';
import { typeName } from '../check/type-model';
import { CalendarDate } from '../../domain/calendar-date';
import type { Fraction } from '../../domain/fraction';
import { runExamples, sourceText } from '../examples';
import { bindFacts } from '../facts';
import { runPlan } from './explain';
import type { CompiledDecision, Decided, DecisionResult } from './decisions';
import type { Plan } from './explain';
import { decided } from './outcomes';
import { Program } from './program';
import { type EvalCtx, FLAT, RuleEvalError, show } from './runtime';

function attempt<T>(f: () => Outcome<T>): Outcome<T> {
  try {
    return f();
  } catch (err) {
    if (err instanceof RuleEvalError) return { ok: false, error: err.message, trace: [] };
    throw err;
  }
}

function typeText(t: import('../ast').TypeRef): string {
  return t.kind === 'named' ? t.name.text : t.kind === 'list' ? `list of ${typeText(t.of)}` : `optional ${typeText(t.of)}`;
}

export function buildRuleSet(model: Model, warnings: readonly Diagnostic[]): CompiledRuleSet {
  const p = new Program(model);
  const r = model.regime;
  const meta = {
    id: r?.id.text ?? '',
    title: r?.title ?? r?.id.text ?? '',
    source: r?.source ?? '',
    effectiveFrom: r?.effectiveFrom ? CalendarDate.parse(r.effectiveFrom.text) : null,
    effectiveTo: r?.effectiveTo ? CalendarDate.parse(r.effectiveTo.text) : null,
    method: r?.method && isRiskMethod(r.method.text) ? r.method.text : DEFAULT_RISK_METHOD,
    ...(r?.cites ? { cites: r.cites.text } : {}),
  };

  /** Per decision, made once: its evaluator, and per rule the explanation plan and head entry. */
  interface DecisionView {
    d: CompiledDecision;
    run: (ctx: EvalCtx) => DecisionResult;
    plans: (Plan | null | undefined)[];
    heads: ({ value: RValue; entry: TraceEntry } | undefined)[];
    /** decideValue's last answer per rule (slot 0 `otherwise`): shared while value and fields are the same. */
    answers: (DecisionValueOutcome & { ok: true })[];
    /** decideValue's answer per leaf of the fast path's tree, when certain and constant. */
    leafAnswers: (DecisionValueOutcome & { ok: true })[];
  }
  const views = new Map<string, DecisionView>();
  const viewOf = (name: string): DecisionView | undefined => {
    let v = views.get(name);
    if (!v) {
      const d = p.decisions.get(name);
      if (!d) return undefined;
      v = { d, run: p.decision(name), plans: [], heads: [], answers: [], leafAnswers: [] };
      views.set(name, v);
    }
    return v;
  };

  /** The trace entry of the rule that decided (slot 0 of `heads` is `otherwise`). */
  const headOf = (v: DecisionView, name: string, i: number, value: RValue): TraceEntry => {
    const known = v.heads[i + 1];
    if (known && known.value === value) return known.entry;
    const decl = v.d.decl;
    const rule = i >= 0 ? decl.rules[i] : undefined;
    const entry: TraceEntry = Object.freeze(
      rule
        ? { kind: 'decision-rule' as const, name: rule.name.text, ...(rule.label ? { label: rule.label } : {}), cites: rule.cites?.text ?? decl.cites?.text ?? '', detail: `${name} is ${show(value)}`, loc: rule.name.loc }
        : { kind: 'otherwise' as const, name: 'otherwise', cites: decl.otherwise?.cites?.text ?? decl.cites?.text ?? '', detail: `${name} is ${show(value)}: no rule applies`, loc: decl.otherwise?.loc ?? decl.name.loc },
    );
    v.heads[i + 1] = { value, entry };
    return entry;
  };

  // The hot path: no closures made per call, the explanation from a plan made once per rule.
  function decide(name: string, facts: Facts): Outcome<DecisionOutcome> {
    const v = viewOf(name);
    if (!v) return { ok: false, error: `unknown decision '${name}'`, trace: [] };
    const ctx = p.newCtx(facts);
    let res: DecisionResult;
    try {
      res = v.run(ctx);
    } catch (err) {
      if (err instanceof RuleEvalError) return { ok: false, error: err.message, trace: [] };
      throw err;
    }
    let plan: Plan | null = null;
    if (res.rule >= 0) {
      plan = v.plans[res.rule] ?? null;
      if (v.plans[res.rule] === undefined) v.plans[res.rule] = plan = p.planFor(v.d.decl.rules[res.rule].when);
    }
    return decided(v.d, ctx, res, headOf(v, name, res.rule, res.value), plan);
  }

  // The fastest path: the winner only, no explanation, no allocation when the winning rule's
  // value and fields are constants. Bound facts of a decision of field tests go down its tree
  // directly (decisions.ts `fast`); anything else through `quick`.
  let lastName = '';
  let lastView: DecisionView | undefined;
  function decideValue(name: string, facts: Facts): DecisionValueOutcome {
    // Batch runs ask for one decision over and over: keep its view at hand.
    const v = name === lastName ? lastView : (lastView = viewOf((lastName = name)));
    if (!v) return { ok: false, error: `unknown decision '${name}'` };
    const fast = v.d.fast;
    if (fast !== null) {
      const root = facts[fast.root] as { [FLAT]?: RValue[] } | null | undefined;
      const flat = root != null ? root[FLAT] : undefined;
      if (flat !== undefined) {
        const leaf = fast.leafOf(flat);
        const known = v.leafAnswers[leaf];
        if (known !== undefined) return known;
        const r = fast.results[leaf];
        if (r !== null) return (v.leafAnswers[leaf] = answerOf(v, r));
      }
    }
    let r: Decided;
    try {
      r = v.d.quick(p.reusedCtx(facts));
    } catch (err) {
      if (err instanceof RuleEvalError) return { ok: false, error: err.message };
      throw err;
    }
    return answerOf(v, r);
  }

  /** The answer for a decided result: shared per rule while its value and fields stay the same. */
  function answerOf(v: DecisionView, r: Decided): DecisionValueOutcome & { ok: true } {
    const known = v.answers[r.rule + 1];
    if (known !== undefined && known.value.value === r.value && known.value.fields === r.fields) return known;
    const rule = r.rule >= 0 ? v.d.decl.rules[r.rule].name.text : null;
    const answer = Object.freeze({ ok: true as const, value: Object.freeze({ value: r.value, fields: Object.freeze(r.fields), rule }) });
    v.answers[r.rule + 1] = answer;
    return answer;
  }

  /** Per deadline rule, its citation, day count and basis text: the same for every case, made once. */
  const wordings: { cites: string; days: number; basis: string }[][] = p.deadlines.map(() => []);
  const wordingOf = (deadline: number, ruleIndex: number) => {
    let w = wordings[deadline][ruleIndex];
    if (!w) {
      const d = p.deadlines[deadline].decl;
      const rule = d.rules[ruleIndex];
      const cites = rule.cites?.text ?? d.cites?.text ?? '';
      const days = Number(rule.days.text.replace(/_/g, ''));
      const basis = `${days} ${rule.unit} day${days === 1 ? '' : 's'} after ${afterText(p, rule.after)}${cites ? ` (${cites})` : ''}`;
      wordings[deadline][ruleIndex] = w = { cites, days, basis };
    }
    return w;
  };

  const ruleSet: CompiledRuleSet = {
    meta,
    warnings,
    files: model.files,

    enumeration(name): EnumInfo | undefined {
      const e = model.enums.get(name);
      if (!e) return undefined;
      return {
        name,
        ordered: e.ordered,
        label: e.label,
        cites: e.cites?.text,
        members: e.members.map((m) => ({ value: m.value, label: m.label, description: m.description })),
      };
    },

    bands(name): BandsInfo | undefined {
      const b = p.bandsByName.get(name);
      if (!b) return undefined;
      return { name, cites: b.decl.cites?.text ?? '', rows: b.rows.map((row, i) => ({ value: row.value, label: b.decl.rows[i].label, above: row.above })) };
    },

    table(name): TableInfo | undefined {
      const t = model.tables.get(name);
      if (!t) return undefined;
      return { name, cites: t.cites?.text ?? '', params: t.params.map((x) => ({ name: x.name.text, type: typeText(x.type) })), result: typeText(t.result), hit: t.hit };
    },

    symbols(): SymbolInfo[] {
      return symbolsOf(model);
    },

    band(bandsName: string, value: Fraction): Outcome<number> {
      const b = p.bandsByName.get(bandsName);
      if (!b) return { ok: false, error: `unknown bands '${bandsName}'`, trace: [] };
      const i = b.rowOf(value);
      if (i < 0) return { ok: false, error: `${value} falls in no band of ${bandsName}`, trace: [] };
      const row = b.rows[i];
      const decl = b.decl.rows[i];
      const detail = row.above ? `${value} > ${row.above} → band ${row.value}` : `${value} is below every bound → band ${row.value}`;
      return { ok: true, value: row.value, trace: [{ kind: 'band', name: bandsName, label: decl.label, cites: b.decl.cites?.text ?? '', detail, loc: decl.loc }] };
    },

    lookup(tableName: string, args: readonly RValue[]): Outcome<RValue> {
      return attempt(() => {
        const t = p.tables.get(tableName);
        if (!t) return { ok: false, error: `unknown table '${tableName}'`, trace: [] };
        const inputs = t.decl.params.map((x, i) => `${x.name.text} ${show(args[i] ?? null)}`).join(' × ');
        const row = t.rowOf(args);
        if (row < 0) return { ok: false, error: `no row of table ${tableName} matches ${inputs}`, trace: [] };
        const value = t.output(row, p.newCtx({}));
        const decl = t.decl.rows[row];
        const trace: TraceEntry[] = [
          { kind: 'table-row', name: tableName, label: t.decl.label, cites: decl.cites?.text ?? t.decl.cites?.text ?? '', detail: `${inputs} → ${show(value)}`, loc: decl.loc },
        ];
        return { ok: true, value, trace };
      });
    },

    bindFacts(root, json) {
      return bindFacts(model, root, json);
    },

    evaluate(name, facts): Outcome<RValue> {
      return attempt(() => {
        const c = model.conditions.get(name);
        if (c) {
          const ctx = p.newCtx(facts);
          const holds = p.condition(name)(ctx) === true;
          const self: TraceEntry = { kind: 'condition', name, label: c.label, cites: c.cites?.text ?? '', holds, loc: c.name.loc };
          return { ok: true, value: holds, trace: runPlan(p.planFor(c.expr, !holds), ctx, [self]) };
        }
        const v = model.values.get(name);
        if (v) {
          const value = p.value(name)(p.newCtx(facts));
          return { ok: true, value, trace: [{ kind: 'value', name, label: v.label, cites: v.cites?.text ?? '', detail: show(value), loc: v.name.loc }] };
        }
        if (model.decisions.has(name)) {
          const d = decide(name, facts);
          return d.ok ? { ok: true, value: d.value.value, trace: d.trace } : d;
        }
        return { ok: false, error: `unknown condition or value '${name}'`, trace: [] };
      });
    },

    decide,
    decideValue,

    deadlines(facts): Outcome<DeadlineOutcome[]> {
      return attempt(() => {
        const ctx = p.newCtx(facts);
        const out: DeadlineOutcome[] = [];
        for (let k = 0; k < p.deadlines.length; k++) {
          const d = p.deadlines[k];
          const hit = d.evaluate(ctx);
          if (!hit) continue;
          const rule = d.decl.rules[hit.rule];
          const { cites, days, basis } = wordingOf(k, hit.rule);
          const trace: TraceEntry[] = [
            { kind: 'deadline-rule', name: rule.name.text, label: rule.label ?? d.decl.label, cites, detail: `${d.action}: ${basis} → ${hit.due}`, loc: rule.name.loc },
          ];
          runPlan(p.planFor(rule.when), ctx, trace);
          const o: DeadlineOutcome = { action: d.action, due: hit.due, from: hit.from, days, unit: rule.unit, basis, rule: rule.name.text, cites, trace };
          if (hit.calendar) {
            o.calendar = hit.calendar.name;
            if (hit.calendar.gap) o.calendarGap = hit.calendar.gap;
          }
          out.push(o);
        }
        out.sort((a, b) => a.due.day - b.due.day || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
        return { ok: true, value: out, trace: out.flatMap((o) => o.trace) };
      });
    },

    runExamples() {
      return runExamples(p);
    },
  };
  return ruleSet;
}

/** "the adoption of measures" from the value's label, else the expression as written. */
function afterText(p: Program, e: Expr): string {
  if (e.kind === 'path') {
    const ref = p.model.refs.get(e);
    if (ref?.kind === 'value' && !ref.props?.length) {
      const label = p.model.values.get(ref.name)?.label?.en;
      if (label) return label;
    }
  }
  return sourceText(p, e);
}

function symbolsOf(model: Model): SymbolInfo[] {
  const out: SymbolInfo[] = [];
  for (const e of model.enums.values()) {
    out.push({ name: e.name.text, kind: 'enum', label: e.label, cites: e.cites?.text, loc: e.name.loc });
    for (const m of e.members) out.push({ name: String(m.value), kind: 'enum-member', type: e.name.text, label: m.label, loc: m.loc });
  }
  for (const r of model.records.values()) out.push({ name: r.name.text, kind: 'record', cites: r.cites?.text, loc: r.name.loc });
  for (const f of model.facts.values()) {
    out.push({ name: f.name.text, kind: 'facts', cites: f.cites?.text, loc: f.name.loc });
    for (const [k, x] of model.factFields.get(f.name.text) ?? []) out.push({ name: `${f.name.text}.${k}`, kind: 'fact', type: typeName(x.type), loc: x.loc });
  }
  for (const b of model.bands.values()) out.push({ name: b.name.text, kind: 'bands', type: b.name.text, label: b.label, cites: b.cites?.text, loc: b.name.loc });
  for (const t of model.tables.values()) {
    out.push({ name: t.name.text, kind: 'table', type: `(${t.params.map((x) => typeText(x.type)).join(', ')}) -> ${typeText(t.result)}`, label: t.label, cites: t.cites?.text, loc: t.name.loc });
  }
  for (const c of model.conditions.values()) out.push({ name: c.name.text, kind: 'condition', type: 'boolean', label: c.label, cites: c.cites?.text, loc: c.name.loc });
  for (const v of model.values.values()) {
    const t = model.valueTypes.get(v.name.text);
    out.push({ name: v.name.text, kind: 'value', type: t ? typeName(t) : undefined, label: v.label, cites: v.cites?.text, loc: v.name.loc });
  }
  for (const d of model.decisions.values()) {
    out.push({ name: d.name.text, kind: 'decision', type: typeText(d.result), label: d.label, cites: d.cites?.text, loc: d.name.loc });
    for (const r of d.rules) out.push({ name: r.name.text, kind: 'decision-rule', type: d.name.text, label: r.label, cites: r.cites?.text, loc: r.name.loc });
  }
  for (const c of model.calendars.values()) out.push({ name: c.name.text, kind: 'calendar', cites: c.cites?.text, loc: c.name.loc });
  for (const d of model.deadlines) out.push({ name: d.action.text, kind: 'deadline', label: d.label, cites: d.cites?.text, loc: d.action.loc });
  for (const x of model.examples) out.push({ name: x.title.text, kind: 'example', cites: x.cites?.text, loc: x.title.loc });
  return out;
}
