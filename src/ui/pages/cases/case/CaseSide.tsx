// The case's duties (from the rule set, each with who owes it), its dated events, what the public
// sees, the entries signed by other authorities, and one timeline of everything that happened.
import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import { CalendarDate } from '../../../../domain/calendar-date';
import { actDateProblem } from '../../../../domain/case/dates';
import { caseDuties, dutiesShown, type Duty } from '../../../../domain/case/duties';
import { publicationDecision } from '../../../../domain/case/publication';
import { notPublishedReason, publicSummary } from '../../../../domain/case/public-summary';
import { mayAddEntry } from '../../../../domain/case/roles';
import type { CaseEventKind, CaseFile, CasePart, Role, SignedEntry } from '../../../../domain/case/types';
import { CASE_EVENT_KINDS, CASE_PARTS } from '../../../../domain/case/types';
import type { CompiledRuleSet } from '../../../../rules/api';
import type { HistoryEntry } from '../../../../store/db';
import { ruleLabel, t, tn } from '../../../i18n';
import { calendarText } from '../calendar-text';
import { DateInput, SelectInput, TextInput } from './fields';
import { fieldLabel } from './field-labels';
import { timelineOf } from './timeline';

export function actionLabel(rs: CompiledRuleSet, action: string): string {
  return ruleLabel(rs.enumeration('action')?.members.find((m) => m.value === action)?.label, action);
}

/** "in 3 days", "due today", "2 days overdue" from the page's day. */
export function daysLeftText(due: CalendarDate, today: string): string {
  const d = CalendarDate.parse(today);
  if (!d) return '';
  const n = d.daysUntil(due);
  if (n < 0) return tn('cases.duty.overdue', -n);
  if (n === 0) return t('cases.duty.today');
  return tn('cases.duty.left', n);
}

/** The duties the case shows: its own party's, apart from the Commission's (domain/case/duties.ts). */
export function shownDuties(rs: CompiledRuleSet, c: CaseFile): { own: Duty[]; commission: Duty[]; errors: { path: string; message: string }[] } {
  const d = caseDuties(rs, c);
  if (!d.ok) return { own: [], commission: [], errors: d.errors };
  return { ...dutiesShown(c, d.value), errors: [] };
}

