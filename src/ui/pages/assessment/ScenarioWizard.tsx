// The injury-scenario wizard as a component: it runs the wizard machine and renders the current
// section. Where its state is stored is the caller's business (an assessment record, a training
// session): it reports every change and the end.
import { createEffect, createMemo, For, Index, on, onMount, Show, type JSX } from 'solid-js';
import { useActor } from '@xstate/solid';
import { wizardMachine, type WizardEvent } from '../../../machines/wizard';
import type { ScenarioJson } from '../../../domain/assessment';
import { previewDraft, SECTIONS, type DraftErrors, type ProductDraft, type ScenarioDraft, type Section } from '../../../domain/risk/draft';
import { typicalInjuries } from '../../../domain/risk/severity';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import type { WizardProgress } from '../../../store/assessments';
import { ruleLabel, t } from '../../i18n';
import { describedBy, FieldError, fieldId, TextField } from './fields';
import { bandText, fractionText, labelled, oneIn, riskText, severityText } from './format';
import { RangeSummary, StepThresholdTable } from './sensitivity-parts';
import './assessment.css';

const SECTION_KEYS: Record<Section | 'result', string> = {
  product: 'assessment.wizard.product',
  hazard: 'assessment.wizard.hazard',
  consumer: 'assessment.wizard.consumer',
  steps: 'assessment.wizard.steps',
  injury: 'assessment.wizard.injury',
  result: 'assessment.wizard.result',
};

export interface WizardChange {
  product: ProductDraft;
  scenarios: ScenarioJson[];
  /** null once the wizard is finished. */
  progress: WizardProgress | null;
}

export interface ScenarioWizardProps {
  tables: RiskTables;
  product: ProductDraft;
  scenarios: ScenarioJson[];
  editId?: string;
  /** Where to pick up an unfinished scenario (autosave). */
  resume?: WizardProgress | null;
  /** Every change, as it should be stored (plain data). */
  onChange: (c: WizardChange) => void;
  /** The wizard finished: every scenario, the new or edited one included. */
  onDone: (c: WizardChange) => void;
  /** One scenario only (training): no "another scenario". */
  singleScenario?: boolean;
  /**
   * The section to open at when nothing is resumed (default: the product). Reached only when every
   * section before it is complete; otherwise the wizard opens at the first incomplete one.
   */
  startAt?: Section | 'result';
  /** The product is given (training): its section shows it and cannot change it. */
  productReadOnly?: boolean;
}

