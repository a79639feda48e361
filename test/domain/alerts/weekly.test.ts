// ISO weeks, and the weekly overview: the week's own notifications and reactions with the alerts
// published or changed in it.
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../../src/domain/calendar-date';
import { addWeeks, isoWeekOf, parseWeekKey, weekKey, weeksInYear, weekStart } from '../../../src/domain/alerts/iso-week';
import { mergeAlert, type RegisterEntry } from '../../../src/domain/alerts/register';
import { weeklyOverview } from '../../../src/domain/alerts/weekly';
import { parseAlertXml } from '../../../src/domain/alerts/xml';
import { emptyCase, emptyNotification, emptyReaction } from '../../../src/domain/case/empty';
import { bytes, DOLL, KETTLE, weeklyReportXml } from './files';

const d = (s: string) => CalendarDate.parse(s)!;

describe('ISO weeks', () => {
  it('puts the first Thursday in week 1, and knows 53-week years', () => {
    expect(isoWeekOf(d('2026-01-01'))).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf(d('2027-01-01'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf(d('2024-12-30'))).toEqual({ year: 2025, week: 1 });
    expect([2020, 2025, 2026].map(weeksInYear)).toEqual([53, 52, 53]);
    expect(weekStart({ year: 2026, week: 48 })!.toString()).toBe('2026-11-23');
    expect(weekStart({ year: 2025, week: 53 })).toBeNull();
    expect(weekKey(addWeeks({ year: 2026, week: 53 }, 1))).toBe('2027-W01');
    expect(parseWeekKey('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(parseWeekKey('2025-W53')).toBeNull();
  });
});

function entries(): RegisterEntry[] {
  const read = (week: number, alerts: typeof KETTLE[]) => {
    const r = parseAlertXml(bytes(weeklyReportXml({ week, alerts })), `w${week}.xml`);
    if (!r.ok) throw new Error('fixture');
    return r.value.alerts;
  };
  const [kettle, doll] = read(47, [KETTLE, DOLL]);
  const first = mergeAlert(undefined, kettle, 'x');
  const changed = first.kind === 'new' ? mergeAlert(first.entry, read(48, [{ ...KETTLE, level: 'High risk' }])[0], 'x') : null;
  const dollEntry = mergeAlert(undefined, doll, 'x');
  if (changed?.kind !== 'updated' || dollEntry.kind !== 'new') throw new Error('fixture');
  return [changed.entry, dollEntry.entry];
}

describe('weekly overview', () => {
  it('lists the week’s submitted notifications and reactions, and its new and changed alerts', () => {
    const base = emptyCase({ id: 'c1', created: '2026-11-01', regimeId: 'rapex-2010', country: 'NO' });
    const notified = { ...base, title: 'Kettle', notification: { ...emptyNotification({ notifyingCountry: 'NO' }), chosen: 'article-12' as const, submitted: '2026-11-25', status: 'submitted' as const } };
    const lastWeek = { ...notified, id: 'c2', notification: { ...notified.notification, submitted: '2026-11-20' } };
    const reaction = { ...emptyReaction({ id: 'r1', kind: 'product-found', notificationNumber: 'A12/1/26', notifyingCountry: 'DE', reactingCountry: 'NO', notifiedProductName: 'Doll', notificationClassification: 'article-12' }), submitted: '2026-11-29' };
    const reacting = { ...base, id: 'c3', title: 'Doll found', reactions: [reaction] };
    const o = weeklyOverview({ year: 2026, week: 48 }, [notified, lastWeek, reacting], entries());
    expect(o.week).toBe('2026-W48');
    expect(o.notifications).toEqual([{ caseId: 'c1', title: 'Kettle', number: null, classification: 'article-12', regimeId: 'rapex-2010', submitted: '2026-11-25' }]);
    expect(o.reactions.map((r) => [r.caseId, r.reactionId, r.submitted])).toEqual([['c3', 'r1', '2026-11-29']]);
    expect(o.alerts.map((a) => [a.entry.id, a.change])).toEqual([['A12/01234/26', 'updated']]);
    expect(weeklyOverview({ year: 2026, week: 47 }, [], entries()).alerts.map((a) => [a.entry.id, a.change])).toEqual([
      ['A12/01234/26', 'new'],
      ['A12/01235/26', 'new'],
    ]);
  });
});
