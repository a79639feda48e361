// Counts over alerts and the authority's notifications, as the portal's and ICSMS's statistics give
// them: by product category, risk type, notifying country, country of origin, notification type,
// measure type, and by week or month (the trend). One record per alert or notification; a field
// with several values (risk types, measures) counts once for each; a record without a value counts
// under '' ("not given"), so the counts always add up to at least the total.
import { CalendarDate } from '../calendar-date';
import { decisiveAssessment } from '../case/case-document';
import type { CaseFile } from '../case/types';
import { countryCode } from './countries';
import { ALERT_FIELDS } from './fields';
import { isoWeekOf, publicationDay, weekKey } from './iso-week';
import type { Alert } from './types';

/** The fields every source has (the statistics page offers these). */
export const STAT_FIELDS = ['category', 'riskType', 'notifyingCountry', 'countryOfOrigin', 'notificationType', 'measureType', 'riskLevel', 'week', 'month'] as const;
export type StatField = (typeof STAT_FIELDS)[number];

export interface StatRecord {
  source: 'alert' | 'case';
  id: string;
  /** The day it was published (alerts) or submitted (notifications), YYYY-MM-DD; null when unknown. */
  date: string | null;
  /** Values by field name; countries as ISO codes where known. */
  values: Map<string, string[]>;
}

const COUNTRY_FIELDS = new Set(['notifyingCountry', 'countryOfOrigin', 'foundIn']);

function withDate(values: Map<string, string[]>, date: string | null): Map<string, string[]> {
  const d = CalendarDate.parse(date);
  values.set('week', d ? [weekKey(isoWeekOf(d))] : []);
  values.set('month', d ? [d.toString().slice(0, 7)] : []);
  return values;
}

/** An alert's record: every field of the alert, plus the common names for its type and measures. */
export function statRecordOfAlert(a: Alert): StatRecord {
  const values = new Map<string, string[]>();
  for (const f of ALERT_FIELDS) {
    const v = a[f];
    const list = Array.isArray(v) ? v : v ? [v] : [];
    values.set(f, COUNTRY_FIELDS.has(f) ? list.map(countryCode).filter(Boolean) : list);
  }
  values.set('notificationType', values.get('alertType')!);
  values.set('measureType', values.get('measures')!);
  const date = a.source.reportDate ?? publicationDay({ year: a.source.year, week: a.source.week })?.toString() ?? null;
  return { source: 'alert', id: a.alertNumber, date, values: withDate(values, date) };
}

/** A case's own notification, once submitted (not withdrawn); null otherwise. */
export function statRecordOfCase(c: CaseFile): StatRecord | null {
  const n = c.notification;
  if (!n || !n.submitted || n.status === 'withdrawn') return null;
  const one = (s: string | null | undefined) => (s ? [s] : []);
  const hazard = c.risk.hazard || decisiveAssessment(c)?.hazard;
  const values = new Map<string, string[]>([
    ['category', one(c.product.category)],
    ['riskType', one(hazard)],
    ['notifyingCountry', one(countryCode(n.notifyingCountry || c.country))],
    ['countryOfOrigin', one(countryCode(c.traceability.origin))],
    ['notificationType', one(n.validatedAs ?? n.chosen)],
    ['measureType', [...new Set(c.measures.map((m) => m.category).filter(Boolean))]],
    ['riskLevel', one(decisiveAssessment(c)?.level)],
  ]);
  return { source: 'case', id: c.id, date: n.submitted, values: withDate(values, n.submitted) };
}

