// Reactions (Appendix 2): another State reacting to this case's notification, or this authority
// reacting to the notification it follows up. Each type of reaction offers every field its check
// requires (reaction-form.ts): measures adopted; a different risk assessment with its risk
// category, test results, provisions tested against, the attached assessment, conclusions, known
// accidents and the proof that it is the same product; additional information on origin and the
// supply chain. Missing items are explained where they may be.
import { createMemo, createResource, createSignal, For, Index, Show, type JSX } from 'solid-js';
import { emptyReaction } from '../../../../domain/case/empty';
import { explainMissing } from '../../../../domain/case/form-gaps';
import { REACTION_WITHDRAWAL_GROUNDS } from '../../../../domain/case/lifecycle-checks';
import { reactionCompleteness } from '../../../../domain/case/reaction-form';
import { mayActOnReaction, type ReactionEventType } from '../../../../domain/case/roles';
import type { CaseFile, Reaction, ReactionKind, Role } from '../../../../domain/case/types';
import { canActOnReaction, reactionActs } from '../../../../machines/case-acts';
import type { ReactionEvent } from '../../../../machines/reaction';
import type { CompiledRuleSet } from '../../../../rules/api';
import { ruleLabel, t } from '../../../i18n';
import { attachableAssessments } from './case-page-data';
import { AccidentsEditor, enumOptions, GapItem, MeasuresEditor, newId, PartyList, TestResultsEditor } from './CaseSections';
import { SelectInput, TextInput } from './fields';
import { gapText } from './gap-text';
import { ready } from './ready';

const KINDS: ReactionKind[] = ['product-found', 'different-risk-assessment', 'additional-information'];

export interface ReactionsPanelProps {
  file: () => CaseFile;
  update: (fn: (c: CaseFile) => CaseFile) => void;
  rs: CompiledRuleSet;
  role: () => Role;
  actDate: () => string;
  today: () => string;
  ruleSetVersion: () => string;
  /** Why acts are held (a date not valid, fields not stored yet), or null. */
  held: () => string | null;
  /** Sends a lifecycle event (the page adds role, date, time and person) and saves. */
  act: (reactionId: string, e: { type: ReactionEventType } & Record<string, unknown>) => void;
}

