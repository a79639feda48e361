// The case file as forms, part by part (Appendix 1): product identification (the items
// notifications miss in practice first), risk, notification criteria, measures, traceability,
// confidentiality. Components only edit the working copy; every rule (what is missing, what is
// required, what is confidential) comes from src/domain/case.
import { createResource, createSignal, For, Index, Show, type JSX } from 'solid-js';
import { decideConfidentiality, withdrawConfidentiality } from '../../../../domain/case/confidentiality';
import { explainMissing, type Gap } from '../../../../domain/case/form-gaps';
import { KEY_IDENTIFICATION_FIELDS, REQUIRED_FIELDS } from '../../../../domain/case/notification-form';
import { attachAssessment } from '../../../../domain/case/product-name';
import { emptyNotification } from '../../../../domain/case/empty';
import type { Accident, CaseFile, CasePart, Measure, Party, Role, TestResult } from '../../../../domain/case/types';
import { CASE_PARTS } from '../../../../domain/case/types';
import type { CompiledRuleSet } from '../../../../rules/api';
import { ruleLabel, t } from '../../../i18n';
import { CheckInput, DateInput, SelectInput, TextInput } from './fields';
import { attachableAssessments } from './case-page-data';
import { fieldLabel } from './field-labels';
import { ready } from './ready';

export interface SectionProps {
  file: () => CaseFile;
  update: (fn: (c: CaseFile) => CaseFile) => void;
  editable: () => boolean;
  rs: CompiledRuleSet;
  /** The completeness gap of a field, in words, or null. */
  problem: (path: string) => string | null;
  /** A note on a field that does not block (a future adoption date). */
  warning?: (path: string) => string | null;
  /** Gaps of the notification form, each with its explanation. */
  gaps?: () => readonly Gap[];
  today: () => string;
  role: () => Role;
  /** Version id of the rule set the page decides under; assessments attached now record it. */
  ruleSetVersion?: () => string;
}

export const newId = (prefix: string): string => `${prefix}-${globalThis.crypto.randomUUID()}`;

export function enumOptions(rs: CompiledRuleSet, name: string): { value: string; label: string }[] {
  return (rs.enumeration(name)?.members ?? []).map((m) => ({ value: String(m.value), label: ruleLabel(m.label, String(m.value)) }));
}

const required = (path: string): boolean => REQUIRED_FIELDS.has(path);

/** A missing item with its "why is it missing?" (or, when Appendix 1 needs it, that it must be given). */
export function GapItem(p: { gap: Gap; text: string; editable: boolean; onExplain: (reason: string) => void; idPrefix?: string }): JSX.Element {
  return (
    <li data-testid="gap" data-field={p.gap.field} data-explained={p.gap.explanation !== null ? 'yes' : 'no'}>
      <span>{p.text}</span>
      <Show when={p.gap.explainable} fallback={<span class="gap-hard"> — {t('cases.completeness.mustFix')}</span>}>
        <TextInput path={`missing.${p.idPrefix ?? ''}${p.gap.field}`} label={t('cases.completeness.whyField', { field: fieldLabel(p.gap.field) })} value={p.gap.explanation ?? ''} onChange={p.onExplain} disabled={!p.editable} />
      </Show>
    </li>
  );
}

/** Sets the explanation of a missing field in the case's notification (started if need be). */
export function explainIn(c: CaseFile, field: string, reason: string): CaseFile {
  const n = c.notification ?? emptyNotification({ notifyingCountry: c.country });
  return { ...c, notification: { ...n, missing: explainMissing(n.missing, field, reason) } };
}

/** The missing items of one part of the case, each to be explained where it may be. */
export function GapList(p: SectionProps & { gaps: () => readonly Gap[]; text: (g: Gap) => string; title: string; testid?: string }): JSX.Element {
  return (
    <Show when={p.gaps().length > 0}>
      <div class="gap-section" data-testid={p.testid}>
        <h3>{p.title}</h3>
        <ul class="gaps">
          {/* Index, not For: the list is recomputed on every answer, and the inputs must stay put while typing. */}
          <Index each={p.gaps()}>{(g) => <GapItem gap={g()} text={p.text(g())} editable={p.editable()} onExplain={(v) => p.update((c) => explainIn(c, g().field, v))} />}</Index>
        </ul>
      </div>
    </Show>
  );
}