export interface FieldProblem {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A case document of the interchange format (what `classify` reads) as a record. It may carry the
 * extensions `notifyingCountry`, `countryOfOrigin` and `riskType`; the date is the notification's
 * `submitted`, else its `received`. Only the fields counted are checked here.
 */
export function statRecordOfCaseDocument(doc: unknown, id: string): { ok: true; record: StatRecord } | { ok: false; errors: FieldProblem[] } {
  if (!isObj(doc)) return { ok: false, errors: [{ path: '', message: 'a case document must be a JSON object' }] };
  const errors: FieldProblem[] = [];
  const text = (v: unknown, path: string): string[] => {
    if (v === undefined || v === null || v === '') return [];
    if (typeof v === 'string') return [v.trim()].filter(Boolean);
    errors.push({ path, message: `expected text, got ${Array.isArray(v) ? 'a list' : typeof v}` });
    return [];
  };
  const part = (name: string): Json => {
    const v = doc[name];
    if (v === undefined || v === null) return {};
    if (isObj(v)) return v;
    errors.push({ path: name, message: 'expected an object' });
    return {};
  };
  const product = part('product');
  const risk = part('risk');
  const notification = part('notification');
  const measures = doc.measures === undefined ? [] : Array.isArray(doc.measures) ? doc.measures : (errors.push({ path: 'measures', message: 'expected a list' }), []);
  let date: string | null = null;
  for (const k of ['submitted', 'received'] as const) {
    const v = notification[k];
    if (v === undefined || v === null || date) continue;
    if (CalendarDate.parse(v)) date = v as string;
    else errors.push({ path: `notification.${k}`, message: 'expected a date YYYY-MM-DD' });
  }
  const values = new Map<string, string[]>([
    ['category', text(product.category, 'product.category')],
    ['riskType', text(doc.riskType, 'riskType')],
    ['notifyingCountry', text(doc.notifyingCountry, 'notifyingCountry').map(countryCode)],
    ['countryOfOrigin', text(doc.countryOfOrigin, 'countryOfOrigin').map(countryCode)],
    ['notificationType', text(notification.type, 'notification.type')],
    ['measureType', [...new Set(measures.flatMap((m, i) => (isObj(m) ? text(m.category, `measures[${i}].category`) : (errors.push({ path: `measures[${i}]`, message: 'expected an object' }), []))))]],
    ['riskLevel', text(risk.level, 'risk.level')],
  ]);
  if (errors.length) return { ok: false, errors };
  return { ok: true, record: { source: 'case', id, date, values: withDate(values, date) } };
}

export interface Period {
  /** Inclusive, YYYY-MM-DD; null for open. */
  from: string | null;
  to: string | null;
}

export function inPeriod(r: StatRecord, p: Period): boolean {
  if (!p.from && !p.to) return true;
  if (!r.date) return false;
  return (!p.from || r.date >= p.from) && (!p.to || r.date <= p.to);
}

export interface Count {
  /** The value ('' = not given). */
  value: string;
  count: number;
}

export interface Counts {
  field: string;
  /** Records in the period. */
  total: number;
  /** Most first; by week or month in time order. */
  counts: Count[];
}

const isTime = (field: string) => field === 'week' || field === 'month';

export function countBy(records: readonly StatRecord[], field: string, period: Period = { from: null, to: null }): Counts {
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of records) {
    if (!inPeriod(r, period)) continue;
    total++;
    const vs = r.values.get(field) ?? [];
    for (const v of vs.length ? vs : ['']) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const list = [...counts].map(([value, count]) => ({ value, count }));
  list.sort(isTime(field) ? (a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { field, total, counts: list };
}

export interface Trend {
  field: string;
  unit: 'week' | 'month';
  /** Every week or month from the first to the last with a record, none skipped. */
  periods: string[];
  /** The most frequent values (the rest summed as "other"), each with a count per period. */
  series: { value: string; counts: number[] }[];
}

/** Every week key from `first` to `last`, or every month. */
function periodRange(unit: 'week' | 'month', first: string, last: string): string[] {
  const out: string[] = [];
  if (unit === 'month') {
    let [y, m] = first.split('-').map(Number);
    for (let key = first; key <= last; ) {
      out.push(key);
      m++;
      if (m > 12) (m = 1), y++;
      key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    }
    return out;
  }
  const [fy, fw] = first.split('-W').map(Number);
  let day = publicationDay({ year: fy, week: fw })!;
  for (let key = first; key <= last; day = day.addDays(7), key = weekKey(isoWeekOf(day))) out.push(key);
  return out;
}

export const OTHER = '\u0000other';

export function trendBy(records: readonly StatRecord[], field: string, unit: 'week' | 'month', period: Period = { from: null, to: null }, top = 5): Trend {
  const inside = records.filter((r) => inPeriod(r, period) && (r.values.get(unit) ?? []).length > 0);
  const keys = inside.map((r) => r.values.get(unit)![0]).sort();
  if (keys.length === 0) return { field, unit, periods: [], series: [] };
  const periods = periodRange(unit, keys[0], keys[keys.length - 1]);
  const at = new Map(periods.map((p, i) => [p, i]));
  const leaders = countBy(inside, field).counts.slice(0, top).map((c) => c.value);
  const chosen = new Set(leaders);
  const series = new Map<string, number[]>(leaders.map((v) => [v, periods.map(() => 0)]));
  for (const r of inside) {
    const i = at.get(r.values.get(unit)![0])!;
    const vs = r.values.get(field) ?? [];
    for (const v of vs.length ? vs : ['']) {
      const key = chosen.has(v) ? v : OTHER;
      if (!series.has(key)) series.set(key, periods.map(() => 0));
      series.get(key)![i]++;
    }
  }
  return { field, unit, periods, series: [...series].map(([value, counts]) => ({ value, counts })) };
}

/** CSV of counts (RFC 4180: quoted where needed, CRLF line ends). */
export function countsCsv(c: Counts, labels: { value: string; count: string }, label: (v: string) => string = (v) => v): string {
  const rows = [[labels.value, labels.count], ...c.counts.map((x) => [label(x.value), String(x.count)])];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** CSV of a trend: one row per period, one column per value. */
export function trendCsv(t: Trend, periodLabel: string, label: (v: string) => string = (v) => v): string {
  const rows = [[periodLabel, ...t.series.map((s) => label(s.value))], ...t.periods.map((p, i) => [p, ...t.series.map((s) => String(s.counts[i]))])];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(s: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
