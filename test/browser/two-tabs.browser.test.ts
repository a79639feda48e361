// Two tabs, one assessment: the first save wins, the second tab's save is refused (the revision is
// checked inside the write transaction), and that tab shows the conflict with the other version —
// nothing is overwritten and nothing the second user typed disappears from the screen. And a tab
// with nothing unsaved is kept fresh: a save elsewhere reaches it through the BroadcastChannel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch } from './harness';
import { a11yViolations, formatViolations } from './a11y';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ID = 'demo-hammer';

/** The stored record, read straight from IndexedDB in the page. */
function stored(page: Page): Promise<{ rev: number; doc: { product: { name: string; brand?: string } } }> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('riskcase');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('assessments').objectStore('assessments').get(id);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    ID,
  );
}

describe('two tabs editing the same assessment', () => {
  it('keeps the first save, refuses the stale one and shows the other version', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const tab = async () => {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      return page;
    };
    // Seeds the demo assessments (first run), then both tabs open the same record's editor.
    const a = await tab();
    await a.goto(baseUrl() + '#/assessments');
    await a.locator(`a[href="#/assessments/${ID}"]`).first().waitFor();
    const before = await stored(a);

    await a.goto(baseUrl() + `#/assessments/${ID}/wizard`);
    const b = await tab();
    await b.goto(baseUrl() + `#/assessments/${ID}/wizard`);
    const nameA = a.locator('#wz-product-name');
    const nameB = b.locator('#wz-product-name');
    await nameA.waitFor();
    await nameB.waitFor();

    // Tab A saves first (autosave on leaving the field).
    await nameA.fill('Hammer, edited in tab A');
    await nameA.blur();
    await expect.poll(async () => (await stored(a)).rev, { timeout: 10_000 }).toBe(before.rev + 1);

    // Tab B still holds the old revision: its save is refused and it says so.
    await nameB.fill('Hammer, edited in tab B');
    await nameB.blur();
    const notice = b.locator('[data-testid="conflict-notice"]');
    await notice.waitFor({ timeout: 10_000 });
    await expect(notice.locator('h2').textContent()).resolves.toBe('Saved in another tab');
    const rows = await notice.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)),
    );
    expect(rows).toContainEqual(['doc.product.name', 'Hammer, edited in tab B', 'Hammer, edited in tab A']);
    // The conflict takes focus: keyboard and screen-reader users learn of it at once.
    await expect(b.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Saved in another tab');
    // What B typed is still on screen, and A's version is what is stored.
    await expect(nameB.inputValue()).resolves.toBe('Hammer, edited in tab B');
    const after = await stored(b);
    expect(after.rev).toBe(before.rev + 1);
    expect(after.doc.product.name).toBe('Hammer, edited in tab A');
    expect(formatViolations(await a11yViolations(b))).toBe('');

    // B continues with A's version.
    await Promise.all([b.waitForEvent('load'), notice.getByRole('button', { name: 'Continue with their version' }).click()]);
    await nameB.waitFor();
    await expect(nameB.inputValue()).resolves.toBe('Hammer, edited in tab A');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refreshes another tab showing the same case when it has no unsaved change (BroadcastChannel)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const open = async (path: string) => {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.goto(baseUrl() + path);
      return page;
    };
    const list = await open('#/cases');
    const link = list.locator('a[href^="#/cases/"]').first();
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    const a = await open(href);
    const b = await open(href);
    const brandA = a.locator('#cf-product-brand');
    const brandB = b.locator('#cf-product-brand');
    await brandA.waitFor();
    await brandB.waitFor();
    await expect(brandA.isEditable()).resolves.toBe(true);
    await b.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    await brandA.fill('Brand saved in tab A');
    await brandA.press('Tab');
    // A draft saves itself after a pause.
    await expect.poll(() => a.locator('[data-testid="save-state"]').textContent(), { timeout: 15_000 }).toBe('Saved');
    // Tab B hears of the save and shows it, without a reload.
    await expect.poll(() => brandB.inputValue(), { timeout: 10_000 }).toBe('Brand saved in tab A');
    await expect(b.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
