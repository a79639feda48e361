// The regime that decides a case, in real Chromium: a case opened today is decided under the
// regime in force today; a measure's adoption date moves an undecided case to the regime in force
// then; the officer may choose another regime only with a reason, recorded with the case, and go
// back to the regime in force by date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';
import { caseRegime, chooseRegime, part } from './case-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the regime of a case', () => {
  it('follows the first measure’s date, and an explicit choice with its reason', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await page.getByRole('button', { name: 'New case' }).click();
    await page.waitForFunction(() => /#\/cases\/.+/.test(location.hash));
    expect(await caseRegime(page)).toEqual({ regime: 'gpsr-2024', basis: 'opened' });
    const line = page.locator('[data-testid="case-regime"]');
    await expect(line.textContent()).resolves.toContain('when the case was opened');

    // A measure adopted in 2015: the 2010 guidelines were in force then.
    await part(page, 'product');
    await page.locator('#cf-product-name').fill('Tea kettle');
    await part(page, 'measures');
    await page.getByRole('button', { name: 'Add a measure' }).click();
    await page.locator('#cf-measures-0--adopted').fill('2015-03-02');
    await page.locator('#cf-measures-0--adopted').blur();
    await expect.poll(async () => JSON.stringify(await caseRegime(page)), { timeout: 20_000 }).toBe(JSON.stringify({ regime: 'rapex-2010', basis: 'first-measure' }));
    await expect(line.textContent()).resolves.toContain('in force on 2015-03-02, when the first measure was adopted');
    // The open part survives the switch of rules.
    await page.locator('[data-testid="case-panel"][data-part="measures"]').waitFor();

    // One adopted in 2008, under Decision 2004/418/EC.
    await page.locator('#cf-measures-0--adopted').fill('2008-06-01');
    await page.locator('#cf-measures-0--adopted').blur();
    await expect.poll(async () => (await caseRegime(page)).regime, { timeout: 20_000 }).toBe('rapex-2004');

    // Another regime needs a reason.
    await page.locator('[data-testid="choose-regime"]').click();
    await page.locator('#case-regime-choice').selectOption('gpsr-2024');
    await page.locator('[data-testid="choose-regime-confirm"]').click();
    await expect(page.locator('[data-testid="regime-chooser"]').textContent()).resolves.toContain('Say why the case is decided under another regime');
    expect((await caseRegime(page)).regime).toBe('rapex-2004');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await chooseRegime(page, 'gpsr-2024', 'Exercise: the same facts under the GPSR');
    await screenshot(page, 'case-regime-chosen');

    // Recorded with the case: a reload shows it, with who chose it and why.
    await page.reload();
    expect(await caseRegime(page)).toEqual({ regime: 'gpsr-2024', basis: 'chosen' });
    await expect(line.textContent()).resolves.toContain('Exercise: the same facts under the GPSR');

    // Back to the regime in force by date.
    await page.locator('[data-testid="choose-regime"]').click();
    await page.locator('[data-testid="regime-by-date"]').click();
    await expect.poll(async () => JSON.stringify(await caseRegime(page)), { timeout: 15_000 }).toBe(JSON.stringify({ regime: 'rapex-2004', basis: 'first-measure' }));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a demo case says it is decided under the 2010 guidelines by explicit choice', async () => {
    const { page, context } = await openPage(browser, '#/cases/demo-case-socket-protectors');
    expect(await caseRegime(page)).toEqual({ regime: 'rapex-2010', basis: 'chosen' });
    await expect(page.locator('[data-testid="case-regime"]').textContent()).resolves.toContain('worked examples of the 2010 RAPEX guidelines');
    await context.close();
  });

  it('a new assessment is dated and decided under the regime in force on its date, unless another is chosen', async () => {
    const { page, errors, context } = await openPage(browser, '#/assessments');
    const regime = page.getByTestId('new-assessment-regime');
    await expect.poll(() => regime.locator('option').first().textContent(), { timeout: 20_000 }).toMatch(/^the regime in force on \d{4}-\d{2}-\d{2} \(gpsr-2024\)$/);
    await page.getByTestId('new-assessment-date').fill('2001-06-01');
    await expect.poll(() => regime.locator('option').first().textContent()).toBe('no regime was in force on 2001-06-01: choose one');
    await expect(page.getByTestId('new-assessment').isDisabled()).resolves.toBe(true);
    await page.getByTestId('new-assessment-date').fill('2015-06-01');
    await expect.poll(() => regime.locator('option').first().textContent()).toBe('the regime in force on 2015-06-01 (rapex-2010)');
    await page.getByTestId('new-assessment').click();
    await page.locator('#wz-product-name').fill('Hair dryer');
    await page.locator('#wz-product-name').blur();
    const id = await page.evaluate(() => decodeURIComponent(location.hash.split('/')[2]));
    await page.evaluate((i) => (location.hash = `#/assessments/${encodeURIComponent(i)}`), id);
    const basis = page.getByTestId('assessment-regime-basis');
    await expect.poll(() => basis.getAttribute('data-basis'), { timeout: 20_000 }).toBe('date');
    await expect(page.locator('.product-meta').textContent()).resolves.toContain('rapex-2010 (in force on 2015-06-01, the date of the assessment)');
    await screenshot(page, 'assessment-regime-by-date');
    expect(errors).toEqual([]);
    await context.close();
  });
});
