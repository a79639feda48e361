// The notification builder: the rule set's classification with its explanation, the contact
// point's choice (with a reason when it differs), the form's gaps with "why is it missing?", the
// duplicate check, and the lifecycle acts open to the acting role.
import { createMemo, createSignal, For, Index, Show, type JSX } from 'solid-js';
import { acceptSuggestion, checkChoice, chooseOtherwise, classificationLabel, explain } from '../../../../domain/case/classification';
import { suggestClassification } from '../../../../domain/case/classification';
import { findDuplicates, reactionInsteadOf, type DuplicateMatch } from '../../../../domain/case/duplicates';
import { emptyNotification } from '../../../../domain/case/empty';
import { explainMissing } from '../../../../domain/case/form-gaps';
import { submitProblems, withdrawalProblems } from '../../../../domain/case/lifecycle-checks';
import { gapsBySection, notificationCompleteness } from '../../../../domain/case/notification-form';
import { mayEditCase, type NotificationEventType } from '../../../../domain/case/roles';
import type { CaseFile, Classification, InfoReason, Notification, Role } from '../../../../domain/case/types';
import { WITHDRAWAL_GROUNDS } from '../../../../domain/case/types';
import { canActOnNotification, notificationActs } from '../../../../machines/case-acts';
import type { NotificationEvent } from '../../../../machines/notification';
import type { CompiledRuleSet } from '../../../../rules/api';
import { lang, t } from '../../../i18n';
import { enumOptions } from './CaseSections';
import { SelectInput, TextInput } from './fields';
import { otherNotifications } from './case-page-data';
import { AlreadyNotifiedPanel } from '../../alerts/AlreadyNotifiedPanel';

export interface NotificationPanelProps {
  file: () => CaseFile;
  update: (fn: (c: CaseFile) => CaseFile) => void;
  rs: CompiledRuleSet;
  /** Version id of `rs`: choosing a classification records it in the case and in the suggestion kept. */
  ruleSetVersion?: string;
  role: () => Role;
  actDate: () => string;
  /** Sends a lifecycle event; the page saves the result. */
  act: (e: NotificationEvent, after?: (c: CaseFile) => CaseFile) => void;
}

const EDIT_STATES = new Set(['draft', 'contact-point-check']);

/** A gap or problem message: translated by field key when the catalog has it, else the domain's words. */
export function problemText(fieldKey: string, fallback: string, where = fieldKey): string {
  const key = `cases.gap.${fieldKey}`;
  const s = t(key);
  if (s !== key) return s;
  // Fields of a list entry (a party, a measure): "{where}: address missing".
  const generic = `cases.gap.field.${fieldKey.split('.').pop()}`;
  const g = t(generic, { where });
  return g === generic ? fallback : g;
}

