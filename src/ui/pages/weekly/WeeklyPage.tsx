import { createMemo, createResource, For, Show, type JSX } from 'solid-js';
import { today } from '../../../domain/calendar-date';
import { addWeeks, isoWeekOf, parseWeekKey, weekKey, weekStart } from '../../../domain/alerts/iso-week';
import { weeklyOverview } from '../../../domain/alerts/weekly';
import { classificationLabel } from '../../../domain/case/classification';
import { lang, t } from '../../i18n';
import { DEFAULT_REGIME, useRegimes } from '../../regimes';
import { loadAlertsOfWeek, loadImports } from '../alerts/alerts-data';
import { countryName } from '../alerts/labels';
import { loadCases } from '../cases/casework-data';
import '../alerts/alerts.css';

/** #/weekly and #/weekly/:week — the week's notifications and reactions, with its Safety Gate alerts. */
export default function WeeklyPage(props: { params: Record<string, string> }): JSX.Element {
  const week = createMemo(() => parseWeekKey(props.params.week ?? '') ?? isoWeekOf(today()));
  const [data] = createResource(
    () => weekKey(week()),
    async (key) => {
      const [cases, alerts, imports] = await Promise.all([loadCases(), loadAlertsOfWeek(key), loadImports()]);
      return { cases: cases.map((c) => c.file), alerts, weeks: [...new Set(imports.flatMap((i) => i.weeks))].sort().reverse() };
    },
  );
  const overview = createMemo(() => {
    const d = data.latest;
    return d ? weeklyOverview(week(), d.cases, d.alerts) : null;
  });
  const range = () => {
    const start = weekStart(week())!;
    return { from: start.toString(), to: start.addDays(6).toString() };
  };
  const key = () => weekKey(week());
  // Notification types are named by each case's regime's rule files.
  const regimes = useRegimes();
  const typeLabel = (regimeId: string, type: string) => {
    const rs = regimes()?.find((r) => r.id === (regimeId || DEFAULT_REGIME))?.ruleSet;
    return rs ? classificationLabel(rs, type, lang()) : type;
  };

  return (
    <section class="page sg" aria-labelledby="weekly-title">
      <h1 id="weekly-title" tabindex="-1">
        {t('weekly.title', { week: week().week, year: week().year })}
      </h1>
      <p class="lead">{t('weekly.intro', { from: range().from, to: range().to })}</p>
      <nav class="sg-weeknav" aria-label={t('weekly.nav')}>
        <a href={`#/weekly/${weekKey(addWeeks(week(), -1))}`}>{t('weekly.previous')}</a>
        <a href={`#/weekly/${weekKey(addWeeks(week(), 1))}`}>{t('weekly.next')}</a>
        <a href="#/weekly">{t('weekly.current')}</a>
      </nav>
      <Show when={overview()} fallback={<p role="status">{t('common.loading')}</p>}>
        {(o) => (
          <>
            <ul class="sg-summary" data-testid="weekly-summary">
              <li>
                <strong data-testid="weekly-notifications">{o().notifications.length}</strong>
                {t('weekly.summary.notifications')}
              </li>
              <li>
                <strong data-testid="weekly-reactions">{o().reactions.length}</strong>
                {t('weekly.summary.reactions')}
              </li>
              <li>
                <strong data-testid="weekly-alerts">{o().alerts.length}</strong>
                {t('weekly.summary.alerts')}
              </li>
            </ul>

            <h2 id="weekly-own">{t('weekly.notifications')}</h2>
            <Show when={o().notifications.length > 0} fallback={<p>{t('weekly.none')}</p>}>
              <table class="sg-table" aria-labelledby="weekly-own">
                <thead>
                  <tr>
                    <th scope="col">{t('weekly.col.submitted')}</th>
                    <th scope="col">{t('weekly.col.case')}</th>
                    <th scope="col">{t('weekly.col.number')}</th>
                    <th scope="col">{t('weekly.col.classification')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={o().notifications}>
                    {(n) => (
                      <tr>
                        <td class="mono">{n.submitted}</td>
                        <td>
                          <a href={`#/cases/${encodeURIComponent(n.caseId)}`}>{n.title}</a>
                        </td>
                        <td class="mono">{n.number ?? '—'}</td>
                        <td>{n.classification ? typeLabel(n.regimeId, n.classification) : '—'}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>

            <h2 id="weekly-reactions-title">{t('weekly.reactions')}</h2>
            <Show when={o().reactions.length > 0} fallback={<p>{t('weekly.none')}</p>}>
              <table class="sg-table" aria-labelledby="weekly-reactions-title">
                <thead>
                  <tr>
                    <th scope="col">{t('weekly.col.submitted')}</th>
                    <th scope="col">{t('weekly.col.case')}</th>
                    <th scope="col">{t('weekly.col.reactsTo')}</th>
                    <th scope="col">{t('weekly.col.kind')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={o().reactions}>
                    {(r) => (
                      <tr>
                        <td class="mono">{r.submitted}</td>
                        <td>
                          <a href={`#/cases/${encodeURIComponent(r.caseId)}`}>{r.title}</a>
                        </td>
                        <td class="mono">{r.notificationNumber || '—'}</td>
                        <td>{t(`weekly.reactionKind.${r.kind}`)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>

            <h2 id="weekly-alerts-title">{t('weekly.alerts')}</h2>
            <Show when={o().alerts.length > 0} fallback={<p>{t('weekly.noAlerts')}</p>}>
              <table class="sg-table" aria-labelledby="weekly-alerts-title" data-testid="weekly-alerts-table">
                <thead>
                  <tr>
                    <th scope="col">{t('alerts.col.number')}</th>
                    <th scope="col">{t('alerts.field.category')}</th>
                    <th scope="col">{t('alerts.col.product')}</th>
                    <th scope="col">{t('alerts.col.notifiedBy')}</th>
                    <th scope="col">{t('alerts.field.riskType')}</th>
                    <th scope="col">{t('weekly.col.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={o().alerts}>
                    {(a) => (
                      <tr>
                        <td class="mono">
                          <a href={`#/alerts/${encodeURIComponent(a.entry.id)}`}>{a.entry.id}</a>
                        </td>
                        <td>{a.entry.alert.category || '—'}</td>
                        <td>{[a.entry.alert.brand, a.entry.alert.name || a.entry.alert.product].filter(Boolean).join(' ') || '—'}</td>
                        <td>{countryName(a.entry.alert.notifyingCountry)}</td>
                        <td>{a.entry.alert.riskType.join(', ') || '—'}</td>
                        <td>
                          <span class={a.change === 'new' ? 'sg-badge' : 'sg-badge sg-badge-updated'}>{t(`weekly.change.${a.change}`)}</span>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>

            <Show when={(data.latest?.weeks ?? []).length > 0}>
              <h2 id="weekly-imported">{t('weekly.importedWeeks')}</h2>
              <ul class="sg-summary" aria-labelledby="weekly-imported">
                <For each={data.latest!.weeks}>
                  {(w) => (
                    <li>
                      <a href={`#/weekly/${w}`} aria-current={w === key() ? 'page' : undefined}>
                        {w}
                      </a>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
