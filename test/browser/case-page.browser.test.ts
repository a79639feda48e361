// The case page to live in, in real Chromium: its parts as tabs with their completeness, the
// header that stays on screen, screenshots at 1366×900 and 1024×768, long texts that wrap, the
// unsaved-changes guard, printing, CSV export, and axe on every part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { socketProtectorCase } from '../../src/demo/cases';
import { emptyNotification } from '../../src/domain/case/empty';
import type { CaseFile } from '../../src/domain/case/types';
import { canonicalJson, sha256Hex } from '../../src/store/case-export';
import { a11yViolations, formatViolations } from './a11y';
import { part, setRole } from './case-helpers';
import { launch, openPage, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openCase(page: Page, id: string): Promise<void> {
  await page.evaluate((i) => (location.hash = `#/cases/${i}`), id);
  await page.locator('[data-testid="case-header"]').waitFor({ timeout: 30_000 });
}

const tab = part;

async function envelopeOf(c: CaseFile): Promise<string> {
  const body = { format: 'riskcase-case', version: 1, exportedAt: '2026-04-01T10:00:00.000Z', case: c, history: [], photos: [] };
  return JSON.stringify({ ...body, sha256: await sha256Hex(canonicalJson(body)) });
}

async function importCase(page: Page, c: CaseFile): Promise<void> {
  await page.locator('[data-testid="cases-table"]').waitFor({ timeout: 30_000 });
  await page.getByTestId('case-import').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(await envelopeOf(c)) });
  await expect.poll(() => page.getByTestId('casework-notice').textContent()).toContain('was imported');
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const stream = await d.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const MARK = {
  name: 'MARKER-NAME-9931',
  brand: 'MARKER-BRAND-9931',
  model: 'MARKER-MODEL-9931',
  barcode: '9931993199319',
  origin: 'MARKER-ORIGIN-9931',
  importer: 'MARKER-IMPORTER-9931',
  test: 'MARKER-TEST-9931',
  nonCompliance: 'MARKER-NONCOMPLIANCE-9931',
  accident: 'MARKER-ACCIDENT-9931',
  internal: 'MARKER-INTERNAL-9931',
  justification: 'MARKER-JUSTIFICATION-9931',
};

/** A validated, published Article 12 case whose every part but the measures is confidential, with markers in each. */
function confidentialCase(): CaseFile {
  const c = socketProtectorCase('confidential-case');
  c.product = { ...c.product, name: MARK.name, brand: MARK.brand, model: MARK.model, barcode: MARK.barcode, description: MARK.name };
  c.traceability = { ...c.traceability, origin: MARK.origin, importers: [{ name: MARK.importer, address: 'x', contact: 'x', country: 'NO' }] };
  c.testResults = [{ ...c.testResults[0], summary: MARK.test, failedRequirements: [MARK.test] }];
  c.risk = { ...c.risk, nonCompliance: MARK.nonCompliance };
  c.accidents = [{ id: 'acc1', date: '2026-01-01', country: 'NO', description: MARK.accident, fatal: false }];
  c.attachments = [...c.attachments, { id: 'int1', kind: 'internal', name: MARK.internal, blobId: null, addedOn: '2026-03-01', internal: true }];
  c.confidentiality = { status: 'accepted', parts: ['product-identification', 'photos', 'regulations', 'traceability', 'test-results', 'risk-description', 'accidents', 'attachments', 'entries'], justification: MARK.justification, requestedOn: '2026-03-02', withdrawnOn: null };
  const n = emptyNotification({ notifyingCountry: 'NO', contactPoint: 'RAPEX NO' });
  c.notification = { ...n, number: 'A12/0555/26', chosen: 'article-12-emergency', validatedAs: 'article-12-emergency', status: 'validated', submitted: '2026-03-28', validated: '2026-03-30', publishedOnPublicSite: true, machineSnapshot: 'validated.distributed' };
  return c;
}

