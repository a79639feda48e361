// Languages: switching to German and French changes the whole shell at once, without a reload,
// sets <html lang>, survives a reload, and stays accessible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './harness';
import { a11yViolations, formatViolations } from './a11y';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const navTexts = (page: import('playwright-core').Page) => page.locator('nav[aria-label] a').allTextContents();

describe('languages', () => {
  it('switches to German and French at run time, persists the choice, and stays accessible', async () => {
    const { page, errors, context } = await openPage(browser, '#/');
    await page.locator('main h1').waitFor();
    await expect(navTexts(page)).resolves.toContain('Cases');
    // A marker on window proves the switch happens without reloading the page.
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    await page.getByLabel('Language').selectOption('de');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Regelwerke');
    await expect(navTexts(page)).resolves.toEqual(['Übersicht', 'Risikobewertungen', 'Fälle', 'Fristen', 'Öffentlicher Bereich', 'Safety-Gate-Meldungen', 'Wochenübersicht', 'Statistik', 'Regelwerke', 'Schulung']);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(page.title()).resolves.toBe('Übersicht – Riskcase');
    await expect(page.locator('nav').getAttribute('aria-label')).resolves.toBe('Hauptnavigation');
    await expect(page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).resolves.toBe(true);
    expect(formatViolations(await a11yViolations(page))).toBe('');

    await page.reload();
    await page.locator('main h1').waitFor();
    await expect(page.locator('main h1').textContent()).resolves.toBe('Regelwerke');
    await expect(page.getByLabel('Sprache').inputValue()).resolves.toBe('de');

    await page.getByLabel('Sprache').selectOption('fr');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Régimes (jeux de règles)');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(navTexts(page)).resolves.toContain('Dossiers');
    await expect(page.locator('.skip-link').textContent()).resolves.toBe('Aller au contenu');
    // Pages opened after the switch are in French too.
    await page.locator('nav a[href="#/deadlines"]').click();
    await expect(page.title()).resolves.toBe('Délais – Riskcase');
    expect(formatViolations(await a11yViolations(page))).toBe('');

    await page.getByLabel('Langue').selectOption('en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts in the browser language when nothing was chosen yet', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const { page, errors } = await openPage(browser, '#/', context);
    await page.locator('main h1').waitFor();
    await expect(page.locator('main h1').textContent()).resolves.toBe('Régimes (jeux de règles)');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows labels from the rule files in the chosen language, switching at run time', async () => {
    const { page, errors, context } = await openPage(browser, '#/assessments');
    await page.locator('a[href="#/assessments/demo-hammer"]').first().waitFor();
    await page.getByLabel('Language').selectOption('de');
    await page.evaluate(() => (location.hash = '#/assessments/demo-hammer/wizard'));
    // The hazard section of the wizard lists the rule set's hazard groups (enum labels).
    await page.locator('.wizard-progress li button').nth(1).click();
    const option = page.locator('#wz-hazard option[value="kinetic-energy"]');
    await option.waitFor({ state: 'attached' });
    await expect(option.textContent()).resolves.toBe('Kinetische Energie');
    await page.getByLabel('Sprache').selectOption('fr');
    await expect(option.textContent()).resolves.toBe('Énergie cinétique');
    await page.getByLabel('Langue').selectOption('en');
    await expect(option.textContent()).resolves.toBe('Kinetic energy');
    expect(errors).toEqual([]);
    await context.close();
  });
});