/** The items of product identification notifications miss in practice: shown first, each explained when missing. */
export function KeyIdentification(p: SectionProps & { text: (g: Gap) => string }): JSX.Element {
  const key = () => (p.gaps?.() ?? []).filter((g) => KEY_IDENTIFICATION_FIELDS.includes(g.field));
  return (
    <section class="case-section key-identification" aria-labelledby="sec-key-identification" data-testid="key-identification">
      <h2 id="sec-key-identification">{t('cases.key.title')}</h2>
      <p class="hint">{t('cases.key.intro')}</p>
      <div class="field-grid">
        <TextInput path="product.barcode" label={t('cases.field.product.barcode')} value={p.file().product.barcode} onChange={(v) => p.update((c) => ({ ...c, product: { ...c.product, barcode: v } }))} disabled={!p.editable()} />
        <TextInput path="product.batch" label={t('cases.field.product.batch')} value={p.file().product.batch} onChange={(v) => p.update((c) => ({ ...c, product: { ...c.product, batch: v } }))} disabled={!p.editable()} />
        <TextInput path="product.model" label={t('cases.field.product.model')} value={p.file().product.model} onChange={(v) => p.update((c) => ({ ...c, product: { ...c.product, model: v } }))} disabled={!p.editable()} />
      </div>
      <Show when={key().length > 0} fallback={<p data-testid="key-complete">{t('cases.key.complete')}</p>}>
        <ul class="gaps">
          <Index each={key()}>{(g) => <GapItem gap={g()} text={p.text(g())} editable={p.editable()} onExplain={(v) => p.update((c) => explainIn(c, g().field, v))} />}</Index>
        </ul>
      </Show>
    </section>
  );
}

export function ProductSection(p: SectionProps): JSX.Element {
  const set = (k: keyof CaseFile['product']) => (v: string) => p.update((c) => ({ ...c, product: { ...c.product, [k]: v } }));
  const text = (k: 'category' | 'name' | 'brand' | 'customsCode' | 'description' | 'packaging', multiline = false) => (
    <TextInput path={`product.${k}`} label={t(`cases.field.product.${k}`)} value={p.file().product[k]} onChange={set(k)} disabled={!p.editable()} problem={p.problem(`product.${k}`)} multiline={multiline} required={required(`product.${k}`)} />
  );
  return (
    <section class="case-section" aria-labelledby="sec-product">
      <h2 id="sec-product">{t('cases.section.product')}</h2>
      <div class="field-grid">
        {text('name')}
        {text('brand')}
        {text('category')}
        {text('customsCode')}
        <TextInput
          path="product.itemsCovered"
          type="number"
          label={t('cases.field.product.itemsCovered')}
          value={p.file().product.itemsCovered === null ? '' : String(p.file().product.itemsCovered)}
          onChange={(v) => p.update((c) => ({ ...c, product: { ...c.product, itemsCovered: /^\d+$/.test(v.trim()) ? Number(v.trim()) : null } }))}
          disabled={!p.editable()}
          problem={p.problem('product.itemsCovered')}
        />
      </div>
      {text('description', true)}
      {text('packaging', true)}
      <CheckInput path="product.consumerProduct" label={t('cases.field.product.consumerProduct')} checked={p.file().product.consumerProduct} onChange={(v) => p.update((c) => ({ ...c, product: { ...c.product, consumerProduct: v } }))} disabled={!p.editable()} />
      <SelectInput
        path="product.excludedRegime"
        label={t('cases.field.product.excludedRegime')}
        value={p.file().product.excludedRegime ?? ''}
        empty={t('cases.none')}
        options={enumOptions(p.rs, 'excludedRegime')}
        onChange={(v) => p.update((c) => ({ ...c, product: { ...c.product, excludedRegime: v || null } }))}
        disabled={!p.editable()}
      />
    </section>
  );
}