export function NotificationPanel(p: NotificationPanelProps): JSX.Element {
  const n = (): Notification => p.file().notification ?? emptyNotification({ notifyingCountry: p.file().country });
  const setN = (patch: Partial<Notification>) => p.update((c) => ({ ...c, notification: { ...(c.notification ?? emptyNotification({ notifyingCountry: c.country })), ...patch } }));
  /** The classification is decided: the case records the rule-set version it was decided under. */
  const decide = (patch: Partial<Notification>) =>
    p.update((c) => ({
      ...c,
      ruleSetVersion: p.ruleSetVersion ?? c.ruleSetVersion,
      notification: { ...(c.notification ?? emptyNotification({ notifyingCountry: c.country })), ...patch },
    }));
  const editable = () => mayEditCase(p.role()) && EDIT_STATES.has(n().status);
  const suggestion = createMemo(() => suggestClassification(p.rs, p.file(), p.ruleSetVersion ?? p.file().ruleSetVersion));
  const suggested = () => {
    const s = suggestion();
    return s.ok ? s.suggestion : null;
  };
  const suggestionErrors = () => {
    const s = suggestion();
    return s.ok ? [] : s.errors;
  };
  const words = () => ({ because: t('cases.explain.because'), not: t('cases.explain.not'), noRule: t('cases.explain.noRule') });
  const completeness = createMemo(() => notificationCompleteness({ ...p.file(), notification: n() }));
  const choiceErrors = createMemo(() => checkChoice(n()));
  const [dups, setDups] = createSignal<DuplicateMatch[] | null>(null);
  const [notADuplicate, setNotADuplicate] = createSignal('');

  const checkDuplicates = async () => setDups(findDuplicates(p.file(), await otherNotifications(p.file().id)));

  return (
    <section class="case-section notification-panel" aria-labelledby="sec-notification">
      <h2 id="sec-notification">{t('cases.section.notification')}</h2>
      <p>
        {t('cases.notification.status')}: <strong data-testid="notification-status">{t(`cases.state.${n().status}`)}</strong>
        <Show when={n().number}> — {n().number}</Show>
      </p>

      <h3>{t('cases.classification.suggested')}</h3>
      {/* Not keyed: the suggestion is recomputed on every edit, and its button must stay the same element. */}
      <Show
        when={suggested()}
        fallback={
          <ul class="field-error" role="alert">
            <For each={suggestionErrors()}>{(e) => <li>{`${e.path}: ${e.message}`}</li>}</For>
          </ul>
        }
      >
        {(sug) => (
          <div class="suggestion" data-testid="classification-suggestion" data-classification={sug().classification}>
            <p>{explain(sug(), classificationLabel(p.rs, sug().classification, lang()) + (sug().reason ? ` (${sug().reason})` : ''), lang(), words())}</p>
            <Show when={editable()}>
              <button type="button" onClick={() => decide(acceptSuggestion(n(), sug()))}>
                {t('cases.classification.accept')}
              </button>
            </Show>
          </div>
        )}
      </Show>

      <div class="field-grid">
        <SelectInput
          path="notification.chosen"
          label={t('cases.classification.chosen')}
          value={n().chosen ?? ''}
          empty={t('cases.choose')}
          options={enumOptions(p.rs, 'notificationType')}
          onChange={(v) => {
            const s = suggestion();
            decide({ ...chooseOtherwise(n(), v as Classification, n().choiceReason, n().forInformation), ...(s.ok ? { suggested: s.suggestion } : {}) });
          }}
          disabled={!editable()}
          problem={choiceErrors().find((e) => e.field === 'chosen') ? t(`cases.choice.${choiceErrors().find((e) => e.field === 'chosen')!.code}`) : null}
        />
        <Show when={n().chosen && n().suggested && n().chosen !== n().suggested!.classification}>
          <TextInput path="notification.choiceReason" multiline label={t('cases.classification.reason')} value={n().choiceReason} onChange={(v) => setN({ choiceReason: v })} disabled={!editable()} problem={choiceErrors().some((e) => e.field === 'choiceReason') ? t('cases.choice.reason-for-choosing-otherwise-missing') : null} />
        </Show>
        <Show when={n().chosen === 'for-information'}>
          <SelectInput path="notification.forInformation.reason" label={t('cases.classification.infoReason')} value={n().forInformation?.reason ?? ''} empty={t('cases.choose')} options={enumOptions(p.rs, 'infoReason')} onChange={(v) => setN({ forInformation: { reason: v as InfoReason, justification: n().forInformation?.justification ?? '' } })} disabled={!editable()} problem={choiceErrors().some((e) => e.field === 'forInformation.reason') ? t('cases.choice.information-reason-missing') : null} />
          <TextInput path="notification.forInformation.justification" multiline label={t('cases.classification.infoJustification')} value={n().forInformation?.justification ?? ''} onChange={(v) => setN({ forInformation: { reason: n().forInformation?.reason ?? 'a', justification: v } })} disabled={!editable()} problem={choiceErrors().some((e) => e.field === 'forInformation.justification') ? t('cases.choice.information-justification-missing') : null} />
        </Show>
      </div>
      <div class="field-grid">
        <TextInput path="notification.contactPoint" label={t('cases.field.notification.contactPoint')} value={n().contactPoint} onChange={(v) => setN({ contactPoint: v })} disabled={!editable()} />
        <TextInput path="notification.personInCharge" label={t('cases.field.notification.personInCharge')} value={n().personInCharge} onChange={(v) => setN({ personInCharge: v })} disabled={!editable()} />
        <TextInput path="notification.notifyingCountry" label={t('cases.field.notification.notifyingCountry')} value={n().notifyingCountry} onChange={(v) => setN({ notifyingCountry: v })} disabled={!editable()} />
      </div>

      <h3>{t('cases.completeness.title')}</h3>
      <Show when={completeness().gaps.length > 0} fallback={<p>{t('cases.completeness.complete')}</p>}>
        <p data-testid="completeness-summary">{completeness().submittable ? t('cases.completeness.explained') : t('cases.completeness.gaps', { count: completeness().unexplained.length })}</p>
        {/* Index, not For: the list is recomputed on every answer, and the inputs must stay put while typing. */}
        <Index each={gapsBySection(completeness()).filter((s) => s.gaps.length > 0)}>
          {(s) => (
            <div class="gap-section">
              <h4>{t(`cases.formSection.${s().section}`)}</h4>
              <ul class="gaps">
                <Index each={s().gaps}>
                  {(g) => (
                    <li data-testid="gap" data-field={g().field} data-explained={g().explanation !== null ? 'yes' : 'no'}>
                      <span>{problemText(g().fieldKey, g().message, g().field)}</span>
                      <Show when={g().explainable} fallback={<span class="gap-hard"> — {t('cases.completeness.mustFix')}</span>}>
                        <TextInput path={`missing.${g().field}`} label={t('cases.completeness.why')} value={g().explanation ?? ''} onChange={(v) => setN({ missing: explainMissing(n().missing, g().field, v) })} disabled={!editable()} />
                      </Show>
                    </li>
                  )}
                </Index>
              </ul>
            </div>
          )}
        </Index>
      </Show>

      <Show when={n().status === 'contact-point-check' && p.role() === 'contact-point'}>
        <h3>{t('cases.duplicates.title')}</h3>
        <button type="button" onClick={() => void checkDuplicates()}>
          {t('cases.duplicates.check')}
        </button>
        <AlreadyNotifiedPanel file={p.file} />
        <Show when={dups()}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p data-testid="no-duplicates">{t('cases.duplicates.none')}</p>}>
              <ul class="duplicates">
                <For each={list()}>
                  {(m) => (
                    <li data-testid="duplicate">
                      {t(`cases.duplicates.basis.${m.basis}`)}: {m.existing.brand} {m.existing.name} {m.existing.model} ({m.existing.notificationNumber ?? t('cases.duplicates.noNumber')}, {m.existing.notifyingCountry})
                      <button
                        type="button"
                        onClick={() =>
                          p.act({ type: 'REACT_INSTEAD', role: p.role(), date: p.actDate(), existing: m.existing.notificationNumber ?? m.existing.caseId }, (c) => ({
                            ...c,
                            reactions: [...c.reactions, reactionInsteadOf(m, c, `r${Date.now().toString(36)}`)],
                          }))
                        }
                      >
                        {t('cases.duplicates.reactInstead')}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
              <TextInput path="duplicates.notADuplicate" multiline label={t('cases.duplicates.notADuplicate')} value={notADuplicate()} onChange={setNotADuplicate} />
            </Show>
          )}
        </Show>
      </Show>

      <LifecycleActs {...p} duplicates={() => dups()?.length ?? 0} notADuplicate={notADuplicate} />
    </section>
  );
}

