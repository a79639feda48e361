// Dates a person types in the app: an impossible date is "not a date" (never quietly stored as
// missing); an act is never dated after today (the device's calendar date, given by the caller —
// the command line has no "today" and stays deterministic); an adoption date in the future is
// allowed (a measure may be adopted with a later date of effect) but is pointed out.
import { CalendarDate } from '../calendar-date';
import type { CaseFile, IsoDate } from './types';

export type DateProblem = 'not-a-date' | 'after-today';

/** Whether `text` may date an act done `today`; null when it may. */
export function actDateProblem(text: string, today: IsoDate): DateProblem | null {
  const d = CalendarDate.parse(text);
  if (!d) return 'not-a-date';
  const t = CalendarDate.parse(today);
  return t && d.compare(t) > 0 ? 'after-today' : null;
}

/** Adoption dates of the case's measures that lie after `today`: they count, and are warned of. */
export function futureAdoptions(c: Pick<CaseFile, 'measures'>, today: IsoDate): { field: string; date: IsoDate }[] {
  const t = CalendarDate.parse(today);
  if (!t) return [];
  return c.measures.flatMap((m, i) => {
    const d = m.adopted ? CalendarDate.parse(m.adopted) : null;
    return d && d.compare(t) > 0 ? [{ field: `measures[${i}].adopted`, date: m.adopted! }] : [];
  });
}