export function ScenarioWizard(props: ScenarioWizardProps): JSX.Element {
  const tables = props.tables;
  const resume = props.resume ?? null;
  const [snap, send] = useActor(wizardMachine, {
    input: { tables, product: props.product, scenarios: props.scenarios, editId: props.editId, draft: resume?.draft },
  });
  const ctx = () => snap.context;
  const state = () => (snap.status === 'done' ? 'done' : (snap.value as Section | 'result'));
  const errors = () => ctx().errors;

  const change = (): WizardChange => {
    const c = ctx();
    const progress: WizardProgress | null =
      snap.status === 'done' ? null : { at: state() as WizardProgress['at'], draft: JSON.parse(JSON.stringify(c.draft)) as ScenarioDraft, ...(props.editId ? { editId: props.editId } : {}) };
    return { product: { ...c.product }, scenarios: JSON.parse(JSON.stringify(c.scenarios)) as ScenarioJson[], progress };
  };
  let last = '';
  createEffect(() => {
    const c = change();
    const text = JSON.stringify(c);
    if (last === '') {
      last = text;
      return;
    }
    if (text === last) return;
    last = text;
    props.onChange(c);
  });
  createEffect(
    on(state, (s, prev) => {
      if (prev === undefined) return;
      if (s === 'done') {
        props.onDone(change());
        return;
      }
      requestAnimationFrame(() => document.getElementById('wizard-section-heading')?.focus());
    }),
  );
  onMount(() => {
    const at = resume?.at ?? props.startAt ?? 'product';
    if (at === 'result') {
      send({ type: 'GOTO', to: 'injury' });
      send({ type: 'NEXT' });
    } else if (at !== 'product') send({ type: 'GOTO', to: at });
  });

  function next() {
    const before = state();
    send({ type: 'NEXT' });
    if (state() === before) requestAnimationFrame(() => document.querySelector<HTMLElement>('.wizard-form [aria-invalid="true"]')?.focus());
  }
  const ev = (e: WizardEvent) => send(e);

  return (
    <div class="scenario-wizard">
      <ol class="wizard-progress" aria-label={t('assessment.wizard.progress')}>
        <For each={[...SECTIONS, 'result' as const]}>
          {(s) => (
            <li classList={{ current: state() === s }}>
              <Show when={s !== 'result'} fallback={<span aria-current={state() === s ? 'step' : undefined}>{t(SECTION_KEYS[s])}</span>}>
                <button type="button" class="link-button" aria-current={state() === s ? 'step' : undefined} onClick={() => send({ type: 'GOTO', to: s as Section })}>
                  {t(SECTION_KEYS[s])}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ol>
      <form
        class="wizard-form"
        novalidate
        onSubmit={(e) => {
          e.preventDefault();
          if (state() !== 'result') next();
        }}
      >
        <h2 id="wizard-section-heading" tabindex="-1">
          {t(SECTION_KEYS[state() === 'done' ? 'result' : (state() as Section | 'result')])}
        </h2>
        <Show when={state() === 'product' && props.productReadOnly}>
          <dl class="result-figures" data-testid="wizard-product">
            <dt>{t('assessment.productName')}</dt>
            <dd>{ctx().product.name}</dd>
            <Show when={ctx().product.brand}>
              <dt>{t('assessment.brand')}</dt>
              <dd>{ctx().product.brand}</dd>
            </Show>
            <Show when={ctx().product.model}>
              <dt>{t('assessment.model')}</dt>
              <dd>{ctx().product.model}</dd>
            </Show>
          </dl>
        </Show>
        <Show when={state() === 'product' && !props.productReadOnly}>
          <TextField field="product.name" label={t('assessment.productName')} required value={ctx().product.name} errors={errors()} onInput={(v) => ev({ type: 'PRODUCT.SET', field: 'name', value: v })} />
          <TextField field="product.brand" label={t('assessment.brand')} value={ctx().product.brand} errors={errors()} onInput={(v) => ev({ type: 'PRODUCT.SET', field: 'brand', value: v })} />
          <TextField field="product.model" label={t('assessment.model')} value={ctx().product.model} errors={errors()} onInput={(v) => ev({ type: 'PRODUCT.SET', field: 'model', value: v })} />
        </Show>
        <Show when={state() === 'hazard'}>
          <TextField field="title" label={t('assessment.scenarioTitle')} hint={t('assessment.scenarioTitleHint')} value={ctx().draft.title} errors={errors()} onInput={(v) => ev({ type: 'SCENARIO.SET', field: 'title', value: v })} />
          <ChoiceField field="hazard" label={t('assessment.hazard')} choices={tables.hazardGroups} value={ctx().draft.hazard} errors={errors()} onChange={(v) => ev({ type: 'SCENARIO.SET', field: 'hazard', value: v })} />
        </Show>
        <Show when={state() === 'consumer'}>
          <ChoiceField field="consumer" label={t('assessment.consumer')} hint={t('assessment.consumerHint')} choices={tables.consumerGroups} value={ctx().draft.consumer} errors={errors()} onChange={(v) => ev({ type: 'SCENARIO.SET', field: 'consumer', value: v })} />
        </Show>
        <Show when={state() === 'steps'}>
          <StepsSection tables={tables} ctx={ctx()} send={ev} />
        </Show>
        <Show when={state() === 'injury'}>
          <InjurySection tables={tables} ctx={ctx()} send={ev} />
        </Show>
        <Show when={state() === 'result' && ctx().result}>
          {(r) => (
            <div class="wizard-result">
              <p class="result-risk">
                {labelled(t('assessment.risk'))} <strong class={`risk-badge risk-${r().risk}`} data-testid="wizard-risk">{riskText(tables, r().risk)}</strong>
              </p>
              <dl class="result-figures">
                <dt>{t('assessment.probability')}</dt>
                <dd>
                  {fractionText(r().probability)} ({oneIn(r().probability)})
                </dd>
                <dt>{t('assessment.band')}</dt>
                <dd>{bandText(tables, r().bandIndex)}</dd>
                <dt>{t('assessment.severity')}</dt>
                <dd>{severityText(tables, r().severity)}</dd>
              </dl>
              <RangeSummary tables={tables} result={r()} />
              <StepThresholdTable tables={tables} result={r()} stepTexts={ctx().draft.steps.map((s) => s.text)} stepValues={ctx().draft.steps.map((s) => s.probability)} />
            </div>
          )}
        </Show>
        <div class="wizard-buttons">
          <Show when={state() !== 'product' && state() !== 'done'}>
            <button type="button" class="secondary" onClick={() => send({ type: 'BACK' })}>
              {t('assessment.wizard.back')}
            </button>
          </Show>
          <Show when={state() !== 'result' && state() !== 'done'}>
            <button type="submit" data-testid="wizard-next">{t('assessment.wizard.next')}</button>
          </Show>
          <Show when={state() === 'result'}>
            <Show when={!props.singleScenario}>
              <button type="button" class="secondary" onClick={() => send({ type: 'ANOTHER' })} data-testid="wizard-another">
                {t('assessment.wizard.another')}
              </button>
            </Show>
            <button type="button" onClick={() => send({ type: 'FINISH' })} data-testid="wizard-finish">
              {t('assessment.wizard.finish')}
            </button>
          </Show>
        </div>
      </form>
    </div>
  );
}


function ChoiceField(props: {
  field: string;
  label: string;
  hint?: string;
  choices: readonly { value: string | number; label?: Record<string, string>; description?: Record<string, string> }[];
  value: string;
  errors: DraftErrors;
  onChange: (v: string) => void;
}): JSX.Element {
  const id = () => fieldId(props.field);
  // A value from an imported file that is not one of the rule set's members stays selectable.
  const extra = () => (props.value && !props.choices.some((c) => String(c.value) === props.value) ? props.value : null);
  return (
    <div class="field">
      <label for={id()}>
        {props.label}
        <span class="required" aria-hidden="true"> *</span>
      </label>
      <Show when={props.hint}>
        <p class="hint" id={`${id()}-hint`}>{props.hint}</p>
      </Show>
      <select id={id()} required onChange={(e) => props.onChange(e.currentTarget.value)} {...describedBy(props.errors, props.field, !!props.hint)}>
        <option value="" selected={props.value === ''}>{t('assessment.choose')}</option>
        <For each={props.choices}>
          {(c) => (
            <option value={String(c.value)} selected={String(c.value) === props.value}>
              {ruleLabel(c.label, String(c.value))}
              {c.description ? ` — ${ruleLabel(c.description, '')}` : ''}
            </option>
          )}
        </For>
        <Show when={extra()}>{(x) => <option value={x()} selected>{x()}</option>}</Show>
      </select>
      <FieldError errors={props.errors} field={props.field} />
    </div>
  );
}

type Ctx = ReturnType<typeof wizardMachine.transition>['context'];

function StepsSection(props: { tables: RiskTables; ctx: Ctx; send: (e: WizardEvent) => void }): JSX.Element {
  const preview = createMemo(() => previewDraft(props.tables, props.ctx.draft));
  const errs = () => props.ctx.errors;
  let addButton: HTMLButtonElement | undefined;
  // Adding or removing a step changes the list under the keyboard: focus goes to the step's first
  // field (the new one, or the one that took the removed one's place) instead of staying behind
  // or falling back to the top of the page.
  const focusStep = (i: number) =>
    requestAnimationFrame(() => {
      const n = props.ctx.draft.steps.length;
      const field = n > 0 ? document.getElementById(fieldId(`steps.${Math.min(i, n - 1)}.text`)) : null;
      (field ?? addButton)?.focus();
    });
  return (
    <>
      <p class="hint">{t('assessment.stepsHint')}</p>
      <FieldError errors={errs()} field="steps" />
      <ol class="step-list">
        <Index each={props.ctx.draft.steps}>
          {(step, i) => (
            <li class="step-item" data-step={i + 1}>
              <fieldset>
                <legend>{t('assessment.stepN', { n: i + 1 })}</legend>
                <TextField field={`steps.${i}.text`} label={t('assessment.stepText')} value={step().text} errors={errs()} onInput={(v) => props.send({ type: 'STEP.SET', index: i, field: 'text', value: v })} class="wide" />
                <div class="step-probabilities">
                  <TextField field={`steps.${i}.probability`} label={t('assessment.probability')} required inputmode="decimal" hint={t('assessment.probabilityHint')} value={step().probability} errors={errs()} onInput={(v) => props.send({ type: 'STEP.SET', index: i, field: 'probability', value: v })} />
                  <TextField field={`steps.${i}.low`} label={t('assessment.low')} inputmode="decimal" value={step().low} errors={errs()} onInput={(v) => props.send({ type: 'STEP.SET', index: i, field: 'low', value: v })} />
                  <TextField field={`steps.${i}.high`} label={t('assessment.high')} inputmode="decimal" value={step().high} errors={errs()} onInput={(v) => props.send({ type: 'STEP.SET', index: i, field: 'high', value: v })} />
                </div>
                <TextField field={`steps.${i}.evidence`} label={t('assessment.evidence')} multiline value={step().evidence} errors={errs()} onInput={(v) => props.send({ type: 'STEP.SET', index: i, field: 'evidence', value: v })} class="wide" />
                <div class="step-buttons">
                  <button type="button" class="secondary" disabled={i === 0} onClick={() => props.send({ type: 'STEP.MOVE', from: i, to: i - 1 })}  aria-label={t('assessment.moveUp') + t('assessment.forStep', { n: i + 1 })}>
                    {t('assessment.moveUp')}
                  </button>
                  <button type="button" class="secondary" disabled={i === props.ctx.draft.steps.length - 1} onClick={() => props.send({ type: 'STEP.MOVE', from: i, to: i + 1 })}  aria-label={t('assessment.moveDown') + t('assessment.forStep', { n: i + 1 })}>
                    {t('assessment.moveDown')}
                  </button>
                  <button type="button" class="secondary danger" onClick={() => {
                      props.send({ type: 'STEP.REMOVE', index: i });
                      focusStep(i);
                    }}  aria-label={t('assessment.removeStep') + t('assessment.forStep', { n: i + 1 })}>
                    {t('assessment.removeStep')}
                  </button>
                </div>
              </fieldset>
            </li>
          )}
        </Index>
      </ol>
      <button
        type="button"
        class="secondary"
        ref={addButton}
        onClick={() => {
          const at = props.ctx.draft.steps.length;
          props.send({ type: 'STEP.ADD' });
          focusStep(at);
        }}
        data-testid="add-step"
      >
        + {t('assessment.addStep')}
      </button>
      <div class="live-preview" aria-live="polite" data-testid="live-preview">
        <Show when={preview()} fallback={<span>{t('assessment.previewPending')}</span>}>
          {(p) => (
            <span>
              {t('assessment.previewProbability', { p: fractionText(p().probability), oneIn: oneIn(p().probability), band: bandText(props.tables, p().bandIndex) })}
              <Show when={p().risk}>
                {(risk) => (
                  <>
                    {' · '}
                    {labelled(t('assessment.risk'))} <strong class={`risk-badge risk-${risk()}`} data-testid="live-risk">{riskText(props.tables, risk())}</strong>
                  </>
                )}
              </Show>
            </span>
          )}
        </Show>
      </div>
    </>
  );
}

function InjurySection(props: { tables: RiskTables; ctx: Ctx; send: (e: WizardEvent) => void }): JSX.Element {
  const d = () => props.ctx.draft;
  const errs = () => props.ctx.errors;
  const typical = createMemo(() => (d().injuryType ? typicalInjuries(props.tables, d().injuryType) : []));
  const needsReason = () => d().severity !== null && d().suggestedSeverity !== null && d().severity !== d().suggestedSeverity;
  return (
    <>
      <div class="field">
        <label for={fieldId('injuryType')}>{t('assessment.injuryType')}</label>
        <select id={fieldId('injuryType')} onChange={(e) => props.send({ type: 'SCENARIO.SET', field: 'injuryType', value: e.currentTarget.value })}>
          <option value="" selected={d().injuryType === ''}>{t('assessment.choose')}</option>
          <For each={props.tables.injuryTypes}>
            {(c) => (
              <option value={String(c.value)} selected={String(c.value) === d().injuryType}>
                {ruleLabel(c.label, String(c.value))}
              </option>
            )}
          </For>
        </select>
      </div>
      <Show when={typical().length > 0}>
        <fieldset class="typical-injuries" aria-describedby={errs()['severity'] ? `${fieldId('severity')}-error` : undefined}>
          <legend>{t('assessment.typicalInjury')}</legend>
          <For each={typical()}>
            {(ti) => (
              <label class="radio">
                <input type="radio" name="typical" value={ti.severity} checked={d().suggestedSeverity === ti.severity} onChange={() => props.send({ type: 'SEVERITY.SUGGEST', severity: ti.severity })} />
                <span>
                  <strong>{severityText(props.tables, ti.severity)}</strong>: {ti.text}
                </span>
              </label>
            )}
          </For>
        </fieldset>
      </Show>
      <TextField field="injury" label={t('assessment.injury')} required hint={t('assessment.injuryHint')} value={d().injury} errors={errs()} onInput={(v) => props.send({ type: 'SCENARIO.SET', field: 'injury', value: v })} />
      <div class="field">
        <label for={fieldId('severity')}>{d().suggestedSeverity !== null ? t('assessment.severityOverride') : t('assessment.severity')}</label>
        <select
          id={fieldId('severity')}
          onChange={(e) => props.send({ type: 'SEVERITY.OVERRIDE', severity: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })}
          {...describedBy(errs(), 'severity')}
        >
          <option value="" selected={d().severity === null}>{d().suggestedSeverity !== null ? t('assessment.keepSuggested', { s: severityText(props.tables, d().suggestedSeverity!) }) : t('assessment.choose')}</option>
          <For each={props.tables.severities}>
            {(s) => (
              <option value={s} selected={d().severity === s}>
                {severityText(props.tables, s)}
              </option>
            )}
          </For>
        </select>
        <FieldError errors={errs()} field="severity" />
      </div>
      <Show when={needsReason() || d().severityReason}>
        <TextField field="severityReason" label={t('assessment.severityReason')} required={needsReason()} multiline value={d().severityReason} errors={errs()} onInput={(v) => props.send({ type: 'SCENARIO.SET', field: 'severityReason', value: v })} />
      </Show>
    </>
  );
}