export function RiskSection(p: SectionProps): JSX.Element {
  const [options] = createResource(() => attachableAssessments(p.rs, p.today(), p.ruleSetVersion?.() ?? ''));
  const [choice, setChoice] = createSignal('');
  const levelLabel = (level: string) => ruleLabel(p.rs.enumeration('riskLevel')?.members.find((m) => m.value === level)?.label, level);
  const attach = () => {
    const a = ready(options)?.find((o) => o.id === choice());
    if (a?.ref) p.update((c) => attachAssessment(c, a.ref!, a.name));
  };
  const setRef = (id: string, k: 'lifeThreatening' | 'fatalAccidents', v: boolean) =>
    p.update((c) => ({ ...c, risk: { ...c.risk, assessments: c.risk.assessments.map((a) => (a.assessmentId === id ? { ...a, [k]: v } : a)) } }));
  return (
    <section class="case-section" aria-labelledby="sec-risk">
      <h2 id="sec-risk">{t('cases.section.risk')}</h2>
      <Show when={p.editable()}>
        <div class="inline-form">
          <SelectInput
            path="risk.attach"
            label={t('cases.risk.attach')}
            value={choice()}
            empty={t('cases.risk.choose')}
            options={(ready(options) ?? []).filter((o) => o.ref).map((o) => ({ value: o.id, label: `${o.name} — ${levelLabel(o.ref!.level)}` }))}
            onChange={setChoice}
            problem={p.problem('risk.assessments')}
            required
          />
          <button type="button" onClick={attach} disabled={!choice()}>
            {t('cases.risk.attachButton')}
          </button>
        </div>
      </Show>
      <ul class="assessment-refs">
        <For each={p.file().risk.assessments}>
          {(a) => (
            <li data-testid="assessment-ref">
              <strong class={`risk-${a.level}`}>{levelLabel(a.level)}</strong> — <span class="wrap">{a.summary}</span>
              <CheckInput path={`risk.${a.assessmentId}.lifeThreatening`} label={t('cases.field.risk.lifeThreatening')} checked={a.lifeThreatening} onChange={(v) => setRef(a.assessmentId, 'lifeThreatening', v)} disabled={!p.editable()} />
              <CheckInput path={`risk.${a.assessmentId}.fatalAccidents`} label={t('cases.field.risk.fatalAccidents')} checked={a.fatalAccidents} onChange={(v) => setRef(a.assessmentId, 'fatalAccidents', v)} disabled={!p.editable()} />
            </li>
          )}
        </For>
      </ul>
      <SelectInput path="risk.hazard" label={t('cases.field.risk.hazard')} value={p.file().risk.hazard} empty={t('cases.none')} options={enumOptions(p.rs, 'hazardGroup')} onChange={(v) => p.update((c) => ({ ...c, risk: { ...c.risk, hazard: v } }))} disabled={!p.editable()} problem={p.problem('risk.hazard')} required />
      <CheckInput path="risk.otherEmergency" label={t('cases.field.risk.otherEmergency')} checked={p.file().risk.otherEmergency} onChange={(v) => p.update((c) => ({ ...c, risk: { ...c.risk, otherEmergency: v } }))} disabled={!p.editable()} />
      <TextInput path="risk.conclusions" multiline label={t('cases.field.risk.conclusions')} value={p.file().risk.conclusions} onChange={(v) => p.update((c) => ({ ...c, risk: { ...c.risk, conclusions: v } }))} disabled={!p.editable()} problem={p.problem('risk.conclusions')} />
      <TextInput path="risk.nonCompliance" multiline label={t('cases.field.risk.nonCompliance')} value={p.file().risk.nonCompliance} onChange={(v) => p.update((c) => ({ ...c, risk: { ...c.risk, nonCompliance: v } }))} disabled={!p.editable()} />
    </section>
  );
}

