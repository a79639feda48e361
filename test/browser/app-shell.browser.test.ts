// The app shell in real Chromium: the overview lists both built-in regimes with clean rule files,
// no console errors, no serious accessibility violations, keyboard access (skip link, focus moves
// to the new page's heading on a route change).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { distDir, launch, openPage, screenshot } from './harness';
import { a11yViolations, formatViolations } from './a11y';
import { loadBuiltin } from '../helpers/regimes';

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
      { id: 'rapex-2019', status: 'Rule files check clean' },
    ]);
    await context.close();
  });

  it('the overview and the rule-set list show the periods of the regime files', async () => {
    const periodsOn = async (path: string, item: string) => {
      const { page, errors, context } = await openPage(browser, path);
      await page.locator(`${item} [data-testid="regime-period"]`).first().waitFor({ timeout: 20_000 });
      // every card or section has loaded its period, not only the first
      await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((el) => el.querySelector('[data-testid="regime-period"]')), item);
      const seen = await page.locator(item).evaluateAll((els) =>
        els.map((el) => {
          const p = el.querySelector('[data-testid="regime-period"]')!;
          return [el.getAttribute('data-regime'), p.getAttribute('data-from'), p.getAttribute('data-to') || null, p.textContent];
        }),
      );
      if (path === '#/rulesets') expect(await screenshot(page, 'rulesets-periods')).toMatch(/rulesets-periods\.png$/);
      expect(errors).toEqual([]);
      await context.close();
      return seen.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    };
    const fromFiles = ['gpsr-2024', 'rapex-2004', 'rapex-2010', 'rapex-2019'].map((id) => {
      const meta = loadBuiltin(id).ruleSet!.meta;
      const from = meta.effectiveFrom!.toString();
      const to = meta.effectiveTo?.toString() ?? null;
      return [id, from, to, to ? `Effective ${from} to ${to}` : `Effective from ${from}`];
    });
    expect(await periodsOn('#/', 'li.regime-card')).toEqual(fromFiles);
    expect(await periodsOn('#/rulesets', 'section.rulesets-regime')).toEqual(fromFiles);
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

  it('keeps the JavaScript of the first screen within its budget (the build the tests run on)', async () => {
    const gate = (await import(pathToFileURL(join(import.meta.dirname, '..', '..', 'scripts', 'check-budget.mjs')).href)) as {
      measureFirstScreen: (dist: string) => { files: { file: string; gzip: number }[]; total: number };
      BUDGET_BYTES: number;
    };
    const { files, total } = gate.measureFirstScreen(distDir());
    // The entry chunk and the overview's chunk at least; never the rule editor's (CodeMirror).
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.some((f) => /RegimePage|codemirror|editor/i.test(f.file))).toBe(false);
    expect(total).toBeLessThanOrEqual(gate.BUDGET_BYTES);
  });

  it('says so when a page cannot be loaded, keeps the shell, and recovers on the next navigation', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // The cases list page's chunk is lost (e.g. a deployment removed it mid-session).
    await context.route(/\/assets\/CasesListPage-[^/]*\.js$/, (route) => route.abort());
    const { page } = await openPage(browser, '#/', context);
    await page.locator('main h1').waitFor();
    await page.locator('nav a[href="#/cases"]').click();
    await expect(page.locator('main [role="alert"] h1').textContent()).resolves.toBe('This page could not be shown');
    await expect(page.locator('nav a[href="#/"]').isVisible()).resolves.toBe(true);
    expect(formatViolations(await a11yViolations(page))).toBe('');
    await page.locator('nav a[href="#/deadlines"]').click();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Deadlines' || !document.querySelector('main [role="alert"]'));
    await expect(page.locator('main [role="alert"] h1').count()).resolves.toBe(0);
    await context.close();
  });
});
