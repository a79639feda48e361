// @vitest-environment jsdom
// How a working-day deadline's calendar is worded on the dashboard, the case page and in the rule
// editor: the State by name in the chosen language, the Commission, or weekends only with why.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/ui/i18n';
import { calendarText } from '../../src/ui/pages/cases/calendar-text';

afterEach(() => setLang('en'));

describe('calendarText', () => {
  it('calendar days: nothing', () => {
    expect(calendarText({})).toBe('');
  });

  it("a State's own calendar, by the State's name", () => {
    setLang('en');
    expect(calendarText({ calendar: 'NO' })).toBe('working days of Norway');
    setLang('de');
    expect(calendarText({ calendar: 'NO' })).toBe('Arbeitstage von Norwegen');
    setLang('fr');
    expect(calendarText({ calendar: 'NO' })).toBe('jours ouvrables de Norvège');
  });

  it("the Commission's, and weekends only with why", () => {
    setLang('en');
    expect(calendarText({ calendar: 'commission' })).toBe('working days of the Commission');
    expect(calendarText({ calendar: 'weekends-only', calendarGap: { kind: 'state-unknown', state: 'PL' } })).toBe('weekends only — the public holidays of Poland are not known');
    expect(calendarText({ calendar: 'weekends-only', calendarGap: { kind: 'no-state' } })).toBe('weekends only — the notifying State is not given, so its public holidays are not known');
    expect(calendarText({ calendar: 'NO', calendarGap: { kind: 'outside-years', first: 2024, last: 2027 } })).toBe('working days of Norway — public holidays are listed for 2024–2027 only');
    setLang('de');
    expect(calendarText({ calendar: 'weekends-only', calendarGap: { kind: 'state-unknown', state: 'PL' } })).toBe('nur Wochenenden — die gesetzlichen Feiertage von Polen sind nicht bekannt');
  });
});
