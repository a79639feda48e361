// Shared steps of the case page browser tests: parts (tabs), roles, acts.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export async function openCase(page: Page, id: string): Promise<void> {
  await page.evaluate((i) => (location.hash = `#/cases/${i}`), id);
  await page.locator('[data-testid="case-header"]').waitFor({ timeout: 30_000 });
}

/** Opens a part of the case page (its tab). */
export async function part(page: Page, name: string): Promise<void> {
  await page.locator(`[role="tab"][data-part="${name}"]`).click();
  await page.locator(`[data-testid="case-panel"][data-part="${name}"]`).waitFor();
}

export async function setRole(page: Page, role: string): Promise<void> {
  await page.locator('[data-testid="role"]').selectOption(role);
}

/** Presses a notification act's button once it is enabled (it is on the notification part). */
export async function act(page: Page, type: string): Promise<void> {
  await part(page, 'notification');
  const b = page.locator(`button[data-act="${type}"]`);
  try {
    await expect.poll(() => b.isEnabled(), { timeout: 15_000 }).toBe(true);
  } catch {
    // Say why the page holds the act (it lists the reasons under the button).
    const why = await page.locator(`#why-${type}`).allTextContents().catch(() => []);
    throw new Error(`${type} stays disabled: ${why.join(' | ') || '(no reason shown)'}`);
  }
  await b.click();
}

export async function reactionAct(page: Page, type: string, index = 0): Promise<void> {
  await part(page, 'reactions');
  const b = page.locator('[data-testid="reaction"]').nth(index).locator(`button[data-reaction-act="${type}"]`);
  await expect.poll(() => b.isEnabled(), { timeout: 15_000 }).toBe(true);
  await b.click();
}

export async function notificationStatus(page: Page): Promise<string | null> {
  return page.locator('[data-testid="case-state"]').textContent();
}

export async function deadlineActions(page: Page): Promise<string[]> {
  await part(page, 'notification');
  return page.locator('[data-testid="deadline"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''));
}

/** Explains every explainable gap shown in the current part. */
export async function explainGaps(page: Page, scope = '[data-testid="case-panel"]'): Promise<void> {
  for (let round = 0; round < 80; round++) {
    const open = await page.locator(`${scope} [data-testid="gap"][data-explained="no"]`).evaluateAll((els) => els.filter((e) => e.querySelector('input, textarea')).map((e) => e.getAttribute('data-field') ?? ''));
    if (open.length === 0) return;
    const input = page.locator(`${scope} [data-testid="gap"][data-field="${open[0]}"] :is(input, textarea)`).first();
    await input.fill('Not available yet; will follow in an update.');
    await input.blur();
  }
}

/** Waits until the page says the case is saved (drafts save themselves after a pause). */
export async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[data-testid="save-state"]').textContent(), { timeout: 15_000 }).toBe('Saved');
}

/** The regime deciding the case as the page shows it, and why (data-basis: opened, first-measure, chosen, decided). */
export async function caseRegime(page: Page): Promise<{ regime: string | null; basis: string | null }> {
  const line = page.locator('[data-testid="case-regime"]');
  await line.waitFor({ timeout: 30_000 });
  return { regime: await line.getAttribute('data-regime'), basis: await line.getAttribute('data-basis') };
}

/** Chooses another regime than the one in force by date, with its reason, and waits for the page to take it. */
export async function chooseRegime(page: Page, regime: string, reason: string): Promise<void> {
  await page.locator('[data-testid="choose-regime"]').click();
  await page.locator('#case-regime-choice').selectOption(regime);
  await page.locator('#cf-regimeChoice-reason').fill(reason);
  await page.locator('[data-testid="choose-regime-confirm"]').click();
  await expect.poll(async () => JSON.stringify(await caseRegime(page)), { timeout: 15_000 }).toBe(JSON.stringify({ regime, basis: 'chosen' }));
}
