// `riskcase deadlines FILE`: the due dates of a case's pending actions (DESIGN.md, "deadlines --json").
import type { DeadlineOutcome } from '../../rules/api';
import { calendarGapNote } from '../../domain/case/calendar-note';
import { deadlineOwner } from '../../domain/case/duties';
import { memberLabel } from '../format';
import { caseDeclares, readCase } from './case-reading';
import type { DocumentCommand } from './document-command';

export const deadlinesCommand: DocumentCommand<DeadlineOutcome[]> = {
  name: 'deadlines',
  dateField: 'measures[].adopted',
  read: readCase,
  declares: caseDeclares,
  evaluate(doc, ruleSet) {
    const bound = ruleSet.bindFacts('case', doc);
    if (!bound.ok) return { ok: false, errors: bound.errors };
    const d = ruleSet.deadlines(bound.facts);
    if (!d.ok) return { ok: false, internal: `the rule set could not compute the deadlines: ${d.error}` };
    return { ok: true, value: d.value };
  },
  toJson(list, ruleSet) {
    return {
      deadlines: list.map((d) => ({
        action: d.action,
        // Who owes it (the rule set's `deadlineOwner`): notifying-state, reacting-state or commission.
        owner: deadlineOwner(ruleSet, d.action),
        due: d.due.toString(),
        basis: d.basis,
        from: d.from.toString(),
        days: d.days,
        unit: d.unit,
        rule: d.rule,
        cites: d.cites,
        // Working days only (calendar-day regimes print nothing new): the calendar counted, and
        // when its holidays may be incomplete, why.
        ...(d.calendar !== undefined ? { calendar: d.calendar } : {}),
        ...(d.calendarGap ? { note: calendarGapNote(d.calendarGap) } : {}),
      })),
    };
  },
  toText(list, ruleSet) {
    if (list.length === 0) return 'No pending deadlines.\n';
    const width = Math.max(...list.map((d) => d.action.length));
    return list
      .map((d) => `${d.due.toString()}  ${d.action.padEnd(width)}  ${memberLabel(ruleSet, 'action', d.action)}: ${d.basis}${calendarText(d)}`)
      .join('\n') + '\n';
  },
};

/** " [calendar NO]", " [calendar weekends-only: the public holidays of PL are not known: …]"; nothing for calendar days. */
function calendarText(d: DeadlineOutcome): string {
  if (d.calendar === undefined) return '';
  return ` [calendar ${d.calendar}${d.calendarGap ? `: ${calendarGapNote(d.calendarGap)}` : ''}]`;
}
