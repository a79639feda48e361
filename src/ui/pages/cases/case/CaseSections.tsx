// The case file as forms, section by section (Appendix 1): product identification, risk,
// notification criteria, measures, traceability, confidentiality. Components only edit the
// working copy; every rule (what is missing, what is confidential) comes from src/domain/case.
import { createResource, createSignal, For, Index, Show, type JSX } from 'solid-js';
import { decideConfidentiality, withdrawConfidentiality } from '../../../../domain/case/confidentiality';
import type { CaseFile, CasePart, Measure, Party, Role } from '../../../../domain/case/types';
import { CASE_PARTS } from '../../../../domain/case/types';
import type { CompiledRuleSet } from '../../../../rules/api';
import { ruleLabel, t } from '../../../i18n';
import { CheckInput, SelectInput, TextInput } from './fields';
import { attachableAssessments } from './case-page-data';

export interface SectionProps {
  file: () => CaseFile;
  update: (fn: (c: CaseFile) => CaseFile) => void;
  editable: () => boolean;
  rs: CompiledRuleSet;
  /** The completeness gap of a field, in words, or null. */
  problem: (path: string) => string | null;
  today: () => string;
  role: () => Role;
  /** Version id of the rule set the page decides under; assessments attached now record it. */
  ruleSetVersion?: () => string;
}

export function enumOptions(rs: CompiledRuleSet, name: string): { value: string; label: string }[] {
  return (rs.enumeration(name)?.members ?? []).map((m) => ({ value: String(m.value), label: ruleLabel(m.label, String(m.value)) }));
}

