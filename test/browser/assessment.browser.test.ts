// The hammer scenario built through the wizard by clicking and typing, in headless Chromium
// against the production build: "High" appears, survives a reload, and every view renders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';
import { a11yViolations } from './a11y';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function next(page: Page) {
  await page.getByTestId('wizard-next').click();
}

describe('risk assessment in the browser', () => {
  it('builds the hammer scenario in the wizard, shows High, and keeps it after a reload', async () => {
    const { page, errors, context } = await openPage(browser, '#/assessments');
    await expect.poll(() => page.locator('.assessment-table tbody tr').count(), { timeout: 30_000 }).toBe(3);
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByTestId('new-assessment').click();
    await page.locator('#wz-product-name').fill('Hammer');
    // the wizard validates before moving on: an empty hazard stays with an error
    await next(page);
    await next(page);
    await expect.poll(() => page.locator('#wz-hazard-error').textContent()).toContain('Required');
    await page.locator('#wz-title').fill('Head breaks, piece flies into the eye');
    await page.locator('#wz-hazard').selectOption('kinetic-energy');
    await next(page);
    await page.locator('#wz-consumer').selectOption('adult');
    await next(page);
    const probs = ['1/10', '0.1', '1/3', '5%'];
    for (let i = 0; i < probs.length; i++) {
      if (i > 0) await page.getByTestId('add-step').click();
      await page.locator(`#wz-steps-${i}-text`).fill(`step ${i + 1}`);
      await page.locator(`#wz-steps-${i}-probability`).fill(probs[i]);
    }
    await expect.poll(() => page.getByTestId('live-preview').textContent()).toContain('1/6');
    // a bad probability keeps the wizard on the steps, with the error on that field, focused
    await page.locator('#wz-steps-2-probability').fill('1.5');
    await next(page);
    await expect.poll(() => page.locator('#wz-steps-2-probability-error').textContent()).toContain('above 1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wz-steps-2-probability');
    await screenshot(page, 'assessment-wizard-steps-error');
    expect(await a11yViolations(page)).toEqual([]);
    await page.locator('#wz-steps-2-probability').fill('1/3');
    await next(page);
    await page.locator('#wz-injuryType').selectOption('eye-injury');
    await page.getByRole('radio', { name: /partial permanent loss of sight/i }).check();
    await page.locator('#wz-injury').fill('Permanent loss of sight in one eye');
    // another level than the suggested one needs a reason: refused first, then accepted
    await page.locator('#wz-severity').selectOption('4');
    await next(page);
    await expect.poll(() => page.locator('#wz-severityReason-error').textContent()).toContain('Say why');
    await screenshot(page, 'assessment-wizard-injury');
    expect(await a11yViolations(page)).toEqual([]);
    await page.locator('#wz-severity').selectOption('');
    await next(page);
    await expect.poll(() => page.getByTestId('wizard-risk').textContent()).toContain('High');
    expect(await page.locator('.wizard-result').textContent()).toContain('1/6');
    await screenshot(page, 'assessment-wizard-result');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByTestId('wizard-finish').click();
    await expect.poll(() => page.getByTestId('product-risk').textContent(), { timeout: 10_000 }).toContain('High');
    const url = page.url();
    await page.reload();
    await expect.poll(() => page.getByTestId('product-risk').textContent(), { timeout: 10_000 }).toContain('High');
    expect(page.url()).toBe(url);
    await screenshot(page, 'assessment-overview');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Sensitivity' }).click();
    await expect.poll(() => page.locator('.matrix-neighbourhood').count()).toBe(1);
    expect(await page.locator('.threshold-table').textContent()).toContain('1/1');
    await screenshot(page, 'assessment-sensitivity');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Report' }).click();
    await expect.poll(() => page.getByTestId('report-overall').textContent()).toContain('High');
    await screenshot(page, 'assessment-report');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a reload right after typing restores the unfinished scenario', async () => {
    const { page, errors, context } = await openPage(browser, '#/assessments');
    await page.getByTestId('new-assessment').click();
    await page.locator('#wz-product-name').fill('Kettle');
    await next(page);
    await page.locator('#wz-title').fill('Lid opens while pouring');
    // no blur, no step change: straight to a reload
    await page.reload();
    await expect.poll(() => page.locator('#wz-title').inputValue(), { timeout: 10_000 }).toBe('Lid opens while pouring');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"New assessment" left without typing leaves no empty record behind', async () => {
    const { page, errors, context } = await openPage(browser, '#/assessments');
    await expect.poll(() => page.locator('.assessment-table tbody tr').count(), { timeout: 30_000 }).toBe(3);
    for (let i = 0; i < 2; i++) {
      await page.getByTestId('new-assessment').click();
      await page.locator('#wz-product-name').waitFor();
      await page.reload();
      await page.locator('#wz-product-name').waitFor({ timeout: 30_000 });
      await page.goto(page.url().replace(/#.*$/, '#/assessments'));
    }
    await expect.poll(() => page.locator('.assessment-table tbody tr').count(), { timeout: 30_000 }).toBe(3);
    // The first real input stores it.
    await page.getByTestId('new-assessment').click();
    await page.locator('#wz-product-name').fill('Toaster');
    await page.goto(page.url().replace(/#.*$/, '#/assessments'));
    await expect.poll(() => page.locator('.assessment-table tbody tr').count(), { timeout: 30_000 }).toBe(4);
    expect(await page.locator('.assessment-table').textContent()).toContain('Toaster');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the three worked examples on first run', async () => {
    const { page, errors, context } = await openPage(browser, '#/assessments');
    await expect.poll(() => page.locator('.assessment-table tbody tr').count(), { timeout: 30_000 }).toBe(3);
    const text = await page.locator('.assessment-table').textContent();
    expect(text).toContain('Socket protectors');
    expect(text).toContain('Serious');
    expect(errors).toEqual([]);
    await context.close();
  });
});
