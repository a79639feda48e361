// The case file page in real Chromium, end to end: build a case from the socket-protector
// assessment, see it classified as an Article 12 notification requiring emergency action, submit
// it, validate it as the validating authority, react as another State, watch the deadlines move,
// and check the public page shows no confidential part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';
import { a11yViolations, formatViolations } from './a11y';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SECRET_ORIGIN = 'Shenzhen-Backstreet-Workshop-7731';
const SECRET_JUSTIFICATION = 'Criminal-investigation-of-importer-4412';

async function setRole(page: Page, role: string): Promise<void> {
  await page.locator('[data-testid="role"]').selectOption(role);
}

async function act(page: Page, type: string): Promise<void> {
  const b = page.locator(`button[data-act="${type}"]`);
  await expect(b.isEnabled()).resolves.toBe(true);
  await b.click();
}

async function deadlineActions(page: Page): Promise<string[]> {
  return page.locator('[data-testid="deadline"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''));
}

describe('case lifecycle', () => {
  it('builds, classifies, submits, validates and reacts; the public page shows no confidential part', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await page.getByRole('button', { name: 'New case' }).click();
    await page.waitForFunction(() => /#\/cases\/.+/.test(location.hash));
    await page.locator('#cf-risk-attach').waitFor({ timeout: 30_000 });

    // Risk: attach the socket-protector assessment (computed here: serious, severity 4).
    await page.locator('#cf-risk-attach option', { hasText: 'Socket protectors' }).first().waitFor({ state: 'attached' });
    const value = await page.locator('#cf-risk-attach option', { hasText: 'Socket protectors' }).first().getAttribute('value');
    await page.locator('#cf-risk-attach').selectOption(value!);
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(page.locator('[data-testid="assessment-ref"]').textContent()).resolves.toContain('Serious risk');
    await expect(page.locator('#cf-risk-demo-socket-protectors-lifeThreatening').isChecked()).resolves.toBe(true);

    // Product, criteria, a measure, traceability marked confidential.
    await page.locator('#cf-product-brand').fill('SafeHome');
    await page.locator('#cf-product-model').fill('SP-12');
    await page.locator('#cf-product-barcode').fill('4006381333931');
    await page.locator('#cf-criteria-crossBorder').check();
    await page.getByRole('button', { name: 'Add a measure' }).click();
    await page.locator('#cf-measures-0--category').selectOption('recall');
    await page.locator('#cf-measures-0--takenBy').fill('National Product Safety Authority');
    await page.locator('#cf-measures-0--adopted').fill('2026-03-27');
    await page.locator('#cf-measures-0--entryIntoForce').fill('2026-03-27');
    await page.locator('#cf-traceability-origin').fill(SECRET_ORIGIN);
    await page.locator('#cf-confidentiality-parts-traceability').check();
    await page.locator('#cf-confidentiality-justification').fill(SECRET_JUSTIFICATION);

    // The rules' suggestion, with its explanation.
    const suggestion = page.locator('[data-testid="classification-suggestion"]');
    await expect(suggestion.getAttribute('data-classification')).resolves.toBe('article-12-emergency');
    const explanation = (await suggestion.textContent()) ?? '';
    expect(explanation).toContain('Article 12 notification requiring emergency action because:');
    expect(explanation).toContain('consumer product (Part II, 2.1)');
    expect(explanation).toContain('cross-border effects (Part II, 2.4.1)');
    await page.getByRole('button', { name: 'Accept this classification' }).click();
    await page.locator('#cf-notification-notifyingCountry').fill('NO');
    await page.locator('#cf-notification-contactPoint').fill('RAPEX Contact Point Norway');
    await page.locator('#cf-notification-personInCharge').fill('Kari Nordmann');
    await page.locator('#cf-notification-personInCharge').blur();

    // Explain every remaining gap (missing data is allowed when explained).
    const fields = await page.locator('[data-testid="gap"][data-explained="no"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field') ?? ''));
    expect(fields).toContain('product.photoIds');
    for (const f of fields) {
      const input = page.locator(`[data-testid="gap"][data-field="${f}"] textarea, [data-testid="gap"][data-field="${f}"] input`);
      if ((await input.count()) > 0) {
        await input.first().fill('Not available yet; will follow in an update.');
        await input.first().blur();
      }
    }
    await expect(page.locator('[data-testid="gap"][data-explained="no"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).resolves.toEqual([]);
    await expect(page.locator('[data-testid="completeness-summary"]').textContent()).resolves.toContain('Every missing item is explained');
    await expect.poll(() => deadlineActions(page)).toEqual(['send-notification']);
    await expect(page.locator('[data-testid="deadline"]').getAttribute('data-due')).resolves.toBe('2026-03-30');
    await screenshot(page, 'case-lifecycle-1-draft');

    // The authority hands it to the contact point, who checks for duplicates and submits.
    await act(page, 'SEND_TO_CONTACT_POINT');
    await expect.poll(() => page.locator('[data-testid="notification-status"]').textContent()).toBe('Check by the contact point');
    await setRole(page, 'contact-point');
    await page.getByRole('button', { name: 'Check for duplicates' }).click();
    await page.locator('[data-testid="no-duplicates"]').waitFor();
    await act(page, 'SUBMIT');
    await expect.poll(() => page.locator('[data-testid="notification-status"]').textContent()).toBe('Submitted');
    await expect.poll(() => deadlineActions(page)).toEqual(['validate-notification']);

    // The validating authority examines and validates.
    await setRole(page, 'validating-authority');
    await act(page, 'START_EXAMINATION');
    await page.locator('#cf-act-number').fill('A12/0100/26');
    await act(page, 'VALIDATE');
    await expect.poll(() => page.locator('[data-testid="notification-status"]').textContent()).toBe('Validated and distributed');
    await page.locator('[data-testid="no-deadlines"]').waitFor();
    await screenshot(page, 'case-lifecycle-2-validated');
    // What was entered before submission is what was validated (saved through every act).
    await expect(page.locator('#cf-risk-demo-socket-protectors-lifeThreatening').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-testid="classification-suggestion"]').getAttribute('data-classification')).resolves.toBe('article-12-emergency');

    // Another State reacts: product found, no measures (with the reasons).
    await setRole(page, 'other-state');
    // Another State reads the file (confidential parts included) but does not edit it.
    await expect(page.locator('#cf-product-brand').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#cf-traceability-origin').inputValue()).resolves.toBe(SECRET_ORIGIN);
    await page.locator('#cf-reaction-new-kind').selectOption('product-found');
    await page.locator('#cf-reaction-new-country').fill('SE');
    await page.getByRole('button', { name: 'Start a reaction' }).click();
    await page.locator('#cf-reactions-0--contactPoint').fill('RAPEX Contact Point Sweden');
    await page.locator('#cf-reactions-0--personInCharge').fill('Sven Svensson');
    await page.locator('#cf-reactions-0--productAsFound-batch').fill('L2025-11');
    await page.locator('#cf-reactions-0--productFound-itemsFound').fill('12');
    await page.locator('#cf-reactions-0--productFound-noMeasuresReason').fill('All items already sold; consumers warned by the retailer');
    await page.locator('#cf-reactions-0--productFound-noMeasuresReason').blur();
    await expect(page.locator('[data-testid="reaction-gaps"] li').allTextContents()).resolves.toEqual([]);
    await page.locator('button[data-reaction-act="SUBMIT"]').click();
    await expect.poll(() => page.locator('[data-testid="reaction-status"]').textContent()).toBe('Submitted');
    await expect.poll(() => deadlineActions(page)).toEqual(['validate-reaction']);

    await setRole(page, 'validating-authority');
    await page.locator('button[data-reaction-act="START_EXAMINATION"]').click();
    await page.locator('button[data-reaction-act="VALIDATE"]').click();
    await expect.poll(() => page.locator('[data-testid="reaction-status"]').textContent()).toBe('Validated');
    await page.locator('[data-testid="no-deadlines"]').waitFor();
    const timeline = await page.locator('[data-testid="timeline-entry"]').allTextContents();
    expect(timeline.some((l) => l.includes('Validate and distribute'))).toBe(true);
    expect(timeline.some((l) => l.includes('Submit the reaction'))).toBe(true);
    await screenshot(page, 'case-lifecycle-3-reacted');
    expect(formatViolations(await a11yViolations(page))).toBe('');

    // The public sees the product, the risk and the measures, not the confidential traceability.
    await setRole(page, 'public');
    await expect(page.locator('[data-testid="public-preview"]').textContent()).resolves.toContain('Socket protectors');
    await expect(page.locator('#cf-product-brand').count()).resolves.toBe(0);
    await page.evaluate(() => (window.location.hash = '#/public'));
    await page.locator('[data-testid="public-list"]').waitFor();
    const publicText = (await page.locator('main').textContent()) ?? '';
    expect(publicText).toContain('Socket protectors');
    for (const secret of [SECRET_ORIGIN, SECRET_JUSTIFICATION, 'Kari Nordmann', 'Sven Svensson']) expect(publicText).not.toContain(secret);
    await screenshot(page, 'case-lifecycle-4-public');
    expect(errors).toEqual([]);
    await context.close();
  });
});
