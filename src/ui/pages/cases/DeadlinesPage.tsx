import { createMemo, createResource, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import { CalendarDate, today as todayDate } from '../../../domain/calendar-date';
import { deadlineDashboard, type CaseDeadlinesResult, type Dashboard, type DashboardRow } from '../../../domain/deadline-dashboard';
import { subscribeChanges } from '../../../store/broadcast';
import { t } from '../../i18n';
import { caseDeciders, DEFAULT_REGIME } from '../../regimes';
import { downloadFile, loadCases, memberLabel } from './casework-data';
import { toCsv } from './csv';
import { calendarText } from './calendar-text';
import { fieldLabel } from './case/field-labels';
import './casework.css';

const PAGE = 200;

// Each case's deadlines by id, stored revision, time of the write and regime, kept while the app is open: coming
// back to this page recomputes only the cases changed since.
const remembered = new Map<string, CaseDeadlinesResult>();

function daysText(r: DashboardRow): string {
  if (r.daysLeft < 0) return r.daysLeft === -1 ? t('casework.deadlines.overdueBy1') : t('casework.deadlines.overdueBy', { days: -r.daysLeft });
  if (r.daysLeft === 0) return t('casework.deadlines.dueToday');
  return r.daysLeft === 1 ? t('casework.deadlines.daysLeft1') : t('casework.deadlines.daysLeft', { days: r.daysLeft });
}

/** #/deadlines — every pending action across all cases, overdue first. */
export default function DeadlinesPage(): JSX.Element {
  const [cases, { refetch }] = createResource(loadCases);
  // Each case under the rule set its own page uses: the version it was decided under, or the one in force.
  const [ruleSets] = createResource(
    () => cases.latest,
    (list) => caseDeciders(list.map((c) => c.file), todayDate()),
  );
  const [day, setDay] = createSignal(todayDate().toString());
  const [limit, setLimit] = createSignal(PAGE);
  const [action, setAction] = createSignal('');
  const [onlyOverdue, setOnlyOverdue] = createSignal(false);
  onCleanup(subscribeChanges(() => void refetch(), { store: 'cases' }));

  const asOf = createMemo(() => CalendarDate.parse(day()) ?? todayDate());
  const computed = createMemo((): { dashboard: Dashboard; ms: number } | null => {
    // `.latest`: a refetch (a change in another tab) keeps the table instead of a loading screen.
    const list = cases.latest;
    const sets = ruleSets.latest;
    if (!list || !sets) return null;
    const t0 = performance.now();
    const revs = new WeakMap(list.map((c) => [c.file, c]));
    if (remembered.size > 2 * list.length + 100) remembered.clear();
    const keyOf = (f: (typeof list)[number]['file']) => (revs.has(f) ? `${f.id}@${revs.get(f)!.rev}@${revs.get(f)!.updatedAt}@${sets.versionOf(f)}` : null);
    const dashboard = deadlineDashboard((f) => sets.ruleSetFor(f), list.map((c) => c.file), asOf(), { keyOf, results: remembered });
    return { dashboard, ms: Math.max(1, Math.round(performance.now() - t0)) };
  });
  const overdue = () => computed()?.dashboard.rows.filter((r) => r.overdue).length ?? 0;
  const visible = createMemo(() => (computed()?.dashboard.rows ?? []).filter((r) => (!action() || r.action === action()) && (!onlyOverdue() || r.overdue)));
  const actions = createMemo(() => ruleSets.latest?.inForce(DEFAULT_REGIME)?.enumeration('action')?.members ?? []);

  /** The deadlines as listed now (filters applied), as a spreadsheet. */
  const exportCsv = () => {
    const rows = visible().map((r) => [r.due.toString(), r.daysLeft, memberLabel(ruleSets.latest?.inForce(r.regimeId), 'action', r.action), r.owner ? t(`cases.owner.${r.owner}`) : '', r.caseTitle, r.basis, r.cites]);
    const header = ['due', 'left', 'action', 'owner', 'case', 'basis', 'cites'].map((k) => t(`casework.deadlines.csv.${k}`));
    downloadFile(`riskcase-deadlines-${day()}.csv`, toCsv(header, rows), 'text/csv;charset=utf-8');
  };

  return (
    <section class="page casework" aria-labelledby="deadlines-title">
      <h1 id="deadlines-title" tabindex="-1">{t('casework.deadlines.title')}</h1>
      <p class="lead">{t('casework.deadlines.intro')}</p>
      <div class="casework-toolbar">
        <div class="field">
          <label for="deadlines-today">{t('casework.deadlines.today')}</label>
          <input id="deadlines-today" type="date" value={day()} required onInput={(e) => e.currentTarget.value && setDay(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="deadlines-action">{t('casework.deadlines.col.action')}</label>
          <select id="deadlines-action" value={action()} onChange={(e) => { setAction(e.currentTarget.value); setLimit(PAGE); }}>
            <option value="">{t('casework.filter.any')}</option>
            <For each={actions()}>{(m) => <option value={String(m.value)}>{memberLabel(ruleSets.latest?.inForce(DEFAULT_REGIME), 'action', m.value)}</option>}</For>
          </select>
        </div>
        <button type="button" class="secondary" data-testid="deadlines-csv" disabled={!computed()} onClick={exportCsv}>{t('casework.csv.export')}</button>
        <label class="checkbox">
          <input type="checkbox" checked={onlyOverdue()} onChange={(e) => { setOnlyOverdue(e.currentTarget.checked); setLimit(PAGE); }} />
          {t('casework.deadlines.onlyOverdue')}
        </label>
      </div>
      <Show when={!cases.error && !ruleSets.error} fallback={<p class="status status-error" role="alert">{t('casework.rulesError', { message: String(cases.error ?? ruleSets.error) })}</p>}>
        <Show when={computed()} fallback={<p role="status">{t('casework.loading')}</p>}>
          {(c) => (
            <>
              <p class="result-count" role="status" data-testid="deadline-summary">
                {t('casework.deadlines.summary', { overdue: overdue(), total: c().dashboard.rows.length })} · {t('casework.deadlines.computeTime', { ms: c().ms })}
              </p>
              <Show when={visible().length > 0} fallback={<p>{t('casework.deadlines.none')}</p>}>
                <div class="table-scroll">
                  <table class="data-table deadlines-table" data-testid="deadlines-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('casework.deadlines.col.due')}</th>
                        <th scope="col">{t('casework.deadlines.col.left')}</th>
                        <th scope="col">{t('casework.deadlines.col.action')}</th>
                        <th scope="col">{t('casework.deadlines.col.owner')}</th>
                        <th scope="col">{t('casework.deadlines.col.case')}</th>
                        <th scope="col">{t('casework.deadlines.col.basis')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={visible().slice(0, limit())}>
                        {(r) => (
                          <tr class={r.overdue ? 'overdue' : r.daysLeft === 0 ? 'due-today' : ''} data-overdue={r.overdue ? 'true' : 'false'} data-case-id={r.caseId}>
                            <td class="mono"><time datetime={r.due.toString()}>{r.due.toString()}</time></td>
                            <td><span class={r.overdue ? 'days days-overdue' : 'days'}>{daysText(r)}</span></td>
                            <td>{memberLabel(ruleSets.latest?.inForce(r.regimeId), 'action', r.action)}</td>
                            <td data-owner={r.owner ?? ''}>{r.owner ? t(`cases.owner.${r.owner}`) : ''}</td>
                            <td><a href={`#/cases/${encodeURIComponent(r.caseId)}`}>{r.caseTitle}</a></td>
                            <td>
                              {r.basis}
                              <Show when={!r.basis.includes(r.cites)}>
                                <span class="cites"> ({r.cites})</span>
                              </Show>
                              <Show when={r.calendar !== undefined}>
                                <span class="calendar" data-calendar={r.calendar} data-gap={r.calendarGap ? 'true' : 'false'}> — {calendarText(r)}</span>
                              </Show>
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
                <Show when={visible().length > limit()}>
                  <button type="button" class="secondary" onClick={() => setLimit(limit() + PAGE)}>
                    {t('casework.showMore', { count: Math.min(PAGE, visible().length - limit()) })}
                  </button>
                </Show>
              </Show>
              <Show when={c().dashboard.problems.length > 0}>
                <section class="problems" aria-labelledby="deadline-problems">
                  <h2 id="deadline-problems">{t('casework.deadlines.problems')}</h2>
                  <ul>
                    <For each={c().dashboard.problems}>
                      {(p) => (
                        <li>
                          <a href={`#/cases/${encodeURIComponent(p.caseId)}`}>{p.caseTitle}</a>
                          <ul class="field-errors">
                            <For each={p.errors}>{(e) => <li>{fieldLabel(e.path)}: {e.message}</li>}</For>
                          </ul>
                        </li>
                      )}
                    </For>
                  </ul>
                </section>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
