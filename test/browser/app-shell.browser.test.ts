// The app shell in real Chromium: the overview lists both built-in regimes with clean rule files,
// no console errors, no serious accessibility violations, keyboard access (skip link, focus moves
// to the new page's heading on a route change).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';
import { a11yViolations, formatViolations } from './a11y';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('app shell', () => {
  it('shows the built-in regimes with clean rule files, without console errors or a11y violations', async () => {
    const { page, errors, context } = await openPage(browser, '#/');
    await page.locator('li.regime-card .status').first().waitFor({ timeout: 20_000 });
    const seen = await page.locator('li.regime-card').evaluateAll((cards) =>
      cards.map((c) => ({ id: c.getAttribute('data-regime'), status: c.querySelector('.status')?.textContent ?? null })),
    );
    await expect(page.title()).resolves.toBe('Overview – Riskcase');
    const shot = await screenshot(page, 'app-shell-home');
    expect(shot).toMatch(/app-shell-home\.png$/);
    const violations = await a11yViolations(page);
    expect(formatViolations(violations)).toBe('');
    expect(errors).toEqual([]);
    expect(seen.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual([
      { id: 'gpsr-2024', status: 'Rule files check clean' },
      { id: 'rapex-2004', status: 'Rule files check clean' },
      { id: 'rapex-2010', status: 'Rule files check clean' },
    ]);
    await context.close();
  });

  it('offers a skip link first and moves focus to the heading of the page navigated to', async () => {
    const { page, errors, context } = await openPage(browser, '#/');
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

    // Follow a navigation link with the keyboard: focus lands on the new page's main heading.
    await page.locator('nav a[href="#/cases"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.closest('main') !== null);
    await expect(page.locator('nav a[href="#/cases"]').getAttribute('aria-current')).resolves.toBe('page');
    await expect(page.title()).resolves.toBe('Cases – Riskcase');

    // An unknown route says so, with a way back, and gets focus too.
    await page.evaluate(() => (window.location.hash = '#/no/such/page'));
    await page.waitForFunction(() => document.activeElement?.textContent === 'Page not found');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a discreet note on whether the browser keeps the storage', async () => {
    const { page, errors, context } = await openPage(browser, '#/');
    const note = page.locator('footer [data-testid="storage-notice"]');
    await note.waitFor();
    const state = await note.getAttribute('data-state');
    expect(['persisted', 'not-persisted']).toContain(state);
    expect(errors).toEqual([]);
    await context.close();
  });
});
