// Which stored subjects a new rule-set version will govern, and why the others stay as they are.
// A version decides what is decided on or after its effective date, until the next published
// version takes effect. A case that recorded the version it was first decided under keeps it
// (case/deciding-version.ts): a new version never reaches back into it. An undecided case is
// decided by the version in force on the day of its next decision; an assessment by the version
// in force on its own date, and an undated one by today's.
import type { CalendarDate } from './calendar-date';

/** What the scope of a subject depends on. */
export interface ScopeFacts {
  kind: 'case' | 'assessment';
  /** The version a case recorded when first decided; null while undecided (always null for assessments). */
  decidedUnder: string | null;
  /** An assessment's own date; null for cases and for undated assessments. */
  date: CalendarDate | null;
}

/** The days a new version would decide: from its effective date until the next published version (exclusive). */
export interface VersionWindow {
  from: CalendarDate;
  until: { id: string; from: CalendarDate } | null;
}

export type Scope =
  /**
   * Decided on the day it is next looked at (an undecided case, an undated assessment): governed
   * from the effective date, so — while that date is still ahead — only if still undecided then.
   */
  | { governed: true; reason: 'undecided' | 'undated'; from: string; pending: boolean }
  /** An assessment dated within the version's window. */
  | { governed: true; reason: 'dated'; date: string }
  /** A case already decided under a recorded version: it keeps that one. */
  | { governed: false; reason: 'decided-under'; version: string }
  /** An assessment dated before the effective date. */
  | { governed: false; reason: 'dated-before'; date: string; from: string }
  /** A later published version decides it (dated after that one takes effect, or that one is in force today). */
  | { governed: false; reason: 'later-version'; version: string; from: string };

export function impactScope(facts: ScopeFacts, window: VersionWindow, today: CalendarDate): Scope {
  if (facts.decidedUnder !== null) return { governed: false, reason: 'decided-under', version: facts.decidedUnder };
  const later = window.until;
  if (facts.date) {
    if (facts.date.compare(window.from) < 0) return { governed: false, reason: 'dated-before', date: facts.date.toString(), from: window.from.toString() };
    if (later && facts.date.compare(later.from) >= 0) return { governed: false, reason: 'later-version', version: later.id, from: later.from.toString() };
    return { governed: true, reason: 'dated', date: facts.date.toString() };
  }
  // Decided on the day it is looked at: the latest of today and the effective date.
  const decidedOn = today.compare(window.from) > 0 ? today : window.from;
  if (later && decidedOn.compare(later.from) >= 0) return { governed: false, reason: 'later-version', version: later.id, from: later.from.toString() };
  return { governed: true, reason: facts.kind === 'case' ? 'undecided' : 'undated', from: window.from.toString(), pending: window.from.compare(today) > 0 };
}
