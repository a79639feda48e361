// A case keeps the rule-set version it was decided under when a newer version takes effect (its
// deadline included); moving it to the version in force is an explicit act with a reason, recorded
// in its history (issue: casework fault 2).
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { socketProtectorCase } from '../../src/demo/cases';
import { canonicalJson, sha256Hex } from '../../src/store/case-export';
import { a11yViolations } from './a11y';
import { openCase, part, setRole } from './case-helpers';
import { launch, openPage, screenshot } from './harness';
import { putRecords } from './idb';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** rapex-2010 version 1, published from 2026-01-01: the emergency notification due in 5 days, not 3. */
function publishedVersion1() {
  const dir = 'rules/rapex-2010';
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.rules'))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      if (file !== 'deadlines.rules') return { file, text };
      const edited = text.replace('due 3 calendar days after measuresDate', 'due 5 calendar days after measuresDate');
      if (edited === text) throw new Error('the emergency deadline of rapex-2010 moved: update this test');
      return { file, text: edited };
    });
  const at = '2026-01-01T09:00:00.000Z';
  return { id: 'rapex-2010@1', rev: 1, updatedAt: at, regimeId: 'rapex-2010', version: 1, status: 'published', effectiveFrom: '2026-01-01', basedOn: 'rapex-2010@builtin', note: 'Emergency deadline 5 days', files, createdAt: at, publishedAt: at };
}

describe('a case and a newer rule-set version', () => {
  it('keeps the version it was decided under until moved, with a reason, and the history says so', async () => {
    const c = socketProtectorCase('move-case');
    c.ruleSetVersion = 'rapex-2010@builtin';
    const body = { format: 'riskcase-case', version: 1, exportedAt: '2026-04-01T10:00:00.000Z', case: c, history: [], photos: [] };
    const envelope = JSON.stringify({ ...body, sha256: await sha256Hex(canonicalJson(body)) });

    const { page, errors, context } = await openPage(browser, '#/cases');
    await page.locator('[data-testid="cases-table"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('case-import').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(envelope) });
    await expect.poll(() => page.getByTestId('casework-notice').textContent(), { timeout: 30_000 }).toContain('was imported');
    await putRecords(page, 'ruleSets', [publishedVersion1()]);
    await page.reload();

    await openCase(page, 'move-case');
    const line = page.getByTestId('rule-set-version');
    await expect.poll(() => line.textContent(), { timeout: 30_000 }).toContain('decided under rapex-2010@builtin');
    await part(page, 'notification');
    const duties = page.locator('[data-testid="case-panel"]');
    // Measures adopted 2026-03-27: 3 calendar days under the version it was decided under.
    await expect.poll(() => duties.textContent(), { timeout: 30_000 }).toContain('Send the notification: 2026-03-30');

    await setRole(page, 'national-authority');
    await page.getByTestId('move-rule-set').click();
    await page.getByRole('button', { name: 'Move the case' }).click();
    await expect.poll(() => line.textContent()).toContain('Give the reason for the move.');
    expect(await line.getAttribute('data-version')).toBe('rapex-2010@builtin');

    await page.getByLabel('Why the case moves to the rules in force').fill('The shorter deadline was an error of the old version; the new one applies to open cases.');
    await page.getByRole('button', { name: 'Move the case' }).click();
    await expect.poll(() => line.getAttribute('data-version'), { timeout: 30_000 }).toBe('rapex-2010@1');
    // The page reloads its rules and stays on the part it was on.
    await expect.poll(() => page.locator('[data-testid="case-panel"]').getAttribute('data-part')).toBe('notification');
    await expect.poll(() => duties.textContent(), { timeout: 30_000 }).toContain('Send the notification: 2026-04-01');
    await screenshot(page, 'case-moved-rule-set');
    expect(await a11yViolations(page)).toEqual([]);

    await part(page, 'history');
    await expect.poll(() => page.locator('[data-testid="case-panel"]').textContent(), { timeout: 30_000 }).toMatch(/rapex-2010@builtin[\s\S]*rapex-2010@1|The shorter deadline was an error/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
