// The injury-scenario wizard (Appendix 5, steps 1-7): product → hazard → consumer → steps →
// injury and severity → result → another scenario or finish. Every field is kept as typed, so
// BACK and FORWARD never lose input; NEXT validates the section and stays put with one error per
// field. Tables come from the rule set (input), never from this file.
import { assign, setup } from 'xstate';
import type { ScenarioJson } from '../domain/assessment';
import { parseAssessmentDocument } from '../domain/assessment';
import { assessScenario, type ScenarioResult } from '../domain/risk/assess';
import type { RiskTables } from '../domain/risk/risk-tables';
import {
  draftToJson,
  emptyDraft,
  emptyStep,
  jsonToDraft,
  nextScenarioId,
  SECTIONS,
  validateSection,
  type DraftErrors,
  type ProductDraft,
  type ScenarioDraft,
  type Section,
  type StepDraft,
} from '../domain/risk/draft';

export type WizardStateName = Section | 'result' | 'done';

export interface WizardInput {
  tables: RiskTables;
  product: ProductDraft;
  /** Every scenario of the assessment so far. */
  scenarios: ScenarioJson[];
  /** Edit this scenario (by id) instead of starting a new one. */
  editId?: string;
  /** A draft restored from storage (autosave). */
  draft?: ScenarioDraft;
}

export interface WizardContext {
  tables: RiskTables;
  product: ProductDraft;
  scenarios: ScenarioJson[];
  draft: ScenarioDraft;
  errors: DraftErrors;
  result: ScenarioResult | null;
  /** Counter for stable step keys. */
  nextKey: number;
}

type StepField = 'text' | 'probability' | 'low' | 'high' | 'evidence';
type ScenarioField = 'title' | 'hazard' | 'consumer' | 'injuryType' | 'injury' | 'severityReason';

export type WizardEvent =
  | { type: 'PRODUCT.SET'; field: keyof ProductDraft; value: string }
  | { type: 'SCENARIO.SET'; field: ScenarioField; value: string }
  | { type: 'SEVERITY.SUGGEST'; severity: number | null }
  | { type: 'SEVERITY.OVERRIDE'; severity: number | null }
  | { type: 'STEP.ADD' }
  | { type: 'STEP.REMOVE'; index: number }
  | { type: 'STEP.MOVE'; from: number; to: number }
  | { type: 'STEP.SET'; index: number; field: StepField; value: string }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'GOTO'; to: Section }
  | { type: 'ANOTHER' }
  | { type: 'FINISH' };

function errorsOf(ctx: WizardContext, section: Section): DraftErrors {
  return validateSection(section, ctx.product, ctx.draft, ctx.tables.severities);
}

function valid(ctx: WizardContext, section: Section): boolean {
  return Object.keys(errorsOf(ctx, section)).length === 0;
}

function withoutErrors(errors: DraftErrors, prefix: string): DraftErrors {
  const out: DraftErrors = {};
  for (const [k, v] of Object.entries(errors)) if (k !== prefix && !k.startsWith(prefix + '.')) out[k] = v;
  return out;
}

