// Deadlines and calendars: the action is a member of `action`, "after" is a date, working days
// name a calendar that exists, calendars list real weekdays and real dates.

import type { CalendarDecl, DeadlineDecl, SourceLoc } from '../ast';
import { suggestion } from '../did-you-mean';
import { report, where } from './model';
import { T } from './type-model';
import type { TypeChecker } from './types';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * The States a Safety Gate notification can come from (EU Member States and the EEA EFTA States),
 * ISO 3166 alpha-2 — 'EL' is Greece's code in EU usage, 'GR' its ISO code; both are accepted.
 */
export const STATE_CODES: readonly string[] = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'GR', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT',
  'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
];

/** Checks across calendars: one calendar per State. */
export function checkCalendars(tc: TypeChecker, calendars: Iterable<CalendarDecl>): void {
  const byState = new Map<string, SourceLoc>();
  for (const c of calendars) {
    checkCalendar(tc, c);
    if (!c.state) continue;
    const first = byState.get(c.state.code);
    if (first) report(tc.m, c.state.loc, 'duplicate', `the calendar of ${c.state.code} is declared twice: it is already at ${where(first, c.state.loc)}`);
    else byState.set(c.state.code, c.state.loc);
  }
}

export function checkCalendar(tc: TypeChecker, c: CalendarDecl): void {
  if (c.state && !STATE_CODES.includes(c.state.code)) {
    report(tc.m, c.state.loc, 'unknown-state', `'${c.state.code}' is not the ISO 3166 alpha-2 code of an EU or EEA State${suggestion(c.state.code, STATE_CODES)}`);
  }
  const dates = new Map<string, SourceLoc>();
  for (const h of c.holidays) {
    const first = dates.get(h.date.text);
    if (first) report(tc.m, h.date.loc, 'duplicate', `${h.date.text} is a holiday twice in calendar ${c.name.text}: it is already at ${where(first, h.date.loc)}; name both holidays on one line`);
    else dates.set(h.date.text, h.date.loc);
  }
  for (const w of c.weekend) {
    if (!WEEKDAYS.includes(w.text)) report(tc.m, w.loc, 'unknown-weekday', `'${w.text}' is not a day of the week${suggestion(w.text, WEEKDAYS)}`);
  }
  if (c.weekend.length > 0 && WEEKDAYS.every((d) => c.weekend.some((w) => w.text === d))) {
    report(tc.m, c.name.loc, 'no-working-days', `calendar ${c.name.text} has no working days`);
  }
  for (const h of c.holidays) tc.check(h.date, undefined, T.date);
}

export function checkDeadlines(tc: TypeChecker, deadlines: readonly DeadlineDecl[]): void {
  const m = tc.m;
  const seen = new Map<string, SourceLoc>();
  for (const d of deadlines) {
    const action = d.action.text;
    const first = seen.get(action);
    if (first) report(m, d.action.loc, 'duplicate', `the deadline for '${action}' is declared twice: it is already at ${where(first, d.action.loc)}; put all its rules in one declaration`);
    else seen.set(action, d.action.loc);
    tc.actionMember(action, d.action.loc);
    const rules = new Map<string, SourceLoc>();
    for (const r of d.rules) {
      const firstRule = rules.get(r.name.text);
      if (firstRule) report(m, r.name.loc, 'duplicate', `rule '${r.name.text}' is defined twice in the deadline for '${action}': it is already at ${where(firstRule, r.name.loc)}`);
      else rules.set(r.name.text, r.name.loc);
      tc.expectBool(r.when, undefined, `the 'when' of rule '${r.name.text}'`);
      tc.expect(r.after, undefined, T.date, `the date after 'after'`);
      tc.check(r.days, undefined, T.integer);
      const n = Number(r.days.text.replace(/_/g, ''));
      if (r.days.form !== 'integer' || !Number.isSafeInteger(n)) {
        report(m, r.days.loc, 'bad-days', `a period is a whole number of days, not ${r.days.text}`);
      }
      if (r.unit === 'working' && !r.calendar) {
        const names = [...m.calendars.keys()];
        const hint = names.length ? ` (declared: ${names.join(', ')})` : '; declare one with \'calendar NAME\'';
        report(m, r.days.loc, 'working-days-calendar', `working days need a calendar: add 'using CALENDAR' after the date${hint}`);
      }
      if (r.stateOf) tc.expect(r.stateOf, undefined, T.text, `the State after 'for'`);
      if (r.calendar && !m.calendars.has(r.calendar.text)) {
        report(m, r.calendar.loc, 'unknown-calendar', `unknown calendar '${r.calendar.text}'${suggestion(r.calendar.text, m.calendars.keys())}`);
      }
    }
  }
}
