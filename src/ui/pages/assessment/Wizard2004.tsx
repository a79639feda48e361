// The scenario form of the rapex-2004 method (Decision 2004/418/EC, ch. 3.2): defect probability
// and exposure row (the probability class follows), severity with footnote 10's typical injuries,
// the consumer (Table B) and the assessor's judgement of the risk with its reason. What follows
// from the choices, and what is missing, comes from the domain (viewDraft2004).
import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import { emptyDraft2004, viewDraft2004, scenarioJsonOf, draft2004Of, type Draft2004, type Draft2004Field } from '../../../domain/risk/draft-2004';
import type { Risk2004Tables } from '../../../domain/risk/tables-2004';
import type { Scenario2004Json } from '../../../domain/assessment-2004';
import type { Choice } from '../../../domain/risk/risk-tables';
import { ruleLabel, t } from '../../i18n';
import { label2004 } from './format-2004';

export interface Wizard2004Done {
  productName: string;
  scenarios: Scenario2004Json[];
}

function nextId(scenarios: readonly Scenario2004Json[]): string {
  let n = scenarios.length + 1;
  while (scenarios.some((s) => s.id === `s${n}`)) n++;
  return `s${n}`;
}

function Radios(props: { name: string; legend: string; choices: readonly Choice[]; value: string; onChange: (v: string) => void; missing: boolean; describe?: (c: Choice) => string | null }): JSX.Element {
  return (
    <fieldset class="radio-group" data-field={props.name} aria-invalid={props.missing ? 'true' : undefined}>
      <legend>
        {props.legend}
        <span class="required" aria-hidden="true"> *</span>
      </legend>
      <For each={props.choices}>
        {(c) => (
          <label class="radio">
            <input type="radio" name={`w4-${props.name}`} value={String(c.value)} checked={props.value === String(c.value)} onChange={() => props.onChange(String(c.value))} />
            <span>{ruleLabel(c.label, String(c.value))}</span>
            <Show when={props.describe?.(c)}>{(d) => <span class="hint"> — {d()}</span>}</Show>
          </label>
        )}
      </For>
    </fieldset>
  );
}