function LifecycleActs(p: NotificationPanelProps & { duplicates: () => number; notADuplicate: () => string }): JSX.Element {
  const acts = createMemo(() => notificationActs(p.rs, p.file(), p.role()).filter((a) => a !== 'REACT_INSTEAD'));
  const [dueBy, setDueBy] = createSignal('');
  const [validateAs, setValidateAs] = createSignal('');
  const [number, setNumber] = createSignal('');
  const [ground, setGround] = createSignal('');
  const [justification, setJustification] = createSignal('');
  const [documents, setDocuments] = createSignal('');
  const [noMeasuresReason, setNoMeasuresReason] = createSignal('');
  const [note, setNote] = createSignal('');

  const base = () => ({ role: p.role(), date: p.actDate(), ...(note().trim() ? { note: note().trim() } : {}) });
  const eventOf = (type: NotificationEventType): NotificationEvent => {
    switch (type) {
      case 'SUBMIT':
        return { type, ...base(), duplicates: p.duplicates(), notADuplicateReason: p.notADuplicate() };
      case 'REQUEST_INFORMATION':
        return { type, ...base(), dueBy: dueBy() };
      case 'VALIDATE':
        return { type, ...base(), ...(validateAs() ? { as: validateAs() as Classification } : {}), ...(number().trim() ? { number: number().trim() } : {}) };
      case 'REQUEST_WITHDRAWAL':
        return { type, ...base(), ground: ground(), justification: justification(), documents: documents().split(',').map((d) => d.trim()).filter(Boolean) };
      case 'CONFIRM_MEASURES':
        return { type, ...base(), caseFile: p.file(), noMeasuresReason: noMeasuresReason() };
      case 'PROVIDE_INFORMATION':
      case 'UPDATE':
        return { type, ...base(), caseFile: p.file() };
      default:
        return { type, ...base() } as NotificationEvent;
    }
  };
  const blockers = (type: NotificationEventType): string[] => {
    if (type === 'SUBMIT') return submitProblems(p.rs, p.file(), { count: p.duplicates(), notADuplicateReason: p.notADuplicate() }).map((x) => problemText(x.field.replace(/\[\d+\]/g, ''), x.message));
    if (type === 'REQUEST_WITHDRAWAL') return withdrawalProblems(p.rs, p.file(), { ground: ground(), justification: justification(), documents: documents().split(',') }, p.actDate()).map((x) => problemText(x.field, x.message));
    return [];
  };

  return (
    <div class="acts" aria-labelledby="acts-title">
      <h3 id="acts-title">{t('cases.acts.title', { role: t(`cases.role.${p.role()}`) })}</h3>
      <Show when={acts().length > 0} fallback={<p>{t('cases.acts.none')}</p>}>
        <Show when={acts().includes('REQUEST_INFORMATION')}>
          <TextInput path="act.dueBy" type="date" label={t('cases.act.dueBy')} value={dueBy()} onChange={setDueBy} />
        </Show>
        <Show when={acts().includes('VALIDATE')}>
          <div class="field-grid">
            <SelectInput path="act.validateAs" label={t('cases.act.validateAs')} value={validateAs()} empty={t('cases.act.asChosen')} options={enumOptions(p.rs, 'notificationType').filter((o) => o.value !== 'none')} onChange={setValidateAs} />
            <TextInput path="act.number" label={t('cases.act.number')} value={number()} onChange={setNumber} />
          </div>
        </Show>
        <Show when={acts().includes('REQUEST_WITHDRAWAL')}>
          <fieldset>
            <legend>{t('cases.act.withdrawal')}</legend>
            <SelectInput path="act.ground" label={t('cases.act.ground')} value={ground()} empty={t('cases.choose')} options={WITHDRAWAL_GROUNDS.map((g) => ({ value: g, label: t(`cases.ground.${g}`) }))} onChange={setGround} />
            <TextInput path="act.justification" multiline label={t('cases.act.justification')} value={justification()} onChange={setJustification} />
            <TextInput path="act.documents" label={t('cases.act.documents')} value={documents()} onChange={setDocuments} />
          </fieldset>
        </Show>
        <Show when={acts().includes('CONFIRM_MEASURES')}>
          <TextInput path="act.noMeasuresReason" multiline label={t('cases.act.noMeasuresReason')} value={noMeasuresReason()} onChange={setNoMeasuresReason} />
        </Show>
        <TextInput path="act.note" label={t('cases.act.note')} value={note()} onChange={setNote} />
        <div class="act-buttons">
          <For each={acts()}>
            {(type) => {
              const allowed = () => canActOnNotification(p.rs, p.file(), eventOf(type));
              return (
                <div class="act">
                  <button type="button" data-act={type} disabled={!allowed()} aria-describedby={!allowed() && blockers(type).length ? `why-${type}` : undefined} onClick={() => p.act(eventOf(type))}>
                    {t(`cases.act.${type}`)}
                  </button>
                  <Show when={!allowed() && blockers(type).length > 0}>
                    <ul class="field-error" id={`why-${type}`}>
                      <For each={blockers(type).slice(0, 12)}>{(b) => <li>{b}</li>}</For>
                    </ul>
                  </Show>
                </div>
              );
            }}
          </For>
        </div>
      </Show>
    </div>
  );
}
