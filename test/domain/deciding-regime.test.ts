// The regime that decides a case: in force on its first measure's adoption date, else on the day
// it was opened; an explicit choice (with a reason) or a recorded decision stands over the dates.
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/domain/calendar-date';
import { decidingRegime, decisionDate, withDecidingRegime } from '../../src/domain/case/deciding-regime';
import { emptyCase } from '../../src/domain/case/empty';
import { chooseRegime } from '../../src/domain/case/regime-choice';
import type { CaseFile, Measure } from '../../src/domain/case/types';
import { regimeInForceOn, type RegimePeriod } from '../../src/domain/regime-periods';

const d = (s: string) => CalendarDate.parse(s)!;
const PERIODS: RegimePeriod[] = [
  { id: 'rapex-2004', from: d('2004-04-29'), to: d('2009-12-17') },
  { id: 'rapex-2010', from: d('2009-12-18'), to: d('2024-12-12') },
  { id: 'gpsr-2024', from: d('2024-12-13'), to: null },
  { id: 'no-period', from: null, to: null },
];

const measure = (adopted: string | null): Measure =>
  ({ id: `m-${adopted}`, type: 'obligatory', takenBy: { kind: 'authority', name: 'A' }, category: 'recall', adopted, entryIntoForce: null, duration: 'permanent', until: null, scope: 'national', description: '' }) as Measure;
const opened = (created: string, ...adopted: (string | null)[]): CaseFile => ({ ...emptyCase({ id: 'c-1', created, regimeId: 'rapex-2010' }), measures: adopted.map(measure) });

describe('the regime in force on a date', () => {
  it('each boundary day belongs to exactly one regime', () => {
    expect(regimeInForceOn(PERIODS, d('2009-12-17'))?.id).toBe('rapex-2004');
    expect(regimeInForceOn(PERIODS, d('2009-12-18'))?.id).toBe('rapex-2010');
    expect(regimeInForceOn(PERIODS, d('2024-12-12'))?.id).toBe('rapex-2010');
    expect(regimeInForceOn(PERIODS, d('2024-12-13'))?.id).toBe('gpsr-2024');
  });
  it('before the first regime none is in force; a regime stating no period is never picked', () => {
    expect(regimeInForceOn(PERIODS, d('2004-04-28'))).toBeNull();
    expect(regimeInForceOn([{ id: 'x', from: null, to: null }], d('2020-01-01'))).toBeNull();
  });
  it('of overlapping periods the one that started last wins', () => {
    const overlap = [...PERIODS, { id: 'copy', from: d('2026-01-01'), to: null }];
    expect(regimeInForceOn(overlap, d('2026-06-01'))?.id).toBe('copy');
    expect(regimeInForceOn(overlap, d('2025-06-01'))?.id).toBe('gpsr-2024');
  });
});

describe('the regime that decides a case', () => {
  it('a case opened in 2026 with no measure is decided under the GPSR, not under the 2010 guidelines it names', () => {
    expect(decidingRegime(opened('2026-03-02'), PERIODS, 'rapex-2010')).toEqual({ regimeId: 'gpsr-2024', basis: 'opened', date: '2026-03-02' });
  });
  it('the first measure adopted decides, whatever the order of the list and whatever the opening day', () => {
    const c = opened('2026-03-02', '2024-12-13', '2024-12-12', null);
    expect(decisionDate(c)?.date.toString()).toBe('2024-12-12');
    expect(decidingRegime(c, PERIODS, 'rapex-2010')).toEqual({ regimeId: 'rapex-2010', basis: 'first-measure', date: '2024-12-12' });
    expect(decidingRegime(opened('2010-01-05', '2009-12-17'), PERIODS, 'rapex-2010').regimeId).toBe('rapex-2004');
  });
  it('a date before any regime keeps the regime the case names, and says so', () => {
    expect(decidingRegime(opened('2001-01-01'), PERIODS, 'rapex-2010')).toEqual({ regimeId: 'rapex-2010', basis: 'none-in-force', date: '2001-01-01' });
  });
  it('a decided case keeps its regime when a measure dated under another one is added', () => {
    const c = { ...opened('2026-03-02', '2020-05-01'), regimeId: 'gpsr-2024', ruleSetVersion: 'gpsr-2024@builtin' };
    expect(decidingRegime(c, PERIODS, 'rapex-2010')).toEqual({ regimeId: 'gpsr-2024', basis: 'decided', date: null });
    expect(withDecidingRegime(c, PERIODS, 'rapex-2010')).toBe(c);
  });
  it('what is stored names the regime the dates decide', () => {
    expect(withDecidingRegime(opened('2026-03-02', '2023-01-10'), PERIODS, 'rapex-2010').regimeId).toBe('rapex-2010');
    expect(withDecidingRegime(opened('2026-03-02'), PERIODS, 'rapex-2010').regimeId).toBe('gpsr-2024');
  });
});

describe('choosing a regime explicitly', () => {
  const known = ['rapex-2004', 'rapex-2010', 'gpsr-2024'];
  const by = { role: 'national-authority' as const, actor: 'Ola', date: '2026-12-04' };
  it('is recorded with its reason and stands over the dates; going back by date removes it', () => {
    const r = chooseRegime(opened('2026-03-02'), { ...by, regimeId: 'rapex-2004', reason: ' training exercise ' }, known);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.regimeChoice).toEqual({ regimeId: 'rapex-2004', reason: 'training exercise', role: 'national-authority', actor: 'Ola', date: '2026-12-04' });
    expect(decidingRegime(r.value, PERIODS, 'rapex-2010')).toEqual({ regimeId: 'rapex-2004', basis: 'chosen', date: null });
    const back = chooseRegime(r.value, { ...by, regimeId: null, reason: '' }, known);
    expect(back.ok && back.value.regimeChoice).toBe(undefined);
    expect(back.ok && decidingRegime(back.value, PERIODS, 'rapex-2010').regimeId).toBe('gpsr-2024');
  });
  it('is refused without a reason, for an unknown regime, for another State, and once the case is decided', () => {
    const c = opened('2026-03-02');
    expect(chooseRegime(c, { ...by, regimeId: 'rapex-2004', reason: '  ' }, known)).toEqual({ ok: false, problems: ['reason'] });
    expect(chooseRegime(c, { ...by, regimeId: 'rapex-1999', reason: 'x' }, known)).toEqual({ ok: false, problems: ['unknown-regime'] });
    expect(chooseRegime(c, { ...by, role: 'other-state', regimeId: 'rapex-2004', reason: 'x' }, known)).toEqual({ ok: false, problems: ['role'] });
    expect(chooseRegime({ ...c, ruleSetVersion: 'gpsr-2024@builtin' }, { ...by, regimeId: 'rapex-2004', reason: 'x' }, known)).toEqual({ ok: false, problems: ['decided'] });
  });
});
