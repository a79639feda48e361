// Safety Gate alerts in real Chromium against the production build: the register with the demo
// alerts, importing a weekly report XML and a real .xlsx (exceljs in the browser bundle, loaded
// only then), re-importing with changes, a malformed file refused with its line, mis-decoded text
// repaired; search over alerts and cases; the case page's "already notified?" check; the weekly
// overview and the statistics page with its lazily loaded charts and their tables. Screenshots at
// 1366×900; axe finds nothing serious or critical.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { emptyCase, emptyNotification } from '../../src/domain/case/empty';
import { caseIndexFields } from '../../src/store/db';
import { DOLL, excelRow, KETTLE, portalXlsx, weeklyReportXml } from '../domain/alerts/files';
import { a11yViolations, formatViolations } from './a11y';
import { part, setRole } from './case-helpers';
import { baseUrl, launch, screenshot } from './harness';
import { putRecords } from './idb';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(baseUrl() + path);
  return { page, errors, close: () => context.close() };
}

async function importFile(page: Page, name: string, data: string | Uint8Array, mimeType: string): Promise<void> {
  await page.locator('#alert-file').setInputFiles({ name, mimeType, buffer: Buffer.from(data) });
}

async function noSeriousViolations(page: Page): Promise<void> {
  const v = await a11yViolations(page);
  expect(v, formatViolations(v)).toEqual([]);
}

