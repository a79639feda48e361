// Shared helpers for browser tests: Debian's headless Chromium driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function baseUrl(): string {
  return inject('baseUrl');
}

/** The folder holding the production build the tests are served from. */
export function distDir(): string {
  return inject('distDir');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.RISKCASE_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors seen so far; tests assert it stays empty. */
  errors: string[];
}

/** A fresh context (own IndexedDB) with a page at `path` (a hash route such as '#/assessments'). */
export async function openPage(browser: Browser, path = '', context?: BrowserContext): Promise<OpenedPage> {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(baseUrl() + path);
  return { context: ctx, page, errors };
}

/** Screenshots land in test-results/screenshots/ so a person can look at them. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results/screenshots', { recursive: true });
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