export function ProductSection(p: SectionProps): JSX.Element {
  const set = (k: keyof CaseFile['product']) => (v: string) => p.update((c) => ({ ...c, product: { ...c.product, [k]: v } }));
  const text = (k: 'category' | 'name' | 'brand' | 'model' | 'batch' | 'barcode' | 'customsCode' | 'description', multiline = false) => (
    <TextInput path={`product.${k}`} label={t(`cases.field.product.${k}`)} value={p.file().product[k]} onChange={set(k)} disabled={!p.editable()} problem={p.problem(`product.${k}`)} multiline={multiline} />
  );
  return (
    <section class="case-section" aria-labelledby="sec-product">
      <h2 id="sec-product">{t('cases.section.product')}</h2>
      <div class="field-grid">
        {text('name')}
        {text('brand')}
        {text('model')}
        {text('category')}
        {text('batch')}
        {text('barcode')}
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
  const attach = () => {
    const a = options()?.find((o) => o.id === choice());
    if (!a?.ref) return;
    const ref = a.ref;
    p.update((c) => ({
      ...c,
      title: c.title || a.name,
      product: { ...c.product, name: c.product.name || a.name },
      risk: { ...c.risk, hazard: c.risk.hazard || ref.hazard, assessments: [...c.risk.assessments.filter((x) => x.assessmentId !== ref.assessmentId), ref], decisiveAssessmentId: ref.assessmentId },
    }));
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
            options={(options() ?? []).filter((o) => o.ref).map((o) => ({ value: o.id, label: `${o.name} — ${ruleLabel(p.rs.enumeration('riskLevel')?.members.find((m) => m.value === o.ref!.level)?.label, o.ref!.level)}` }))}
            onChange={setChoice}
            problem={p.problem('risk.assessments')}
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
              <strong class={`risk-${a.level}`}>{ruleLabel(p.rs.enumeration('riskLevel')?.members.find((m) => m.value === a.level)?.label, a.level)}</strong> — {a.summary}
              <CheckInput path={`risk.${a.assessmentId}.lifeThreatening`} label={t('cases.field.risk.lifeThreatening')} checked={a.lifeThreatening} onChange={(v) => setRef(a.assessmentId, 'lifeThreatening', v)} disabled={!p.editable()} />
              <CheckInput path={`risk.${a.assessmentId}.fatalAccidents`} label={t('cases.field.risk.fatalAccidents')} checked={a.fatalAccidents} onChange={(v) => setRef(a.assessmentId, 'fatalAccidents', v)} disabled={!p.editable()} />
            </li>
          )}
        </For>
      </ul>
      <SelectInput path="risk.hazard" label={t('cases.field.risk.hazard')} value={p.file().risk.hazard} empty={t('cases.none')} options={enumOptions(p.rs, 'hazardGroup')} onChange={(v) => p.update((c) => ({ ...c, risk: { ...c.risk, hazard: v } }))} disabled={!p.editable()} problem={p.problem('risk.hazard')} />
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
      <TextInput path="informationReceived" type="date" label={t('cases.field.informationReceived')} value={p.file().informationReceived ?? ''} onChange={(v) => p.update((c) => ({ ...c, informationReceived: v || null }))} disabled={!p.editable()} />
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
}): JSX.Element {
  const id = () => p.idPrefix ?? p.prefix;
  const change = (i: number, patch: Partial<Measure>) => p.set(p.measures().map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <div class="measures">
      {/* Index, not For: every edit makes a new measure object, and its inputs must stay put while typing. */}
      <Index each={p.measures()}>
        {(measure, index) => {
          const m = measure;
          const i = () => index;
          return (
          <fieldset class="measure" data-testid="measure">
            <legend>{t('cases.measure.legend', { n: i() + 1 })}</legend>
            <div class="field-grid">
              <SelectInput path={`${id()}[${i()}].type`} label={t('cases.field.measure.type')} value={m().type} options={enumOptions(p.rs, 'measureType')} onChange={(v) => change(i(), { type: v as Measure['type'], takenBy: { ...m().takenBy, kind: v === 'voluntary' ? 'operator' : 'authority' } })} disabled={!p.editable()} />
              <SelectInput path={`${id()}[${i()}].category`} label={t('cases.field.measure.category')} value={m().category} empty={t('cases.choose')} options={enumOptions(p.rs, 'measureCategory')} onChange={(v) => change(i(), { category: v })} disabled={!p.editable()} problem={p.problem(`${p.prefix}[${i()}].category`)} />
              <TextInput path={`${id()}[${i()}].takenBy`} label={t('cases.field.measure.takenBy')} value={m().takenBy.name} onChange={(v) => change(i(), { takenBy: { ...m().takenBy, name: v } })} disabled={!p.editable()} problem={p.problem(`${p.prefix}[${i()}].takenBy`)} />
              <TextInput path={`${id()}[${i()}].adopted`} type="date" label={t('cases.field.measure.adopted')} value={m().adopted ?? ''} onChange={(v) => change(i(), { adopted: v || null })} disabled={!p.editable()} problem={p.problem(`${p.prefix}[${i()}].adopted`)} />
              <TextInput path={`${id()}[${i()}].entryIntoForce`} type="date" label={t('cases.field.measure.entryIntoForce')} value={m().entryIntoForce ?? ''} onChange={(v) => change(i(), { entryIntoForce: v || null })} disabled={!p.editable()} problem={p.problem(`${p.prefix}[${i()}].entryIntoForce`)} />
              <SelectInput path={`${id()}[${i()}].scope`} label={t('cases.field.measure.scope')} value={m().scope} options={enumOptions(p.rs, 'measureScope')} onChange={(v) => change(i(), { scope: v as Measure['scope'] })} disabled={!p.editable()} />
              <SelectInput path={`${id()}[${i()}].duration`} label={t('cases.field.measure.duration')} value={m().duration} options={enumOptions(p.rs, 'measureDuration')} onChange={(v) => change(i(), { duration: v as Measure['duration'] })} disabled={!p.editable()} />
            </div>
            <Show when={p.editable()}>
              <button type="button" class="secondary" onClick={() => p.set(p.measures().filter((_, j) => j !== i()))}>
                {t('cases.measure.remove', { n: i() + 1 })}
              </button>
            </Show>
          </fieldset>
          );
        }}
      </Index>
      <Show when={p.editable()}>
        <button type="button" onClick={() => p.set([...p.measures(), newMeasure(`m${Date.now().toString(36)}`)])}>
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
      <Show when={p.problem('measures')}>
        <p class="field-error">{p.problem('measures')}</p>
      </Show>
      <MeasuresEditor measures={() => p.file().measures} set={(m) => p.update((c) => ({ ...c, measures: m }))} editable={p.editable} rs={p.rs} prefix="measures" problem={p.problem} />
    </section>
  );
}