function DutyList(p: { duties: Duty[]; rs: CompiledRuleSet; today: string; testid: string }): JSX.Element {
  return (
    <ul class="deadlines" data-testid={p.testid}>
      <For each={p.duties}>
        {(d) => (
          <li data-testid="deadline" data-action={d.action} data-due={d.due.toString()} data-owner={d.owner ?? ''}>
            <strong>{actionLabel(p.rs, d.action)}</strong>: <time dateTime={d.due.toString()}>{d.due.toString()}</time> ({daysLeftText(d.due, p.today)}) — <span class="wrap">{d.basis}</span>
            <Show when={d.calendar !== undefined}>
              <span class="calendar" data-calendar={d.calendar} data-gap={d.calendarGap ? 'true' : 'false'}> — {calendarText(d)}</span>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}

export function DeadlinesPanel(p: { file: () => CaseFile; rs: CompiledRuleSet; today: () => string }): JSX.Element {
  const duties = createMemo(() => shownDuties(p.rs, p.file()));
  return (
    <section class="case-section" aria-labelledby="sec-deadlines">
      <h2 id="sec-deadlines">{t('cases.section.deadlines')}</h2>
      <Show when={duties().errors.length === 0} fallback={<ul class="field-error" role="alert"><For each={duties().errors}>{(e) => <li>{`${fieldLabel(e.path)}: ${e.message}`}</li>}</For></ul>}>
        <Show when={duties().own.length + duties().commission.length > 0} fallback={<p data-testid="no-deadlines">{t('cases.deadlines.none')}</p>}>
          <h3>{t('cases.duty.own')}</h3>
          <Show when={duties().own.length > 0} fallback={<p class="hint">{t('cases.duty.ownNone')}</p>}>
            <DutyList duties={duties().own} rs={p.rs} today={p.today()} testid="own-duties" />
          </Show>
          <Show when={duties().commission.length > 0}>
            <h3>{t('cases.duty.commission')}</h3>
            <DutyList duties={duties().commission} rs={p.rs} today={p.today()} testid="commission-duties" />
          </Show>
        </Show>
      </Show>
    </section>
  );
}

export function EventsSection(p: { file: () => CaseFile; update: (fn: (c: CaseFile) => CaseFile) => void; editable: () => boolean; rs: CompiledRuleSet; today: () => string; deviceToday: () => string }): JSX.Element {
  const [kind, setKind] = createSignal<CaseEventKind>('product-found');
  const [date, setDate] = createSignal<string | null>(null);
  const [note, setNote] = createSignal('');
  const label = (k: string) => ruleLabel(p.rs.enumeration('eventKind')?.members.find((m) => m.value === k)?.label, k);
  // A dated fact has happened: never after today (it would start a deadline that has not begun).
  const problem = () => {
    const d = date() ?? p.today();
    const pr = actDateProblem(d, p.deviceToday());
    return pr ? t(`cases.date.${pr}`, { date: d }) : null;
  };
  const add = () => {
    if (problem()) return;
    p.update((c) => ({ ...c, events: [...c.events, { id: `e-${globalThis.crypto.randomUUID()}`, kind: kind(), date: date() ?? p.today(), note: note() }] }));
    setNote('');
  };
  return (
    <section class="case-section" aria-labelledby="sec-events">
      <h2 id="sec-events">{t('cases.section.events')}</h2>
      <ul>
        <For each={p.file().events}>
          {(e) => (
            <li>
              <time dateTime={e.date}>{e.date}</time> — {label(e.kind)}
              <Show when={e.note}> — <span class="wrap">{e.note}</span></Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={p.editable()}>
        <div class="inline-form">
          <SelectInput path="event.kind" label={t('cases.event.kind')} value={kind()} options={CASE_EVENT_KINDS.map((k) => ({ value: k, label: label(k) }))} onChange={(v) => setKind(v as CaseEventKind)} />
          <DateInput path="event.date" label={t('cases.event.date')} value={date()} onChange={setDate} problem={problem()} />
          <TextInput path="event.note" label={t('cases.event.note')} value={note()} onChange={setNote} />
          <button type="button" onClick={add} disabled={problem() !== null}>
            {t('cases.event.add')}
          </button>
        </div>
      </Show>
    </section>
  );
}

/** What the public sees of the case: its public summary only (Article 16; public-summary.ts). */
export function PublicPreview(p: { file: () => CaseFile; rs: CompiledRuleSet }): JSX.Element {
  const summary = createMemo(() => publicSummary(p.file()));
  // The rule that decided "no public summary", to cite it (publication.ts).
  const rule = createMemo(() => {
    const d = publicationDecision(p.rs, p.file());
    return d.ok ? (d.value.because.find((e) => e.name === 'publishedSummary') ?? null) : null;
  });
  const label = (e: string, v: string) => ruleLabel(p.rs.enumeration(e)?.members.find((m) => m.value === v)?.label, v);
  return (
    <section class="case-section" aria-labelledby="sec-public" data-testid="public-preview">
      <h2 id="sec-public">{t('cases.section.public')}</h2>
      <Show
        when={summary()}
        fallback={
          <>
            <p>{t(`cases.public.not.${notPublishedReason(p.file()) ?? 'update-under-examination'}`)}</p>
            <Show when={notPublishedReason(p.file()) === 'type-not-published' ? rule() : null}>
              {(r) => <p class="hint" data-testid="publication-rule">{t('cases.public.rule', { rule: ruleLabel(r().label, r().name), cites: r().cites })}</p>}
            </Show>
          </>
        }
      >
        {(s) => (
          <dl class="public-summary">
            <Show when={s().product}>
              {(prod) => (
                <>
                  <dt>{t('cases.section.product')}</dt>
                  <dd class="wrap">
                    {prod().brand} {prod().name} {prod().model} {prod().barcode}
                  </dd>
                </>
              )}
            </Show>
            <Show when={s().risk}>
              {(r) => (
                <>
                  <dt>{t('cases.section.risk')}</dt>
                  <dd class="wrap">
                    {r().level ? label('riskLevel', r().level!) : ''} — {label('hazardGroup', r().hazard)} — {r().nonCompliance}
                  </dd>
                </>
              )}
            </Show>
            <Show when={s().measures}>
              {(ms) => (
                <>
                  <dt>{t('cases.section.measures')}</dt>
                  <dd>{ms().map((m) => `${label('measureType', m.type)}: ${label('measureCategory', m.category)} (${m.adopted ?? '…'})`).join('; ')}</dd>
                </>
              )}
            </Show>
            <Show when={s().withheld.length > 0}>
              <dt>{t('cases.public.withheld')}</dt>
              <dd>{s().withheld.map((w) => t(`cases.part.${w}`)).join(', ')}</dd>
            </Show>
          </dl>
        )}
      </Show>
    </section>
  );
}

/** One timeline in time order: acts and saves together, each with date and time, person, role and what changed in words. */
export function Timeline(p: { file: () => CaseFile; history: () => HistoryEntry[]; rs: CompiledRuleSet }): JSX.Element {
  const lines = createMemo(() => timelineOf(p.file(), p.history()));
  const when = (at: string) => {
    const d = new Date(at);
    return Number.isNaN(d.getTime()) ? at : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  };
  return (
    <section class="case-section" aria-labelledby="sec-timeline">
      <h2 id="sec-timeline">{t('cases.section.timeline')}</h2>
      <Show when={lines().length > 0} fallback={<p>{t('cases.timeline.none')}</p>}>
        <ol class="timeline" reversed>
          <For each={[...lines()].reverse()}>
            {(l) => (
              <li data-testid="timeline-entry" data-kind={l.kind}>
                <time dateTime={l.at}>{when(l.at)}</time>
                <Show when={l.date && l.date !== l.at.slice(0, 10)}> ({t('cases.timeline.legalDate', { date: l.date! })})</Show> — <strong>{l.person || t(`cases.role.${l.role}`)}</strong>
                <Show when={l.person}> ({t(`cases.role.${l.role}`)})</Show>: {l.what(p.rs)}
                <Show when={l.fields.length > 0}>
                  <span class="timeline-fields"> — {tn('cases.timeline.changed', l.fields.length, { fields: l.fields.slice(0, 8).map(fieldLabel).join(', ') })}</span>
                </Show>
                <Show when={l.detail}> — <span class="wrap">{l.detail}</span></Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}

/** ICSMS: authorities add to one product file; each addition is signed with authority, role and date. */
export function EntriesSection(p: { file: () => CaseFile; update: (fn: (c: CaseFile) => CaseFile) => void; role: () => Role; today: () => string }): JSX.Element {
  const [authority, setAuthority] = createSignal('');
  const [country, setCountry] = createSignal('');
  const [part, setPart] = createSignal<CasePart | 'general'>('general');
  const [text, setText] = createSignal('');
  const add = () => {
    if (!text().trim() || !authority().trim()) return;
    const entry: SignedEntry = { id: `s-${globalThis.crypto.randomUUID()}`, authority: authority().trim(), country: country().trim(), role: p.role(), date: p.today(), part: part(), text: text().trim() };
    p.update((c) => ({ ...c, entries: [...c.entries, entry] }));
    setText('');
  };
  return (
    <section class="case-section" aria-labelledby="sec-entries">
      <h2 id="sec-entries">{t('cases.section.entries')}</h2>
      <ul>
        <For each={p.file().entries}>
          {(e) => (
            <li data-testid="signed-entry" class="wrap">
              <strong>{e.authority}</strong> ({t(`cases.role.${e.role}`)}{e.country ? `, ${e.country}` : ''}, <time dateTime={e.date}>{e.date}</time>) — {e.part === 'general' ? t('cases.entry.general') : t(`cases.part.${e.part}`)}: {e.text}
            </li>
          )}
        </For>
      </ul>
      <Show when={mayAddEntry(p.role())}>
        <div class="field-grid">
          <TextInput path="entry.authority" label={t('cases.entry.authority')} value={authority()} onChange={setAuthority} />
          <TextInput path="entry.country" label={t('cases.field.party.country')} value={country()} onChange={setCountry} />
          <SelectInput
            path="entry.part"
            label={t('cases.entry.part')}
            value={part()}
            options={[{ value: 'general', label: t('cases.entry.general') }, ...CASE_PARTS.map((x) => ({ value: x, label: t(`cases.part.${x}`) }))]}
            onChange={(v) => setPart(v as CasePart | 'general')}
          />
        </div>
        <TextInput path="entry.text" multiline label={t('cases.entry.text')} value={text()} onChange={setText} />
        <button type="button" onClick={add} disabled={!text().trim() || !authority().trim()}>
          {t('cases.entry.add')}
        </button>
      </Show>
    </section>
  );
}
