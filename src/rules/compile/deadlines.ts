// Deadlines compiled: of the rules that apply (their `when` holds and their `after` date is
// present) the earliest due date wins. Working days use the named calendar.

import type { CalendarDecl, DeadlineDecl, DeadlineRule } from '../ast';
import { CalendarDate, type WorkingCalendar, addWorkingDays } from '../../domain/calendar-date';
import { WEEKDAYS } from '../check/deadlines';
import { type Linker, compileExpr } from './expr';
import type { EvalCtx, Fn } from './runtime';

export interface DeadlineHit {
  rule: number;
  due: CalendarDate;
  from: CalendarDate;
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

export function compileDeadline(l: Linker, d: DeadlineDecl, calendars: Map<string, WorkingCalendar>): CompiledDeadline {
  const rules = d.rules.map((r: DeadlineRule) => {
    const days = Number(r.days.text.replace(/_/g, ''));
    const cal = r.calendar ? calendars.get(r.calendar.text) : undefined;
    const when: Fn = compileExpr(l, r.when);
    const after: Fn = compileExpr(l, r.after);
    const due =
      r.unit === 'working' && cal ? (from: CalendarDate) => addWorkingDays(from, days, cal) : (from: CalendarDate) => from.addDays(days);
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
        const due = r.due(from);
        if (!best || due.day < best.due.day) best = { rule: i, due, from };
      }
      return best;
    },
  };
}
