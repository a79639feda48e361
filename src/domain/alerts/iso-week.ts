// ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday), the unit of Safety
// Gate's weekly reports. Calendar dates only: no clock, no time zone.
import { CalendarDate } from '../calendar-date';

export interface IsoWeek {
  year: number;
  week: number;
}

export function isoWeekOf(d: CalendarDate): IsoWeek {
  // The Thursday of d's week decides the year.
  const thursday = d.addDays(4 - d.weekday);
  const jan1 = CalendarDate.of(thursday.year, 1, 1)!;
  return { year: thursday.year, week: Math.floor(jan1.daysUntil(thursday) / 7) + 1 };
}

/** Weeks in an ISO year: 53 when it starts or (leap years) ends on a Thursday. */
export function weeksInYear(year: number): number {
  return isoWeekOf(CalendarDate.of(year, 12, 28)!).week;
}

/** The Monday of an ISO week; null when the week does not exist. */
export function weekStart(w: IsoWeek): CalendarDate | null {
  if (!Number.isInteger(w.year) || !Number.isInteger(w.week) || w.year < 1 || w.year > 9999 || w.week < 1 || w.week > weeksInYear(w.year)) return null;
  const jan4 = CalendarDate.of(w.year, 1, 4)!;
  return jan4.addDays(1 - jan4.weekday + 7 * (w.week - 1));
}

/** "2026-W05". */
export function weekKey(w: IsoWeek): string {
  return `${String(w.year).padStart(4, '0')}-W${String(w.week).padStart(2, '0')}`;
}

/** "2026-W05" → { year: 2026, week: 5 }; null for anything else or a week that does not exist. */
export function parseWeekKey(text: string): IsoWeek | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(text);
  if (!m) return null;
  const w = { year: Number(m[1]), week: Number(m[2]) };
  return weekStart(w) ? w : null;
}

export function addWeeks(w: IsoWeek, n: number): IsoWeek {
  return isoWeekOf(weekStart(w)!.addDays(7 * n));
}

/** The Friday of an ISO week: the day Safety Gate publishes that week's report. */
export function publicationDay(w: IsoWeek): CalendarDate | null {
  return weekStart(w)?.addDays(4) ?? null;
}
