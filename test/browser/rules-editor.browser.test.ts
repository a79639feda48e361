// The rule sets pages in real Chromium: the list of regimes, a regime's files in the (lazily
// loaded) CodeMirror editor, running the examples, evaluating a sample case, and a mistake typed
// into a draft copy reported at the right line, live.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { a11yViolations, formatViolations } from './a11y';
import { launch, openPage, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('rule sets pages', () => {
  it('lists the regimes with their files, and loads no editor code for the list', async () => {
    const { page, errors, context } = await openPage(browser, '#/rules');
    await page.locator('li.regime-card[data-regime="rapex-2010"] a').first().waitFor({ timeout: 20_000 });
    await expect(page.locator('main h1').textContent()).resolves.toBe('Rule sets');
    await screenshot(page, 'rules-list');
    expect(formatViolations(await a11yViolations(page))).toBe('');
    const files = await page.locator('li.regime-card[data-regime="rapex-2010"] .rules-file-list code').allTextContents();
    expect(files).toContain('risk.rules');
    expect(await page.locator('.cm-editor').count()).toBe(0);
    // CodeMirror lives in the editor's own chunk, fetched only when a regime is opened.
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await loaded()).filter((n) => n.includes('/RuleEditor-'))).toEqual([]);
    await page.locator('li.regime-card[data-regime="rapex-2010"] h2 a').click();
    await page.locator('.cm-editor .cm-content').waitFor({ timeout: 30_000 });
    expect((await loaded()).some((n) => n.includes('/RuleEditor-'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a file in the editor, runs the examples and evaluates a sample case', async () => {
    const { page, errors, context } = await openPage(browser, '#/rules/rapex-2010?file=risk.rules');
    await page.locator('.cm-editor .cm-content').waitFor({ timeout: 30_000 }).catch(async (e) => {
      await screenshot(page, 'rules-regime-timeout');
      throw new Error(`${e}\n${errors.join('\n')}\n${await page.locator('main').innerText()}`);
    });
    await expect(page.locator('.rules-tabs button[aria-current="true"]').textContent()).resolves.toBe('risk.rules');
    // The built-in file is shown read-only, with our colouring.
    await expect(page.locator('.cm-content').getAttribute('contenteditable')).resolves.toBe('false');
    expect(await page.locator('.cm-content').textContent()).toContain('matrix band \\ severity');
    expect(await page.locator('.cm-content span').count()).toBeGreaterThan(50);

    // Hovering a name shows what it is and the chapter it cites.
    // CodeMirror asks for a hover once per pointer position; while the regime's analysis is still
    // running (slow under a loaded CI machine) the answer is empty, so move away and hover again.
    const name = page.locator('.cm-line span', { hasText: /^probabilityBand$/ }).first();
    const tip = page.locator('.cm-tooltip .rules-hover');
    await expect
      .poll(
        async () => {
          await page.mouse.move(0, 0);
          await name.hover();
          return tip.waitFor({ timeout: 2_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await expect(tip.textContent()).resolves.toMatch(/^probabilityBand bands.*Cites: Appendix 5/);

    await page.getByRole('button', { name: 'Run examples' }).click();
    const summary = await page.locator('.examples-summary').textContent();
    const m = /^(\d+) passed, (\d+) failed$/.exec(summary ?? '');
    expect(m, summary ?? '').not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(m![2]).toBe('0');
    expect(await page.locator('.example-results li[data-passed="true"]').count()).toBe(Number(m![1]));

    await page.getByRole('button', { name: 'Evaluate', exact: true }).click();
    await page.locator('.classification-result strong').first().waitFor();
    await expect(page.locator('.classification-result strong').first().getAttribute('data-value')).resolves.toBe('article-12-emergency');
    expect(await page.locator('.evaluation .trace li').count()).toBeGreaterThan(1);
    expect(await page.locator('.evaluation .trace').first().textContent()).toMatch(/\(Part II/);
    await screenshot(page, 'rules-regime-examples');
    expect(formatViolations(await a11yViolations(page))).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports a mistake typed into a draft copy at the right line, live', async () => {
    const file = 'criteria.rules';
    const lines = readFileSync(`rules/rapex-2010/${file}`, 'utf8').split('\n');
    // The text ends with a newline, so the cursor at the end sits on the last (empty) line.
    const errorLine = lines.length;
    const { page, errors, context } = await openPage(browser, `#/rules/rapex-2010?file=${file}`);
    await page.locator('.cm-editor .cm-content').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Try changes in a draft copy' }).click();
    await expect(page.locator('.cm-content').getAttribute('contenteditable')).resolves.toBe('true');

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('condition broken case.crossBorder');
    const item = page.locator(`[data-testid="problems-here"] li[data-line="${errorLine}"]`);
    await item.waitFor({ timeout: 10_000 });
    await expect(item.textContent()).resolves.toContain(
      `${file}:${errorLine}:18 expected '=' and an expression after the condition's name`,
    );
    // CodeMirror marks it too: a lint marker in the gutter and the offending word underlined.
    await page.locator('.cm-lint-marker-error').first().waitFor();
    await expect(page.locator('.cm-lintRange-error').first().textContent()).resolves.toBe('case');
    await screenshot(page, 'rules-editor-diagnostic');

    // While the draft has an error, nothing runs; discarding it brings the built-in text back.
    await expect(page.getByRole('button', { name: 'Run examples' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Discard the draft' }).click();
    await page.getByRole('button', { name: 'Run examples' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('.cm-content').textContent()).not.toContain('condition broken');
    expect(errors).toEqual([]);
    await context.close();
  });
});
