// Offline: after the first visit the service worker has precached the app, its lazily loaded pages
// and the built-in rules, so with the network off the app still starts and moves between pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import type { Browser } from 'playwright-core';
import { distDir, launch, openPage } from './harness';
import { a11yViolations, formatViolations } from './a11y';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('starts and navigates with the network off once the service worker controls the page', async () => {
    const { page, errors, context } = await openPage(browser, '#/');
    await page.locator('main h1').waitFor();
    // The first install claims the page (clientsClaim) once everything is precached.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
    await expect(page.locator('[data-testid="offline-ready"] p').textContent()).resolves.toBe('Riskcase is ready to work offline.');

    await context.setOffline(true);
    await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
    await page.reload();
    await expect(page.locator('main h1').textContent()).resolves.toBe('Rule sets (regimes)');
    // The rule files were precached with the app: the overview lists the regimes offline too.
    await page.locator('li.regime-card').first().waitFor();
    await expect(page.locator('li.regime-card').count()).resolves.toBeGreaterThan(0);

    // Pages that were never opened online come from the precache as well (lazy chunks).
    for (const href of ['#/cases', '#/deadlines', '#/public']) {
      await page.locator(`nav a[href="${href}"]`).click();
      await page.waitForFunction((h) => location.hash === h, href);
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      await expect(page.locator('main h1').textContent()).resolves.not.toBe('Page not found');
    }

    // A cold start in a new tab, still offline.
    const second = await context.newPage();
    await second.goto(page.url().split('#')[0] + '#/cases');
    await second.locator('main h1').waitFor();
    await expect(second.locator('main h1').textContent()).resolves.not.toBe('Page not found');

    expect(errors).toEqual([]);
    // And the network really was off: anything not precached fails.
    await expect(
      second.evaluate(() => fetch(`/not-precached-${Date.now()}.txt`).then(() => 'reached', () => 'failed')),
    ).resolves.toBe('failed');
    await context.close();
  });

  it('offers a new version without reloading by itself, and reloads only when asked', async () => {
    // Our own copy of the build, so we can "deploy" a new version without touching the shared one.
    // (Playwright cannot intercept the browser's own service-worker update checks.)
    const dir = mkdtempSync(join(tmpdir(), 'riskcase-update-'));
    cpSync(distDir(), dir, { recursive: true });
    const server = await preview({ logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.goto(`http://127.0.0.1:${address.port}/#/`);
      await page.locator('main h1').waitFor();
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
      await page.evaluate(() => ((window as unknown as { __unsaved: string }).__unsaved = 'half-filled form'));
            const checkForUpdate = () => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const unsaved = () => page.evaluate(() => (window as unknown as { __unsaved?: string }).__unsaved);

      appendFileSync(join(dir, 'sw.js'), '\n// a new deployment\n');
      await checkForUpdate();
      const prompt = page.locator('[role="status"] [data-testid="update-prompt"]');
      await prompt.waitFor({ timeout: 30_000 });
      await expect(prompt.locator('strong').textContent()).resolves.toBe('A new version of Riskcase is available.');
      expect(formatViolations(await a11yViolations(page))).toBe('');
      // Not now: the prompt goes, the page (and what the user typed) stays.
      await page.getByRole('button', { name: 'Later' }).click();
      await expect(prompt.count()).resolves.toBe(0);
      await expect(unsaved()).resolves.toBe('half-filled form');

      // A later deployment is offered too, still without a reload.
      appendFileSync(join(dir, 'sw.js'), '\n// another deployment\n');
      await checkForUpdate();
      await prompt.waitFor({ timeout: 30_000 });
      await expect(unsaved()).resolves.toBe('half-filled form');
      await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.getByRole('button', { name: 'Reload now' }).click()]);
      await page.locator('main h1').waitFor();
      await expect(unsaved()).resolves.toBeUndefined();
      await expect(prompt.count()).resolves.toBe(0);
      const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null));
      expect(waiting).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
