// Reactions (Appendix 2): another State reacting to this case's notification, or this authority
// reacting to the notification it follows up. The form, its gaps, and the lifecycle acts.
import { createMemo, createSignal, For, Index, Show, type JSX } from 'solid-js';
import { emptyReaction } from '../../../../domain/case/empty';
import { REACTION_WITHDRAWAL_GROUNDS } from '../../../../domain/case/lifecycle-checks';
import { reactionCompleteness } from '../../../../domain/case/reaction-form';
import { mayActOnReaction, type ReactionEventType } from '../../../../domain/case/roles';
import type { CaseFile, Reaction, ReactionKind, Role } from '../../../../domain/case/types';
import { canActOnReaction, reactionActs } from '../../../../machines/case-acts';
import type { ReactionEvent } from '../../../../machines/reaction';
import type { CompiledRuleSet } from '../../../../rules/api';
import { t } from '../../../i18n';
import { MeasuresEditor } from './CaseSections';
import { SelectInput, TextInput } from './fields';
import { problemText } from './NotificationPanel';

const KINDS: ReactionKind[] = ['product-found', 'different-risk-assessment', 'additional-information'];

export interface ReactionsPanelProps {
  file: () => CaseFile;
  update: (fn: (c: CaseFile) => CaseFile) => void;
  rs: CompiledRuleSet;
  role: () => Role;
  actDate: () => string;
  act: (reactionId: string, e: ReactionEvent) => void;
}

export function ReactionsPanel(p: ReactionsPanelProps): JSX.Element {
  const [kind, setKind] = createSignal<ReactionKind>('product-found');
  const [country, setCountry] = createSignal('');
  const canCreate = () => mayActOnReaction(p.role(), 'EDIT') && (p.file().notification?.number != null || p.file().notification?.status === 'validated' || p.file().followUp !== null);
  const create = () => {
    const c = p.file();
    const n = c.notification;
    const r = emptyReaction({
      id: `r${Date.now().toString(36)}`,
      kind: kind(),
      notificationNumber: c.followUp?.number ?? n?.number ?? c.id,
      notifyingCountry: c.followUp?.notifyingCountry ?? n?.notifyingCountry ?? c.country,
      reactingCountry: country() || (p.role() === 'contact-point' ? c.country : ''),
      notifiedProductName: c.followUp?.productName ?? c.product.name,
      notificationClassification: c.followUp?.classification ?? n?.validatedAs ?? n?.chosen ?? 'article-12',
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

function ReactionForm(p: ReactionsPanelProps & { reaction: () => Reaction; index: () => number }): JSX.Element {
  const r = p.reaction;
  const prefix = () => `reactions[${p.index()}]`;
  const editable = () => r().status === 'draft' && mayActOnReaction(p.role(), 'EDIT');
  const set = (patch: Partial<Reaction>) => p.update((c) => ({ ...c, reactions: c.reactions.map((x) => (x.id === r().id ? { ...x, ...patch } : x)) }));
  const gaps = createMemo(() => reactionCompleteness(r(), p.file().product));
  const problem = (field: string) => {
    const g = gaps().unexplained.find((x) => x.field === field);
    return g ? problemText(`reaction.${g.fieldKey}`, g.message, g.field) : null;
  };
  const acts = createMemo(() => reactionActs(p.rs, p.file(), r(), p.role()));
  const [ground, setGround] = createSignal('');
  const [justification, setJustification] = createSignal('');
  const eventOf = (type: ReactionEventType): ReactionEvent =>
    type === 'WITHDRAW' ? { type, role: p.role(), date: p.actDate(), ground: ground(), justification: justification() } : ({ type, role: p.role(), date: p.actDate() } as ReactionEvent);
  const found = () => r().productFound ?? { itemsFound: null, measures: [], noMeasuresReason: '' };
  return (
    <article class="reaction" data-testid="reaction" data-status={r().status} aria-labelledby={`reaction-${r().id}`}>
      <h3 id={`reaction-${r().id}`}>
        {t(`cases.reaction.kind.${r().kind}`)} — {r().reactingCountry || '…'} — <span data-testid="reaction-status">{t(`cases.reactionState.${r().status}`)}</span>
      </h3>
      <div class="field-grid">
        <TextInput path={`${prefix()}.reactingCountry`} label={t('cases.reaction.reactingCountry')} value={r().reactingCountry} onChange={(v) => set({ reactingCountry: v })} disabled={!editable()} problem={problem('reactingCountry')} />
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
        {(d) => (
          <>
            <TextInput path={`${prefix()}.dra.conclusions`} multiline label={t('cases.field.risk.conclusions')} value={d().conclusions} onChange={(v) => set({ differentRiskAssessment: { ...d(), conclusions: v } })} disabled={!editable()} problem={problem('differentRiskAssessment.conclusions')} />
            <TextInput path={`${prefix()}.dra.sameProductEvidence`} multiline label={t('cases.reaction.sameProductEvidence')} value={d().sameProductEvidence} onChange={(v) => set({ differentRiskAssessment: { ...d(), sameProductEvidence: v } })} disabled={!editable()} problem={problem('differentRiskAssessment.sameProductEvidence')} />
          </>
        )}
      </Show>
      <Show when={r().kind === 'additional-information' && r().additionalInformation}>
        {(a) => (
          <>
            <TextInput path={`${prefix()}.ai.origin`} multiline label={t('cases.reaction.origin')} value={a().origin} onChange={(v) => set({ additionalInformation: { ...a(), origin: v } })} disabled={!editable()} problem={problem('additionalInformation')} />
            <TextInput path={`${prefix()}.ai.distributionChannels`} multiline label={t('cases.reaction.distributionChannels')} value={a().distributionChannels} onChange={(v) => set({ additionalInformation: { ...a(), distributionChannels: v } })} disabled={!editable()} />
          </>
        )}
      </Show>
      <Show when={editable() && gaps().unexplained.length > 0}>
        <ul class="field-error" data-testid="reaction-gaps">
          <For each={gaps().unexplained}>{(g) => <li>{problemText(`reaction.${g.fieldKey}`, g.message, g.field)}</li>}</For>
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
              <button type="button" data-reaction-act={type} disabled={!canActOnReaction(p.rs, p.file(), r(), eventOf(type))} onClick={() => p.act(r().id, eventOf(type))}>
                {t(`cases.reactionAct.${type}`)}
              </button>
            )}
          </For>
        </div>
      </Show>
    </article>
  );
}
