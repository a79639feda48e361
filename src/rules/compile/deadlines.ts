// Deadlines compiled: of the rules that apply (their `when` holds and their `after` date is
// present) the earliest due date wins. Working days use the named calendar, or the calendar of
// the State the rule names (`using memberState for case.notifyingCountry`) when one is declared.

import type { CalendarGap } from '../api';
import type { CalendarDecl, DeadlineDecl, DeadlineRule } from '../ast';
import { CalendarDate, type WorkingCalendar, addWorkingDays } from '../../domain/calendar-date';
import { WEEKDAYS } from '../check/deadlines';
import { type Linker, compileExpr } from './expr';
import type { EvalCtx, Fn } from './runtime';

/** The calendar a working-day period was counted in. */
export interface CalendarUsed {
  /** The State's code ('NO'), the calendar's name ('commission'), or 'weekends-only' when it lists no holiday. */
  name: string;
  gap?: CalendarGap;
}

export interface DeadlineHit {
  rule: number;
  due: CalendarDate;
  from: CalendarDate;
  /** Working days only. */
  calendar?: CalendarUsed;
}

/** A compiled calendar with the years it lists holidays for (null: none). */
export interface NamedCalendar {
  name: string;
  cal: WorkingCalendar;
  years: { first: number; last: number } | null;
}

export function namedCalendar(c: CalendarDecl): NamedCalendar {
  const cal = workingCalendar(c);
  const years = c.holidays.map((h) => CalendarDate.parse(h.date.text)?.year).filter((y): y is number => y !== undefined);
  return {
    name: c.state ? c.state.code : cal.holidays.size > 0 ? c.name.text : 'weekends-only',
    cal,
    years: years.length ? { first: Math.min(...years), last: Math.max(...years) } : null,
  };
}

/** The calendars of a rule set: by name, and by the State they are declared for. */
export interface Calendars {
  byName: Map<string, NamedCalendar>;
  byState: Map<string, NamedCalendar>;
}

export function compileCalendars(decls: Iterable<CalendarDecl>): Calendars {
  const out: Calendars = { byName: new Map(), byState: new Map() };
  for (const c of decls) {
    const n = namedCalendar(c);
    out.byName.set(c.name.text, n);
    if (c.state && !out.byState.has(c.state.code)) out.byState.set(c.state.code, n);
  }
  return out;
}

/** Which calendar counts: the State's own when declared, else the rule's (saying why). */
export function pickCalendar(cals: Calendars, base: NamedCalendar, state: string | null | undefined): { use: NamedCalendar; gap?: CalendarGap } {
  if (state === undefined) return { use: base };
  if (state === null) return { use: base, gap: { kind: 'no-state' } };
  const own = cals.byState.get(state);
  return own ? { use: own } : { use: base, gap: { kind: 'state-unknown', state } };
}

/** A State as a case gives it: a code such as 'NO' (any case, spaces trimmed); null when absent or blank. */
function stateCode(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : /^[a-z]{2}$/i.test(t) ? t.toUpperCase() : t;
}

export interface CompiledDeadline {
  decl: DeadlineDecl;
  action: string;
  evaluate(ctx: EvalCtx): DeadlineHit | null;
}

export function workingCalendar(c: CalendarDecl): WorkingCalendar {
  const holidays = new Set<number>();
  for (const h of c.holidays) {
    const d = CalendarDate.parse(h.date.text);
    if (d) holidays.add(d.day);
  }
  return { weekend: new Set(c.weekend.map((w) => WEEKDAYS.indexOf(w.text) + 1).filter((n) => n > 0)), holidays };
}

export function compileDeadline(l: Linker, d: DeadlineDecl, calendars: Calendars): CompiledDeadline {
  const rules = d.rules.map((r: DeadlineRule) => {
    const days = Number(r.days.text.replace(/_/g, ''));
    const base = r.calendar ? calendars.byName.get(r.calendar.text) : undefined;
    const when: Fn = compileExpr(l, r.when);
    const after: Fn = compileExpr(l, r.after);
    const stateOf: Fn | undefined = r.stateOf ? compileExpr(l, r.stateOf) : undefined;
    const due = (from: CalendarDate, ctx: EvalCtx): { due: CalendarDate; calendar?: CalendarUsed } => {
      if (r.unit !== 'working' || !base) return { due: from.addDays(days) };
      const { use, gap } = pickCalendar(calendars, base, stateOf ? stateCode(stateOf(ctx)) : undefined);
      const end = addWorkingDays(from, days, use.cal);
      const years = use.years;
      const outside = years && use.cal.holidays.size > 0 && (from.year < years.first || end.year > years.last);
      const g: CalendarGap | undefined = gap ?? (outside ? { kind: 'outside-years', first: years.first, last: years.last } : undefined);
      return { due: end, calendar: g ? { name: use.name, gap: g } : { name: use.name } };
    };
    return { when, after, due };
  });
  return {
    decl: d,
    action: d.action.text,
    evaluate(ctx) {
      let best: DeadlineHit | null = null;
      for (let i = 0; i < rules.length; i++) {
        const r = rules[i];
        if (r.when(ctx) !== true) continue;
        const from = r.after(ctx);
        if (!(from instanceof CalendarDate)) continue;
        const { due, calendar } = r.due(from, ctx);
        if (!best || due.day < best.due.day) best = calendar ? { rule: i, due, from, calendar } : { rule: i, due, from };
      }
      return best;
    },
  };
}