const CRITERIA = ['crossBorder', 'ofInterestToOtherStates', 'underEeaDiscussion', 'criteriaUncertain', 'generallyApplicableMeasure'] as const;

export function CriteriaSection(p: SectionProps): JSX.Element {
  return (
    <section class="case-section" aria-labelledby="sec-criteria">
      <h2 id="sec-criteria">{t('cases.section.criteria')}</h2>
      <For each={CRITERIA}>
        {(k) => (
          <CheckInput path={`criteria.${k}`} label={t(`cases.field.criteria.${k}`)} checked={p.file().criteria[k]} onChange={(v) => p.update((c) => ({ ...c, criteria: { ...c.criteria, [k]: v } }))} disabled={!p.editable()} />
        )}
      </For>
    </section>
  );
}

export function newMeasure(id: string): Measure {
  return { id, type: 'obligatory', takenBy: { kind: 'authority', name: '' }, category: '', adopted: null, entryIntoForce: null, duration: 'permanent', until: null, scope: 'national', description: '' };
}

export function MeasuresEditor(p: {
  measures: () => Measure[];
  set: (m: Measure[]) => void;
  editable: () => boolean;
  rs: CompiledRuleSet;
  /** Path of the list for completeness problems ("measures", "productFound.measures"). */
  prefix: string;
  /** Path used for element ids when the list is not unique on the page (several reactions). */
  idPrefix?: string;
  problem: (path: string) => string | null;
  warning?: (path: string) => string | null;
}): JSX.Element {
  const id = () => p.idPrefix ?? p.prefix;
  const change = (i: number, patch: Partial<Measure>) => p.set(p.measures().map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <div class="measures">
      {/* Index, not For: every edit makes a new measure object, and its inputs must stay put while typing. */}
      <Index each={p.measures()}>
        {(m, i) => (
          <fieldset class="measure" data-testid="measure">
            <legend>{t('cases.measure.legend', { n: i + 1 })}</legend>
            <div class="field-grid">
              <SelectInput path={`${id()}[${i}].type`} label={t('cases.field.measure.type')} value={m().type} options={enumOptions(p.rs, 'measureType')} onChange={(v) => change(i, { type: v as Measure['type'], takenBy: { ...m().takenBy, kind: v === 'voluntary' ? 'operator' : 'authority' } })} disabled={!p.editable()} />
              <SelectInput path={`${id()}[${i}].category`} label={t('cases.field.measure.category')} value={m().category} empty={t('cases.choose')} options={enumOptions(p.rs, 'measureCategory')} onChange={(v) => change(i, { category: v })} disabled={!p.editable()} problem={p.problem(`${p.prefix}[${i}].category`)} />
              <TextInput path={`${id()}[${i}].takenBy`} label={t('cases.field.measure.takenBy')} value={m().takenBy.name} onChange={(v) => change(i, { takenBy: { ...m().takenBy, name: v } })} disabled={!p.editable()} problem={p.problem(`${p.prefix}[${i}].takenBy`)} />
              <DateInput path={`${id()}[${i}].adopted`} label={t('cases.field.measure.adopted')} value={m().adopted} onChange={(v) => change(i, { adopted: v })} disabled={!p.editable()} problem={p.problem(`${p.prefix}[${i}].adopted`)} warning={p.warning?.(`${p.prefix}[${i}].adopted`) ?? null} />
              <DateInput path={`${id()}[${i}].entryIntoForce`} label={t('cases.field.measure.entryIntoForce')} value={m().entryIntoForce} onChange={(v) => change(i, { entryIntoForce: v })} disabled={!p.editable()} problem={p.problem(`${p.prefix}[${i}].entryIntoForce`)} />
              <SelectInput path={`${id()}[${i}].scope`} label={t('cases.field.measure.scope')} value={m().scope} options={enumOptions(p.rs, 'measureScope')} onChange={(v) => change(i, { scope: v as Measure['scope'] })} disabled={!p.editable()} />
              <SelectInput path={`${id()}[${i}].duration`} label={t('cases.field.measure.duration')} value={m().duration} options={enumOptions(p.rs, 'measureDuration')} onChange={(v) => change(i, { duration: v as Measure['duration'] })} disabled={!p.editable()} />
              <Show when={m().duration === 'temporary'}>
                <DateInput path={`${id()}[${i}].until`} label={t('cases.field.measure.until')} value={m().until} onChange={(v) => change(i, { until: v })} disabled={!p.editable()} problem={p.problem(`${p.prefix}[${i}].until`)} />
              </Show>
            </div>
            <Show when={p.editable()}>
              <button type="button" class="secondary" onClick={() => p.set(p.measures().filter((_, j) => j !== i))}>
                {t('cases.measure.remove', { n: i + 1 })}
              </button>
            </Show>
          </fieldset>
        )}
      </Index>
      <Show when={p.editable()}>
        <button type="button" onClick={() => p.set([...p.measures(), newMeasure(newId('m'))])}>
          {t('cases.measure.add')}
        </button>
      </Show>
    </div>
  );
}