/** Every marker found in what the page shows or holds (text, attributes, values of fields). */
async function markersIn(page: Page, marks: readonly string[]): Promise<string[]> {
  const html = await page.evaluate(() => document.documentElement.outerHTML + [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value).join(' ') + document.title);
  return marks.filter((m) => html.includes(m));
}

describe('the case page', () => {
  it('shows the parts as tabs with their completeness, the header stays on screen; screenshots at 1366×900 and 1024×768', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const { page, errors } = await openPage(browser, '#/cases', context);
    await page.locator('[data-testid="cases-table"]').waitFor({ timeout: 30_000 });
    await openCase(page, 'demo-case-socket-protectors');
    const tabs = await page.locator('[role="tab"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-part')));
    expect(tabs).toEqual(['product', 'risk', 'measures', 'traceability', 'evidence', 'notification', 'reactions', 'history']);
    await expect(page.locator('[data-testid="key-identification"]').isVisible()).resolves.toBe(true);
    await screenshot(page, 'case-page-1366x900-product');
    // Scrolled down, the header with Save and the tab list are still on screen.
    await page.mouse.wheel(0, 2500);
    await page.waitForFunction(() => window.scrollY > 500);
    const header = await page.locator('[data-testid="case-header"]').boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(-1);
    expect(header!.y).toBeLessThan(5);
    const tablist = await page.locator('[role="tablist"]').boundingBox();
    expect(tablist!.y).toBeGreaterThan(header!.y + header!.height - 2);
    expect(tablist!.y).toBeLessThan(900);
    await page.screenshot({ path: 'test-results/screenshots/case-page-1366x900-scrolled.png' });
    for (const part of tabs) {
      await tab(page, part!);
      expect(formatViolations(await a11yViolations(page)), `axe on the ${part} part`).toBe('');
    }
    await tab(page, 'notification');
    await screenshot(page, 'case-page-1366x900-notification');
    await page.setViewportSize({ width: 1024, height: 768 });
    await tab(page, 'product');
    await page.screenshot({ path: 'test-results/screenshots/case-page-1024x768-product.png' });
    await tab(page, 'traceability');
    await page.screenshot({ path: 'test-results/screenshots/case-page-1024x768-traceability.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('what the case page is used for every day', () => {
  it('asks before leaving with unsaved changes, and stays when told to', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await page.locator('[data-testid="cases-table"]').waitFor({ timeout: 30_000 });
    await openCase(page, 'demo-case-hair-straightener');
    await setRole(page, 'contact-point');
    await tab(page, 'product');
    // After validation, edits travel with an update: they are not saved by themselves.
    await page.locator('#cf-product-name').fill('Hair straightener (edited)');
    await page.locator('#cf-product-name').blur();
    await page.locator('[data-testid="update-pending"]').waitFor();
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('link', { name: 'Deadlines' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('unsaved changes');
    expect(await page.evaluate(() => location.hash)).toBe('#/cases/demo-case-hair-straightener');
    await expect(page.locator('#cf-product-name').inputValue()).resolves.toBe('Hair straightener (edited)');
    // Back: asked again; this time the person leaves.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('link', { name: 'Deadlines' }).click();
    await page.waitForFunction(() => location.hash === '#/deadlines');
    await page.locator('#deadlines-title').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the notification as the Appendix 1 form: no app chrome, numbered pages, the explanations of missing items', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await page.locator('[data-testid="cases-table"]').waitFor({ timeout: 30_000 });
    await openCase(page, 'demo-case-socket-protectors');
    await tab(page, 'notification');
    await page.getByTestId('print-link').click();
    await page.locator('.notification-print h1').waitFor({ timeout: 30_000 });
    const sections = await page.locator('.print-section h2').allTextContents();
    expect(sections).toEqual(['General', 'Product identification', 'Regulations and standards', 'Traceability', 'Risk description', 'Measures', 'Confidentiality', 'Additional information', 'Annexes', 'Missing information and explanations']);
    expect(await page.locator('[data-testid="print-missing"]').textContent()).toContain('Sold online only, by the distributor named.');
    // The internal letter from the importer's lawyer does not travel with the notification.
    expect(await page.locator('main').textContent()).not.toContain('Letter from the importer');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.app-header', '.app-nav', '.app-footer', '[data-testid="print"]']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await page.locator('.print-section').first().isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/case-print.png', fullPage: true });
    // Pages are numbered: the page rule has a counter in its bottom margin box.
    const pageRule = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSPageRule).map((r) => r.cssText).join(' '));
    expect(pageRule).toContain('counter(page)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the cases list and the deadlines as CSV', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await expect.poll(() => page.locator('[data-testid="cases-table"] tbody tr').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.getByTestId('cases-csv').isEnabled()).toBe(true);
    const cases = await downloaded(page, () => page.getByTestId('cases-csv').click());
    const lines = cases.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Case,Brand,Model,Bar code,Batch,Category,Country,Risk,Classification,State,Number,Last changed');
    expect(lines.length).toBe((await page.locator('[data-testid="cases-table"] tbody tr').count()) + 1);
    expect(lines.find((l) => l.includes('4006381333931')), lines.join('\n')).toMatch(/^SafeHome Socket protectors,SafeHome,SP-12,4006381333931,/);
    await page.evaluate(() => (location.hash = '#/deadlines'));
    await expect.poll(() => page.locator('[data-testid="deadlines-table"] tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const deadlines = await downloaded(page, () => page.getByTestId('deadlines-csv').click());
    const dl = deadlines.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(dl[0]).toBe('Due,Days left,Action,Owed by,Case,Basis,Citation');
    expect(dl.slice(1).filter((l) => !/^\d{4}-\d{2}-\d{2},-?\d+,/.test(l))).toEqual([]);
    expect(dl.join('\n')).toContain('notifying State');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a 5,000-character model number wraps and never stretches the list or the page; the form names its limit', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    const c = socketProtectorCase('long-model');
    c.product = { ...c.product, model: 'M'.repeat(5000), name: 'Long model case' };
    await importCase(page, c);
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    const row = await page.locator('tr[data-case-id="long-model"]').boundingBox();
    expect(row!.width).toBeLessThanOrEqual(widths.view);
    await screenshot(page, 'casework-long-model-list');
    await openCase(page, 'long-model');
    await expect(page.locator('#cf-product-model-problem').textContent()).resolves.toContain('5,000 characters — at most 200');
    const page2 = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(page2.doc).toBeLessThanOrEqual(page2.view);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('confidential parts never reach a public view, on any page, whatever the role; authorities see what is theirs to see', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await importCase(page, confidentialCase());
    const all = Object.values(MARK);
    const publicMarks = all;
    // Authorities: another State sees the confidential parts (they are confidential to the public,
    // not to the network), but not the notifying authority's internal documents.
    await openCase(page, 'confidential-case');
    await setRole(page, 'other-state');
    await tab(page, 'product');
    expect(await markersIn(page, [MARK.name])).toEqual([MARK.name]);
    await tab(page, 'evidence');
    expect(await markersIn(page, [MARK.internal])).toEqual([]);
    await setRole(page, 'national-authority');
    await tab(page, 'evidence');
    expect(await markersIn(page, [MARK.internal])).toEqual([MARK.internal]);
    // The public role on the case page, on its printable form, and the public area: nothing confidential.
    await setRole(page, 'public');
    await page.locator('[data-testid="public-preview"]').waitFor();
    await expect(page.locator('[data-testid="case-header"] h1').textContent()).resolves.toBe('A12/0555/26');
    expect(await markersIn(page, publicMarks), 'case page, public role').toEqual([]);
    for (const path of ['#/cases/confidential-case/notification', '#/public']) {
      await page.evaluate((p) => (location.hash = p), path);
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(300);
      expect(await markersIn(page, publicMarks), path).toEqual([]);
    }
    expect(await page.locator('[data-reference="A12/0555/26"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
