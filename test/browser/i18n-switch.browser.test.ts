// Switching the language changes every text on the page at once, badges included (risk badges kept
// the old language until a reload), and numbers and dates follow the chosen language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const RISK_WORDS = {
  en: /^(Low|Medium|High|Serious) risk$/,
  de: /^(Geringes|Mittleres|Hohes|Ernstes) Risiko$/,
  fr: /^Risque (faible|moyen|élevé|grave)$/,
};

async function badges(page: Page): Promise<string[]> {
  return (await page.locator('main .risk-badge').allTextContents()).map((s) => s.trim());
}

async function expectAllIn(page: Page, l: keyof typeof RISK_WORDS) {
  await expect.poll(async () => (await badges(page)).filter((b) => !RISK_WORDS[l].test(b))).toEqual([]);
  expect((await badges(page)).length).toBeGreaterThan(0);
}

async function switchTo(page: Page, l: 'en' | 'de' | 'fr') {
  await page.locator('#lang-select, select[aria-label], .lang-switch select').first().selectOption(l);
}

describe('language switch', () => {
  it('updates every risk badge on the assessment list, an assessment and its report at once', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const { page, errors } = await openPage(browser, '#/assessments', context);
    await page.locator('main .risk-badge').first().waitFor();
    await expectAllIn(page, 'en');
    await switchTo(page, 'de');
    await expectAllIn(page, 'de');
    await screenshot(page, 'i18n-assessments-de');
    await switchTo(page, 'fr');
    await expectAllIn(page, 'fr');

    for (const view of ['', '/sensitivity', '/report']) {
      await page.evaluate((h) => (location.hash = h), `#/assessments/demo-folding-chair${view}`);
      await page.locator('main .risk-badge').first().waitFor();
      await expectAllIn(page, 'fr');
      await switchTo(page, 'de');
      await expectAllIn(page, 'de');
      await switchTo(page, 'fr');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes the date of a report and the "1 in N" figures in the chosen language', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const { page, errors } = await openPage(browser, '#/assessments/demo-hammer', context);
    await page.locator('main .one-in').first().waitFor();
    await expect.poll(() => page.locator('main .one-in').first().textContent()).toBe('1 in 6,000');
    await switchTo(page, 'de');
    await expect.poll(() => page.locator('main .one-in').first().textContent()).toBe('1 zu 6.000');
    await switchTo(page, 'fr');
    await expect.poll(() => page.locator('main .one-in').first().textContent()).toBe('1 sur 6\u202f000');
    expect(errors).toEqual([]);
    await context.close();
  });
});
