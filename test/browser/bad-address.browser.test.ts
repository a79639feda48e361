// A malformed address (`#/cases/%E0%A4%A`, a broken percent-encoding) in real Chromium: the
// not-found page, no error, and navigation keeps working (the router used to throw and freeze
// navigation until a reload).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('bad addresses', () => {
  it('get the not-found page, and the links still lead on', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases/%E0%A4%A');
    await page.locator('main h1', { hasText: 'Page not found' }).waitFor();
    await screenshot(page, 'bad-address-not-found');
    // Typed over a good page too, then away again with a link.
    await page.evaluate(() => (window.location.hash = '#/cases'));
    await page.waitForFunction(() => document.title === 'Cases – Riskcase');
    await page.evaluate(() => (window.location.hash = '#/assessments/%'));
    await page.locator('main h1', { hasText: 'Page not found' }).waitFor();
    await page.locator('nav a[href="#/cases"]').click();
    await page.waitForFunction(() => document.title === 'Cases – Riskcase');
    await expect(page.locator('nav a[href="#/cases"]').getAttribute('aria-current')).resolves.toBe('page');
    expect(errors).toEqual([]);
    await context.close();
  });
});
