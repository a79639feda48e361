// Rule-set versions in real Chromium: copy rapex-2010 to edit, shorten the Article 11 period in the
// editor, see the impact preview list the demo case's old and new due date, be refused while an
// example disagrees, fix it, publish with an effective date and find it listed as published. A
// version in force decides an undecided case on the deadlines page as on the case page. Then
// export/import of a version file, and gpsr-2024's working-day deadlines across a weekend
// and Easter evaluated in the regime's read-only view.
import { readFileSync } from 'node:fs';
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

const DEADLINES = readFileSync('rules/rapex-2010/deadlines.rules', 'utf8');
const SEVEN_DAYS = DEADLINES.replace('due 10 calendar days after obligatoryAdopted', 'due 7 calendar days after obligatoryAdopted');
// The example written for the Article 11 rule, corrected to the new period.
const SEVEN_DAYS_FIXED = SEVEN_DAYS.replace(
  /(adopted = 2026-02-20 \} \]\n\s+expect classification is article-11\n\s+expect deadline send-notification is )2026-03-02/,
  '$12026-02-27',
);

/** Replaces the whole text of the open file, as a paste would. */
async function replaceEditorText(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

async function waitSaved(page: Page, rev: number): Promise<void> {
  await page.locator(`.save-state[data-state="saved"]`, { hasText: `revision ${rev}` }).waitFor({ timeout: 15_000 });
}

describe('rule-set versions', () => {
  it('copies rapex-2010 to edit, previews the impact of a shorter deadline, refuses a failing example, publishes', async () => {
    expect(SEVEN_DAYS_FIXED).not.toBe(SEVEN_DAYS);
    const { page, errors, context } = await openPage(browser, '#/rulesets');
    const builtin = page.locator('tr[data-id="rapex-2010@builtin"]');
    await builtin.waitFor({ timeout: 20_000 });
    await expect(builtin.getAttribute('data-status')).resolves.toBe('builtin');
    await expect(builtin.textContent()).resolves.toContain('in force today');
    await screenshot(page, 'rulesets-list');
    expect(formatViolations(await a11yViolations(page))).toBe('');

    await page.getByRole('button', { name: 'Copy to edit: rapex-2010@builtin' }).click();
    await page.waitForURL(/#\/rulesets\/rapex-2010@1$/);
    await page.locator('.cm-editor .cm-content').waitFor({ timeout: 30_000 });
    await expect(page.locator('main h1').textContent()).resolves.toBe('rapex-2010 · version 1');
    await expect(page.locator('[data-testid="ruleset-status"]').textContent()).resolves.toContain('Draft');
    await expect(page.locator('.cm-content').getAttribute('contenteditable')).resolves.toBe('true');

    // Change the Article 11 period in deadlines.rules: 10 → 7 calendar days. Autosaved.
    await page.locator('.rules-tabs button', { hasText: 'deadlines.rules' }).click();
    await replaceEditorText(page, SEVEN_DAYS);
    await waitSaved(page, 2);

    await page.getByRole('button', { name: 'Publish…' }).click();
    await page.getByLabel('Effective from').fill('2027-01-01');
    await page.getByLabel('Note: what changed and why').fill('Article 11: seven days');
    await page.getByRole('button', { name: 'Check and preview the impact' }).click();
    // The impact: the demo folding chair case (Article 11, withdrawal adopted 2026-02-20), old beside new.
    const row = page.locator('[data-testid="impact"] tr[data-subject="demo-case-folding-chair"][data-what="deadline send-notification"]');
    await row.waitFor({ timeout: 20_000 });
    await expect(row.locator('.impact-before').textContent()).resolves.toBe('2026-03-02');
    await expect(row.locator('.impact-after').textContent()).resolves.toBe('2026-02-27');
    await expect(row.textContent()).resolves.toContain('Relaxa folding chair FC-3');
    await expect(page.locator('[data-testid="impact"]').textContent()).resolves.toContain('Compared with rapex-2010@builtin');
    // The example written for the old period now fails, and the check says where.
    await expect(page.locator('.publish-problems').first().textContent()).resolves.toMatch(/deadlines\.rules:\d+:\d+: example "Article 11 measure adopted 2026-02-20: by 2026-03-02"/);
    await screenshot(page, 'rulesets-impact-preview');
    expect(formatViolations(await a11yViolations(page))).toBe('');

    // Publishing refuses, listing why; nothing changes.
    await page.getByRole('button', { name: 'Publish rapex-2010@1' }).click();
    const refused = page.locator('[data-testid="publish-refused"]');
    await refused.waitFor({ timeout: 10_000 });
    await expect(refused.textContent()).resolves.toContain('expected deadline send-notification is 2026-03-02, got 2026-02-27');
    await expect(page.locator('[data-testid="ruleset-status"]').textContent()).resolves.toContain('Draft');

    // Correct the example, preview again, publish.
    await replaceEditorText(page, SEVEN_DAYS_FIXED);
    await waitSaved(page, 3);
    await page.getByRole('button', { name: 'Check and preview the impact' }).click();
    await page.locator('[data-testid="impact"] tr[data-subject="demo-case-folding-chair"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('.publish-problems').count()).toBe(0);
    await page.getByRole('button', { name: 'Publish rapex-2010@1' }).click();
    await page.locator('[data-testid="ruleset-status"]', { hasText: 'Published' }).waitFor({ timeout: 10_000 });
    await page.locator('.cm-editor .cm-content').waitFor({ timeout: 30_000 });
    await expect(page.locator('.cm-content').getAttribute('contenteditable')).resolves.toBe('false');
    await expect(page.locator('.ruleset-facts').textContent()).resolves.toContain('2027-01-01');
    await expect(page.locator('.ruleset-facts').textContent()).resolves.toContain('Article 11: seven days');
    await page.getByRole('button', { name: 'Copy to edit' }).waitFor();
    await screenshot(page, 'rulesets-published');

    await page.getByRole('link', { name: 'All rule-set versions' }).click();
    const published = page.locator('tr[data-id="rapex-2010@1"]');
    await published.waitFor({ timeout: 10_000 });
    await expect(published.getAttribute('data-status')).resolves.toBe('published');
    const cells = await published.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['Published', '2027-01-01', 'rapex-2010@builtin', 'Article 11: seven days']);
    // Effective next year: today the built-in version is still the one in force.
    await expect(page.locator('tr[data-id="rapex-2010@builtin"]').textContent()).resolves.toContain('in force today');
    await screenshot(page, 'rulesets-list-published');
    expect(formatViolations(await a11yViolations(page))).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a version in force decides the undecided cases alike on the deadlines page and the case page', async () => {
    const { page, errors, context } = await openPage(browser, '#/rulesets');
    await page.getByRole('button', { name: 'Copy to edit: rapex-2010@builtin' }).click({ timeout: 20_000 });
    await page.waitForURL(/#\/rulesets\/rapex-2010@1$/);
    await page.locator('.cm-editor .cm-content').waitFor({ timeout: 30_000 });
    await page.locator('.rules-tabs button', { hasText: 'deadlines.rules' }).click();
    await replaceEditorText(page, SEVEN_DAYS_FIXED);
    await waitSaved(page, 2);
    // Effective since the start of 2026: in force today.
    await page.getByRole('button', { name: 'Publish…' }).click();
    await page.getByLabel('Effective from').fill('2026-01-01');
    await page.getByLabel('Note: what changed and why').fill('Article 11: seven days, at once');
    await page.getByRole('button', { name: 'Check and preview the impact' }).click();
    await page.locator('[data-testid="impact"] tr[data-subject="demo-case-folding-chair"]').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Publish rapex-2010@1' }).click();
    await page.locator('[data-testid="ruleset-status"]', { hasText: 'Published' }).waitFor({ timeout: 10_000 });

    // The folding chair case has no notification yet: the version in force decides it — 7 days
    // from the withdrawal of 20 February, on both pages.
    await page.goto(page.url().replace(/#.*$/, '#/deadlines'));
    const row = page.locator('[data-testid="deadlines-table"] tbody tr[data-case-id="demo-case-folding-chair"]');
    await row.first().waitFor({ timeout: 30_000 });
    await expect(row.first().locator('time').getAttribute('datetime')).resolves.toBe('2026-02-27');
    await page.goto(page.url().replace(/#.*$/, '#/cases/demo-case-folding-chair'));
    // The case page lists its deadlines in its notification part.
    await page.locator('[role="tab"][data-part="notification"]').click({ timeout: 30_000 });
    const due = page.locator('[data-testid="deadline"][data-action="send-notification"]');
    await due.waitFor({ timeout: 30_000 });
    await expect(due.getAttribute('data-due')).resolves.toBe('2026-02-27');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a conflict when two tabs edit the same draft, and lets each choose', async () => {
    const a = await openPage(browser, '#/rulesets');
    await a.page.getByRole('button', { name: 'Copy to edit: rapex-2004@builtin' }).click();
    await a.page.waitForURL(/#\/rulesets\/rapex-2004@1$/);
    await a.page.locator('.cm-editor .cm-content').waitFor({ timeout: 30_000 });
    const b = await openPage(browser, '#/rulesets/rapex-2004@1', a.context);
    await b.page.locator('.cm-editor .cm-content').waitFor({ timeout: 30_000 });

    const typeAtEnd = async (page: Page, text: string) => {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(text);
      // Close the completion list the editor may have opened while typing.
      await page.keyboard.press('Escape');
    };
    // Both tabs type before either autosaves: B's save lands first, so A's edit is in conflict.
    await typeAtEnd(b.page, '-- note from tab B');
    await typeAtEnd(a.page, '-- note from tab A');
    await waitSaved(b.page, 2);
    const conflict = a.page.locator('.conflict-notice');
    await conflict.waitFor({ timeout: 15_000 });
    await expect(conflict.textContent()).resolves.toContain('revision 2');
    await expect(conflict.textContent()).resolves.toContain('Files that differ: classification.rules');
    await expect(a.page.locator('.save-state').getAttribute('data-state')).resolves.toBe('conflict');
    // Nothing typed in A is lost while it waits for a choice.
    expect(await a.page.locator('.cm-content').textContent()).toContain('-- note from tab A');
    await screenshot(a.page, 'rulesets-conflict');
    expect(formatViolations(await a11yViolations(a.page))).toBe('');

    // A keeps its text, saved over B's version; B, with nothing unsaved, follows at once.
    await a.page.getByRole('button', { name: 'Keep my changes (save over the other version)' }).click();
    await waitSaved(a.page, 3);
    await waitSaved(b.page, 3);
    const text = await b.page.locator('.cm-content').textContent();
    expect(text).toContain('-- note from tab A');
    expect(text).not.toContain('-- note from tab B');
    expect([...a.errors, ...b.errors]).toEqual([]);
    await a.context.close();
  });

  it('exports a version as a file and imports it back as a draft; a bad file writes nothing', async () => {
    const { page, errors, context } = await openPage(browser, '#/rulesets');
    await page.locator('tr[data-id="gpsr-2024@builtin"]').waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export gpsr-2024@builtin' }).click()]);
    expect(download.suggestedFilename()).toBe('gpsr-2024-builtin.ruleset.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.format).toBe('riskcase-ruleset');
    expect(exported.document.files.map((f: { file: string }) => f.file)).toContain('rules/gpsr-2024/deadlines.rules');

    const rows = () => page.locator('tbody tr').count();
    const before = await rows();
    const input = page.getByLabel('Import a rule-set file');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, document: { ...exported.document, files: [] } })) });
    await page.getByRole('alert').waitFor();
    // Edited after its export: the checksum refuses it before its content is read.
    await expect(page.getByRole('alert').textContent()).resolves.toContain('sha256: the checksum does not match');
    expect(await rows()).toBe(before);

    await input.setInputFiles({ name: 'gpsr.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.locator('tr[data-id="gpsr-2024@1"][data-status="draft"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('tr[data-id="gpsr-2024@1"] td').nth(2).textContent()).resolves.toBe('gpsr-2024@builtin');
    expect(await rows()).toBe(before + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows gpsr-2024 working-day deadlines across a weekend and across Easter', async () => {
    const { page, errors, context } = await openPage(browser, '#/rulesets/gpsr-2024@builtin');
    await page.locator('.cm-editor .cm-content').waitFor({ timeout: 30_000 });
    await expect(page.locator('.cm-content').getAttribute('contenteditable')).resolves.toBe('false');
    await page.getByRole('button', { name: 'Run examples' }).click();
    await expect(page.locator('.examples-summary').textContent()).resolves.toMatch(/^\d+ passed, 0 failed$/);

    const evaluate = async (doc: unknown) => {
      await page.getByLabel(/case document/i).fill(JSON.stringify(doc, null, 2));
      await page.getByRole('button', { name: 'Evaluate', exact: true }).click();
      await page.locator('.deadlines-result li').first().waitFor({ timeout: 10_000 });
      return page.locator('.deadlines-result').textContent();
    };
    const gasHeater = {
      product: { name: 'Gas heater', consumerProduct: true },
      risk: { level: 'serious' },
      measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-03-26' }],
    };
    // Thursday 26 March 2026 + 4 working days: Fri 27, (weekend), Mon 30, Tue 31, Wed 1 April —
    // no notifying State given, so weekends only, and the page says so.
    const plain = await evaluate(gasHeater);
    expect(plain).toContain('2026-04-01');
    expect(plain).toContain('weekends only — the notifying State is not given');
    // Norway's own holidays: a measure of Wednesday 1 April skips Maundy Thursday to Easter Monday.
    const norway = await evaluate({ ...gasHeater, measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-04-01' }], notifyingCountry: 'NO' });
    expect(norway).toContain('2026-04-10');
    expect(norway).toContain('working days of Norway');
    expect(norway).not.toContain('not known');
    // Notified Tuesday 31 March: the Commission's 4 working days skip Maundy Thursday to Easter Monday.
    const notified = await evaluate({ ...gasHeater, notification: { type: 'serious-risk', submitted: '2026-03-31' } });
    expect(notified).toContain('2026-04-09');
    expect(notified).toMatch(/working days/);
    expect(notified).toContain('working days of the Commission');
    await screenshot(page, 'rulesets-gpsr-working-days');
    expect(formatViolations(await a11yViolations(page))).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});
