// Calendar dates as whole days, with no clock and no time zone: a legal deadline of "3 days after
// 27 March" is 30 March wherever the browser is. Never built from Date objects.

export class CalendarDate {
  /** Days since 1970-01-01 in the proleptic Gregorian calendar. */
  readonly day: number;
  readonly year: number;
  readonly month: number; // 1-12
  readonly dayOfMonth: number; // 1-31

  private constructor(day: number) {
    this.day = day;
    const { y, m, d } = civilFromDays(day);
    this.year = y;
    this.month = m;
    this.dayOfMonth = d;
  }

  static fromDays(day: number): CalendarDate {
    if (!Number.isSafeInteger(day)) throw new RangeError('day must be an integer');
    return new CalendarDate(day);
  }

  static of(year: number, month: number, dayOfMonth: number): CalendarDate | null {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
    if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
    if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
    return new CalendarDate(daysFromCivil(year, month, dayOfMonth));
  }

  /** Strict ISO "YYYY-MM-DD"; null for anything else, including 2026-02-30. */
  static parse(text: unknown): CalendarDate | null {
    if (typeof text !== 'string') return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
    if (!m) return null;
    return CalendarDate.of(Number(m[1]), Number(m[2]), Number(m[3]));
  }

  addDays(n: number): CalendarDate {
    return new CalendarDate(this.day + n);
  }
  /** 1 = Monday … 7 = Sunday (ISO 8601). 1970-01-01 was a Thursday. */
  get weekday(): number {
    return ((((this.day + 3) % 7) + 7) % 7) + 1;
  }
  compare(o: CalendarDate): -1 | 0 | 1 {
    return this.day < o.day ? -1 : this.day > o.day ? 1 : 0;
  }
  equals(o: CalendarDate): boolean {
    return this.day === o.day;
  }
  /** Whole days from this date to `o` (positive when o is later). */
  daysUntil(o: CalendarDate): number {
    return o.day - this.day;
  }
  toString(): string {
    return `${String(this.year).padStart(4, '0')}-${String(this.month).padStart(2, '0')}-${String(this.dayOfMonth).padStart(2, '0')}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

// Howard Hinnant's civil-from-days algorithms: exact integer arithmetic, no Date.
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: m <= 2 ? y + 1 : y, m, d };
}

/** Today's date in the user's own calendar (the only place a clock is read). */
export function today(now: Date = new Date()): CalendarDate {
  return CalendarDate.of(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

/** A working-day calendar: which weekdays are off, and which dates are holidays. */
export interface WorkingCalendar {
  readonly weekend: ReadonlySet<number>; // ISO weekdays, e.g. {6, 7}
  readonly holidays: ReadonlySet<number>; // CalendarDate.day values
}

export function isWorkingDay(date: CalendarDate, cal: WorkingCalendar): boolean {
  return !cal.weekend.has(date.weekday) && !cal.holidays.has(date.day);
}

/**
 * "N working days after D": count N working days forward, starting the day after D.
 * The trigger day itself never counts, whether or not it is a working day.
 */
export function addWorkingDays(date: CalendarDate, n: number, cal: WorkingCalendar): CalendarDate {
  if (cal.weekend.size >= 7) throw new RangeError('a calendar with no working days');
  let d = date;
  let left = n;
  while (left > 0) {
    d = d.addDays(1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}
