// `deadlines --json` says which calendar a working-day deadline was counted in (an extension of
// the contract): the notifying State's own (`notifyingCountry`), the Commission's, or weekends only
// — then with a `note` naming the State whose holidays are not known. Calendar-day regimes add nothing.
import { describe, expect, it } from 'vitest';
import { cli } from './helpers';

interface Out { action: string; due: string; calendar?: string; note?: string }

const heater = (adopted: string, notifyingCountry?: string) => ({
  product: { name: 'Gas heater', consumerProduct: true },
  risk: { level: 'serious' },
  measures: [{ type: 'obligatory', category: 'recall', adopted }],
  ...(notifyingCountry !== undefined ? { notifyingCountry } : {}),
});

async function deadlines(doc: unknown, regime = 'gpsr-2024'): Promise<Out[]> {
  const r = await cli(['deadlines', '-', '--json', '--regime', regime], { stdin: JSON.stringify(doc) });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { deadlines: Out[] }).deadlines;
}

describe('deadlines: the calendar of working days (gpsr-2024)', () => {
  it("Norway's notification, due 4 working days after a measure adopted the day before Maundy Thursday, skips the Easter holidays", async () => {
    const [d] = await deadlines(heater('2026-04-01', 'NO'));
    expect(d).toMatchObject({ action: 'send-notification', due: '2026-04-10', calendar: 'NO' });
    expect('note' in d).toBe(false);
  });

  it("Sweden's counts Maundy Thursday as a working day", async () => {
    expect((await deadlines(heater('2026-04-01', 'SE')))[0]).toMatchObject({ due: '2026-04-09', calendar: 'SE' });
  });

  it("Denmark's counts the former Store Bededag (1 May 2026) as a working day", async () => {
    expect((await deadlines(heater('2026-04-29', 'DK')))[0]).toMatchObject({ due: '2026-05-05', calendar: 'DK' });
    expect((await deadlines(heater('2026-04-29', 'NO')))[0]).toMatchObject({ due: '2026-05-06', calendar: 'NO' });
  });

  it('a State without a calendar counts weekends only, and says so', async () => {
    const [d] = await deadlines(heater('2026-04-01', 'PL'));
    expect(d).toMatchObject({ due: '2026-04-07', calendar: 'weekends-only' });
    expect(d.note).toBe('the public holidays of PL are not known: only weekends are left out');
  });

  it('no notifying State given: weekends only, and says so', async () => {
    const [d] = await deadlines(heater('2026-04-01'));
    expect(d).toMatchObject({ due: '2026-04-07', calendar: 'weekends-only' });
    expect(d.note).toMatch(/State is not given \(notifyingCountry\)/);
  });

  it('past the years the calendar lists, says so', async () => {
    // Tuesday 28 December 2027: Wed 29, Thu 30, Fri 31, Mon 3 January 2028
    const [d] = await deadlines(heater('2027-12-28', 'NO'));
    expect(d).toMatchObject({ due: '2028-01-03', calendar: 'NO' });
    expect(d.note).toBe('the calendar lists public holidays for 2024-2027 only: holidays outside those years are not left out');
  });

  it("the Commission's validation counts its own calendar: its end-of-year days", async () => {
    const doc = { product: { name: 'Gas heater', consumerProduct: true }, risk: { level: 'serious' }, notification: { type: 'other-risk', submitted: '2026-12-18' }, notifyingCountry: 'NO' };
    const [d] = await deadlines(doc);
    expect(d).toMatchObject({ action: 'validate-notification', due: '2027-01-04', calendar: 'commission' });
    expect('note' in d).toBe(false);
  });

  it('the text output names the calendar and the gap', async () => {
    const no = await cli(['deadlines', '-', '--regime', 'gpsr-2024'], { stdin: JSON.stringify(heater('2026-04-01', 'NO')) });
    expect(no.stdout).toMatch(/^2026-04-10 {2}send-notification .*\[calendar NO\]\n$/);
    const pl = await cli(['deadlines', '-', '--regime', 'gpsr-2024'], { stdin: JSON.stringify(heater('2026-04-01', 'PL')) });
    expect(pl.stdout).toContain('[calendar weekends-only: the public holidays of PL are not known: only weekends are left out]');
  });

  it('calendar-day regimes print no calendar and no note', async () => {
    const doc = { ...heater('2026-03-02', 'NO'), risk: { level: 'serious', lifeThreatening: true }, crossBorder: true };
    for (const regime of ['rapex-2010', 'rapex-2004']) {
      const list = await deadlines(doc, regime);
      expect(list.length).toBeGreaterThan(0);
      for (const d of list) expect(Object.keys(d).filter((k) => k === 'calendar' || k === 'note')).toEqual([]);
    }
  });

  it('a notifyingCountry that is not text is a named field error, exit 2', async () => {
    const r = await cli(['deadlines', '-', '--json', '--regime', 'gpsr-2024'], { stdin: JSON.stringify({ ...heater('2026-04-01'), notifyingCountry: 47 }) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('notifyingCountry');
  });
});
