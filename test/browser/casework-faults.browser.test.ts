// The procedure faults of the casework issue, as a case officer, a contact point, the validator and
// another State meet them on the page (the domain side of each is in
// test/domain/case/procedure-faults.test.ts), and the whole procedure with each type of reaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PUBLISHED_CASE_ID } from '../../src/demo/published-case';
import { a11yViolations, formatViolations } from './a11y';
import { act, explainGaps, openCase, part, reactionAct, saved, setRole } from './case-helpers';
import { launch, openPage, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const YY = new Date().getFullYear() % 100;
const tomorrow = (): string => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function casesOpen(page: Page): Promise<void> {
  await page.locator('[data-testid="cases-table"]').waitFor({ timeout: 30_000 });
}

/** Starts a reaction of `kind` as another State on the published demo case; returns its index. */
async function startReaction(page: Page, kind: string, country: string): Promise<number> {
  await part(page, 'reactions');
  const before = await page.locator('[data-testid="reaction"]').count();
  await page.locator('#cf-reaction-new-kind').selectOption(kind);
  await page.locator('#cf-reaction-new-country').fill(country);
  await page.locator('#cf-reaction-new-country').blur();
  await page.getByRole('button', { name: 'Start a reaction' }).click();
  await expect.poll(() => page.locator('[data-testid="reaction"]').count()).toBe(before + 1);
  const i = before;
  await page.locator(`#cf-reactions-${i}--contactPoint`).fill(`RAPEX Contact Point ${country}`);
  await page.locator(`#cf-reactions-${i}--personInCharge`).fill('Person in charge');
  await page.locator(`#cf-reactions-${i}--personInCharge`).blur();
  return i;
}

describe('the whole procedure with each type of reaction', () => {
  it('product found, a different risk assessment (every field its check needs is on the form) and additional information: submitted, examined, validated', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await casesOpen(page);
    await openCase(page, PUBLISHED_CASE_ID);
    await setRole(page, 'other-state');

    // Product found, with the items found and no measures (with the reasons).
    const found = await startReaction(page, 'product-found', 'DK');
    await page.locator(`#cf-reactions-${found}--productFound-itemsFound`).fill('4');
    await page.locator(`#cf-reactions-${found}--productFound-noMeasuresReason`).fill('Sold out; retailers informed');
    await page.locator(`#cf-reactions-${found}--productFound-noMeasuresReason`).blur();

    // Fault 1: a different risk assessment has a field for each thing its check requires.
    const dra = await startReaction(page, 'different-risk-assessment', 'FI');
    const form = page.locator('[data-testid="reaction"]').nth(dra);
    await page.locator(`#cf-reactions-${dra}--dra-hazard`).selectOption('electrical-energy');
    await form.getByRole('button', { name: 'Add a test result' }).click();
    await page.locator(`#cf-reactions-${dra}--dra-testResults-0--laboratory`).fill('Finnish test house');
    await page.locator(`#cf-reactions-${dra}--dra-testResults-0--summary`).fill('Cord insulation holds 10 000 flexings');
    await page.locator(`#cf-reactions-${dra}--dra-failedRequirements`).fill('EN 60335-2-23, clause 25.14');
    await page.locator(`#cf-reactions-${dra}--dra-failedRequirements`).blur();
    const option = await page.locator(`#cf-reactions-${dra}--dra-attach option`, { hasText: 'Socket protectors' }).first().getAttribute('value');
    await page.locator(`#cf-reactions-${dra}--dra-attach`).selectOption(option!);
    await form.getByRole('button', { name: 'Attach', exact: true }).click();
    await form.locator('[data-testid="reaction-assessment"]').waitFor();
    await page.locator(`#cf-reactions-${dra}--dra-conclusions`).fill('No serious risk in our tests');
    // Leaving a field commits it (and the message under it goes): then the next button is where it was.
    await page.locator(`#cf-reactions-${dra}--dra-conclusions`).blur();
    await form.getByRole('button', { name: 'Add an incident or accident' }).click();
    await form.locator('[data-testid="accident"]').waitFor();
    await page.locator(`#cf-reactions-${dra}--dra-accidents-0--description`).fill('None known in Finland');
    await page.locator(`#cf-reactions-${dra}--dra-accidents-0--date`).fill('2026-02-01');
    await page.locator(`#cf-reactions-${dra}--dra-accidents-0--country`).fill('FI');
    await page.locator(`#cf-reactions-${dra}--dra-sameProductEvidence`).fill('Same brand, model HS-900 and batch 2025-W38 bought in Helsinki');
    await page.locator(`#cf-reactions-${dra}--dra-sameProductEvidence`).blur();

    // Additional information on the supply chain, with an economic operator.
    const info = await startReaction(page, 'additional-information', 'IS');
    await page.locator(`#cf-reactions-${info}--ai-origin`).fill('Made in Shenzhen, exported through Hong Kong');
    await page.locator(`#cf-reactions-${info}--ai-origin`).blur();
    await page.locator('[data-testid="reaction"]').nth(info).getByRole('button', { name: 'Add an economic operator' }).click();
    await page.locator(`#cf-reactions-${info}--ai-parties-0--name`).fill('Reykjavik Beauty ehf');
    await page.locator(`#cf-reactions-${info}--ai-parties-0--name`).blur();

    for (const i of [found, dra, info]) {
      await explainGaps(page, `[data-testid="reaction"]:nth-of-type(${i + 1})`);
      await reactionAct(page, 'SUBMIT', i);
      await expect.poll(() => page.locator('[data-testid="reaction"]').nth(i).getAttribute('data-status')).toBe('submitted');
    }
    await screenshot(page, 'casework-reactions-submitted');
    expect(formatViolations(await a11yViolations(page))).toBe('');

    await setRole(page, 'validating-authority');
    for (const i of [found, dra, info]) {
      await reactionAct(page, 'START_EXAMINATION', i);
      await reactionAct(page, 'VALIDATE', i);
      await expect.poll(() => page.locator('[data-testid="reaction"]').nth(i).getAttribute('data-status')).toBe('validated');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('procedure faults on the page', () => {
  it('7, 11: traceability holds lists; one product name shown everywhere; the history names fields by label', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await casesOpen(page);
    await openCase(page, 'demo-case-socket-protectors');
    await part(page, 'traceability');
    await page.getByRole('button', { name: 'Add an importer' }).click();
    await page.locator('#cf-traceability-importers-1--name').fill('Second Importer AS');
    await page.locator('#cf-traceability-importers-1--address').fill('Kaigata 2, Bergen');
    await page.getByRole('button', { name: 'Add a distributor' }).click();
    await page.locator('#cf-traceability-distributors-1--name').fill('Another Distributor AS');
    await page.locator('#cf-traceability-distributors-1--name').blur();
    await part(page, 'product');
    await page.locator('#cf-product-name').fill('Socket covers');
    await page.locator('#cf-product-name').blur();
    await saved(page);
    await expect(page.locator('[data-testid="case-header"] h1').textContent()).resolves.toBe('SafeHome Socket covers');
    await page.reload();
    await part(page, 'traceability');
    await expect(page.locator('#cf-traceability-importers-0--name').inputValue()).resolves.toBe('Nordic Baby Supplies AS');
    await expect(page.locator('#cf-traceability-importers-1--name').inputValue()).resolves.toBe('Second Importer AS');
    await expect(page.locator('#cf-traceability-distributors-1--name').inputValue()).resolves.toBe('Another Distributor AS');
    await part(page, 'history');
    const history = (await page.locator('[data-testid="timeline-entry"]').allTextContents()).join('\n');
    expect(history).toContain('Importer 2');
    expect(history).toContain('Distributor 2');
    expect(history).toContain('Product name');
    expect(history).not.toMatch(/traceability\.|product\.name|\[\d+\]/);
    expect(history).not.toContain('saved without changes');
    // The list names the case by its product, too.
    await page.evaluate(() => (location.hash = '#/cases'));
    await casesOpen(page);
    await expect(page.locator('tr[data-case-id="demo-case-socket-protectors"] th').textContent()).resolves.toContain('SafeHome Socket covers');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('8, 10: a date that is not a date is named and not stored; acts dated after today are refused; future adoption is pointed out; required fields are marked', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await casesOpen(page);
    await openCase(page, 'demo-case-socket-protectors');
    await part(page, 'measures');
    await page.locator('#cf-measures-0--adopted').fill('2026-02-30');
    await page.locator('#cf-measures-0--adopted').blur();
    await expect(page.locator('#cf-measures-0--adopted-problem').textContent()).resolves.toContain('“2026-02-30” is not a date');
    await expect(page.locator('#cf-measures-0--adopted').inputValue()).resolves.toBe('2026-02-30');
    await expect.poll(() => page.locator('[data-testid="save-state"]').textContent()).toBe('Not saved: a field needs mending');
    await expect(page.locator('[data-testid="save-case"]').isDisabled()).resolves.toBe(true);
    // Mended, it counts; a future adoption date is allowed and pointed out.
    await page.locator('#cf-measures-0--adopted').fill('2099-01-01');
    await page.locator('#cf-measures-0--adopted').blur();
    await expect(page.locator('#cf-measures-0--adopted-warning').textContent()).resolves.toContain('it still counts');
    await saved(page);
    // An act dated after today is refused, with the reason.
    await page.locator('#case-act-date').fill(tomorrow());
    await part(page, 'notification');
    await expect(page.locator('button[data-act="SEND_TO_CONTACT_POINT"]').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#why-SEND_TO_CONTACT_POINT').textContent()).resolves.toContain('an act cannot be dated in the future');
    // Fault 10: the product name is required; without it, it must be given (no explanation stands in).
    await part(page, 'product');
    await expect(page.locator('label[for="cf-product-name"]').textContent()).resolves.toContain('required');
    await page.locator('#cf-product-name').fill('');
    await page.locator('#cf-product-name').blur();
    await part(page, 'notification');
    const gap = page.locator('[data-testid="gap"][data-field="product.name"]');
    await expect(gap.textContent()).resolves.toContain('this must be given');
    expect(await gap.locator('input, textarea').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('9: the validator’s number must have the form of the type and not be in use', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await casesOpen(page);
    await openCase(page, 'demo-case-folding-chair');
    await act(page, 'SEND_TO_CONTACT_POINT');
    await setRole(page, 'contact-point');
    await part(page, 'notification');
    if (await page.getByRole('button', { name: 'Accept this classification' }).isVisible()) await page.getByRole('button', { name: 'Accept this classification' }).click();
    await page.locator('#cf-notification-contactPoint').fill('RAPEX Contact Point Norway');
    await page.locator('#cf-notification-contactPoint').blur();
    await explainGaps(page);
    await page.locator('[data-testid="no-duplicates"], [data-testid="duplicate"]').first().waitFor();
    if ((await page.locator('[data-testid="duplicate"]').count()) > 0) {
      await page.locator('#cf-duplicates-notADuplicate').fill('Another product');
      await page.locator('#cf-duplicates-notADuplicate').blur();
    }
    await act(page, 'SUBMIT');
    await setRole(page, 'validating-authority');
    await act(page, 'START_EXAMINATION');
    const number = page.locator('#cf-act-number');
    await number.fill(`A12/0100/${YY}`);
    await number.blur();
    await expect.poll(() => page.locator('#why-VALIDATE').textContent()).toContain('A11/####/YY');
    await expect(page.locator('button[data-act="VALIDATE"]').isDisabled()).resolves.toBe(true);
    // The demo's published case has A12/0107/26: an Article 12 number is never given twice.
    await page.locator('#cf-act-validateAs').selectOption('article-12');
    await number.fill('A12/0107/26');
    await number.blur();
    if (YY === 26) await expect.poll(() => page.locator('#why-VALIDATE').textContent()).toContain('already given');
    await page.locator('#cf-act-validateAs').selectOption('');
    await number.fill(`A11/0100/${YY}`);
    await number.blur();
    await act(page, 'VALIDATE');
    await expect.poll(() => page.locator('[data-testid="notification-status"]').textContent()).toBe('Validated and distributed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('3, 4, 6: an update is public only once accepted; deadlines say who owes them; a withdrawal request is seen and decided', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await casesOpen(page);
    await openCase(page, PUBLISHED_CASE_ID);
    await setRole(page, 'contact-point');
    await part(page, 'product');
    await page.locator('#cf-product-name').fill('Hair straightener PRO');
    await page.locator('#cf-product-name').blur();
    await act(page, 'UPDATE');
    await expect.poll(() => page.locator('[data-testid="notification-status"]').textContent()).toBe('Update under examination');
    await page.evaluate(() => (location.hash = '#/public'));
    await page.locator('[data-testid="public-list"]').waitFor({ timeout: 30_000 });
    let pub = (await page.locator('main').textContent()) ?? '';
    expect(pub).toContain('Hair straightener');
    expect(pub).not.toContain('Hair straightener PRO');
    await openCase(page, PUBLISHED_CASE_ID);
    await setRole(page, 'validating-authority');
    await act(page, 'ACCEPT_UPDATE');
    await page.evaluate(() => (location.hash = '#/public'));
    await page.locator('[data-testid="public-list"]').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('Hair straightener PRO');

    // 6: the contact point asks for a withdrawal; the validator sees ground, justification, documents.
    await openCase(page, PUBLISHED_CASE_ID);
    await part(page, 'notification');
    expect(await page.locator('button[data-act="REFUSE_WITHDRAWAL"]').count()).toBe(0);
    await setRole(page, 'contact-point');
    await part(page, 'notification');
    await page.locator('#cf-act-ground').selectOption('wrong-risk-assessment');
    await page.locator('#cf-act-justification').fill('A second laboratory found no defect');
    await page.locator('#cf-act-documents').fill('Second test report 2026-77.pdf');
    await page.locator('#cf-act-documents').blur();
    await act(page, 'REQUEST_WITHDRAWAL');
    await expect.poll(() => page.locator('[data-testid="case-state"]').textContent()).toBe('Withdrawal requested');
    await setRole(page, 'validating-authority');
    await part(page, 'notification');
    const request = (await page.locator('[data-testid="withdrawal-request"]').textContent()) ?? '';
    expect(request).toContain('Wrong risk assessment');
    expect(request).toContain('A second laboratory found no defect');
    expect(request).toContain('Second test report 2026-77.pdf');
    await screenshot(page, 'casework-withdrawal-requested');
    await act(page, 'REFUSE_WITHDRAWAL');
    await expect.poll(() => page.locator('[data-testid="case-state"]').textContent()).toBe('Validated and distributed');

    // 4, 5: the validator asks for information by a date: the notifying State owes it; the deadlines page says so.
    await openCase(page, 'demo-case-socket-protectors');
    await setRole(page, 'national-authority');
    await act(page, 'SEND_TO_CONTACT_POINT');
    await setRole(page, 'contact-point');
    await part(page, 'notification');
    await page.getByRole('button', { name: 'Accept this classification' }).click();
    await page.locator('[data-testid="no-duplicates"], [data-testid="duplicate"]').first().waitFor();
    if ((await page.locator('[data-testid="duplicate"]').count()) > 0) {
      await page.locator('#cf-duplicates-notADuplicate').fill('Another product');
      await page.locator('#cf-duplicates-notADuplicate').blur();
    }
    await act(page, 'SUBMIT');
    await setRole(page, 'validating-authority');
    await act(page, 'START_EXAMINATION');
    await page.locator('#cf-act-dueBy').fill('2099-06-30');
    await page.locator('#cf-act-dueBy').blur();
    await act(page, 'REQUEST_INFORMATION');
    await part(page, 'notification');
    await expect.poll(() => page.locator('[data-testid="own-duties"] [data-testid="deadline"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-action')} ${e.getAttribute('data-due')} ${e.getAttribute('data-owner')}`))).toContain('provide-information 2099-06-30 notifying-state');
    await expect(page.locator('[data-testid="commission-duties"] [data-testid="deadline"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-owner')))).resolves.toEqual(['commission']);
    await page.evaluate(() => (location.hash = '#/deadlines'));
    const row = page.locator('[data-testid="deadlines-table"] tbody tr[data-case-id="demo-case-socket-protectors"]', { hasText: 'Provide the information requested' });
    await row.waitFor({ timeout: 30_000 });
    await expect(row.locator('td[data-owner]').getAttribute('data-owner')).resolves.toBe('notifying-state');
    pub = (await page.locator('[data-testid="deadlines-table"]').textContent()) ?? '';
    expect(pub).not.toContain('Update the reaction');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('12: "New case" stores nothing until the first real input; a draft can be deleted after confirmation, never a submitted notification', async () => {
    const { page, errors, context } = await openPage(browser, '#/cases');
    await casesOpen(page);
    const rows = page.locator('[data-testid="cases-table"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    const total = await rows.count();
    await page.getByRole('button', { name: 'New case' }).click();
    await page.locator('[data-testid="case-header"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => (location.hash = '#/cases'));
    await casesOpen(page);
    await expect.poll(() => rows.count()).toBe(total);
    // The first real input creates it.
    await page.getByRole('button', { name: 'New case' }).click();
    await page.locator('#cf-product-name').fill('Kick scooter');
    await page.locator('#cf-product-name').blur();
    await saved(page);
    await expect(page.locator('[data-testid="case-header"] h1').textContent()).resolves.toBe('Kick scooter');
    await page.getByTestId('delete-draft').click();
    await page.getByTestId('delete-draft-confirm').click();
    await page.waitForFunction(() => location.hash === '#/cases');
    await casesOpen(page);
    await expect.poll(() => rows.count()).toBe(total);
    // A submitted notification offers no delete.
    await expect(page.locator(`tr[data-case-id="${PUBLISHED_CASE_ID}"] button`, { hasText: 'Delete' }).count()).resolves.toBe(0);
    await expect(page.locator('tr[data-case-id="demo-case-folding-chair"] button', { hasText: 'Delete' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
