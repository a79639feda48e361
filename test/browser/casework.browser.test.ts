// The cases list, the deadlines dashboard and the public area in headless Chromium against the
// production build, with the demo cases seeded on first run and a published case imported
// through the page's own import button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_RULE_SET_VERSION, socketProtectorCase, underTheGuidelines } from '../../src/demo/cases';
import { hairStraightenerDraft, PUBLISHED_CASE_ID, PUBLISHED_CASE_NUMBER } from '../../src/demo/published-case';
import type { CaseFile } from '../../src/domain/case/types';
import { emptyNotification } from '../../src/domain/case/empty';
import { canonicalJson, sha256Hex } from '../../src/store/case-export';
import { a11yViolations } from './a11y';
import { launch, openPage, screenshot } from './harness';
import { part, saved } from './case-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SECRET = {
  importer: 'Zzyzx Confidential Importer GmbH',
  retailer: 'Qwertyuiop Secret Retail',
  lab: 'Hushhush Laboratories',
  summary: 'CONFIDENTIAL-TEST-SUMMARY-7731',
  justification: 'ongoing criminal investigation 4471',
};

const PHOTO_CAPTION = 'Nightglow protector, front';
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

async function envelopeOf(c: CaseFile): Promise<string> {
  const body = { format: 'riskcase-case', version: 1, exportedAt: '2026-04-01T10:00:00.000Z', case: c, history: [], photos: [] };
  return JSON.stringify({ ...body, sha256: await sha256Hex(canonicalJson(body)) });
}

/** A validated, published Article 12 case whose traceability and test results are confidential. */
async function publishedCaseFile(): Promise<string> {
  const c = socketProtectorCase('published-socket-case');
  c.title = 'Nightglow socket protectors';
  c.product = { ...c.product, name: 'Nightglow socket protectors', brand: 'Nightglow', model: 'NG-7', barcode: '5012345678900', photoIds: ['ph-ng-pack', 'ph-ng-1'] };
  c.attachments = [
    ...c.attachments,
    { id: 'ph-ng-pack', kind: 'photo', name: 'Nightglow blister pack', role: 'packaging', blobId: 'ph-ng-pack', addedOn: '2026-03-01', internal: false },
    { id: 'ph-ng-1', kind: 'photo', name: PHOTO_CAPTION, role: 'product', blobId: 'ph-ng-1', addedOn: '2026-03-01', internal: false },
  ];
  c.traceability = { ...c.traceability, importers: [{ name: SECRET.importer, address: 'Hidden street 1', contact: '', country: 'DE' }], retailers: [{ name: SECRET.retailer, address: '', contact: '', country: 'DE' }] };
  c.testResults = [{ id: 't1', date: '2026-03-01', laboratory: SECRET.lab, summary: SECRET.summary, failedRequirements: ['EN 50075 clause 9'], reportAttachmentId: null }];
  c.confidentiality = { status: 'accepted', parts: ['traceability', 'test-results'], justification: SECRET.justification, requestedOn: '2026-03-02', withdrawnOn: null };
  const n = emptyNotification({ notifyingCountry: 'NO' });
  n.number = 'A12/0999/26';
  n.chosen = 'article-12-emergency';
  n.validatedAs = 'article-12-emergency';
  n.status = 'validated';
  n.submitted = '2026-03-28';
  n.validated = '2026-03-30';
  n.publishedOnPublicSite = true;
  c.notification = n;
  const photos = [
    { id: 'ph-ng-pack', name: 'pack.png', type: 'image/png', data: ONE_PIXEL_PNG, role: 'packaging', caption: 'Nightglow blister pack' },
    { id: 'ph-ng-1', name: 'front.png', type: 'image/png', data: ONE_PIXEL_PNG, role: 'product', caption: PHOTO_CAPTION },
  ];
  const body = { format: 'riskcase-case', version: 1, exportedAt: '2026-04-01T10:00:00.000Z', case: c, history: [], photos };
  return JSON.stringify({ ...body, sha256: await sha256Hex(canonicalJson(body)) });
}

