// Which regime was in force on a date: each regime's rule files state its effective period
// (`effective from` / `effective to`, both days inclusive), so the answer is data, not code.
import { CalendarDate } from './calendar-date';

export interface RegimePeriod {
  id: string;
  from: CalendarDate | null;
  /** Last day in force; null while in force. */
  to: CalendarDate | null;
}

/** A regime's period from its header (a compiled rule set's `meta`). */
export function periodOf(meta: { id: string; effectiveFrom: CalendarDate | null; effectiveTo: CalendarDate | null }): RegimePeriod {
  return { id: meta.id, from: meta.effectiveFrom, to: meta.effectiveTo };
}

export function holds(p: RegimePeriod, date: CalendarDate): boolean {
  return (p.from === null || p.from.compare(date) <= 0) && (p.to === null || date.compare(p.to) <= 0);
}

/**
 * The regime in force on `date`, or null when none is (before the first, or in a gap). A regime
 * without any period stated is never picked: only a stated period puts a regime in force. When
 * periods overlap (an edited copy, say), the one that started last wins — the newer law.
 */
export function regimeInForceOn(periods: readonly RegimePeriod[], date: CalendarDate): RegimePeriod | null {
  let best: RegimePeriod | null = null;
  for (const p of periods) {
    if (p.from === null && p.to === null) continue;
    if (!holds(p, date)) continue;
    if (!best || (p.from !== null && (best.from === null || p.from.compare(best.from) > 0))) best = p;
  }
  return best;
}
