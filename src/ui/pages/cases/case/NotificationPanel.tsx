// The notification builder: the rule set's classification with its explanation, the contact
// point's choice (with a reason when it differs), the form's gaps with "why is it missing?", the
// duplicate check (offered to the case officer before sending as well as to the contact point),
// a pending withdrawal request as the validator sees it, and the lifecycle acts open to the role.
import { createMemo, createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { acceptSuggestion, checkChoice, chooseOtherwise, classificationLabel, explain, infoReasons } from '../../../../domain/case/classification';
import { suggestClassification } from '../../../../domain/case/classification';
import { actDateProblem } from '../../../../domain/case/dates';
import { findDuplicates, reactionInsteadOf, type DuplicateMatch } from '../../../../domain/case/duplicates';
import { emptyNotification } from '../../../../domain/case/empty';
import { submitProblems, withdrawalProblems } from '../../../../domain/case/lifecycle-checks';
import { gapsBySection, notificationCompleteness, REQUIRED_FIELDS } from '../../../../domain/case/notification-form';
import { notificationNumberProblems, numberFormat } from '../../../../domain/case/notification-number';
import { mayEditCase, type NotificationEventType } from '../../../../domain/case/roles';
import type { CaseFile, Classification, InfoReason, Notification, Role } from '../../../../domain/case/types';
import { FOR_INFORMATION, WITHDRAWAL_GROUNDS } from '../../../../domain/case/types';
import { canActOnNotification, notificationActs } from '../../../../machines/case-acts';
import type { NotificationEvent } from '../../../../machines/notification';
import type { CompiledRuleSet } from '../../../../rules/api';
import { lang, t, tn } from '../../../i18n';
import { enumOptions, explainIn, GapItem } from './CaseSections';
import { DateInput, SelectInput, TextInput } from './fields';
import { gapText } from './gap-text';
import { ready } from './ready';
import { notificationNumbersInUse, otherNotifications } from './case-page-data';
import { AlreadyNotifiedPanel } from '../../alerts/AlreadyNotifiedPanel';

export interface NotificationPanelProps {
  file: () => CaseFile;
  update: (fn: (c: CaseFile) => CaseFile) => void;
  rs: CompiledRuleSet;
  /** Version id of `rs`: choosing a classification records it in the case and in the suggestion kept. */
  ruleSetVersion?: string;
  role: () => Role;
  actDate: () => string;
  /** The device's calendar date: no act is dated after it. */
  deviceToday: () => string;
  /** Why acts are held (fields that do not hold a value yet), or null. */
  held: () => string | null;
  /** Sends a lifecycle event (without role, date, time and person: the page adds them); the page saves the result. */
  act: (e: NotificationEventBody, after?: (c: CaseFile) => CaseFile) => void;
}

/** An event as the panel builds it: the page adds who acts, when and on which date. */
export type NotificationEventBody = { type: NotificationEventType } & Record<string, unknown>;

const EDIT_STATES = new Set(['draft', 'contact-point-check']);

export function NotificationPanel(p: NotificationPanelProps): JSX.Element {
  const n = (): Notification => p.file().notification ?? emptyNotification({ notifyingCountry: p.file().country });
  const setN = (patch: Partial<Notification>) => p.update((c) => ({ ...c, notification: { ...(c.notification ?? emptyNotification({ notifyingCountry: c.country })), ...patch } }));
  /** The classification is decided: the case records the rule-set version it was decided under. */
  const decide = (patch: Partial<Notification>) =>
    p.update((c) => ({
      ...c,
      ruleSetVersion: c.ruleSetVersion || p.ruleSetVersion || '',
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
  const completeness = createMemo(() => notificationCompleteness({ ...p.file(), notification: n() }, p.rs));
  const choiceErrors = createMemo(() => checkChoice(n(), p.rs));
  // The duplicate check runs by itself while the notification is prepared, so the case officer
  // sees a possible duplicate before sending, and the contact point before submitting.
  const identity = () => (EDIT_STATES.has(n().status) && mayEditCase(p.role()) ? JSON.stringify([p.file().id, p.file().product.barcode, p.file().product.brand, p.file().product.model, p.file().product.name]) : null);
  const [alertChecks, setAlertChecks] = createSignal(0);
  const [dups, { refetch }] = createResource(identity, async () => findDuplicates(p.file(), await otherNotifications(p.file().id)));
  const [notADuplicate, setNotADuplicate] = createSignal('');

  return (
    <section class="case-section notification-panel" aria-labelledby="sec-notification">
      <h2 id="sec-notification">{t('cases.section.notification')}</h2>
      <p>
        {t('cases.notification.status')}: <strong data-testid="notification-status">{t(`cases.state.${n().status}`)}</strong>
        <Show when={n().number}> — {n().number}</Show>
      </p>

      <Show when={n().withdrawalRequest}>
        {(w) => (
          <div class="notice" data-testid="withdrawal-request">
            <h3>{t('cases.withdrawal.pending', { date: w().date })}</h3>
            <dl class="facts">
              <dt>{t('cases.act.ground')}</dt>
              <dd>{t(`cases.ground.${w().ground}`)}</dd>
              <dt>{t('cases.act.justification')}</dt>
              <dd class="wrap">{w().justification}</dd>
              <dt>{t('cases.withdrawal.documents')}</dt>
              <dd>
                <ul>
                  <For each={w().documents}>{(d) => <li class="wrap">{d}</li>}</For>
                </ul>
              </dd>
            </dl>
          </div>
        )}
      </Show>

      <h3>{t('cases.classification.suggested')}</h3>
      {/* Not keyed: the suggestion is recomputed on every edit, and its button must stay the same element. */}
      <Show
        when={suggested()}
        fallback={
          <ul class="field-error" role="alert">
            <For each={suggestionErrors()}>{(e) => <li>{`${gapText(e.path)} ${e.message}`}</li>}</For>
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
          required
          problem={choiceErrors().find((e) => e.field === 'chosen') ? t(`cases.choice.${choiceErrors().find((e) => e.field === 'chosen')!.code}`) : null}
        />
        <Show when={n().chosen && n().suggested && n().chosen !== n().suggested!.classification}>
          <TextInput path="notification.choiceReason" multiline label={t('cases.classification.reason')} value={n().choiceReason} onChange={(v) => setN({ choiceReason: v })} disabled={!editable()} problem={choiceErrors().some((e) => e.field === 'choiceReason') ? t('cases.choice.reason-for-choosing-otherwise-missing') : null} />
        </Show>
        <Show when={n().chosen === FOR_INFORMATION}>
          <Show when={infoReasons(p.rs).length > 0}>
          <SelectInput path="notification.forInformation.reason" label={t('cases.classification.infoReason')} value={n().forInformation?.reason ?? ''} empty={t('cases.choose')} options={enumOptions(p.rs, 'infoReason')} onChange={(v) => setN({ forInformation: { reason: v as InfoReason, justification: n().forInformation?.justification ?? '' } })} disabled={!editable()} problem={choiceErrors().some((e) => e.field === 'forInformation.reason') ? t('cases.choice.information-reason-missing') : null} />
          </Show>
          <TextInput path="notification.forInformation.justification" multiline label={t('cases.classification.infoJustification')} value={n().forInformation?.justification ?? ''} onChange={(v) => setN({ forInformation: { reason: n().forInformation?.reason ?? '', justification: v } })} disabled={!editable()} problem={choiceErrors().some((e) => e.field === 'forInformation.justification') ? t('cases.choice.information-justification-missing') : null} />
        </Show>
      </div>
      <div class="field-grid">
        <TextInput path="notification.contactPoint" label={t('cases.field.notification.contactPoint')} value={n().contactPoint} onChange={(v) => setN({ contactPoint: v })} disabled={!editable()} required={REQUIRED_FIELDS.has('notification.contactPoint')} />
        <TextInput path="notification.personInCharge" label={t('cases.field.notification.personInCharge')} value={n().personInCharge} onChange={(v) => setN({ personInCharge: v })} disabled={!editable()} />
        <TextInput path="notification.notifyingCountry" label={t('cases.field.notification.notifyingCountry')} value={n().notifyingCountry} onChange={(v) => setN({ notifyingCountry: v })} disabled={!editable()} required />
      </div>

      <h3>{t('cases.completeness.title')}</h3>
      <Show when={completeness().gaps.length > 0} fallback={<p>{t('cases.completeness.complete')}</p>}>
        <p data-testid="completeness-summary">{completeness().submittable ? t('cases.completeness.explained') : tn('cases.completeness.gaps', completeness().unexplained.length)}</p>
        {/* One list per section; Index inside GapItem lists keeps inputs put while typing. */}
        <For each={gapsBySection(completeness()).filter((s) => s.gaps.length > 0).map((s) => s.section)}>
          {(section) => (
            <div class="gap-section">
              <h4>{t(`cases.formSection.${section}`)}</h4>
              <ul class="gaps">
                <For each={completeness().gaps.filter((g) => g.section === section).map((g) => g.field)}>
                  {(field) => {
                    const g = () => completeness().gaps.find((x) => x.field === field);
                    return <Show when={g()}>{(gap) => <GapItem gap={gap()} text={gapText(gap().field)} editable={editable()} onExplain={(v) => p.update((c) => explainIn(c, field, v))} />}</Show>;
                  }}
                </For>
              </ul>
            </div>
          )}
        </For>
      </Show>

      <Show when={EDIT_STATES.has(n().status) && mayEditCase(p.role())}>
        <section class="duplicates-check" aria-labelledby="dup-title" data-testid="duplicate-check">
          <h3 id="dup-title">{t('cases.duplicates.title')}</h3>
          {/* One check: the authority's other notifications again, and the imported Safety Gate alerts. */}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              void refetch();
              setAlertChecks((n) => n + 1);
            }}
          >
            {t('alerts.already.check')}
          </button>
          <AlreadyNotifiedPanel file={p.file} runs={alertChecks} />
          <Show when={ready(dups)}>
            {(list) => (
              <Show when={list().length > 0} fallback={<p data-testid="no-duplicates">{t('cases.duplicates.none')}</p>}>
                <p class="field-warning">{tn('cases.duplicates.found', list().length)}</p>
                <ul class="duplicates">
                  <For each={list()}>
                    {(m) => <DuplicateRow match={m} canReact={n().status === 'contact-point-check' && p.role() === 'contact-point'} {...p} />}
                  </For>
                </ul>
                <TextInput path="duplicates.notADuplicate" multiline label={t('cases.duplicates.notADuplicate')} value={notADuplicate()} onChange={setNotADuplicate} />
              </Show>
            )}
          </Show>
        </section>
      </Show>

      <p class="no-print">
        <a href={`#/cases/${encodeURIComponent(p.file().id)}/notification`} data-testid="print-link">
          {t('cases.print.open')}
        </a>
      </p>

      <LifecycleActs {...p} duplicates={() => ready(dups)?.length ?? 0} notADuplicate={notADuplicate} />
    </section>
  );
}

function DuplicateRow(p: NotificationPanelProps & { match: DuplicateMatch; canReact: boolean }): JSX.Element {
  const m = p.match;
  return (
    <li data-testid="duplicate" class="wrap">
      {t(`cases.duplicates.basis.${m.basis}`)}: {m.existing.brand} {m.existing.name} {m.existing.model} ({m.existing.notificationNumber ?? t('cases.duplicates.noNumber')}, {m.existing.notifyingCountry})
      <Show when={p.canReact}>
        <button
          type="button"
          onClick={() =>
            p.act({ type: 'REACT_INSTEAD', existing: m.existing.notificationNumber ?? m.existing.caseId }, (c) => ({
              ...c,
              reactions: [...c.reactions, reactionInsteadOf(m, c, `r-${globalThis.crypto.randomUUID()}`)],
            }))
          }
        >
          {t('cases.duplicates.reactInstead')}
        </button>
      </Show>
    </li>
  );
}

function LifecycleActs(p: NotificationPanelProps & { duplicates: () => number; notADuplicate: () => string }): JSX.Element {
  const acts = createMemo(() => notificationActs(p.rs, p.file(), p.role()).filter((a) => a !== 'REACT_INSTEAD'));
  const [dueBy, setDueBy] = createSignal<string | null>(null);
  const [validateAs, setValidateAs] = createSignal('');
  const [number, setNumber] = createSignal('');
  const [ground, setGround] = createSignal('');
  const [justification, setJustification] = createSignal('');
  const [documents, setDocuments] = createSignal('');
  const [noMeasuresReason, setNoMeasuresReason] = createSignal('');
  const [note, setNote] = createSignal('');
  const [inUse] = createResource(() => (acts().includes('VALIDATE') ? p.file().id : null), notificationNumbersInUse);

  const docs = () => documents().split('\n').map((d) => d.trim()).filter(Boolean);
  const typeValidated = () => validateAs() || p.file().notification?.chosen || '';
  const base = () => ({ ...(note().trim() ? { note: note().trim() } : {}) });
  const eventOf = (type: NotificationEventType): NotificationEventBody => {
    switch (type) {
      case 'SUBMIT':
        return { type, ...base(), duplicates: p.duplicates(), notADuplicateReason: p.notADuplicate() };
      case 'REQUEST_INFORMATION':
        return { type, ...base(), dueBy: dueBy() ?? '' };
      case 'VALIDATE':
        return { type, ...base(), ...(validateAs() ? { as: validateAs() as Classification } : {}), ...(number().trim() ? { number: number().trim() } : {}), numbersInUse: ready(inUse) ?? [] };
      case 'REQUEST_WITHDRAWAL':
        return { type, ...base(), ground: ground(), justification: justification(), documents: docs() };
      case 'CONFIRM_MEASURES':
        return { type, ...base(), caseFile: p.file(), noMeasuresReason: noMeasuresReason() };
      case 'PROVIDE_INFORMATION':
      case 'UPDATE':
        return { type, ...base(), caseFile: p.file() };
      default:
        return { type, ...base() };
    }
  };
  const full = (type: NotificationEventType): NotificationEvent => ({ ...eventOf(type), role: p.role(), date: p.actDate() }) as unknown as NotificationEvent;
  const dateProblem = () => {
    const pr = actDateProblem(p.actDate(), p.deviceToday());
    return pr ? t(`cases.date.${pr}`, { date: p.actDate() }) : null;
  };
  const blockers = (type: NotificationEventType): string[] => {
    const held = [dateProblem(), p.held()].filter((x): x is string => x !== null);
    if (type === 'SUBMIT') return [...held, ...submitProblems(p.rs, p.file(), { count: p.duplicates(), notADuplicateReason: p.notADuplicate() }).map((x) => gapText(x.field))];
    if (type === 'REQUEST_WITHDRAWAL') return [...held, ...withdrawalProblems(p.rs, p.file(), { ground: ground(), justification: justification(), documents: docs() }, p.actDate()).map((x) => gapText(x.field))];
    if (type === 'VALIDATE') {
      const probs = notificationNumberProblems(p.rs, typeValidated(), number().trim() || p.file().notification?.number, p.actDate(), ready(inUse) ?? []);
      return [...held, ...probs.map((x) => (x.code === 'format' ? t('cases.number.format', { format: x.format }) : t(`cases.number.${x.code}`)))];
    }
    return held;
  };
  const allowed = (type: NotificationEventType) => blockers(type).length === 0 && canActOnNotification(p.rs, p.file(), full(type));

  return (
    <div class="acts" aria-labelledby="acts-title">
      <h3 id="acts-title">{t('cases.acts.title', { role: t(`cases.role.${p.role()}`) })}</h3>
      <Show when={acts().length > 0} fallback={<p>{t('cases.acts.none')}</p>}>
        <Show when={acts().includes('REQUEST_INFORMATION')}>
          <DateInput path="act.dueBy" label={t('cases.act.dueBy')} value={dueBy()} onChange={setDueBy} />
        </Show>
        <Show when={acts().includes('VALIDATE')}>
          <div class="field-grid">
            <SelectInput path="act.validateAs" label={t('cases.act.validateAs')} value={validateAs()} empty={t('cases.act.asChosen')} options={enumOptions(p.rs, 'notificationType').filter((o) => o.value !== 'none')} onChange={setValidateAs} />
            <TextInput path="act.number" label={t('cases.act.number')} value={number()} onChange={setNumber} required />
          </div>
          <Show when={numberFormat(p.rs, typeValidated())}>{(f) => <p class="hint">{t('cases.number.hint', { format: f() })}</p>}</Show>
        </Show>
        <Show when={acts().includes('REQUEST_WITHDRAWAL')}>
          <fieldset>
            <legend>{t('cases.act.withdrawal')}</legend>
            <SelectInput path="act.ground" label={t('cases.act.ground')} value={ground()} empty={t('cases.choose')} options={WITHDRAWAL_GROUNDS.map((g) => ({ value: g, label: t(`cases.ground.${g}`) }))} onChange={setGround} />
            <TextInput path="act.justification" multiline label={t('cases.act.justification')} value={justification()} onChange={setJustification} />
            <TextInput path="act.documents" multiline label={t('cases.act.documents')} value={documents()} onChange={setDocuments} />
          </fieldset>
        </Show>
        <Show when={acts().includes('CONFIRM_MEASURES')}>
          <TextInput path="act.noMeasuresReason" multiline label={t('cases.act.noMeasuresReason')} value={noMeasuresReason()} onChange={setNoMeasuresReason} />
        </Show>
        <TextInput path="act.note" label={t('cases.act.note')} value={note()} onChange={setNote} />
        <div class="act-buttons">
          <For each={acts()}>
            {(type) => (
              <div class="act">
                <button type="button" data-act={type} disabled={!allowed(type)} aria-describedby={!allowed(type) && blockers(type).length ? `why-${type}` : undefined} onClick={() => p.act(eventOf(type))}>
                  {t(`cases.act.${type}`)}
                </button>
                <Show when={!allowed(type) && blockers(type).length > 0}>
                  <ul class="field-error" id={`why-${type}`}>
                    <For each={blockers(type).slice(0, 12)}>{(b) => <li>{b}</li>}</For>
                  </ul>
                </Show>
              </div>
            )}
          </For>
        </div>
      </Show>
    </div>
  );
}