/** Scenario parsed from the draft (only called once every section validates). */
function toScenario(draft: ScenarioDraft) {
  const parsed = parseAssessmentDocument({ product: { name: '-' }, scenarios: [draftToJson(draft)] });
  if (!parsed.ok) throw new Error(`wizard: a validated draft did not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.doc.scenarios[0];
}

function commit(ctx: WizardContext): ScenarioJson[] {
  const json = draftToJson(ctx.draft);
  const i = ctx.scenarios.findIndex((s) => s.id === json.id);
  if (i < 0) return [...ctx.scenarios, json];
  const copy = ctx.scenarios.slice();
  copy[i] = json;
  return copy;
}

// Each section edits only its own fields, so a later section can never be left resting on an
// earlier one that no longer validates.
const EDITS = {
  product: { 'PRODUCT.SET': { actions: 'setProduct' } },
  hazard: { 'SCENARIO.SET': { guard: { type: 'fieldOf', params: { fields: ['title', 'hazard'] } }, actions: 'setScenario' } },
  consumer: { 'SCENARIO.SET': { guard: { type: 'fieldOf', params: { fields: ['consumer'] } }, actions: 'setScenario' } },
  steps: {
    'STEP.ADD': { actions: 'addStep' },
    'STEP.REMOVE': { actions: 'removeStep' },
    'STEP.MOVE': { actions: 'moveStep' },
    'STEP.SET': { actions: 'setStep' },
  },
  injury: {
    'SCENARIO.SET': { guard: { type: 'fieldOf', params: { fields: ['injuryType', 'injury', 'severityReason'] } }, actions: 'setScenario' },
    'SEVERITY.SUGGEST': { actions: 'suggest' },
    'SEVERITY.OVERRIDE': { actions: 'override' },
  },
} as const;

function nextOf(section: Section): WizardStateName {
  const i = SECTIONS.indexOf(section);
  return i === SECTIONS.length - 1 ? 'result' : SECTIONS[i + 1];
}

/** A section: its own edits, NEXT when it validates (else show its errors), BACK to the one before. */
function sectionState<S extends Section>(section: S) {
  const i = SECTIONS.indexOf(section);
  return {
    on: {
      ...EDITS[section],
      NEXT: [
        { guard: { type: 'sectionValid' as const, params: { section } }, target: nextOf(section), actions: 'clearErrors' as const },
        { actions: { type: 'showErrors' as const, params: { section } } },
      ],
      ...(i > 0 ? { BACK: { target: SECTIONS[i - 1], actions: 'clearErrors' as const } } : {}),
    },
  };
}

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
    output: {} as { product: ProductDraft; scenarios: ScenarioJson[] },
  },
  guards: {
    /** This section and every one before it validate (defensive: earlier ones cannot change here). */
    sectionValid: ({ context }, params: { section: Section }) =>
      SECTIONS.slice(0, SECTIONS.indexOf(params.section) + 1).every((s) => valid(context, s)),
    fieldOf: ({ event }, params: { fields: readonly ScenarioField[] }) => event.type === 'SCENARIO.SET' && params.fields.includes(event.field),
    /** GOTO a section: allowed when it is the one asked for and every section before it is complete. */
    canReach: ({ context, event }, params: { section: Section }) => {
      if (event.type !== 'GOTO' || event.to !== params.section) return false;
      return SECTIONS.slice(0, SECTIONS.indexOf(params.section)).every((s) => valid(context, s));
    },
  },
  actions: {
    showErrors: assign({ errors: ({ context }, params: { section: Section }) => errorsOf(context, params.section) }),
    clearErrors: assign({ errors: () => ({}) }),
    computeResult: assign({ result: ({ context }) => assessScenario(context.tables, toScenario(context.draft)) }),
    commitAndStartNew: assign(({ context }) => {
      const scenarios = commit(context);
      return {
        scenarios,
        draft: emptyDraft(nextScenarioId(scenarios.map((s) => s.id)), `k${context.nextKey}`),
        nextKey: context.nextKey + 1,
        result: null,
        errors: {},
      };
    }),
    commit: assign({ scenarios: ({ context }) => commit(context) }),
    setProduct: assign(({ context, event }) => {
      if (event.type !== 'PRODUCT.SET') return {};
      return { product: { ...context.product, [event.field]: event.value }, errors: withoutErrors(context.errors, `product.${event.field}`) };
    }),
    setScenario: assign(({ context, event }) => {
      if (event.type !== 'SCENARIO.SET') return {};
      const draft: ScenarioDraft = { ...context.draft, [event.field]: event.value };
      // Another injury type: the suggestion picked for the old one no longer applies.
      if (event.field === 'injuryType' && event.value !== context.draft.injuryType) draft.suggestedSeverity = null;
      return { draft, errors: withoutErrors(context.errors, event.field) };
    }),
    suggest: assign(({ context, event }) => {
      if (event.type !== 'SEVERITY.SUGGEST') return {};
      return { draft: { ...context.draft, suggestedSeverity: event.severity }, errors: withoutErrors(withoutErrors(context.errors, 'severity'), 'severityReason') };
    }),
    override: assign(({ context, event }) => {
      if (event.type !== 'SEVERITY.OVERRIDE') return {};
      return { draft: { ...context.draft, severity: event.severity }, errors: withoutErrors(withoutErrors(context.errors, 'severity'), 'severityReason') };
    }),
    addStep: assign(({ context }) => ({
      draft: { ...context.draft, steps: [...context.draft.steps, emptyStep(`k${context.nextKey}`)] },
      nextKey: context.nextKey + 1,
      errors: withoutErrors(context.errors, 'steps'),
    })),
    removeStep: assign(({ context, event }) => {
      if (event.type !== 'STEP.REMOVE') return {};
      const steps = context.draft.steps.filter((_, i) => i !== event.index);
      // Step errors are keyed by position: drop them, NEXT shows the current ones again.
      return { draft: { ...context.draft, steps }, errors: withoutErrors(context.errors, 'steps') };
    }),
    moveStep: assign(({ context, event }) => {
      if (event.type !== 'STEP.MOVE') return {};
      const steps = context.draft.steps.slice();
      if (event.from < 0 || event.from >= steps.length || event.to < 0 || event.to >= steps.length) return {};
      const [s] = steps.splice(event.from, 1);
      steps.splice(event.to, 0, s);
      return { draft: { ...context.draft, steps }, errors: withoutErrors(context.errors, 'steps') };
    }),
    setStep: assign(({ context, event }) => {
      if (event.type !== 'STEP.SET') return {};
      const steps = context.draft.steps.map((s, i): StepDraft => (i === event.index ? { ...s, [event.field]: event.value } : s));
      return { draft: { ...context.draft, steps }, errors: withoutErrors(context.errors, `steps.${event.index}.${event.field}`) };
    }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => {
    const scenarios = input.scenarios;
    const editing = input.editId ? scenarios.find((s) => s.id === input.editId) : undefined;
    let nextKey = 1;
    const key = () => `k${nextKey++}`;
    const draft = input.draft
      ? { ...input.draft, steps: input.draft.steps.map((s) => ({ ...s, key: key() })) }
      : editing
        ? jsonToDraft(editing, () => key())
        : emptyDraft(nextScenarioId(scenarios.map((s) => s.id)), key());
    return { tables: input.tables, product: input.product, scenarios, draft, errors: {}, result: null, nextKey };
  },
  initial: 'product',
  on: {
    GOTO: SECTIONS.map((section) => ({ guard: { type: 'canReach' as const, params: { section } }, target: `.${section}`, actions: 'clearErrors' as const })),
  },
  states: {
    product: sectionState('product'),
    hazard: sectionState('hazard'),
    consumer: sectionState('consumer'),
    steps: sectionState('steps'),
    injury: sectionState('injury'),
    result: {
      entry: 'computeResult',
      on: {
        BACK: { target: 'injury' },
        ANOTHER: { target: 'hazard', actions: 'commitAndStartNew' },
        FINISH: { target: 'done', actions: 'commit' },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ product: context.product, scenarios: context.scenarios }),
});