export function Wizard2004(props: {
  tables: Risk2004Tables;
  productName: string;
  scenarios: readonly Scenario2004Json[];
  editId?: string;
  onDone: (d: Wizard2004Done) => void;
}): JSX.Element {
  const editing = props.editId ? props.scenarios.find((s) => s.id === props.editId) : undefined;
  const [product, setProduct] = createSignal(props.productName);
  const [draft, setDraft] = createSignal<Draft2004>(editing ? draft2004Of(editing) : emptyDraft2004(nextId(props.scenarios)));
  const [tried, setTried] = createSignal(false);
  const others = () => props.scenarios.filter((s) => s.id !== props.editId).map((s) => s.id);
  const view = createMemo(() => viewDraft2004(props.tables, draft(), others()));
  const set = <K extends keyof Draft2004>(k: K, v: Draft2004[K]) => setDraft({ ...draft(), [k]: v });
  const missing = (f: Draft2004Field) => tried() && view().missing.includes(f);
  const defectChoices = (): Choice[] => props.tables.defectProbabilities.map((d) => ({ value: String(d), label: props.tables.label('defectProbability', d) }));
  const productMissing = () => tried() && !product().trim();

  function save(e: Event) {
    e.preventDefault();
    setTried(true);
    if (!view().canSave || !product().trim()) return;
    const s = scenarioJsonOf(props.tables, draft());
    const scenarios = editing ? props.scenarios.map((x) => (x.id === editing.id ? s : x)) : [...props.scenarios, s];
    props.onDone({ productName: product(), scenarios });
  }

  return (
    <form class="wizard wizard-2004" onSubmit={save} novalidate data-testid="wizard-2004">
      <p class="hint">{t('a2004.wizard.intro')}</p>
      <div class="field">
        <label for="w4-product">{t('assessment.productName')}<span class="required" aria-hidden="true"> *</span></label>
        <input id="w4-product" type="text" value={product()} onInput={(e) => setProduct(e.currentTarget.value)} aria-invalid={productMissing() ? 'true' : undefined} />
      </div>
      <div class="field">
        <label for="w4-id">{t('a2004.id')}<span class="required" aria-hidden="true"> *</span></label>
        <input id="w4-id" type="text" value={draft().id} onInput={(e) => set('id', e.currentTarget.value)} aria-invalid={missing('id') ? 'true' : undefined} />
      </div>
      <div class="field">
        <label for="w4-title">{t('a2004.title')}</label>
        <input id="w4-title" type="text" value={draft().title} onInput={(e) => set('title', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="w4-injury">{t('a2004.injury')}<span class="required" aria-hidden="true"> *</span></label>
        <input id="w4-injury" type="text" value={draft().injury} onInput={(e) => set('injury', e.currentTarget.value)} aria-invalid={missing('injury') ? 'true' : undefined} />
      </div>

      <h2>{t('a2004.probability')}</h2>
      <Radios name="defectProbability" legend={t('a2004.defectProbability')} choices={defectChoices()} value={draft().defectProbability} onChange={(v) => set('defectProbability', v)} missing={missing('defectProbability')} />
      <Radios name="exposure" legend={t('a2004.exposure')} choices={props.tables.exposures} value={draft().exposure} onChange={(v) => set('exposure', v)} missing={missing('exposure')} />
      <p class="derived" data-testid="probability-class" aria-live="polite">
        {t('a2004.probabilityClass')}:{' '}
        <strong>{view().probabilityClass ? label2004(props.tables, 'probabilityClass', view().probabilityClass!) : t('a2004.chooseBoth')}</strong>
      </p>

      <h2>{t('a2004.severity')}</h2>
      <Radios
        name="severity"
        legend={t('a2004.severityLevel')}
        choices={props.tables.severities}
        value={draft().severity}
        onChange={(v) => set('severity', v)}
        missing={missing('severity')}
        describe={(c) => [ruleLabel(c.description, ''), props.tables.typicalInjuries(String(c.value)) ? t('a2004.typicalInjuries', { list: props.tables.typicalInjuries(String(c.value))! }) : ''].filter(Boolean).join('; ') || null}
      />

      <h2>{t('a2004.consumer')}</h2>
      <div class="field">
        <label for="w4-person">{t('a2004.vulnerablePerson')}</label>
        <select id="w4-person" value={draft().vulnerablePerson} onChange={(e) => set('vulnerablePerson', e.currentTarget.value)}>
          <option value="">{t('a2004.noVulnerablePerson')}</option>
          <For each={props.tables.vulnerablePersons}>{(p) => <option value={String(p.value)}>{ruleLabel(p.label, String(p.value))}</option>}</For>
        </select>
      </div>
      <Show
        when={!view().vulnerabilityFixed}
        fallback={
          <p class="derived" data-testid="vulnerability">
            {t('a2004.vulnerability')}: <strong>{label2004(props.tables, 'vulnerability', view().vulnerability!)}</strong> ({t('a2004.byTableB')})
          </p>
        }
      >
        <Radios name="vulnerability" legend={t('a2004.vulnerability')} choices={props.tables.vulnerabilities} value={draft().vulnerability} onChange={(v) => set('vulnerability', v)} missing={missing('vulnerability')} />
      </Show>
      <Show when={view().asksWarnings}>
        <label class="checkbox">
          <input type="checkbox" checked={draft().warnings} onChange={(e) => set('warnings', e.currentTarget.checked)} /> {t('a2004.warnings')}
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={draft().obviousHazard} onChange={(e) => set('obviousHazard', e.currentTarget.checked)} /> {t('a2004.obviousHazard')}
        </label>
      </Show>

      <h2>{t('a2004.judgement')}</h2>
      <p class="hint">{t('a2004.judgementHint')}</p>
      <div class="field">
        <label for="w4-risk">{t('a2004.judgedRisk')}</label>
        <select id="w4-risk" value={draft().judgementRisk} onChange={(e) => set('judgementRisk', e.currentTarget.value)}>
          <option value="">{t('a2004.notYetJudged')}</option>
          <For each={props.tables.riskLevels}>{(r) => <option value={String(r.value)}>{ruleLabel(r.label, String(r.value))}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="w4-reason">
          {t('a2004.reason')}
          <Show when={draft().judgementRisk}><span class="required" aria-hidden="true"> *</span></Show>
        </label>
        <textarea id="w4-reason" rows="3" value={draft().judgementReason} onInput={(e) => set('judgementReason', e.currentTarget.value)} aria-invalid={missing('judgementReason') ? 'true' : undefined} aria-describedby={missing('judgementReason') ? 'w4-reason-error' : undefined} />
        <Show when={missing('judgementReason')}>
          <p class="field-error" id="w4-reason-error">{t('a2004.reasonRequired')}</p>
        </Show>
      </div>
      <Show when={view().pending}>
        <p class="status status-warn" data-testid="pending-note">{t('a2004.pendingNote')}</p>
      </Show>
      <Show when={tried() && (!view().canSave || productMissing())}>
        <div role="alert" class="status status-error" data-testid="wizard-2004-missing">
          {t('a2004.missing')}{' '}
          {[...(productMissing() ? [t('assessment.productName')] : []), ...view().missing.map((f) => t(`a2004.field.${f}`))].join(', ')}
        </div>
      </Show>
      <div class="toolbar">
        <button type="submit" data-testid="save-2004">{t('a2004.save')}</button>
      </div>
    </form>
  );
}