function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function PartyEditor(p: { path: string; party: Party | null; set: (x: Party | null) => void; editable: () => boolean; problem: (path: string) => string | null }): JSX.Element {
  const value = (): Party => p.party ?? { name: '', address: '', contact: '', country: '' };
  const change = (k: keyof Party) => (v: string) => {
    const next = { ...value(), [k]: v };
    p.set(next.name || next.address || next.contact || next.country ? next : null);
  };
  return (
    <div class="field-grid">
      <For each={['name', 'address', 'contact', 'country'] as const}>
        {(k) => <TextInput path={`${p.path}.${k}`} label={t(`cases.field.party.${k}`)} value={value()[k]} onChange={change(k)} disabled={!p.editable()} problem={p.problem(`${p.path}.${k}`)} />}
      </For>
    </div>
  );
}

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
      <h3>{t('cases.field.traceability.manufacturer')}</h3>
      <Show when={p.problem('traceability.manufacturer')}>
        <p class="field-error">{p.problem('traceability.manufacturer')}</p>
      </Show>
      <PartyEditor path="traceability.manufacturer" party={tr().manufacturer} set={(x) => setTr({ manufacturer: x })} editable={p.editable} problem={p.problem} />
      <h3>{t('cases.field.traceability.importer')}</h3>
      <Show when={p.problem('traceability.importers')}>
        <p class="field-error">{p.problem('traceability.importers')}</p>
      </Show>
      <PartyEditor path="traceability.importers[0]" party={tr().importers[0] ?? null} set={(x) => setTr({ importers: x ? [x, ...tr().importers.slice(1)] : tr().importers.slice(1) })} editable={p.editable} problem={p.problem} />
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

export function TestResultsSection(p: SectionProps): JSX.Element {
  const set = (i: number, patch: Partial<CaseFile['testResults'][number]>) => p.update((c) => ({ ...c, testResults: c.testResults.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  return (
    <section class="case-section" aria-labelledby="sec-tests">
      <h2 id="sec-tests">{t('cases.section.testResults')}</h2>
      <Show when={p.problem('testResults')}>
        <p class="field-error">{p.problem('testResults')}</p>
      </Show>
      {/* Index, not For: inputs must stay put while typing. */}
      <Index each={p.file().testResults}>
        {(tr, i) => (
          <fieldset class="measure">
            <legend>{t('cases.test.legend', { n: i + 1 })}</legend>
            <div class="field-grid">
              <TextInput path={`testResults[${i}].laboratory`} label={t('cases.field.test.laboratory')} value={tr().laboratory} onChange={(v) => set(i, { laboratory: v })} disabled={!p.editable()} />
              <TextInput path={`testResults[${i}].date`} type="date" label={t('cases.event.date')} value={tr().date ?? ''} onChange={(v) => set(i, { date: v || null })} disabled={!p.editable()} />
            </div>
            <TextInput path={`testResults[${i}].summary`} multiline label={t('cases.field.test.summary')} value={tr().summary} onChange={(v) => set(i, { summary: v })} disabled={!p.editable()} problem={p.problem(`testResults[${i}].summary`)} />
            <TextInput path={`testResults[${i}].failedRequirements`} multiline label={t('cases.field.test.failedRequirements')} value={tr().failedRequirements.join('\n')} onChange={(v) => set(i, { failedRequirements: lines(v) })} disabled={!p.editable()} problem={p.problem('testResults.failedRequirements')} />
          </fieldset>
        )}
      </Index>
      <Show when={p.editable()}>
        <button
          type="button"
          onClick={() => p.update((c) => ({ ...c, testResults: [...c.testResults, { id: `t${Date.now().toString(36)}`, date: null, laboratory: '', summary: '', failedRequirements: [], reportAttachmentId: null }] }))}
        >
          {t('cases.test.add')}
        </button>
      </Show>
    </section>
  );
}
