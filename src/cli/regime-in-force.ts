// `--regime in-force`: each document is decided under the built-in regime whose effective period
// (its rule files' `effective from` / `effective to`) holds the document's own date — a case's
// first measure's adoption date, else the day it was opened; an assessment's date.
import { CalendarDate } from '../domain/calendar-date';
import { periodOf, regimeInForceOn, type RegimePeriod } from '../domain/regime-periods';
import { builtinRegimeIds, builtinRuleSet } from './rule-files';

export const IN_FORCE = 'in-force';

/** The date a document is decided by, and the field it came from (for messages). */
export interface DocumentDate {
  date: string;
  field: string;
}

let periods: RegimePeriod[] | null = null;
function builtinPeriods(): RegimePeriod[] {
  periods ??= builtinRegimeIds().map((id) => periodOf(builtinRuleSet(id).meta));
  return periods;
}

/** The regime in force on the document's date, or the problem (naming the field) why there is none. */
export function regimeInForceFor(on: DocumentDate | null, missing: string): { ok: true; regime: string } | { ok: false; path: string; message: string } {
  if (!on) return { ok: false, path: missing, message: `--regime in-force needs the document's date: ${missingText(missing)}` };
  const d = CalendarDate.parse(on.date);
  if (!d) return { ok: false, path: on.field, message: `"${on.date}" is not a calendar date (YYYY-MM-DD)` };
  const p = regimeInForceOn(builtinPeriods(), d);
  if (p) return { ok: true, regime: p.id };
  const first = builtinPeriods()
    .flatMap((x) => (x.from ? [x.from] : []))
    .sort((a, b) => a.compare(b))[0];
  return { ok: false, path: on.field, message: `no built-in regime was in force on ${on.date}${first ? ` (the earliest starts on ${first.toString()})` : ''}; name one with --regime` };
}

function missingText(path: string): string {
  return path === 'date' ? 'give "date" (YYYY-MM-DD), the day of the assessment' : 'give a measure\'s "adopted" date or the case\'s "opened" date';
}

/** A case's date: the earliest adopted measure, else the day it was opened. */
export function caseDocumentDate(doc: { measures?: readonly { adopted?: string | null }[]; opened?: string | null }): DocumentDate | null {
  let best: DocumentDate | null = null;
  (doc.measures ?? []).forEach((m, i) => {
    if (m.adopted && (!best || m.adopted < best.date)) best = { date: m.adopted, field: `measures[${i}].adopted` };
  });
  if (best) return best;
  return doc.opened ? { date: doc.opened, field: 'opened' } : null;
}
