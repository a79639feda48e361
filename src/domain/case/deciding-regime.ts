// Which regime decides a case. The law that applies is the one in force when the authority acted:
// the adoption of the case's first measure, or — before any measure — the day the case was opened.
// A case keeps its regime once decided (a version recorded, deciding-version.ts), and the case
// officer may choose one explicitly (a historical case, a training exercise), with a reason that
// is recorded with the case.
import { CalendarDate } from '../calendar-date';
import { regimeInForceOn, type RegimePeriod } from '../regime-periods';
import { recordedVersion } from './deciding-version';
import type { CaseFile } from './types';

export type RegimeBasis =
  /** Decided under a recorded rule-set version: its regime stays. */
  | 'decided'
  /** Chosen explicitly, with a reason (CaseFile.regimeChoice). */
  | 'chosen'
  /** In force on the adoption date of the first measure. */
  | 'first-measure'
  /** In force on the day the case was opened (it has no adopted measure yet). */
  | 'opened'
  /** No regime's period holds the date: the case keeps the regime it names. */
  | 'none-in-force';

export interface DecidingRegime {
  regimeId: string;
  basis: RegimeBasis;
  /** The date the regime was picked by (first-measure, opened, none-in-force). */
  date: string | null;
}

/** The date a case is decided by: its earliest measure's adoption date, else the day it was opened. */
export function decisionDate(file: CaseFile): { date: CalendarDate; basis: 'first-measure' | 'opened' } | null {
  let first: CalendarDate | null = null;
  for (const m of file.measures) {
    const d = CalendarDate.parse(m.adopted);
    if (d && (!first || d.compare(first) < 0)) first = d;
  }
  if (first) return { date: first, basis: 'first-measure' };
  const opened = CalendarDate.parse(file.created);
  return opened ? { date: opened, basis: 'opened' } : null;
}

export function decidingRegime(file: CaseFile, periods: readonly RegimePeriod[], fallback: string): DecidingRegime {
  const named = file.regimeId || fallback;
  if (recordedVersion(file) !== null) return { regimeId: named, basis: 'decided', date: null };
  if (file.regimeChoice) return { regimeId: file.regimeChoice.regimeId, basis: 'chosen', date: null };
  const on = decisionDate(file);
  if (!on) return { regimeId: named, basis: 'none-in-force', date: null };
  const p = regimeInForceOn(periods, on.date);
  return p ? { regimeId: p.id, basis: on.basis, date: on.date.toString() } : { regimeId: named, basis: 'none-in-force', date: on.date.toString() };
}

/** The case with the regime that decides it written in (what is stored and exported). */
export function withDecidingRegime(file: CaseFile, periods: readonly RegimePeriod[], fallback: string): CaseFile {
  const r = decidingRegime(file, periods, fallback);
  return r.regimeId === file.regimeId ? file : { ...file, regimeId: r.regimeId };
}