export function MeasuresSection(p: SectionProps): JSX.Element {
  return (
    <section class="case-section" aria-labelledby="sec-measures">
      <h2 id="sec-measures">{t('cases.section.measures')}</h2>
      <MeasuresEditor measures={() => p.file().measures} set={(m) => p.update((c) => ({ ...c, measures: m }))} editable={p.editable} rs={p.rs} prefix="measures" problem={p.problem} warning={p.warning} />
      <DateInput path="informationReceived" label={t('cases.field.informationReceived')} value={p.file().informationReceived} onChange={(v) => p.update((c) => ({ ...c, informationReceived: v }))} disabled={!p.editable()} />
    </section>
  );
}

function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

const emptyParty = (): Party => ({ name: '', address: '', contact: '', country: '' });

function PartyFields(p: { path: string; party: Party; set: (x: Party) => void; editable: () => boolean; problem: (path: string) => string | null }): JSX.Element {
  return (
    <div class="field-grid">
      <For each={['name', 'address', 'contact', 'country'] as const}>
        {(k) => <TextInput path={`${p.path}.${k}`} label={t(`cases.field.party.${k}`)} value={p.party[k]} onChange={(v) => p.set({ ...p.party, [k]: v })} disabled={!p.editable()} problem={p.problem(`${p.path}.${k}`)} />}
      </For>
    </div>
  );
}

/** A list of economic operators (Appendix 1, traceability: exporters, importers, distributors, retailers). */
export function PartyList(p: { path: string; title: string; item: string; add: string; parties: () => Party[]; set: (x: Party[]) => void; editable: () => boolean; problem: (path: string) => string | null }): JSX.Element {
  return (
    <fieldset class="party-list" data-testid={`party-list-${p.path}`}>
      <legend>{p.title}</legend>
      <Show when={p.parties().length === 0}>
        <p class="hint">{t('cases.party.none')}</p>
      </Show>
      <Index each={p.parties()}>
        {(party, i) => (
          <div class="party" data-testid="party">
            <h4>{t(p.item, { n: i + 1 })}</h4>
            <PartyFields path={`${p.path}[${i}]`} party={party()} set={(x) => p.set(p.parties().map((y, j) => (j === i ? x : y)))} editable={p.editable} problem={p.problem} />
            <Show when={p.editable()}>
              <button type="button" class="secondary" onClick={() => p.set(p.parties().filter((_, j) => j !== i))}>
                {t('cases.party.remove', { item: t(p.item, { n: i + 1 }) })}
              </button>
            </Show>
          </div>
        )}
      </Index>
      <Show when={p.editable()}>
        <button type="button" onClick={() => p.set([...p.parties(), emptyParty()])}>
          {p.add}
        </button>
      </Show>
    </fieldset>
  );
}

const PARTY_LISTS = ['exporters', 'importers', 'distributors', 'retailers'] as const;