describe('Safety Gate alerts', () => {
  it('imports, re-imports, refuses and repairs; searches alerts with cases', async () => {
    const { page, errors, close } = await open('#/alerts');
    await expect.poll(() => page.getByTestId('alert-count').textContent(), { timeout: 30_000 }).toBe('Alerts in the register: 6');
    // exceljs is not loaded until an Excel file is read.
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js')));
    expect((await scripts()).some((s) => s.includes('exceljs'))).toBe(false);

    await importFile(page, 'week48.xml', weeklyReportXml({ alerts: [KETTLE, DOLL] }), 'application/xml');
    await expect.poll(() => page.getByTestId('import-done').textContent()).toContain('Imported week48.xml: 2 new, 0 updated, 0 unchanged.');
    await importFile(page, 'week48.xml', weeklyReportXml({ alerts: [KETTLE, DOLL] }), 'application/xml');
    await expect.poll(() => page.getByTestId('import-done').textContent()).toContain('0 new, 0 updated, 2 unchanged');
    await importFile(page, 'week50.xml', weeklyReportXml({ week: 50, date: '11/12/2026', alerts: [{ ...KETTLE, measures: 'Recall of the product from end users' }] }), 'application/xml');
    await expect.poll(() => page.getByTestId('import-done').textContent()).toContain('0 new, 1 updated, 0 unchanged');
    await expect.poll(() => page.getByTestId('alert-count').textContent()).toBe('Alerts in the register: 8');

    const { caseNumber: _, ...noNumber } = DOLL;
    const broken = weeklyReportXml({ alerts: [KETTLE, noNumber] });
    const line = broken.split('\n').findIndex((l, i) => i > 5 && l.includes('<notifications>')) + 1;
    await importFile(page, 'broken.xml', broken, 'application/xml');
    const refused = page.getByTestId('import-refused');
    await expect.poll(() => refused.textContent()).toContain('broken.xml was not imported: nothing of it was stored.');
    expect(await refused.textContent()).toContain(`line ${line}: caseNumber: alert 2 has no caseNumber`);
    await screenshot(page, 'alerts-1-refused');
    await expect.poll(() => page.getByTestId('alert-count').textContent()).toBe('Alerts in the register: 8');

    const xlsx = await portalXlsx([
      excelRow({ Year: 2026, Week: 49, 'Alert number': 'A12/07001/26', 'Alert submitted by': 'Austria', Category: 'Toys', Brand: 'ÄŤarobni', Name: 'Wooden puzzle', 'Risk type': 'Choking' }),
    ]);
    await importFile(page, 'export.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const done = page.getByTestId('import-done');
    await expect.poll(() => done.textContent(), { timeout: 30_000 }).toContain('Imported export.xlsx: 1 new');
    expect(await done.textContent()).toContain('row 2: Brand: UTF-8 read as Windows-1250: "ÄŤarobni" repaired to "čarobni"');
    expect((await scripts()).some((s) => s.includes('exceljs'))).toBe(true);
    await screenshot(page, 'alerts-2-imported');

    await page.locator('#alert-search').fill('socket');
    await expect.poll(() => page.locator('[data-testid="alerts-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))).toEqual(expect.arrayContaining(['alert', 'case']));
    await page.locator('#alert-search').fill('travl ketle');
    await expect.poll(() => page.locator('[data-testid="alerts-table"] tbody tr td:first-child').allTextContents()).toEqual(['A12/01234/26']);
    await screenshot(page, 'alerts-3-search');
    await noSeriousViolations(page);

    // The alert itself: read-only, with its history.
    await page.getByRole('link', { name: 'A12/01234/26' }).click();
    await expect.poll(() => page.getByTestId('alert-history').textContent()).toContain('Changed in week 2026-W50 (week50.xml): Measures adopted by the notifying country');
    await screenshot(page, 'alerts-4-detail');
    await noSeriousViolations(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('the case page finds the product among the alerts and suggests a reaction', async () => {
    const { page, errors, close } = await open('#/alerts');
    await expect.poll(() => page.getByTestId('alert-count').textContent(), { timeout: 30_000 }).toBe('Alerts in the register: 6');
    const base = emptyCase({ id: 'sg-probe', created: '2026-11-30', regimeId: 'rapex-2010', country: 'NO', authority: 'National Product Safety Authority' });
    const file = {
      ...base,
      title: 'Socket covers',
      product: { ...base.product, name: 'Socket covers', brand: 'Safe-Home', model: 'SP12', barcode: '4006381333931' },
      notification: { ...emptyNotification({ notifyingCountry: 'NO' }), status: 'contact-point-check' as const },
    };
    const record = { id: file.id, rev: 1, updatedAt: new Date().toISOString(), ...caseIndexFields(file), file };
    await putRecords(page, 'cases', [record]);
    await page.goto(baseUrl() + '#/cases/sg-probe');
    await page.locator('[data-testid="case-header"]').waitFor({ timeout: 30_000 });
    await setRole(page, 'contact-point');
    await part(page, 'notification');
    await page.getByRole('button', { name: 'Check against our cases and Safety Gate alerts' }).click();
    const hit = page.locator('[data-testid="already-hit"]').first();
    await expect.poll(() => hit.textContent(), { timeout: 30_000 }).toContain('Alert A12/90010/26');
    const text = (await hit.textContent()) ?? '';
    expect(text).toContain('same bar code 4006381333931');
    expect(text).toContain('same brand and model (SafeHome SP 12)');
    expect(text).toContain('Already notified by another State: send a reaction to A12/90010/26');
    expect(await hit.locator('a').getAttribute('href')).toBe('#/alerts/A12%2F90010%2F26');
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.getByTestId('already-notified').screenshot({ path: 'test-results/screenshots/alerts-5-case-check.png' });
    expect(errors).toEqual([]);
    await close();
  });

  it('the weekly overview shows the week’s alerts; statistics draw charts, each with its table', async () => {
    const { page, errors, close } = await open('#/weekly/2026-W48');
    await expect.poll(() => page.getByTestId('weekly-alerts').textContent(), { timeout: 30_000 }).toBe('4');
    expect(await page.locator('[data-testid="weekly-alerts-table"] tbody tr').count()).toBe(4);
    expect(await page.locator('main h1').textContent()).toBe('Weekly overview: week 48 of 2026');
    await screenshot(page, 'weekly-1-w48');
    await noSeriousViolations(page);

    await page.goto(baseUrl() + '#/statistics');
    await page.locator('[data-testid="chart-counts"][data-drawn="true"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="chart-trend"][data-drawn="true"]').waitFor();
    const rows = await page.locator('[data-testid="table-counts"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual(expect.arrayContaining([['Toys', '2']]));
    await page.locator('#stats-field').selectOption('notifyingCountry');
    await expect.poll(() => page.locator('[data-testid="table-counts"] tbody tr th').allTextContents()).toEqual(expect.arrayContaining(['Sweden', 'France', 'Czechia']));
    await page.locator('#stats-unit').selectOption('week');
    await expect.poll(() => page.locator('[data-testid="table-trend"] tbody tr th').allTextContents()).toEqual(expect.arrayContaining(['2026-W47', '2026-W48']));
    const download = page.waitForEvent('download');
    await page.getByTestId('stats-xlsx').click();
    expect((await download).suggestedFilename()).toBe('riskcase-statistics-notifyingCountry.xlsx');
    await screenshot(page, 'statistics-1');
    await noSeriousViolations(page);
    expect(errors).toEqual([]);
    await close();
  });
});
