// A teaching session in headless Chromium against the production build: the trainer creates a
// session; a trainee works through the candle exercise in the wizard with one step at 1/10 where
// the model has 1/100, and the comparison names that step and the band and risk difference; the
// session file is exported and imported back; a bad file is refused by field. Accessibility is
// checked on each view (no serious or critical axe violations).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function expectAccessible(page: Page) {
  const v = await a11yViolations(page);
  expect(v, formatViolations(v)).toEqual([]);
}

async function next(page: Page) {
  await page.getByTestId('wizard-next').click();
}

describe('teaching sessions in the browser', () => {
  it('a trainee answers an exercise, sees where the answer diverges, and the session travels as a file', async () => {
    const { page, errors, context } = await openPage(browser, '#/training');
    await page.getByRole('heading', { name: 'New session' }).waitFor();
    await expectAccessible(page);
    // The trainer: a title (checked), all exercises (the default).
    await page.getByTestId('create-session').click();
    await expect.poll(() => page.locator('#training-title-error').textContent()).toContain('Give the session a title');
    await page.locator('#training-title').fill('Evening course');
    await page.getByTestId('create-session').click();
    await page.getByRole('heading', { name: 'Evening course' }).waitFor();
    await page.getByLabel('Trainee’s name').fill('Ana Ruiz');
    await page.getByLabel('Trainee’s name').press('Tab');
    await screenshot(page, 'training-session');
    await expectAccessible(page);

    // The trainee, with the keyboard where it matters: the start link.
    const start = page.getByRole('link', { name: 'Start the exercise Decorative pillar candle' });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.locator('#wz-hazard').waitFor();
    // The exercise gives the product: its section shows it, with nothing to edit.
    await page.getByRole('button', { name: 'Product', exact: true }).click();
    expect(await page.getByTestId('wizard-product').textContent()).toContain('candle');
    expect(await page.locator('#wz-product-name').count()).toBe(0);
    await screenshot(page, 'training-wizard-product');
    await expectAccessible(page);
    await next(page);
    await page.locator('#wz-hazard').waitFor();
    await page.locator('#wz-title').fill('The candle flares and sets a sleeve on fire');
    await page.locator('#wz-hazard').selectOption('fire-explosion');
    await next(page);
    await page.locator('#wz-consumer').selectOption('adult');
    await next(page);
    const steps: [string, string][] = [
      ['Burns down to the flowers', '1'],
      ['The flowers catch fire and the flame flares', '1/2'],
      ['A sleeve catches fire', '1/10'], // the model: 1/100
      ['Burns on 6-15 % of the body', '1/10'],
    ];
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) await page.getByTestId('add-step').click();
      await page.locator(`#wz-steps-${i}-text`).fill(steps[i][0]);
      await page.locator(`#wz-steps-${i}-probability`).fill(steps[i][1]);
    }
    await expect.poll(() => page.getByTestId('live-preview').textContent()).toContain('1/200');
    await screenshot(page, 'training-wizard-steps');
    await expectAccessible(page);
    await next(page);
    await page.locator('#wz-injuryType').selectOption('burn');
    await page.getByRole('radio', { name: /6-15 %/ }).check();
    await page.locator('#wz-injury').fill('2nd-degree burns on arm and chest');
    await next(page);
    await page.getByTestId('wizard-finish').click();

    const verdict = page.getByTestId('comparison-verdict');
    await expect.poll(() => verdict.textContent()).toBe('Your answer gives High risk; the model answer gives Medium risk — 1 level higher.');
    expect(await page.getByTestId('comparison-largest').textContent()).toBe(
      'The largest difference is at step 3 (“Someone is close to the flame when it flares and a sleeve or hair catches fire”): 10× the model’s.',
    );
    const whole = page.getByTestId('comparison-whole');
    expect(await whole.getByRole('row', { name: /^Band/ }).textContent()).toContain('1 band higher');
    expect(await whole.getByRole('row', { name: /^Risk/ }).textContent()).toContain('1 level higher');
    expect(await page.locator('.comparison-steps tr[data-step="3"]').textContent()).toContain('10× the model’s');
    // The review takes the focus, so a keyboard or screen-reader user lands on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-heading');
    expect(await page.getByTestId('model-answer').textContent()).toContain('Test: 3 of 5 samples flared.');
    await screenshot(page, 'training-comparison');
    await expectAccessible(page);
    // In German, the comparison and the exercise follow the switch.
    await page.locator('.lang-switch select').selectOption('de');
    await expect.poll(() => verdict.textContent()).toBe('Ihre Antwort ergibt Hohes Risiko; die Musterlösung ergibt Mittleres Risiko — 1 Stufe höher.');
    expect(await page.getByTestId('model-answer').textContent()).toContain('Prüfung: 3 von 5 Mustern flammten auf.');
    await screenshot(page, 'training-comparison-de');
    await expectAccessible(page);
    await page.locator('.lang-switch select').selectOption('en');
    await expect.poll(() => verdict.textContent()).toContain('Your answer gives High risk');

    // Export the session file from the session page.
    await page.getByRole('link', { name: 'Back to the session (your input is kept)' }).click();
    await page.getByTestId('session-progress').waitFor();
    expect(await page.getByTestId('session-progress').textContent()).toBe('1 of 10 exercises answered');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-session').click()]);
    expect(download.suggestedFilename()).toBe('evening-course--ana-ruiz.session.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file.trainee).toBe('Ana Ruiz');
    expect(file.answers['flaring-candle'].steps.map((s: { probability: string }) => s.probability)).toEqual(['1', '1/2', '1/10', '1/10']);

    // Import it back (as the trainer collecting answers): a second session with the answer.
    const dir = mkdtempSync(join(tmpdir(), 'riskcase-training-'));
    writeFileSync(join(dir, 'back.session.json'), JSON.stringify(file));
    await page.goto(page.url().replace(/#.*$/, '#/training'));
    await page.getByTestId('session-list').waitFor();
    await page.getByTestId('import-session').setInputFiles(join(dir, 'back.session.json'));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'imported' }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('session-list').getByRole('row', { name: /Evening course/ }).count()).toBe(2);

    // A bad file writes nothing and names the field.
    writeFileSync(join(dir, 'bad.session.json'), JSON.stringify({ ...file, answers: { 'flaring-candle': { ...file.answers['flaring-candle'], severity: 9, steps: [{ text: 'x', probability: '3/2' }] } } }));
    await page.getByTestId('import-session').setInputFiles(join(dir, 'bad.session.json'));
    const alert = page.getByTestId('import-errors');
    await expect.poll(() => alert.textContent()).toContain('answers.flaring-candle.steps[0].probability');
    await expect.poll(() => page.getByTestId('session-list').getByRole('row', { name: /Evening course/ }).count()).toBe(2);
    await screenshot(page, 'training-list');
    await expectAccessible(page);

    // The debriefing view: both copies of Ana's answer against the model.
    await page.getByRole('link', { name: 'Results of all sessions' }).click();
    const candle = page.locator('[data-exercise="flaring-candle"]');
    await candle.waitFor();
    expect(await candle.getByRole('row', { name: /^Model answer/ }).textContent()).toContain('Medium risk');
    expect(await candle.getByRole('row', { name: /^Ana Ruiz/ }).count()).toBe(2);
    expect(await candle.getByRole('row', { name: /^Ana Ruiz/ }).first().textContent()).toContain('High risk — 1 level higher');
    await screenshot(page, 'training-results');
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works offline: a session is created and an exercise opened with the network off', async () => {
    const { page, errors, context } = await openPage(browser, '#/training');
    await page.getByRole('heading', { name: 'New session' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'New session' }).waitFor();
    await page.locator('#training-title').fill('Offline course');
    await page.getByTestId('create-session').click();
    await page.getByRole('heading', { name: 'Offline course' }).waitFor();
    await page.getByRole('link', { name: 'Start the exercise Hammer' }).click();
    await page.locator('#wz-hazard').selectOption('kinetic-energy');
    await page.getByTestId('wizard-next').click();
    await page.locator('#wz-consumer').waitFor();
    // The network really is off: a request the service worker does not answer fails. (Chromium 150
    // does not carry the emulated navigator.onLine across a reload, so that flag proves nothing.)
    expect(errors).toEqual([]);
    const probe = await page.evaluate(() => fetch(`probe-${Date.now()}.txt`, { cache: 'no-store' }).then(() => 'reached', () => 'refused'));
    expect(probe).toBe('refused');
    await context.close();
  });
});