export function TraceabilitySection(p: SectionProps): JSX.Element {
  const tr = () => p.file().traceability;
  const setTr = (patch: Partial<CaseFile['traceability']>) => p.update((c) => ({ ...c, traceability: { ...c.traceability, ...patch } }));
  return (
    <section class="case-section" aria-labelledby="sec-traceability">
      <h2 id="sec-traceability">{t('cases.section.traceability')}</h2>
      <div class="field-grid">
        <TextInput path="traceability.origin" label={t('cases.field.traceability.origin')} value={tr().origin} onChange={(v) => setTr({ origin: v })} disabled={!p.editable()} problem={p.problem('traceability.origin')} />
        <TextInput path="traceability.destinations" label={t('cases.field.traceability.destinations')} value={tr().destinations.join(', ')} onChange={(v) => setTr({ destinations: splitList(v) })} disabled={!p.editable()} problem={p.problem('traceability.destinations')} />
      </div>
      <CheckInput path="traceability.soldOnline" label={t('cases.field.traceability.soldOnline')} checked={tr().soldOnline} onChange={(v) => setTr({ soldOnline: v })} disabled={!p.editable()} />
      <fieldset class="party-list">
        <legend>{t('cases.field.traceability.manufacturer')}</legend>
        <PartyFields path="traceability.manufacturer" party={tr().manufacturer ?? emptyParty()} set={(x) => setTr({ manufacturer: x.name || x.address || x.contact || x.country ? x : null })} editable={p.editable} problem={p.problem} />
      </fieldset>
      <For each={PARTY_LISTS}>
        {(k) => (
          <PartyList
            path={`traceability.${k}`}
            title={t(`cases.list.traceability.${k}`)}
            item={`cases.item.${k.slice(0, -1)}`}
            add={t(`cases.party.add.${k}`)}
            parties={() => tr()[k]}
            set={(x) => setTr({ [k]: x } as Partial<CaseFile['traceability']>)}
            editable={p.editable}
            problem={p.problem}
          />
        )}
      </For>
    </section>
  );
}

export function ConfidentialitySection(p: SectionProps): JSX.Element {
  const conf = () => p.file().confidentiality;
  const toggle = (part: CasePart, on: boolean) =>
    p.update((c) => {
      const parts = on ? [...new Set([...c.confidentiality.parts, part])] : c.confidentiality.parts.filter((x) => x !== part);
      const status = parts.length === 0 ? 'none' : c.confidentiality.status === 'none' || c.confidentiality.status === 'withdrawn' ? 'requested' : c.confidentiality.status;
      return { ...c, confidentiality: { ...c.confidentiality, parts, status, requestedOn: c.confidentiality.requestedOn ?? p.today(), withdrawnOn: null } };
    });
  return (
    <section class="case-section" aria-labelledby="sec-confidentiality">
      <h2 id="sec-confidentiality">{t('cases.section.confidentiality')}</h2>
      <p>{t(`cases.confidentiality.status.${conf().status}`)}</p>
      <fieldset>
        <legend>{t('cases.confidentiality.parts')}</legend>
        <For each={CASE_PARTS}>
          {(part) => <CheckInput path={`confidentiality.parts.${part}`} label={t(`cases.part.${part}`)} checked={conf().parts.includes(part) && conf().status !== 'withdrawn'} onChange={(v) => toggle(part, v)} disabled={!p.editable()} />}
        </For>
      </fieldset>
      <Show when={p.problem('confidentiality.parts')}>
        <p class="field-error">{p.problem('confidentiality.parts')}</p>
      </Show>
      <TextInput path="confidentiality.justification" multiline label={t('cases.field.confidentiality.justification')} value={conf().justification} onChange={(v) => p.update((c) => ({ ...c, confidentiality: { ...c.confidentiality, justification: v } }))} disabled={!p.editable()} problem={p.problem('confidentiality.justification')} />
      <Show when={p.role() === 'validating-authority' && conf().status === 'requested'}>
        {/* The validating authority checks the request is complete and justified (Part II, 3.3.3). */}
        <div class="act-buttons">
          <For each={[true, false]}>
            {(accepted) => (
              <button
                type="button"
                class={accepted ? '' : 'secondary'}
                onClick={() => {
                  const r = decideConfidentiality(conf(), accepted);
                  if (r.ok) p.update((c) => ({ ...c, confidentiality: r.value }));
                }}
              >
                {t(accepted ? 'cases.confidentiality.accept' : 'cases.confidentiality.refuse')}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={p.editable() && (conf().status === 'requested' || conf().status === 'accepted')}>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const r = withdrawConfidentiality(conf(), p.today());
            if (r.ok) p.update((c) => ({ ...c, confidentiality: r.value }));
          }}
        >
          {t('cases.confidentiality.withdraw')}
        </button>
      </Show>
    </section>
  );
}