describe('casework pages in the browser', () => {
  it('lists the demo cases and searches them, accent- and case-insensitively', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    const rows = page.locator('[data-testid="cases-table"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    const total = await rows.count();
    await page.locator('#case-search').fill('SOCKET protectors');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('SafeHome');
    await page.locator('#case-search').fill('safehome 4006381333931');
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator('#case-search').fill('no such product anywhere');
    await expect.poll(() => rows.count()).toBe(0);
    expect(await page.getByTestId('case-count').textContent()).toContain(`0 of ${total}`);
    await page.locator('#case-search').fill('');
    await expect.poll(() => rows.count()).toBe(total);
    // A risk filter from the rule set's levels.
    await page.locator('#case-filter-risk').selectOption('serious');
    await expect.poll(async () => (await rows.allTextContents()).every((r) => r.includes('Serious risk'))).toBe(true);
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThan(total);
    await screenshot(page, 'casework-cases-list');
    expect(await a11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports a case to a file, deletes it after confirmation, and imports the file back', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    const rows = page.locator('[data-testid="cases-table"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    const total = await rows.count();
    const row = page.locator('tr[data-case-id="demo-case-folding-chair"]');
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: /^Export/ }).click()]);
    const text = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      }, reject);
    });
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({ format: 'riskcase-case', version: 1, case: { id: 'demo-case-folding-chair' } });
    expect(envelope.sha256).toMatch(/^[0-9a-f]{64}$/);

    await row.getByRole('button', { name: /^Delete/ }).click();
    expect(await row.textContent()).toContain('cannot be undone');
    expect(await a11yViolations(page)).toEqual([]);
    await row.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => rows.count()).toBe(total - 1);
    expect(await page.getByTestId('casework-notice').textContent()).toContain('was deleted');

    await page.getByTestId('case-import').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => rows.count()).toBe(total);
    expect(await page.locator('tr[data-case-id="demo-case-folding-chair"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the deadlines with the overdue ones first', async () => {
    const { page, errors, context } = await openPage(browser, '#/deadlines');
    const rows = page.locator('[data-testid="deadlines-table"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Counted from 15 March 2026: the folding chair's Article 11 notification (measure of
    // 20 February, 10 days) is overdue; the socket protectors' (measure of 27 March, 3 days) is not.
    await page.locator('#deadlines-today').fill('2026-03-15');
    await expect.poll(() => page.getByTestId('deadline-summary').textContent()).toMatch(/^[1-9]\d* overdue/);
    const flags = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-overdue')));
    expect(flags).toContain('true');
    expect(flags).toContain('false');
    expect(flags.indexOf('false')).toBeGreaterThan(flags.lastIndexOf('true'));
    const first = await rows.first().textContent();
    expect(first).toMatch(/days? overdue/);
    const dues = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('time')!.getAttribute('datetime')!));
    expect([...dues].sort()).toEqual(dues);
    // Only the overdue ones, when asked.
    await page.getByLabel('Only overdue actions').check();
    await expect.poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-overdue')))).toEqual(flags.filter((f) => f === 'true'));
    await page.getByLabel('Only overdue actions').uncheck();
    await screenshot(page, 'casework-deadlines');
    expect(await a11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the rule set a case was decided under, and records it when the classification is decided', async () => {
    // A case that records no version yet, imported first (each test has its own browser storage).
    // Dated 2026 but built on the 2010 worked example: rapex-2010 by explicit choice, as the demo cases are.
    const c = underTheGuidelines(socketProtectorCase('version-check-case'));
    c.title = 'Version check';
    c.ruleSetVersion = '';
    const { page, errors, context } = await openPage(browser, '#/cases');
    await expect.poll(() => page.locator('[data-testid="cases-table"] tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('case-import').setInputFiles({ name: 'v.json', mimeType: 'application/json', buffer: Buffer.from(await envelopeOf(c)) });
    // Named by its product, whatever its old title says.
    await expect.poll(() => page.getByTestId('casework-notice').textContent()).toContain('SafeHome Socket protectors');

    await page.goto(page.url().replace(/#.*$/, `#/cases/${PUBLISHED_CASE_ID}`));
    const line = page.getByTestId('rule-set-version');
    await expect.poll(() => line.textContent(), { timeout: 30_000 }).toContain('decided under rapex-2010@builtin');
    await part(page, 'notification');
    expect(await page.getByTestId('notification-status').textContent()).toBe('Validated and distributed');
    await screenshot(page, 'case-decided-under');

    // The rules in force decide the undecided case, and choosing the classification records them.
    await page.goto(page.url().replace(/#.*$/, '#/cases/version-check-case'));
    await expect.poll(() => line.textContent(), { timeout: 30_000 }).toContain('rules in force: rapex-2010@builtin (recorded with the first decision)');
    await page.locator('[data-testid="role"]').selectOption('contact-point');
    await part(page, 'notification');
    await page.getByRole('button', { name: 'Accept this classification' }).click();
    await expect.poll(() => line.textContent()).toContain('decided under rapex-2010@builtin');
    // The draft saves itself.
    await saved(page);
    await page.reload();
    await expect.poll(() => line.getAttribute('data-version'), { timeout: 30_000 }).toBe('rapex-2010@builtin');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the published demo case in the public area on a fresh start, without its confidential traceability', async () => {
    const demo = hairStraightenerDraft(DEMO_RULE_SET_VERSION);
    const { page, errors, context } = await openPage(browser, '#/public');
    const cards = page.locator('[data-testid="public-list"] > li');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(1);
    const card = (await cards.first().textContent()) ?? '';
    expect(card).toContain(PUBLISHED_CASE_NUMBER);
    expect(card).toContain(demo.product.barcode);
    const html = await page.content();
    const t = demo.traceability;
    for (const p of [t.manufacturer!, ...t.importers, ...t.distributors, ...t.retailers]) {
      expect(html).not.toContain(p.name);
      expect(html).not.toContain(p.address);
    }
    expect(html).not.toContain(demo.confidentiality.justification);
    await screenshot(page, 'casework-public-demo');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a published case and shows it in the public area without any confidential value', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await expect.poll(() => page.locator('[data-testid="cases-table"] tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('case-import').setInputFiles({ name: 'published.json', mimeType: 'application/json', buffer: Buffer.from(await publishedCaseFile()) });
    await expect.poll(() => page.getByTestId('casework-notice').textContent()).toContain('Nightglow socket protectors');
    // The same file again is refused with a clear message, and can be imported as a copy.
    await page.getByTestId('case-import').setInputFiles({ name: 'published.json', mimeType: 'application/json', buffer: Buffer.from(await publishedCaseFile()) });
    await expect.poll(() => page.getByTestId('casework-notice').textContent()).toContain('already exists');

    await page.goto(page.url().replace(/#.*$/, '#/public'));
    const cards = page.locator('[data-testid="public-list"] > li');
    // The published demo case and the imported one.
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(2);
    const card = (await cards.filter({ hasText: 'Nightglow' }).textContent()) ?? '';
    expect(card).toContain('Nightglow');
    expect(card).toContain('5012345678900');
    expect(card).toContain('A12/0999/26');
    // Its product photo (not the packaging one) is shown, described by its caption.
    const img = cards.filter({ hasText: 'Nightglow' }).locator('[data-testid="public-photo"] img');
    expect(await img.count()).toBe(1);
    expect(await img.getAttribute('alt')).toBe(PHOTO_CAPTION);
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    const html = await page.content();
    for (const secret of Object.values(SECRET)) expect(html).not.toContain(secret);
    // Searching for a confidential value finds nothing; the product's name finds it.
    await page.locator('#public-search').fill(SECRET.importer);
    await expect.poll(() => cards.count()).toBe(0);
    await page.locator('#public-search').fill('nightglow');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain('Nightglow');
    await screenshot(page, 'casework-public');
    expect(await a11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