export function ReactionsPanel(p: ReactionsPanelProps): JSX.Element {
  const [kind, setKind] = createSignal<ReactionKind>('product-found');
  const [country, setCountry] = createSignal('');
  const canCreate = () => mayActOnReaction(p.role(), 'EDIT') && (p.file().notification?.number != null || p.file().notification?.status === 'validated' || p.file().followUp !== null);
  const create = () => {
    const c = p.file();
    const n = c.notification;
    const r = emptyReaction({
      id: newId('r'),
      kind: kind(),
      notificationNumber: c.followUp?.number ?? n?.number ?? c.id,
      notifyingCountry: c.followUp?.notifyingCountry ?? n?.notifyingCountry ?? c.country,
      reactingCountry: country() || (p.role() === 'contact-point' ? c.country : ''),
      notifiedProductName: c.followUp?.productName ?? c.product.name,
      notificationClassification: c.followUp?.classification ?? n?.validatedAs ?? n?.chosen ?? '',
    });
    const withProduct: Reaction = { ...r, productAsFound: { name: c.product.name, brand: c.product.brand, model: c.product.model, batch: c.product.batch, barcode: c.product.barcode } };
    p.update((f) => ({ ...f, reactions: [...f.reactions, withProduct] }));
  };
  return (
    <section class="case-section" aria-labelledby="sec-reactions">
      <h2 id="sec-reactions">{t('cases.section.reactions')}</h2>
      <Show when={p.file().reactions.length === 0}>
        <p>{t('cases.reaction.none')}</p>
      </Show>
      {/* Index, not For: every edit makes a new reaction object, and the form must stay put while typing. */}
      <Index each={p.file().reactions}>{(r, i) => <ReactionForm {...p} reaction={r} index={() => i} />}</Index>
      <Show when={canCreate()}>
        <div class="inline-form">
          <SelectInput path="reaction.new.kind" label={t('cases.reaction.kind')} value={kind()} options={KINDS.map((k) => ({ value: k, label: t(`cases.reaction.kind.${k}`) }))} onChange={(v) => setKind(v as ReactionKind)} />
          <TextInput path="reaction.new.country" label={t('cases.reaction.reactingCountry')} value={country()} onChange={setCountry} />
          <button type="button" onClick={create}>
            {t('cases.reaction.new')}
          </button>
        </div>
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

function ReactionForm(p: ReactionsPanelProps & { reaction: () => Reaction; index: () => number }): JSX.Element {
  const r = p.reaction;
  const prefix = () => `reactions[${p.index()}]`;
  const editable = () => r().status === 'draft' && mayActOnReaction(p.role(), 'EDIT');
  const set = (patch: Partial<Reaction>) => p.update((c) => ({ ...c, reactions: c.reactions.map((x) => (x.id === r().id ? { ...x, ...patch } : x)) }));
  const gaps = createMemo(() => reactionCompleteness(r(), p.file().product));
  const problem = (field: string) => (gaps().unexplained.some((x) => x.field === field) ? gapText(field, true) : null);
  const acts = createMemo(() => reactionActs(p.rs, p.file(), r(), p.role()));
  const [ground, setGround] = createSignal('');
  const [justification, setJustification] = createSignal('');
  const eventOf = (type: ReactionEventType) => (type === 'WITHDRAW' ? { type, ground: ground(), justification: justification() } : { type });
  const allowed = (type: ReactionEventType) => p.held() === null && canActOnReaction(p.rs, p.file(), r(), { ...eventOf(type), role: p.role(), date: p.actDate() } as ReactionEvent);
  const found = () => r().productFound ?? { itemsFound: null, measures: [], noMeasuresReason: '' };
  const ai = () => r().additionalInformation ?? { distributionChannels: '', origin: '', parties: [] };
  const [assessments] = createResource(() => (r().kind === 'different-risk-assessment' && editable() ? p.today() : null), (on) => attachableAssessments(p.rs, on, p.ruleSetVersion()));
  const levelLabel = (level: string) => ruleLabel(p.rs.enumeration('riskLevel')?.members.find((m) => m.value === level)?.label, level);
  return (
    <article class="reaction" data-testid="reaction" data-status={r().status} data-kind={r().kind} aria-labelledby={`reaction-${r().id}`}>
      <h3 id={`reaction-${r().id}`}>
        {t(`cases.reaction.kind.${r().kind}`)} — {r().reactingCountry || '…'} — <span data-testid="reaction-status">{t(`cases.reactionState.${r().status}`)}</span>
      </h3>
      <div class="field-grid">
        <TextInput path={`${prefix()}.reactingCountry`} label={t('cases.reaction.reactingCountry')} value={r().reactingCountry} onChange={(v) => set({ reactingCountry: v })} disabled={!editable()} problem={problem('reactingCountry')} required />
        <TextInput path={`${prefix()}.contactPoint`} label={t('cases.field.notification.contactPoint')} value={r().contactPoint} onChange={(v) => set({ contactPoint: v })} disabled={!editable()} problem={problem('contactPoint')} />
        <TextInput path={`${prefix()}.personInCharge`} label={t('cases.field.notification.personInCharge')} value={r().personInCharge} onChange={(v) => set({ personInCharge: v })} disabled={!editable()} problem={problem('personInCharge')} />
        <For each={['name', 'brand', 'model', 'batch', 'barcode'] as const}>
          {(k) => (
            <TextInput
              path={`${prefix()}.productAsFound.${k}`}
              label={t(`cases.reaction.asFound.${k}`)}
              value={r().productAsFound[k]}
              onChange={(v) => set({ productAsFound: { ...r().productAsFound, [k]: v } })}
              disabled={!editable()}
              problem={problem(`productAsFound.${k}`)}
            />
          )}
        </For>
      </div>
      <Show when={r().kind === 'product-found'}>
        <TextInput
          path={`${prefix()}.productFound.itemsFound`}
          type="number"
          label={t('cases.reaction.itemsFound')}
          value={found().itemsFound === null ? '' : String(found().itemsFound)}
          onChange={(v) => set({ productFound: { ...found(), itemsFound: /^\d+$/.test(v.trim()) ? Number(v.trim()) : null } })}
          disabled={!editable()}
          problem={problem('productFound.itemsFound')}
        />
        <MeasuresEditor measures={() => found().measures} set={(m) => set({ productFound: { ...found(), measures: m } })} editable={editable} rs={p.rs} prefix="productFound.measures" idPrefix={`${prefix()}.productFound.measures`} problem={problem} />
        <Show when={found().measures.length === 0}>
          <TextInput path={`${prefix()}.productFound.noMeasuresReason`} multiline label={t('cases.reaction.noMeasuresReason')} value={found().noMeasuresReason} onChange={(v) => set({ productFound: { ...found(), noMeasuresReason: v } })} disabled={!editable()} problem={problem('productFound.noMeasuresReason')} />
        </Show>
      </Show>
      <Show when={r().kind === 'different-risk-assessment' && r().differentRiskAssessment}>
        {(d) => {
          const setD = (patch: Partial<NonNullable<Reaction['differentRiskAssessment']>>) => set({ differentRiskAssessment: { ...d(), ...patch } });
          const [choice, setChoice] = createSignal('');
          return (
            <fieldset class="dra" data-testid="different-risk-assessment">
              <legend>{t('cases.reaction.kind.different-risk-assessment')}</legend>
              <SelectInput path={`${prefix()}.dra.hazard`} label={t('cases.field.risk.hazard')} value={d().hazard} empty={t('cases.none')} options={enumOptions(p.rs, 'hazardGroup')} onChange={(v) => setD({ hazard: v })} disabled={!editable()} problem={problem('differentRiskAssessment.hazard')} required />
              <h4>{t('cases.section.testResults')}</h4>
              <Show when={problem('differentRiskAssessment.testResults')}>{(m) => <p class="field-error">{m()}</p>}</Show>
              <TestResultsEditor path={`${prefix()}.dra.testResults`} results={() => d().testResults} set={(x) => setD({ testResults: x })} editable={editable} problem={() => null} />
              <TextInput path={`${prefix()}.dra.failedRequirements`} multiline label={t('cases.reaction.testedAgainst')} value={d().failedRequirements.join('\n')} onChange={(v) => setD({ failedRequirements: lines(v) })} disabled={!editable()} />
              <h4>{t('cases.reaction.assessment')}</h4>
              <Show when={d().assessment} fallback={<p class={problem('differentRiskAssessment.assessment') ? 'field-error' : 'hint'}>{problem('differentRiskAssessment.assessment') ?? t('cases.reaction.noAssessment')}</p>}>
                {(a) => (
                  <p data-testid="reaction-assessment">
                    <strong>{levelLabel(a().level)}</strong> — <span class="wrap">{a().summary}</span>
                  </p>
                )}
              </Show>
              <Show when={editable()}>
                <div class="inline-form">
                  <SelectInput
                    path={`${prefix()}.dra.attach`}
                    label={t('cases.risk.attach')}
                    value={choice()}
                    empty={t('cases.risk.choose')}
                    options={(ready(assessments) ?? []).filter((o) => o.ref).map((o) => ({ value: o.id, label: `${o.name} — ${levelLabel(o.ref!.level)}` }))}
                    onChange={setChoice}
                  />
                  <button
                    type="button"
                    disabled={!choice()}
                    onClick={() => {
                      const a = ready(assessments)?.find((o) => o.id === choice());
                      if (a?.ref) setD({ assessment: a.ref, hazard: d().hazard || a.ref.hazard });
                    }}
                  >
                    {t('cases.risk.attachButton')}
                  </button>
                </div>
              </Show>
              <TextInput path={`${prefix()}.dra.conclusions`} multiline label={t('cases.field.risk.conclusions')} value={d().conclusions} onChange={(v) => setD({ conclusions: v })} disabled={!editable()} problem={problem('differentRiskAssessment.conclusions')} />
              <h4>{t('cases.section.accidents')}</h4>
              <AccidentsEditor path={`${prefix()}.dra.accidents`} accidents={() => d().accidents} set={(x) => setD({ accidents: x })} editable={editable} problem={() => null} />
              <TextInput path={`${prefix()}.dra.sameProductEvidence`} multiline label={t('cases.reaction.sameProductEvidence')} value={d().sameProductEvidence} onChange={(v) => setD({ sameProductEvidence: v })} disabled={!editable()} problem={problem('differentRiskAssessment.sameProductEvidence')} />
            </fieldset>
          );
        }}
      </Show>
      <Show when={r().kind === 'additional-information'}>
        <TextInput path={`${prefix()}.ai.origin`} multiline label={t('cases.reaction.origin')} value={ai().origin} onChange={(v) => set({ additionalInformation: { ...ai(), origin: v } })} disabled={!editable()} problem={problem('additionalInformation')} />
        <TextInput path={`${prefix()}.ai.distributionChannels`} multiline label={t('cases.reaction.distributionChannels')} value={ai().distributionChannels} onChange={(v) => set({ additionalInformation: { ...ai(), distributionChannels: v } })} disabled={!editable()} />
        <PartyList
          path={`${prefix()}.ai.parties`}
          title={t('cases.reaction.parties')}
          item="cases.item.party"
          add={t('cases.party.add.parties')}
          parties={() => ai().parties}
          set={(x) => set({ additionalInformation: { ...ai(), parties: x } })}
          editable={editable}
          problem={() => null}
        />
      </Show>
      <Show when={editable() && gaps().gaps.length > 0}>
        <ul class="gaps" data-testid="reaction-gaps">
          <Index each={gaps().gaps}>
            {(g) => (
              <GapItem gap={g()} idPrefix={`${prefix()}.`} text={gapText(g().field, true)} editable={editable()} onExplain={(v) => set({ missing: explainMissing(r().missing, g().field, v) })} />
            )}
          </Index>
        </ul>
      </Show>
      <Show when={acts().length > 0}>
        <Show when={acts().includes('WITHDRAW')}>
          <SelectInput path={`${prefix()}.withdraw.ground`} label={t('cases.act.ground')} value={ground()} empty={t('cases.choose')} options={REACTION_WITHDRAWAL_GROUNDS.map((g) => ({ value: g, label: t(`cases.reactionGround.${g}`) }))} onChange={setGround} />
          <TextInput path={`${prefix()}.withdraw.justification`} label={t('cases.act.justification')} value={justification()} onChange={setJustification} />
        </Show>
        <div class="act-buttons">
          <For each={acts()}>
            {(type) => (
              <button type="button" data-reaction-act={type} disabled={!allowed(type)} onClick={() => p.act(r().id, eventOf(type))}>
                {t(`cases.reactionAct.${type}`)}
              </button>
            )}
          </For>
        </div>
      </Show>
    </article>
  );
}
