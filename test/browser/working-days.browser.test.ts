// A gpsr-2024 case of a Norwegian authority: its notification deadline counts Norway's public
// holidays, and the case page and the deadline dashboard say which calendar was counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { socketProtectorCase } from '../../src/demo/cases';
import type { CaseFile } from '../../src/domain/case/types';
import { canonicalJson, sha256Hex } from '../../src/store/case-export';
import { part } from './case-helpers';
import { launch, openPage, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function importCase(page: Page, c: CaseFile): Promise<void> {
  const body = { format: 'riskcase-case', version: 1, exportedAt: '2026-04-01T10:00:00.000Z', case: c, history: [], photos: [] };
  const text = JSON.stringify({ ...body, sha256: await sha256Hex(canonicalJson(body)) });
  await page.locator('[data-testid="cases-table"]').waitFor({ timeout: 30_000 });
  await page.getByTestId('case-import').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect.poll(() => page.getByTestId('casework-notice').textContent()).toContain('was imported');
}

/** The socket protectors under the GPSR, not yet notified; the measure of Friday 27 March 2026. */
function gpsrCase(country: string): CaseFile {
  const c = socketProtectorCase(`gpsr-socket-${country.toLowerCase()}`);
  c.regimeId = 'gpsr-2024';
  c.country = country;
  c.notification = null;
  c.product = { ...c.product, name: `Socket protectors ${country}` };
  return c;
}

describe('working days under gpsr-2024', () => {
  it("Norway's Easter holidays move the notification deadline; a State without a calendar says so", async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await importCase(page, gpsrCase('NO'));
    await importCase(page, gpsrCase('PL'));

    await page.evaluate(() => (location.hash = '#/cases/gpsr-socket-no'));
    await page.locator('[data-testid="case-header"]').waitFor({ timeout: 30_000 });
    await part(page, 'notification');
    // Fri 27 March: Mon 30, Tue 31, Wed 1 April, (Maundy Thursday to Easter Monday), Tue 7 April.
    const own = page.locator('[data-testid="deadline"][data-action="send-notification"]').first();
    await expect.poll(() => own.getAttribute('data-due'), { timeout: 30_000 }).toBe('2026-04-07');
    await expect(own.locator('.calendar').textContent()).resolves.toBe(' — working days of Norway');
    await screenshot(page, 'case-gpsr-working-days-norway');

    await page.evaluate(() => (location.hash = '#/cases/gpsr-socket-pl'));
    await page.locator('[data-testid="case-header"]').waitFor({ timeout: 30_000 });
    await part(page, 'notification');
    const pl = page.locator('[data-testid="deadline"][data-action="send-notification"]').first();
    await expect.poll(() => pl.getAttribute('data-due'), { timeout: 30_000 }).toBe('2026-04-02');
    await expect(pl.locator('.calendar').textContent()).resolves.toBe(' — weekends only — the public holidays of Poland are not known');

    await page.evaluate(() => (location.hash = '#/deadlines'));
    const rowNo = page.locator('[data-testid="deadlines-table"] tbody tr[data-case-id="gpsr-socket-no"]');
    await expect.poll(() => rowNo.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(rowNo.first().locator('.calendar').getAttribute('data-calendar')).resolves.toBe('NO');
    const rowPl = page.locator('[data-testid="deadlines-table"] tbody tr[data-case-id="gpsr-socket-pl"] .calendar');
    await expect(rowPl.first().getAttribute('data-gap')).resolves.toBe('true');
    // The demo cases (rapex-2010, calendar days) show no calendar.
    const others = await page.locator('[data-testid="deadlines-table"] tbody tr:not([data-case-id^="gpsr-socket"]) .calendar').count();
    expect(others).toBe(0);
    await rowPl.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'deadlines-gpsr-working-days');
    expect(errors).toEqual([]);
    await context.close();
  });
});
