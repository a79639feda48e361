// The hammer scenario (guidelines, Appendix 5/6) built through the injury-scenario wizard with the
// keyboard alone, in headless Chromium against the production build: focus moves with Tab /
// Shift+Tab, text is typed, buttons take Enter / Space, selects and radios take the arrow keys.
// The page is only read (never clicked, filled or focused from script) to know where focus is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, openPage, screenshot } from './harness';
import { a11yViolations, formatViolations } from './a11y';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Role = 'button' | 'textbox' | 'combobox' | 'radio';

/** A control as a keyboard user knows it: its role and accessible name (nth when several share it). */
interface Target {
  role: Role;
  name: string;
  nth?: number;
}

function locate(page: Page, t: Target): Locator {
  return page.getByRole(t.role, { name: t.name, exact: true }).nth(t.nth ?? 0);
}

function describeTarget(t: Target): string {
  return `${t.role} "${t.name}"${t.nth ? ` #${t.nth + 1}` : ''}`;
}

async function focusedSummary(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (body)';
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab when the target comes earlier in the page than the focus) until the
 * target has focus; fails naming the target and where focus ended after `max` presses.
 */
async function tabTo(page: Page, target: Target, max = 60): Promise<void> {
  const el = locate(page, target);
  await el.waitFor({ state: 'attached' });
  const where = () =>
    el.evaluate((node) => {
      const here = document.activeElement;
      const before = !!here && here !== document.body && (here.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
      return { focused: node === here, before };
    });
  const backwards = (await where()).before;
  for (let i = 0; i < max; i++) {
    if ((await where()).focused) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`keyboard focus never reached ${describeTarget(target)} in ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; focus is on ${await focusedSummary(page)}`);
}

async function typeInto(page: Page, target: Target, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

async function press(page: Page, target: Target, key: 'Enter' | 'Space'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Tabs to a select and presses ArrowDown until the option with this value is chosen. */
async function chooseWithArrows(page: Page, target: Target, value: string): Promise<void> {
  await tabTo(page, target);
  const el = locate(page, target);
  for (let i = 0; i < 60; i++) {
    if ((await el.inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${describeTarget(target)}: the arrow keys never reached the option ${value}`);
}

/** Tabs into a radio group (first radio), then arrows to the wanted radio and checks it with Space. */
async function checkRadioWithArrows(page: Page, first: Target, wanted: Target): Promise<void> {
  await tabTo(page, first);
  const el = locate(page, wanted);
  for (let i = 0; i < 12; i++) {
    if (await el.evaluate((n) => n === document.activeElement)) {
      if (!(await el.isChecked())) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`arrow keys in the radio group never reached ${describeTarget(wanted)}`);
}

function focusedId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

/** The focused element shows a focus indicator: an outline or a box-shadow that is not 'none'. */
async function expectVisibleFocus(page: Page, where: string): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle === 'none' || s.outlineWidth === '0px' ? 'none' : `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow };
  });
  expect(style, `something has focus (${where})`).not.toBeNull();
  expect(style!.outline !== 'none' || style!.shadow !== 'none', `focus indicator at ${where}: ${JSON.stringify(style)} on ${await focusedSummary(page)}`).toBe(true);
}

async function noSeriousA11yProblems(page: Page, section: string): Promise<void> {
  expect(formatViolations(await a11yViolations(page)), `axe on the wizard (${section})`).toBe('');
}

/** Next moves the wizard on; it puts focus on the new section's heading. */
async function nextSection(page: Page, heading: string): Promise<void> {
  await press(page, { role: 'button', name: 'Next' }, 'Enter');
  await expect.poll(() => page.locator('#wizard-section-heading').textContent()).toBe(heading);
  await expect.poll(() => focusedId(page)).toBe('wizard-section-heading');
}

describe('injury-scenario wizard with the keyboard alone', () => {
  it('builds the hammer scenario and shows High with probability 1/6000', async () => {
    const { page, errors, context } = await openPage(browser, '#/assessments');
    await page.locator('.assessment-table').waitFor();

    // Start: a new assessment opens the wizard at the product.
    await press(page, { role: 'button', name: 'New assessment' }, 'Enter');
    await page.waitForFunction(() => /#\/assessments\/.+\/wizard/.test(location.hash));
    await expect.poll(() => page.locator('#wizard-section-heading').textContent(), { timeout: 10_000 }).toBe('Product');

    // Product
    await typeInto(page, { role: 'textbox', name: 'Product name' }, 'Hammer');
    await expectVisibleFocus(page, 'product name');
    await noSeriousA11yProblems(page, 'product');
    await tabTo(page, { role: 'button', name: 'Next' });
    await expectVisibleFocus(page, 'Next button');
    await nextSection(page, 'Hazard');

    // Hazard
    await typeInto(page, { role: 'textbox', name: 'What happens (short description)' }, 'Head breaks, piece flies into the eye');
    await chooseWithArrows(page, { role: 'combobox', name: 'Hazard group' }, 'kinetic-energy');
    await expectVisibleFocus(page, 'hazard group select');
    await noSeriousA11yProblems(page, 'hazard');
    await nextSection(page, 'Consumer');

    // Consumer
    await chooseWithArrows(page, { role: 'combobox', name: 'Consumer' }, 'adult');
    await noSeriousA11yProblems(page, 'consumer');
    await nextSection(page, 'Steps to injury');

    // Steps: the first is there; each further one is added with the "Add a step" button.
    const steps: [string, string][] = [
      ['Hammer is used to drive a nail', '1/10'],
      ['Head breaks when it hits the nail', '1/10'],
      ['A piece flies towards the face', '1/3'],
      ['The piece hits the eye', '1/20'],
    ];
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) {
        await press(page, { role: 'button', name: '+ Add a step' }, 'Space');
        await expect.poll(() => page.locator('.step-item').count()).toBe(i + 1);
        // focus moves into the new step, ready to type
        await expect.poll(() => focusedId(page)).toBe(`wz-steps-${i}-text`);
      }
      await typeInto(page, { role: 'textbox', name: 'What happens', nth: i }, steps[i][0]);
      await typeInto(page, { role: 'textbox', name: 'Probability', nth: i }, steps[i][1]);
    }
    await expectVisibleFocus(page, 'last step probability');
    // A step added by mistake is removed with the keyboard; focus stays in the list, not lost.
    await press(page, { role: 'button', name: '+ Add a step' }, 'Enter');
    await expect.poll(() => page.locator('.step-item').count()).toBe(5);
    await press(page, { role: 'button', name: 'Remove (step 5)' }, 'Enter');
    await expect.poll(() => page.locator('.step-item').count()).toBe(4);
    await expect.poll(() => focusedId(page)).toBe('wz-steps-3-text');
    await expectVisibleFocus(page, 'after removing a step');
    await expect.poll(async () => (await page.getByTestId('live-preview').textContent())?.replace(/\s/g, '')).toContain('1/6000');
    await screenshot(page, 'wizard-keyboard-steps');
    await noSeriousA11yProblems(page, 'steps');
    await nextSection(page, 'Injury and severity');

    // Injury: eye injury, the typical injury "partial permanent loss of sight" suggests severity 3.
    await chooseWithArrows(page, { role: 'combobox', name: 'Type of injury' }, 'eye-injury');
    const radios = page.locator('.typical-injuries input[type="radio"]');
    await expect.poll(() => radios.count()).toBeGreaterThan(0);
    const firstRadioName = (await page.getByRole('radio').first().evaluate((n) => n.closest('label')?.textContent ?? '')).trim();
    const wantedName = (await page.locator('.typical-injuries label', { hasText: 'partial permanent loss of sight' }).textContent())!.trim();
    await checkRadioWithArrows(page, { role: 'radio', name: firstRadioName }, { role: 'radio', name: wantedName });
    await expectVisibleFocus(page, 'typical-injury radio');
    await expect.poll(() => page.getByRole('radio', { name: wantedName, exact: true }).isChecked()).toBe(true);
    await typeInto(page, { role: 'textbox', name: 'Injury' }, 'Permanent loss of sight in one eye');
    // The severity select is left at "as suggested" (3); a keyboard user just reads it.
    expect(await page.locator('#wz-severity').inputValue()).toBe('');
    await screenshot(page, 'wizard-keyboard-injury');
    await noSeriousA11yProblems(page, 'injury');
    await nextSection(page, 'Result');

    // Result
    await expect.poll(() => page.getByTestId('wizard-risk').textContent()).toMatch(/^High( risk)?$/);
    const result = (await page.locator('.wizard-result').textContent())!.replace(/\s/g, '');
    expect(result).toContain('1/6000');
    await tabTo(page, { role: 'button', name: 'Finish' });
    await expectVisibleFocus(page, 'Finish button');
    await screenshot(page, 'wizard-keyboard-result');
    await noSeriousA11yProblems(page, 'result');

    // Finish with Enter: the assessment overview shows the product's risk.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('product-risk').textContent(), { timeout: 10_000 }).toContain('High');
    expect(errors).toEqual([]);
    await context.close();
  });
});
