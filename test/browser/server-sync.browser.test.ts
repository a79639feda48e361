// Two people of one authority on a real server (PGlite, real HTTP on loopback, the production
// build served by the server itself), each in their own browser context with their own IndexedDB:
// a change by one reaches the other's open page within a second; one goes offline, works, comes
// back, meets the other's newer change, is shown both and loses nothing; an administrator adds a
// person who then signs in.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/harness';
import { openCase, saved } from './case-helpers';
import { distDir, launch, screenshot } from './harness';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ staticDir: distDir() });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedInPage(email: string, password = 'riskcase-demo-2026'): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${server.url}/`);
  await signIn(page, email, password);
  return { page, errors, close: () => context.close() };
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator('#sign-in-email').waitFor({ timeout: 30_000 });
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('[data-testid="session-person"]').waitFor({ timeout: 30_000 });
}

async function serverName(id: string): Promise<string> {
  const rows = await server.db.system(async (sql) => (await sql.query<{ name: string }>("SELECT body->'file'->'product'->>'name' AS name FROM records WHERE authority_id = 'no-dsb' AND id = $1", [id])).rows);
  return rows[0]?.name ?? '';
}

const syncText = (page: Page) => page.locator('[data-testid="sync-status"]').textContent();

describe('one authority, two people, one server', () => {
  it('a change reaches the other within a second; offline work comes back as a conflict shown with both versions, nothing lost', async () => {
    const ola = await signedInPage('case-officer@no.riskcase.test');
    const kari = await signedInPage('contact-point@no.riskcase.test');
    expect(await ola.page.locator('[data-testid="session-person"]').textContent()).toBe('Ola Case-Officer');
    // The cases come from the server (each browser's IndexedDB started empty).
    await openCase(ola.page, 'demo-case-folding-chair');
    await openCase(kari.page, 'demo-case-folding-chair');
    await expect.poll(() => syncText(ola.page), { timeout: 15_000 }).toBe('All changes synced');
    // Signed in, the role is the person's own: a case officer acts as the national authority only.
    expect(await ola.page.locator('[data-testid="role"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['national-authority', 'public']);
    expect(await kari.page.locator('#case-person').inputValue()).toBe('Kari Contact-Point');

    await ola.page.locator('#cf-product-name').fill('Folding chair FC-1 (Ola)');
    await ola.page.locator('#cf-product-name').blur();
    await saved(ola.page);
    const t0 = Date.now();
    await expect.poll(() => kari.page.locator('#cf-product-name').inputValue(), { timeout: 1000, interval: 25 }).toBe('Folding chair FC-1 (Ola)');
    const took = Date.now() - t0;
    expect(took).toBeLessThan(1000);

    // Kari goes offline and keeps working: the change waits in her browser.
    await kari.page.context().setOffline(true);
    await kari.page.locator('#cf-product-name').fill('Folding chair FC-1 (Kari, offline)');
    await kari.page.locator('#cf-product-name').blur();
    await saved(kari.page);
    await expect.poll(() => syncText(kari.page), { timeout: 15_000 }).toMatch(/^Offline: 1 change waits|^1 change waits/);
    // Meanwhile Ola changes the same field on the server.
    await ola.page.locator('#cf-product-name').fill('Folding chair FC-1 (Ola, again)');
    await ola.page.locator('#cf-product-name').blur();
    await saved(ola.page);
    await expect.poll(() => serverName('demo-case-folding-chair'), { timeout: 15_000 }).toBe('Folding chair FC-1 (Ola, again)');

    // Back online: Kari's push is refused (the server moved on); both versions are kept.
    await kari.page.context().setOffline(false);
    await expect.poll(() => syncText(kari.page), { timeout: 20_000 }).toBe('1 conflict to resolve');
    expect(await kari.page.locator('#cf-product-name').inputValue()).toBe('Folding chair FC-1 (Kari, offline)');
    await kari.page.locator('a[data-testid="sync-status"]').click();
    const conflict = kari.page.locator('[data-testid="sync-conflict"]');
    await conflict.waitFor();
    const row = conflict.locator('tr', { hasText: 'Product name' });
    expect(await row.locator('[data-testid="mine"]').textContent()).toBe('Folding chair FC-1 (Kari, offline)');
    expect(await row.locator('[data-testid="theirs"]').textContent()).toBe('Folding chair FC-1 (Ola, again)');
    expect(await conflict.textContent()).toContain('Ola Case-Officer changed this on the server');
    await screenshot(kari.page, 'server-sync-conflict');

    // Kari keeps hers, knowingly: it goes over Ola's, and Ola's open page follows.
    await conflict.getByRole('button', { name: 'Keep mine (replace theirs)' }).click();
    await kari.page.locator('[data-testid="sync-clean"]').waitFor({ timeout: 15_000 });
    await ola.page.evaluate(() => (location.hash = '#/cases'));
    await openCase(ola.page, 'demo-case-folding-chair');
    await expect.poll(() => ola.page.locator('#cf-product-name').inputValue(), { timeout: 10_000 }).toBe('Folding chair FC-1 (Kari, offline)');
    const audit = await server.db.system(async (sql) => (await sql.query<{ summary: string }>("SELECT summary FROM audit WHERE record_id = 'demo-case-folding-chair' ORDER BY id")).rows.map((r) => r.summary));
    expect(audit.length).toBeGreaterThanOrEqual(4);
    expect(audit.every((s) => !s.includes('Kari, offline'))).toBe(true);
    expect(ola.errors).toEqual([]);
    expect(kari.errors).toEqual([]);
    await ola.close();
    await kari.close();
  }, 180_000);

  it('an administrator adds a person, who then signs in; a wrong password is refused with a message', async () => {
    const admin = await signedInPage('administrator@no.riskcase.test');
    // The navigation offers what the roles allow: people, not cases.
    const nav = await admin.page.locator('nav.app-nav a').allTextContents();
    expect(nav).toContain('People');
    expect(nav).not.toContain('Cases');
    await admin.page.getByRole('link', { name: 'People' }).click();
    await admin.page.locator('[data-testid="people"]').waitFor();
    await admin.page.locator('form button[type="submit"]').click();
    await admin.page.locator('#person-email[aria-invalid="true"]').waitFor();
    await admin.page.locator('#person-email').fill('new.assessor@no.riskcase.test');
    await admin.page.locator('#person-name').fill('Nora New');
    await admin.page.locator('#person-password').fill('a-long-password-1');
    await admin.page.getByLabel('Risk assessor').check();
    await admin.page.locator('form button[type="submit"]').click();
    await admin.page.locator('[data-testid="person-added"]').waitFor();
    expect(await admin.page.locator('[data-testid="people"]').textContent()).toContain('Nora New');
    await screenshot(admin.page, 'server-people');
    await admin.page.getByRole('button', { name: 'Sign out' }).click();
    await admin.page.locator('#sign-in-email').waitFor();

    await admin.page.locator('#sign-in-email').fill('new.assessor@no.riskcase.test');
    await admin.page.locator('#sign-in-password').fill('wrong-password-x');
    await admin.page.locator('form button[type="submit"]').click();
    expect(await admin.page.locator('[data-testid="sign-in-error"]').textContent()).toBe('The e-mail or the password is wrong.');
    await screenshot(admin.page, 'server-sign-in');
    await signIn(admin.page, 'new.assessor@no.riskcase.test', 'a-long-password-1');
    expect(await admin.page.locator('[data-testid="session-person"]').textContent()).toBe('Nora New');
    expect(admin.errors).toEqual([]);
    await admin.close();
  }, 120_000);
});
