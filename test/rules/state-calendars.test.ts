// A State's own calendar (`calendar NAME for "XX"`) replaces the rule's calendar when the case names
// that State (`using memberState for case.state`); otherwise weekends only, and the deadline says why.
import { describe, expect, it } from 'vitest';
import type { CompiledRuleSet, DeadlineOutcome } from '../../src/rules/api';
import { formatDiagnostic } from '../../src/rules/ast';
import { loadRules } from '../../src/rules/load';

const BASE = `
enum action
  act
facts case  cites "f"
  adopted : optional date
  state   : optional text
  photos  : optional integer
calendar memberState  cites "1182/71"
  weekend saturday sunday
calendar norway for "NO"  cites "helligdagsloven"
  weekend saturday sunday
  holiday 2026-04-02 "Maundy Thursday"
  holiday 2026-04-03 "Good Friday"
  holiday 2026-04-06 "Easter Monday"
deadline act  cites "a"
  rule r  when true  due 4 working days after case.adopted using memberState for case.state  cites "b"
`;

function load(text: string) {
  return loadRules([{ file: 's.rules', text: `regime "s"\n${text}` }], undefined, { appProfile: false });
}

/** Diagnostics as "LINE:COL: message" (line 1 is the added `regime` line). */
function check(text: string): string[] {
  return load(text).diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`);
}

function compiled(text: string): CompiledRuleSet {
  const r = load(text);
  if (!r.ruleSet) throw new Error(r.diagnostics.map(formatDiagnostic).join('\n'));
  return r.ruleSet;
}

function deadline(rs: CompiledRuleSet, doc: unknown): DeadlineOutcome {
  const b = rs.bindFacts('case', doc);
  if (!b.ok) throw new Error(JSON.stringify(b.errors));
  const d = rs.deadlines(b.facts);
  if (!d.ok || d.value.length !== 1) throw new Error(JSON.stringify(d));
  return d.value[0];
}

describe('state calendars: checks', () => {
  it('a clean rule set', () => {
    expect(check(BASE)).toEqual([]);
  });

  it('a State is an EU or EEA State by its ISO 3166 alpha-2 code', () => {
    expect(check(BASE.replace('for "NO"', 'for "NX"'))).toEqual(["11:21: 'NX' is not the ISO 3166 alpha-2 code of an EU or EEA State"]);
    expect(check(BASE.replace('for "NO"', 'for "Norway"'))[0]).toMatch(/^11:21: 'Norway' is not the ISO 3166 alpha-2 code/);
  });

  it('one calendar per State', () => {
    const twice = BASE.replace('deadline act', 'calendar norge for "NO"  cites "x"\n  weekend saturday sunday\ndeadline act');
    expect(check(twice)).toEqual(['16:20: the calendar of NO is declared twice: it is already at line 11']);
  });

  it('a holiday date once per calendar', () => {
    const twice = BASE.replace('  holiday 2026-04-06', '  holiday 2026-04-03 "Again"\n  holiday 2026-04-06');
    expect(check(twice)).toEqual(['15:11: 2026-04-03 is a holiday twice in calendar norway: it is already at line 14; name both holidays on one line']);
  });

  it("the State after 'for' is text", () => {
    expect(check(BASE.replace('for case.state', 'for case.photos'))).toEqual(["17:82: the State after 'for' must be a text, but this is an integer"]);
  });
});

describe('state calendars: counting', () => {
  const rs = compiled(BASE);

  it("the State's own holidays: Wednesday 1 April skips Norway's Easter", () => {
    // Thu 2, Fri 3 (holidays), weekend, Mon 6 (holiday), Tue 7, Wed 8, Thu 9, Fri 10
    const d = deadline(rs, { adopted: '2026-04-01', state: 'NO' });
    expect(d.due.toString()).toBe('2026-04-10');
    expect(d.calendar).toBe('NO');
    expect(d.calendarGap).toBeUndefined();
  });

  it('a code is read in any case, spaces trimmed', () => {
    expect(deadline(rs, { adopted: '2026-04-01', state: ' no ' }).due.toString()).toBe('2026-04-10');
  });

  it('a State without a calendar: weekends only, and the gap names the State', () => {
    const d = deadline(rs, { adopted: '2026-04-01', state: 'PL' });
    expect(d.due.toString()).toBe('2026-04-07');
    expect(d.calendar).toBe('weekends-only');
    expect(d.calendarGap).toEqual({ kind: 'state-unknown', state: 'PL' });
  });

  it('no State given: weekends only, and the gap says so', () => {
    for (const state of [undefined, '', '  ']) {
      const d = deadline(rs, { adopted: '2026-04-01', state });
      expect(d.due.toString()).toBe('2026-04-07');
      expect(d.calendarGap).toEqual({ kind: 'no-state' });
    }
  });

  it('a period outside the years the calendar lists is flagged', () => {
    const d = deadline(rs, { adopted: '2027-04-01', state: 'NO' });
    expect(d.due.toString()).toBe('2027-04-07');
    expect(d.calendar).toBe('NO');
    expect(d.calendarGap).toEqual({ kind: 'outside-years', first: 2026, last: 2026 });
  });

  it('calendar days say nothing about calendars', () => {
    const cal = compiled(BASE.replace('4 working days after case.adopted using memberState for case.state', '4 calendar days after case.adopted'));
    const d = deadline(cal, { adopted: '2026-04-01', state: 'NO' });
    expect(d.due.toString()).toBe('2026-04-05');
    expect('calendar' in d).toBe(false);
    expect('calendarGap' in d).toBe(false);
  });

  it("a named calendar with holidays is reported by its name, without 'for'", () => {
    const plain = compiled(BASE.replace(' for case.state', '').replace('using memberState', 'using norway').replace('calendar norway for "NO"', 'calendar norway'));
    const d = deadline(plain, { adopted: '2026-04-01' });
    expect(d.due.toString()).toBe('2026-04-10');
    expect(d.calendar).toBe('norway');
    expect(d.calendarGap).toBeUndefined();
  });
});
