// "Publish…": the effective date and a note, then the impact preview (the stored cases and
// assessments the draft would govern from that date, under the version it replaces and under the
// draft, what would change; the others with the reason they stay as they are), then publishing —
// which the store refuses, listing why, when the draft does not check clean or an example fails.
import { createSignal, For, Show, type JSX } from 'solid-js';
import { CalendarDate } from '../../../domain/calendar-date';
import { publishVerdict, type RuleSetCheck } from '../../../domain/rule-set-check';
import type { RuleSetFile } from '../../../domain/rule-set-document';
import { publish, type StoredRuleSet } from '../../../store/rule-sets';
import { t } from '../../i18n';
import { checkDraft, previewImpact, rulesetsDb, type ImpactReport } from './data';
import { ImpactTable } from './ImpactTable';

export function PublishPanel(props: {
  doc: StoredRuleSet;
  files: RuleSetFile[];
  /** Saves pending edits; false when they could not be saved (a conflict). */
  flush: () => Promise<boolean>;
  onPublished: (doc: StoredRuleSet) => void;
}): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const [date, setDate] = createSignal('');
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [dateError, setDateError] = createSignal('');
  const [check, setCheck] = createSignal<RuleSetCheck | null>(null);
  const [report, setReport] = createSignal<ImpactReport | null>(null);
  const [previewed, setPreviewed] = createSignal<{ files: RuleSetFile[]; date: string } | null>(null);
  const [problems, setProblems] = createSignal<string[]>([]);
  const [failure, setFailure] = createSignal('');

  const validDate = (message = t('rulesets.publish.dateRequired')): CalendarDate | null => {
    const d = CalendarDate.parse(date());
    setDateError(d ? '' : message);
    return d;
  };

  const preview = async () => {
    // What the draft would govern depends on when it takes effect.
    const from = validDate(t('impact.dateFirst'));
    if (!from) return;
    setBusy(true);
    setProblems([]);
    setFailure('');
    const files = props.files;
    const c = checkDraft({ ...props.doc, files });
    setCheck(c);
    setReport(null);
    try {
      if (c.ruleSet) setReport(await previewImpact(props.doc.regimeId, c.ruleSet, from));
    } catch (e) {
      // E.g. an imported regime with no version in force yet: nothing to compare with.
      setFailure(t('rulesets.publish.previewFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
    setPreviewed({ files, date: from.toString() });
    setBusy(false);
  };

  const doPublish = async () => {
    const effectiveFrom = validDate()?.toString();
    if (!effectiveFrom) return;
    setBusy(true);
    setFailure('');
    setProblems([]);
    if (!(await props.flush())) {
      setFailure(t('rulesets.publish.unsaved'));
      setBusy(false);
      return;
    }
    const db = await rulesetsDb();
    const result = await publish(db, props.doc, effectiveFrom, note().trim(), (files) => publishVerdict(checkDraft({ ...props.doc, files })));
    setBusy(false);
    if (result.ok) props.onPublished(result.record);
    else if (result.reason === 'invalid') setProblems(result.problems);
    else if (result.reason === 'conflict') setFailure(t('rulesets.publish.conflict'));
    else if (result.reason === 'immutable') setFailure(t('rulesets.save.refused'));
    else setFailure(result.message);
  };

  // The preview shown is for the files and the date as they are now; after a change it must be made again.
  const fresh = () => previewed()?.files === props.files && previewed()?.date === CalendarDate.parse(date())?.toString();

  return (
    <section class="rules-panel publish-panel" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('rulesets.publish.title')}</h2>
      <p>{t('rulesets.publish.intro')}</p>
      <button type="button" aria-expanded={open()} aria-controls="publish-form" onClick={() => setOpen(!open())}>
        {t('rulesets.publish.open')}
      </button>
      <Show when={open()}>
        <form
          id="publish-form"
          class="publish-form"
          // Our own message names the missing date (in the page's language), not the browser's tooltip.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void doPublish();
          }}
        >
          <p>
            <label for="publish-date">{t('rulesets.publish.date')}</label>
            <input
              id="publish-date"
              type="date"
              required
              value={date()}
              aria-invalid={dateError() ? 'true' : undefined}
              aria-describedby={dateError() ? 'publish-date-error' : undefined}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
            <Show when={dateError()}>
              <span id="publish-date-error" class="error-text">{dateError()}</span>
            </Show>
          </p>
          <p>
            <label for="publish-note">{t('rulesets.publish.note')}</label>
            <textarea id="publish-note" rows="3" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
          </p>
          <p>
            <button type="button" class="secondary" disabled={busy()} onClick={() => void preview()}>
              {t('rulesets.publish.preview')}
            </button>
          </p>
          <div aria-live="polite">
            <Show when={busy()}>
              <p role="status">{t('rulesets.publish.working')}</p>
            </Show>
            <Show when={check() && fresh()}>
              <Show when={check()!.problems.length > 0}>
                <div class="notice rulesets-error">
                  <p>{t('rulesets.publish.notClean')}</p>
                  <ul class="publish-problems">
                    <For each={check()!.problems}>{(p) => <li><code>{p}</code></li>}</For>
                  </ul>
                </div>
              </Show>
              <Show when={report()}>{(r) => <ImpactTable report={r()} ruleSet={check()!.ruleSet} />}</Show>
            </Show>
            <Show when={check() && !fresh()}>
              <p class="notice">{t('rulesets.publish.stale')}</p>
            </Show>
          </div>
          <Show when={check() && fresh()}>
            <p>
              <button type="submit" disabled={busy()}>{t('rulesets.publish.submit', { id: props.doc.id })}</button>
            </p>
          </Show>
          <div aria-live="assertive">
            <Show when={problems().length > 0}>
              <div class="notice rulesets-error" role="alert" data-testid="publish-refused">
                <p>{t('rulesets.publish.refused')}</p>
                <ul class="publish-problems">
                  <For each={problems()}>{(p) => <li><code>{p}</code></li>}</For>
                </ul>
              </div>
            </Show>
            <Show when={failure()}>
              <p class="notice rulesets-error" role="alert">{failure()}</p>
            </Show>
          </div>
        </form>
      </Show>
    </section>
  );
}