function lines(v: string): string[] {
  return v
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function RegulationsSection(p: SectionProps): JSX.Element {
  const r = () => p.file().regulations;
  const setR = (patch: Partial<CaseFile['regulations']>) => p.update((c) => ({ ...c, regulations: { ...c.regulations, ...patch } }));
  return (
    <section class="case-section" aria-labelledby="sec-regulations">
      <h2 id="sec-regulations">{t('cases.formSection.regulations')}</h2>
      <TextInput path="regulations.legalProvisions" multiline label={t('cases.field.regulations.legalProvisions')} value={r().legalProvisions.join('\n')} onChange={(v) => setR({ legalProvisions: lines(v) })} disabled={!p.editable()} problem={p.problem('regulations.legalProvisions')} />
      <TextInput path="regulations.standards" multiline label={t('cases.field.regulations.standards')} value={r().standards.join('\n')} onChange={(v) => setR({ standards: lines(v) })} disabled={!p.editable()} problem={p.problem('regulations.standards')} />
      <TextInput path="regulations.proofOfConformity" label={t('cases.field.regulations.proofOfConformity')} value={r().proofOfConformity} onChange={(v) => setR({ proofOfConformity: v })} disabled={!p.editable()} problem={p.problem('regulations.proofOfConformity')} />
      <SelectInput
        path="regulations.counterfeit"
        label={t('cases.field.regulations.counterfeit')}
        value={r().counterfeit}
        options={(['unknown', 'yes', 'no'] as const).map((v) => ({ value: v, label: t(`cases.counterfeit.${v}`) }))}
        onChange={(v) => setR({ counterfeit: v as CaseFile['regulations']['counterfeit'] })}
        disabled={!p.editable()}
        problem={p.problem('regulations.counterfeit')}
      />
    </section>
  );
}

/** Test results (the case's, or a different risk assessment's): laboratory, date, summary, provisions failed. */
export function TestResultsEditor(p: { path: string; results: () => TestResult[]; set: (x: TestResult[]) => void; editable: () => boolean; problem: (path: string) => string | null; failedProblem?: string }): JSX.Element {
  const change = (i: number, patch: Partial<TestResult>) => p.set(p.results().map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <div class="tests">
      {/* Index, not For: inputs must stay put while typing. */}
      <Index each={p.results()}>
        {(tr, i) => (
          <fieldset class="measure" data-testid="test-result">
            <legend>{t('cases.test.legend', { n: i + 1 })}</legend>
            <div class="field-grid">
              <TextInput path={`${p.path}[${i}].laboratory`} label={t('cases.field.test.laboratory')} value={tr().laboratory} onChange={(v) => change(i, { laboratory: v })} disabled={!p.editable()} />
              <DateInput path={`${p.path}[${i}].date`} label={t('cases.field.test.date')} value={tr().date} onChange={(v) => change(i, { date: v })} disabled={!p.editable()} />
            </div>
            <TextInput path={`${p.path}[${i}].summary`} multiline label={t('cases.field.test.summary')} value={tr().summary} onChange={(v) => change(i, { summary: v })} disabled={!p.editable()} problem={p.problem(`${p.path}[${i}].summary`)} />
            <TextInput path={`${p.path}[${i}].failedRequirements`} multiline label={t('cases.field.test.failedRequirements')} value={tr().failedRequirements.join('\n')} onChange={(v) => change(i, { failedRequirements: lines(v) })} disabled={!p.editable()} problem={p.problem(p.failedProblem ?? `${p.path}.failedRequirements`)} />
            <Show when={p.editable()}>
              <button type="button" class="secondary" onClick={() => p.set(p.results().filter((_, j) => j !== i))}>
                {t('cases.test.remove', { n: i + 1 })}
              </button>
            </Show>
          </fieldset>
        )}
      </Index>
      <Show when={p.editable()}>
        <button type="button" onClick={() => p.set([...p.results(), { id: newId('t'), date: null, laboratory: '', summary: '', failedRequirements: [], reportAttachmentId: null }])}>
          {t('cases.test.add')}
        </button>
      </Show>
    </div>
  );
}

export function TestResultsSection(p: SectionProps): JSX.Element {
  return (
    <section class="case-section" aria-labelledby="sec-tests">
      <h2 id="sec-tests">{t('cases.section.testResults')}</h2>
      <TestResultsEditor path="testResults" results={() => p.file().testResults} set={(x) => p.update((c) => ({ ...c, testResults: x }))} editable={p.editable} problem={p.problem} failedProblem="testResults.failedRequirements" />
    </section>
  );
}

/** Known incidents and accidents (the case's, or a different risk assessment's). */
export function AccidentsEditor(p: { path: string; accidents: () => Accident[]; set: (x: Accident[]) => void; editable: () => boolean; problem: (path: string) => string | null }): JSX.Element {
  const change = (i: number, patch: Partial<Accident>) => p.set(p.accidents().map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <div class="accidents">
      <Show when={p.accidents().length === 0}>
        <p>{t('cases.accident.none')}</p>
      </Show>
      {/* Index, not For: inputs must stay put while typing. */}
      <Index each={p.accidents()}>
        {(a, i) => (
          <fieldset class="measure" data-testid="accident">
            <legend>{t('cases.accident.legend', { n: i + 1 })}</legend>
            <div class="field-grid">
              <DateInput path={`${p.path}[${i}].date`} label={t('cases.field.accident.date')} value={a().date} onChange={(v) => change(i, { date: v })} disabled={!p.editable()} problem={p.problem(`${p.path}[${i}].date`)} />
              <TextInput path={`${p.path}[${i}].country`} label={t('cases.field.party.country')} value={a().country} onChange={(v) => change(i, { country: v })} disabled={!p.editable()} problem={p.problem(`${p.path}[${i}].country`)} />
            </div>
            <TextInput path={`${p.path}[${i}].description`} multiline label={t('cases.accident.description')} value={a().description} onChange={(v) => change(i, { description: v })} disabled={!p.editable()} problem={p.problem(`${p.path}[${i}].description`)} />
            <CheckInput path={`${p.path}[${i}].fatal`} label={t('cases.accident.fatal')} checked={a().fatal} onChange={(v) => change(i, { fatal: v })} disabled={!p.editable()} />
            <Show when={p.editable()}>
              <button type="button" class="secondary" onClick={() => p.set(p.accidents().filter((_, j) => j !== i))}>
                {t('cases.accident.remove', { n: i + 1 })}
              </button>
            </Show>
          </fieldset>
        )}
      </Index>
      <Show when={p.editable()}>
        <button type="button" onClick={() => p.set([...p.accidents(), { id: newId('acc'), date: null, country: '', description: '', fatal: false }])}>
          {t('cases.accident.add')}
        </button>
      </Show>
    </div>
  );
}

export function AccidentsSection(p: SectionProps): JSX.Element {
  return (
    <section class="case-section" aria-labelledby="sec-accidents">
      <h2 id="sec-accidents">{t('cases.section.accidents')}</h2>
      <AccidentsEditor path="accidents" accidents={() => p.file().accidents} set={(x) => p.update((c) => ({ ...c, accidents: x }))} editable={p.editable} problem={p.problem} />
    </section>
  );
}
