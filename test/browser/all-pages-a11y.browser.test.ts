// Every page of the app (the route list is read at test time, so new pages are covered without
// touching this file) has no serious or critical accessibility violation. Pages with parameters
// are reached through the app's own links, starting from the overview, with the demo data that
// the app seeds on first run — one concrete address per route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './harness';
import { a11yViolations, formatViolations } from './a11y';
import { routes } from '../../src/ui/routes';
import { match } from '../../src/ui/router';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the page has its heading and its content has stopped changing for a moment. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  let last = '';
  for (let i = 0; i < 30; i++) {
    const now = await page.locator('main').innerHTML();
    if (now === last) return;
    last = now;
    await page.waitForTimeout(200);
  }
}

/** App links on the page (hash routes), without the query part. */
async function appLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.slice(1).split('?')[0]))];
}

describe('accessibility of every page', () => {
  it('finds no serious or critical violation on any route', async () => {
    const { page, context } = await openPage(browser, '#/');
    await settle(page);
    const visited = new Map<string, string>(); // route pattern -> concrete path visited
    const report: string[] = [];
    const queue: string[] = ['/', ...routes.filter((r) => !r.path.includes(':')).map((r) => r.path)];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const m = match(routes, path);
      if (!m || visited.has(m.route.path)) continue;
      visited.set(m.route.path, path);
      await page.evaluate((p) => (location.hash = '#' + p), path);
      await page.waitForFunction((p) => location.hash === '#' + p, path);
      try {
        await settle(page);
      } catch (e) {
        report.push(`#${path} (${m.route.path}): the page shows no <h1> — ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      const violations = await a11yViolations(page);
      if (violations.length) report.push(`#${path} (${m.route.path}):\n${formatViolations(violations)}`);
      for (const link of await appLinks(page)) queue.push(link);
    }
    const unreached = routes.map((r) => r.path).filter((p) => !visited.has(p));
    await context.close();
    // Reported together, so one run lists every page's problems.
    expect.soft(report.join('\n\n')).toBe('');
    expect.soft(unreached, 'routes no link leads to from the demo data').toEqual([]);
  });
});
