import { createMemo, createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { countBy, countsCsv, STAT_FIELDS, statRecordOfAlert, statRecordOfCase, trendBy, trendCsv, type Counts, type StatRecord, type Trend } from '../../../domain/alerts/stats';
import { statsWorkbook } from '../../../domain/alerts/stats-workbook';
import { CalendarDate } from '../../../domain/calendar-date';
import { t } from '../../i18n';
import { loadAlerts } from '../alerts/alerts-data';
import { downloadFile } from '../../download';
import { valueLabel, XLSX_TYPE } from '../alerts/labels';
import { loadCases } from '../cases/casework-data';
import { StatChart } from './StatChart';
import '../alerts/alerts.css';

const FIELDS = STAT_FIELDS.filter((f) => f !== 'week' && f !== 'month');

/** "notifying country" → "Notifying country", for a heading or a column. */
const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** #/statistics — counts and trends over any period, as charts each with its table; CSV and Excel. */
export default function StatisticsPage(): JSX.Element {
  const [records] = createResource(async () => {
    const [alerts, cases] = await Promise.all([loadAlerts(), loadCases()]);
    return {
      alerts: alerts.map((a) => statRecordOfAlert(a.alert)),
      cases: cases.flatMap((c) => statRecordOfCase(c.file) ?? []),
    };
  });
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const [withAlerts, setWithAlerts] = createSignal(true);
  const [withCases, setWithCases] = createSignal(true);
  const [field, setField] = createSignal<string>('category');
  const [unit, setUnit] = createSignal<'week' | 'month'>('month');

  const chosen = createMemo((): StatRecord[] => {
    const r = records.latest;
    if (!r) return [];
    return [...(withAlerts() ? r.alerts : []), ...(withCases() ? r.cases : [])];
  });
  const period = () => ({ from: CalendarDate.parse(from()) ? from() : null, to: CalendarDate.parse(to()) ? to() : null });
  const counts = createMemo(() => countBy(chosen(), field(), period()));
  const trend = createMemo(() => trendBy(chosen(), field(), unit(), period()));
  const fieldName = () => t(`stats.field.${field()}`);
  const label = (v: string) => valueLabel(field(), v);

  const exportCsv = (which: 'counts' | 'trend') => {
    const csv = which === 'counts' ? countsCsv(counts(), { value: fieldName(), count: t('stats.count') }, label) : trendCsv(trend(), t(`stats.unit.${unit()}`), label);
    downloadFile(`riskcase-${which}-${field()}.csv`, csv, 'text/csv;charset=utf-8');
  };
  const exportXlsx = async () => {
    const c = counts();
    const tr = trend();
    const bytes = await statsWorkbook([
      { name: fieldName(), rows: [[fieldName(), t('stats.count')], ...c.counts.map((x) => [label(x.value), x.count])] },
      { name: t(`stats.unit.${unit()}`), rows: [[t(`stats.unit.${unit()}`), ...tr.series.map((s) => label(s.value))], ...tr.periods.map((p, i) => [p, ...tr.series.map((s) => s.counts[i])])] },
    ]);
    downloadFile(`riskcase-statistics-${field()}.xlsx`, bytes, XLSX_TYPE);
  };

  return (
    <section class="page sg" aria-labelledby="stats-title">
      <h1 id="stats-title" tabindex="-1">{t('stats.title')}</h1>
      <p class="lead">{t('stats.intro')}</p>
      <div class="sg-panel">
        <div class="sg-row">
          <div class="sg-field">
            <label for="stats-from">{t('stats.from')}</label>
            <input id="stats-from" type="date" value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />
          </div>
          <div class="sg-field">
            <label for="stats-to">{t('stats.to')}</label>
            <input id="stats-to" type="date" value={to()} onInput={(e) => setTo(e.currentTarget.value)} />
          </div>
          <div class="sg-field">
            <label for="stats-field">{t('stats.by')}</label>
            <select id="stats-field" value={field()} onChange={(e) => setField(e.currentTarget.value)}>
              <For each={FIELDS}>{(f) => <option value={f}>{t(`stats.field.${f}`)}</option>}</For>
            </select>
          </div>
          <div class="sg-field">
            <label for="stats-unit">{t('stats.trendBy')}</label>
            <select id="stats-unit" value={unit()} onChange={(e) => setUnit(e.currentTarget.value as 'week' | 'month')}>
              <option value="week">{t('stats.unit.week')}</option>
              <option value="month">{t('stats.unit.month')}</option>
            </select>
          </div>
          <fieldset class="sg-field">
            <legend>{t('stats.sources')}</legend>
            <label>
              <input type="checkbox" checked={withAlerts()} onChange={(e) => setWithAlerts(e.currentTarget.checked)} /> {t('stats.source.alerts')}
            </label>
            <label>
              <input type="checkbox" checked={withCases()} onChange={(e) => setWithCases(e.currentTarget.checked)} /> {t('stats.source.cases')}
            </label>
          </fieldset>
        </div>
      </div>
      <Show when={records.latest} fallback={<p role="status">{t('common.loading')}</p>}>
        <p class="result-count" role="status" data-testid="stats-total">
          {t('stats.total', { count: counts().total })}
        </p>
        <div class="sg-actions">
          <button type="button" class="secondary" onClick={() => exportCsv('counts')}>{t('stats.export.countsCsv')}</button>
          <button type="button" class="secondary" onClick={() => exportCsv('trend')}>{t('stats.export.trendCsv')}</button>
          <button type="button" class="secondary" onClick={() => void exportXlsx()} data-testid="stats-xlsx">{t('stats.export.xlsx')}</button>
        </div>
        <CountsSection counts={counts()} fieldName={fieldName()} label={label} />
        <TrendSection trend={trend()} unitName={t(`stats.unit.${unit()}`)} fieldName={fieldName()} label={label} />
      </Show>
    </section>
  );
}

function CountsSection(p: { counts: Counts; fieldName: string; label: (v: string) => string }): JSX.Element {
  const title = () => t('stats.countsTitle', { field: p.fieldName });
  return (
    <section aria-labelledby="stats-counts">
      <h2 id="stats-counts">{title()}</h2>
      <Show when={p.counts.counts.length > 0} fallback={<p>{t('stats.none')}</p>}>
        <StatChart testId="chart-counts" label={t('stats.chartLabel', { title: title() })} spec={{ type: 'bar', labels: p.counts.counts.map((c) => p.label(c.value)), series: [{ label: t('stats.count'), data: p.counts.counts.map((c) => c.count) }] }} />
        <table class="sg-table" data-testid="table-counts">
          <caption class="visually-hidden">{title()}</caption>
          <thead>
            <tr>
              <th scope="col">{cap(p.fieldName)}</th>
              <th scope="col" class="num">{t('stats.count')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={p.counts.counts}>
              {(c) => (
                <tr>
                  <th scope="row">{p.label(c.value)}</th>
                  <td class="num">{c.count}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}

function TrendSection(p: { trend: Trend; unitName: string; fieldName: string; label: (v: string) => string }): JSX.Element {
  const title = () => cap(t('stats.trendTitle', { field: p.fieldName, unit: p.unitName }));
  return (
    <section aria-labelledby="stats-trend">
      <h2 id="stats-trend">{title()}</h2>
      <Show when={p.trend.periods.length > 0} fallback={<p>{t('stats.none')}</p>}>
        <StatChart testId="chart-trend" label={t('stats.chartLabel', { title: title() })} spec={{ type: 'line', labels: p.trend.periods, series: p.trend.series.map((s) => ({ label: p.label(s.value), data: s.counts })) }} />
        <div class="table-scroll">
          <table class="sg-table" data-testid="table-trend">
            <caption class="visually-hidden">{title()}</caption>
            <thead>
              <tr>
                <th scope="col">{cap(p.unitName)}</th>
                <For each={p.trend.series}>{(s) => <th scope="col" class="num">{p.label(s.value)}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={p.trend.periods}>
                {(period, i) => (
                  <tr>
                    <th scope="row">{period}</th>
                    <For each={p.trend.series}>{(s) => <td class="num">{s.counts[i()]}</td>}</For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
