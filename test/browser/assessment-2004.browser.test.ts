// A rapex-2004 assessment walked through its own wizard (Decision 2004/418/EC, ch. 3.2) in
// headless Chromium against the production build: the probability class appears once the defect
// probability and exposure are chosen, a judgement without a reason is refused, and the report
// shows the judged risk with its reason — and a scenario without a judgement as pending.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';
import { a11yViolations } from './a11y';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a rapex-2004 assessment in the browser', () => {
  it('walks the 2004 wizard, refuses a judgement without reason, and shows the report', async () => {
    const { page, errors } = await openPage(browser, '#/assessments');
    await expect.poll(() => page.locator('.assessment-table tbody tr').count()).toBe(3);
    await page.getByTestId('new-assessment-regime').selectOption('rapex-2004');
    await page.getByTestId('new-assessment').click();
    await expect.poll(() => page.getByTestId('wizard-2004').count()).toBe(1);
    await page.locator('#w4-product').fill('Pull-along toy');
    await page.locator('#w4-injury').fill('Choking on a detached wheel');
    await expect.poll(() => page.getByTestId('probability-class').textContent()).toContain('choose the defect probability');
    await page.getByRole('radio', { name: /^10 % of the products/ }).check();
    await page.getByRole('radio', { name: /hazard is always present/i }).check();
    // 10 % × always present → high (ch. 3.2)
    await expect.poll(() => page.getByTestId('probability-class').textContent()).toContain('High');
    await page.getByRole('radio', { name: /^Very serious/ }).check();
    await page.locator('#w4-person').selectOption('very-young');
    await expect.poll(() => page.getByTestId('vulnerability').textContent()).toContain('Very vulnerable');
    await page.locator('#w4-risk').selectOption('serious');
    await page.getByTestId('save-2004').click();
    await expect.poll(() => page.locator('#w4-reason-error').textContent()).toContain('needs its reason');
    await screenshot(page, 'assessment-2004-wizard');
    expect(await a11yViolations(page)).toEqual([]);
    await page.locator('#w4-reason').fill('Very serious injury, high probability, a child under 3');
    await page.getByTestId('save-2004').click();
    await expect.poll(() => page.getByTestId('product-risk').textContent()).toContain('Serious risk');
    expect(await page.getByTestId('cell-probability-class').first().textContent()).toBe('High');

    // A second scenario without a judgement: saved, and its risk (and the product's) pending.
    await page.getByTestId('add-scenario').click();
    await expect.poll(() => page.getByTestId('wizard-2004').count()).toBe(1);
    await page.locator('#w4-injury').fill('Neck compression by the cord');
    await page.getByRole('radio', { name: /^100 %/ }).check();
    await page.getByRole('radio', { name: /several improbable conditions/i }).check();
    await expect.poll(() => page.getByTestId('probability-class').textContent()).toContain('Medium');
    await page.getByRole('radio', { name: /^Serious/ }).check();
    await page.getByRole('radio', { name: /^Vulnerable$/ }).check();
    await expect.poll(() => page.getByTestId('pending-note').count()).toBe(1);
    await page.getByTestId('save-2004').click();
    await expect.poll(() => page.getByTestId('risk-pending').count()).toBe(1);
    await expect.poll(() => page.getByTestId('product-risk').textContent()).toContain('pending the judgement of s2');

    await page.getByRole('link', { name: 'Report' }).click();
    await expect.poll(() => page.getByTestId('judgement-reason').textContent()).toContain('a child under 3');
    const report = await page.getByTestId('scenarios-2004').textContent();
    expect(report).toContain('Very serious');
    expect(report).toContain('typical injuries: serious damage to internal organs');
    expect(report).toContain('Very young (under 3 years)');
    expect(report).toContain('Pending the assessor');
    await screenshot(page, 'assessment-2004-report');
    expect(await a11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
