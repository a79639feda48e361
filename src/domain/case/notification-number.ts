// The number the validating authority gives a notification when it distributes it (Part II, 3.5).
// Its form depends on the type and comes from the rule set (`notificationNumberFormat`: "A12/####/YY",
// `#` a digit, `YY` the year of validation); a number is given once. Until the Commission's server
// assigns numbers, the validator types them and this check stands between the typing and the record.
import type { CompiledRuleSet } from '../../rules/api';
import { CalendarDate } from '../calendar-date';
import { blank } from './form-gaps';

export const NUMBER_FORMAT_TABLE = 'notificationNumberFormat';

export type NumberProblem = { code: 'missing' } | { code: 'format'; format: string } | { code: 'in-use' };

/** The form of the numbers of a type, e.g. "A12/####/YY"; null when the rule set gives none. */
export function numberFormat(rs: CompiledRuleSet, type: string): string | null {
  if (!rs.table(NUMBER_FORMAT_TABLE)) return null;
  const r = rs.lookup(NUMBER_FORMAT_TABLE, [type]);
  return r.ok && typeof r.value === 'string' ? r.value : null;
}

/** The pattern of a format for a year: "A12/####/YY" in 2026 matches "A12/0123/26". */
function formatPattern(format: string, year: number): RegExp {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    if (format.startsWith('YY', i)) {
      out += String(year % 100).padStart(2, '0');
      i++;
    } else if (format[i] === '#') out += '\\d';
    else out += format[i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export const normaliseNumber = (s: string): string => s.trim().toUpperCase();

/** What is wrong with `number` for a notification of `type` validated on `date`; empty when nothing. */
export function notificationNumberProblems(rs: CompiledRuleSet, type: string, number: string | null | undefined, date: string, inUse: readonly string[] = []): NumberProblem[] {
  if (blank(number)) return [{ code: 'missing' }];
  const n = normaliseNumber(number!);
  const format = numberFormat(rs, type);
  const day = CalendarDate.parse(date);
  const out: NumberProblem[] = [];
  if (format && (!day || !formatPattern(format, day.year).test(n))) out.push({ code: 'format', format });
  if (inUse.some((x) => normaliseNumber(x) === n)) out.push({ code: 'in-use' });
  return out;
}
