// Statistics over alerts, the authority's notifications and case documents: counts by any field
// (a field with several values counts once for each; none counts as "not given"), over a period,
// and trends by week and month with no period skipped; CSV that a spreadsheet will not execute.
import { describe, expect, it } from 'vitest';
import { emptyAlert } from '../../../src/domain/alerts/build';
import { countBy, countsCsv, statRecordOfAlert, statRecordOfCase, statRecordOfCaseDocument, trendBy, trendCsv, OTHER } from '../../../src/domain/alerts/stats';
import { emptyCase, emptyNotification } from '../../../src/domain/case/empty';

const alert = (n: string, week: number, patch: Partial<ReturnType<typeof emptyAlert>>) =>
  statRecordOfAlert({ ...emptyAlert(n, { file: 'f.xml', format: 'xml', reportDate: null, year: 2026, week, at: 1 }), ...patch });

const RECORDS = [
  alert('A1', 44, { category: 'Toys', riskType: ['Chemical'], notifyingCountry: 'Germany', countryOfOrigin: 'China', measures: ['Withdrawal'] }),
  alert('A2', 44, { category: 'Toys', riskType: ['Choking', 'Injuries'], notifyingCountry: 'DE', countryOfOrigin: 'China' }),
  alert('A3', 47, { category: 'Cosmetics', riskType: ['Chemical'], notifyingCountry: 'France', countryOfOrigin: 'Unknown' }),
];

describe('statistics', () => {
  it('counts by field, a value per country code, several risk types each, none as not given', () => {
    expect(countBy(RECORDS, 'category')).toEqual({ field: 'category', total: 3, counts: [{ value: 'Toys', count: 2 }, { value: 'Cosmetics', count: 1 }] });
    expect(countBy(RECORDS, 'notifyingCountry').counts).toEqual([{ value: 'DE', count: 2 }, { value: 'FR', count: 1 }]);
    expect(countBy(RECORDS, 'riskType').counts).toEqual([{ value: 'Chemical', count: 2 }, { value: 'Choking', count: 1 }, { value: 'Injuries', count: 1 }]);
    expect(countBy(RECORDS, 'countryOfOrigin').counts).toEqual([{ value: 'CN', count: 2 }, { value: '', count: 1 }]);
    expect(countBy(RECORDS, 'measureType').counts).toEqual([{ value: '', count: 2 }, { value: 'Withdrawal', count: 1 }]);
  });

  it('dates an alert on the Friday of its week and counts within a period', () => {
    expect(RECORDS[0].date).toBe('2026-10-30');
    expect(countBy(RECORDS, 'category', { from: '2026-11-01', to: null })).toMatchObject({ total: 1, counts: [{ value: 'Cosmetics', count: 1 }] });
    expect(countBy(RECORDS, 'week').counts.map((c) => c.value)).toEqual(['2026-W44', '2026-W47']);
    expect(countBy(RECORDS, 'month').counts).toEqual([{ value: '2026-10', count: 2 }, { value: '2026-11', count: 1 }]);
  });

  it('gives a trend by week with the empty weeks in between, and the rest as other', () => {
    const t = trendBy(RECORDS, 'category', 'week', { from: null, to: null }, 1);
    expect(t.periods).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
    expect(t.series).toEqual([{ value: 'Toys', counts: [2, 0, 0, 0] }, { value: OTHER, counts: [0, 0, 0, 1] }]);
    expect(trendBy(RECORDS, 'category', 'month').periods).toEqual(['2026-10', '2026-11']);
    expect(trendBy([], 'category', 'month')).toEqual({ field: 'category', unit: 'month', periods: [], series: [] });
  });

  it('counts a submitted notification of a case, not a draft', () => {
    const c = emptyCase({ id: 'c1', created: '2026-03-01', regimeId: 'rapex-2010', country: 'NO' });
    expect(statRecordOfCase(c)).toBeNull();
    const sent = { ...c, product: { ...c.product, category: 'toys' }, traceability: { ...c.traceability, origin: 'China' }, notification: { ...emptyNotification({ notifyingCountry: 'NO' }), chosen: 'article-12' as const, submitted: '2026-03-04', status: 'submitted' as const } };
    const r = statRecordOfCase(sent)!;
    expect(Object.fromEntries(r.values)).toMatchObject({ category: ['toys'], notifyingCountry: ['NO'], countryOfOrigin: ['CN'], notificationType: ['article-12'], week: ['2026-W10'], month: ['2026-03'] });
  });

  it('reads case documents with the optional extensions, naming a bad field', () => {
    const doc = { product: { category: 'toys' }, notifyingCountry: 'Austria', countryOfOrigin: 'CN', riskType: 'Chemical', notification: { type: 'article-12', submitted: '2026-03-04' }, measures: [{ category: 'recall' }] };
    const r = statRecordOfCaseDocument(doc, 'd1');
    expect(r.ok && Object.fromEntries(r.record.values)).toMatchObject({ notifyingCountry: ['AT'], riskType: ['Chemical'], measureType: ['recall'], notificationType: ['article-12'] });
    expect(statRecordOfCaseDocument({ riskType: 3, notification: { submitted: '2026-02-30' } }, 'd2')).toEqual({
      ok: false,
      errors: [
        { path: 'notification.submitted', message: 'expected a date YYYY-MM-DD' },
        { path: 'riskType', message: 'expected text, got number' },
      ],
    });
  });

  it('writes CSV quoted where needed, and defuses cells a spreadsheet would run as formulas', () => {
    const csv = countsCsv({ field: 'brand', total: 2, counts: [{ value: 'A, "B"', count: 1 }, { value: '=HYPERLINK("x")', count: 1 }] }, { value: 'Brand', count: 'Alerts' });
    expect(csv).toBe('Brand,Alerts\r\n"A, ""B""",1\r\n"\'=HYPERLINK(""x"")",1\r\n');
    expect(trendCsv({ field: 'c', unit: 'week', periods: ['2026-W01'], series: [{ value: 'Toys', counts: [3] }] }, 'Week')).toBe('Week,Toys\r\n2026-W01,3\r\n');
  });
});
