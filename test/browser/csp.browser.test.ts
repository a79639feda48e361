// Content Security Policy: the same strict policy arrives as a meta element and as a header, the
// app runs under it with no violation on any page, and it really blocks inline script. (Whether
// eval is blocked cannot be observed from here: code evaluated through DevTools is exempt.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch } from './harness';
import { routes } from '../../src/ui/routes';
import { match } from '../../src/ui/router';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Records CSP violations from the very start of every document (before any app script). */
async function watchedPage(): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]));
}

describe('content security policy', () => {
  it('is strict for scripts and identical in the meta element and the header', async () => {
    const { page } = await watchedPage();
    const response = await page.goto(baseUrl());
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    const h = directives(header);
    const m = directives(meta);
    expect(h.get('script-src')).toBe("'self'");
    expect(h.get('object-src')).toBe("'none'");
    expect(h.get('frame-ancestors')).toBe("'none'");
    expect(header).not.toMatch(/unsafe-eval/);
    expect(h.get('script-src')).not.toMatch(/unsafe-inline/);
    // The meta carries everything but frame-ancestors (which browsers ignore in a meta element).
    h.delete('frame-ancestors');
    expect(Object.fromEntries(m)).toEqual(Object.fromEntries(h));
    await page.context().close();
  });

  it('lets every page run without a violation or console error', async () => {
    const { page, errors, violations } = await watchedPage();
    await page.goto(baseUrl() + '#/');
    await page.locator('main h1').waitFor();
    // Every route once: the plain ones, then those with parameters through the app's own links
    // (the demo data seeded on first run).
    const visited = new Set<string>();
    const queue = ['/', ...routes.filter((r) => !r.path.includes(':')).map((r) => r.path)];
    while (queue.length) {
      const path = queue.shift()!;
      const m = match(routes, path);
      if (!m || visited.has(m.route.path)) continue;
      visited.add(m.route.path);
      await page.evaluate((p) => (location.hash = '#' + p), path);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(300);
      const links = await page.locator('a[href^="#/"]').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').slice(1).split('?')[0]));
      queue.push(...links);
    }
    expect(visited.size).toBeGreaterThan(routes.filter((r) => !r.path.includes(':')).length);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is enforced: an injected inline script does not run and is reported', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(baseUrl() + '#/');
    await page.locator('main h1').waitFor();
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    const seen = await violations();
    expect(seen.some((v) => v.startsWith('script-src-elem') || v.startsWith('script-src'))).toBe(true);
    await page.context().close();
  });
});
