// The case's deadlines (from the rule set), its dated events, what the public sees, and the
// timeline of everything that happened to it.
import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import { caseDeadlines } from '../../../../domain/case/case-rules';
import { publicationDecision } from '../../../../domain/case/publication';
import { notPublishedReason, publicSummary } from '../../../../domain/case/public-summary';
import { mayAddEntry } from '../../../../domain/case/roles';
import type { CaseEventKind, CaseFile, CasePart, LifecycleLogEntry, Role, SignedEntry } from '../../../../domain/case/types';
import { CASE_EVENT_KINDS, CASE_PARTS } from '../../../../domain/case/types';
import type { CompiledRuleSet } from '../../../../rules/api';
import type { HistoryEntry } from '../../../../store/db';
import { ruleLabel, t } from '../../../i18n';
import { SelectInput, TextInput } from './fields';

export function DeadlinesPanel(p: { file: () => CaseFile; rs: CompiledRuleSet }): JSX.Element {
  const result = createMemo(() => caseDeadlines(p.rs, p.file()));
  const label = (action: string) => ruleLabel(p.rs.enumeration('action')?.members.find((m) => m.value === action)?.label, action);
  return (
    <section class="case-section" aria-labelledby="sec-deadlines">
      <h2 id="sec-deadlines">{t('cases.section.deadlines')}</h2>
      <Show when={result()} keyed>
        {(r) =>
          r.ok ? (
            <Show when={r.value.length > 0} fallback={<p data-testid="no-deadlines">{t('cases.deadlines.none')}</p>}>
              <ul class="deadlines">
                <For each={r.value}>
                  {(d) => (
                    <li data-testid="deadline" data-action={d.action} data-due={d.due.toString()}>
                      <strong>{label(d.action)}</strong>: <time dateTime={d.due.toString()}>{d.due.toString()}</time> — {d.basis}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          ) : (
            <ul class="field-error" role="alert">
              <For each={r.errors}>{(e) => <li>{`${e.path}: ${e.message}`}</li>}</For>
            </ul>
          )
        }
      </Show>
    </section>
  );
}

export function EventsSection(p: { file: () => CaseFile; update: (fn: (c: CaseFile) => CaseFile) => void; editable: () => boolean; rs: CompiledRuleSet; today: () => string }): JSX.Element {
  const [kind, setKind] = createSignal<CaseEventKind>('product-found');
  const [date, setDate] = createSignal('');
  const [note, setNote] = createSignal('');
  const label = (k: string) => ruleLabel(p.rs.enumeration('eventKind')?.members.find((m) => m.value === k)?.label, k);
  const add = () =>
    p.update((c) => ({ ...c, events: [...c.events, { id: `e${Date.now().toString(36)}`, kind: kind(), date: date() || p.today(), note: note() }] }));
  return (
    <section class="case-section" aria-labelledby="sec-events">
      <h2 id="sec-events">{t('cases.section.events')}</h2>
      <ul>
        <For each={p.file().events}>
          {(e) => (
            <li>
              <time dateTime={e.date}>{e.date}</time> — {label(e.kind)}
              <Show when={e.note}> — {e.note}</Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={p.editable()}>
        <div class="inline-form">
          <SelectInput path="event.kind" label={t('cases.event.kind')} value={kind()} options={CASE_EVENT_KINDS.map((k) => ({ value: k, label: label(k) }))} onChange={(v) => setKind(v as CaseEventKind)} />
          <TextInput path="event.date" type="date" label={t('cases.event.date')} value={date()} onChange={setDate} />
          <TextInput path="event.note" label={t('cases.event.note')} value={note()} onChange={setNote} />
          <button type="button" onClick={add}>
            {t('cases.event.add')}
          </button>
        </div>
      </Show>
    </section>
  );
}

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
            <p>{t(`cases.public.not.${notPublishedReason(p.file())}`)}</p>
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
                  <dd>
                    {prod().brand} {prod().name} {prod().model} {prod().barcode}
                  </dd>
                </>
              )}
            </Show>
            <Show when={s().risk}>
              {(r) => (
                <>
                  <dt>{t('cases.section.risk')}</dt>
                  <dd>
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

interface Line {
  at: string;
  date: string;
  who: string;
  what: string;
  detail: string;
}

export function Timeline(p: { file: () => CaseFile; history: () => HistoryEntry[] }): JSX.Element {
  const lines = createMemo((): Line[] => {
    const f = p.file();
    const fromLog = (l: LifecycleLogEntry, subject: string, acts: string): Line => ({
      at: l.at,
      date: l.date,
      who: `${t(`cases.role.${l.role}`)}${l.actor && l.actor !== l.role ? ` (${l.actor})` : ''}`,
      what: `${subject}: ${t(`${acts}.${l.event}`)} — ${l.from} → ${l.to}`,
      detail: l.detail,
    });
    const out: Line[] = [
      ...(f.notification?.log ?? []).map((l) => fromLog(l, t('cases.section.notification'), 'cases.act')),
      ...f.reactions.flatMap((r) => r.log.map((l) => fromLog(l, `${t('cases.reaction.one')} ${r.reactingCountry}`, 'cases.reactionAct'))),
      ...p.history().map((h) => ({ at: h.at, date: h.at.slice(0, 10), who: t(`cases.role.${h.role}`), what: t('cases.timeline.saved'), detail: h.summary })),
    ];
    return out.sort((a, b) => a.at.localeCompare(b.at));
  });
  return (
    <section class="case-section" aria-labelledby="sec-timeline">
      <h2 id="sec-timeline">{t('cases.section.timeline')}</h2>
      <ol class="timeline">
        <For each={lines()}>
          {(l) => (
            <li data-testid="timeline-entry">
              <time dateTime={l.date}>{l.date}</time> — {l.who}: {l.what}
              <Show when={l.detail}> — {l.detail}</Show>
            </li>
          )}
        </For>
      </ol>
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
    const entry: SignedEntry = { id: `s${Date.now().toString(36)}`, authority: authority().trim(), country: country().trim(), role: p.role(), date: p.today(), part: part(), text: text().trim() };
    p.update((c) => ({ ...c, entries: [...c.entries, entry] }));
    setText('');
  };
  return (
    <section class="case-section" aria-labelledby="sec-entries">
      <h2 id="sec-entries">{t('cases.section.entries')}</h2>
      <ul>
        <For each={p.file().entries}>
          {(e) => (
            <li data-testid="signed-entry">
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
