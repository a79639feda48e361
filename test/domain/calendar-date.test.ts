import { describe, expect, it } from 'vitest';
import { addWorkingDays, CalendarDate, daysInMonth, isLeapYear, isWorkingDay, today, type WorkingCalendar } from '../../src/domain/calendar-date';

const d = (s: string): CalendarDate => {
  const r = CalendarDate.parse(s);
  if (!r) throw new Error(`bad test date ${s}`);
  return r;
};

describe('CalendarDate', () => {
  it('knows leap years by the Gregorian rule (4, not 100, but 400)', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(CalendarDate.parse('2024-02-29')?.toString()).toBe('2024-02-29');
    expect(CalendarDate.parse('2026-02-29')).toBeNull();
    expect(CalendarDate.parse('1900-02-29')).toBeNull();
  });

  it('refuses impossible or loosely written dates', () => {
    for (const bad of ['2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05', '2026-01-05T00:00', '', 42, null, undefined]) {
      expect(CalendarDate.parse(bad), String(bad)).toBeNull();
    }
    expect(CalendarDate.of(2026, 6, 31)).toBeNull();
  });

  it('crosses month and year ends', () => {
    expect(d('2026-01-31').addDays(1).toString()).toBe('2026-02-01');
    expect(d('2026-02-28').addDays(1).toString()).toBe('2026-03-01');
    expect(d('2024-02-28').addDays(1).toString()).toBe('2024-02-29');
    expect(d('2026-12-31').addDays(1).toString()).toBe('2027-01-01');
    expect(d('2026-03-01').addDays(-1).toString()).toBe('2026-02-28');
    expect(d('2026-01-01').daysUntil(d('2027-01-01'))).toBe(365);
    expect(d('2024-01-01').daysUntil(d('2025-01-01'))).toBe(366);
  });

  it('gives ISO weekdays (Monday 1 … Sunday 7)', () => {
    expect(d('1970-01-01').weekday).toBe(4); // Thursday
    expect(d('2026-03-27').weekday).toBe(5); // Friday
    expect(d('2026-03-28').weekday).toBe(6);
    expect(d('2026-03-29').weekday).toBe(7);
    expect(d('2026-03-30').weekday).toBe(1);
    expect(d('1969-12-31').weekday).toBe(3); // before the epoch too
  });

  it('compares and round-trips through text and JSON', () => {
    expect(d('2026-03-01').compare(d('2026-03-02'))).toBe(-1);
    expect(d('2026-03-02').compare(d('2026-03-01'))).toBe(1);
    expect(d('2026-03-02').equals(d('2026-03-02'))).toBe(true);
    expect(JSON.stringify({ due: d('0999-07-04') })).toBe('{"due":"0999-07-04"}');
    expect(CalendarDate.fromDays(d('2026-05-17').day).toString()).toBe('2026-05-17');
  });

  it('reads today from the local calendar fields of a Date, not from UTC', () => {
    expect(today(new Date(2026, 2, 27, 23, 59)).toString()).toBe('2026-03-27');
    expect(today(new Date(2026, 0, 1, 0, 0)).toString()).toBe('2026-01-01');
  });

  // Worked deadline checks (calendar days, Part II, 3.10, footnote 20).
  it('adds calendar days as in the worked deadline checks', () => {
    expect(d('2026-03-27').addDays(3).toString()).toBe('2026-03-30');
    expect(d('2026-01-15').addDays(45).toString()).toBe('2026-03-01');
    expect(d('2026-02-20').addDays(10).toString()).toBe('2026-03-02');
    expect(d('2026-02-20').addDays(15).toString()).toBe('2026-03-07');
  });
});

describe('working days', () => {
  const easterMonday2026 = d('2026-04-06');
  const cal: WorkingCalendar = { weekend: new Set([6, 7]), holidays: new Set([easterMonday2026.day]) };

  it('skips weekends and holidays', () => {
    expect(isWorkingDay(d('2026-04-03'), cal)).toBe(true); // Friday
    expect(isWorkingDay(d('2026-04-04'), cal)).toBe(false); // Saturday
    expect(isWorkingDay(easterMonday2026, cal)).toBe(false);
    expect(isWorkingDay(d('2026-04-07'), cal)).toBe(true);
  });

  it('counts from the day after the trigger, across a weekend and a holiday', () => {
    // Friday 3 April + 1 working day: Sat, Sun, Easter Monday are off → Tuesday 7 April.
    expect(addWorkingDays(d('2026-04-03'), 1, cal).toString()).toBe('2026-04-07');
    // Thursday 2 April + 3 → Fri 3, Tue 7, Wed 8.
    expect(addWorkingDays(d('2026-04-02'), 3, cal).toString()).toBe('2026-04-08');
    // A trigger on a Saturday does not count itself: Sat 4 April + 1 → Tue 7 April.
    expect(addWorkingDays(d('2026-04-04'), 1, cal).toString()).toBe('2026-04-07');
    expect(addWorkingDays(d('2026-04-03'), 0, cal).toString()).toBe('2026-04-03');
  });

  it('refuses a calendar without any working day instead of looping', () => {
    expect(() => addWorkingDays(d('2026-04-03'), 1, { weekend: new Set([1, 2, 3, 4, 5, 6, 7]), holidays: new Set() })).toThrow(RangeError);
  });
});
