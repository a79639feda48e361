// Safety Gate alerts in the browser (standalone: `npx tsx bench/alerts-ui.bench.ts`). Builds the
// app, serves it with `vite preview`, stores 50,000 generated alerts in the app's IndexedDB in
// headless Chromium, opens the register and measures search in the page: input → results in the
// DOM (target p95 ≤ 50 ms), over a set of queries. Prints a table; exits 1 when a target is missed.
import '../src/polyfills';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { alertWeek } from '../src/domain/alerts/register';
import type { StoredAlert } from '../src/store/db';
import { CHROMIUM_ARGS } from '../test/browser/harness';
import { putRecords } from '../test/browser/idb';
import { generateAlerts } from './alert-generator';

const N = 50_000;
const outDir = join(tmpdir(), 'riskcase-bench-alerts-dist');
const QUERIES = ['kettle', 'travl kettle', 'hotpot', 'remote control car thunder', 'sorensen', 'BUGELMEISTER hair', 'A12/10017', '4006', 'glow slime luna', 'plush unicorn zabawa', 'lumiere led', 'zzzz'];
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function storeAlerts(page: Page): Promise<void> {
  const at = new Date().toISOString();
  const records: StoredAlert[] = generateAlerts(N).map((alert) => {
    const week = alertWeek(alert);
    return { id: alert.alertNumber, rev: 1, updatedAt: at, alert, firstWeek: week, weeks: [week], history: [{ week, file: alert.source.file, importedAt: at, change: 'new', fields: [] }] };
  });
  await putRecords(page, 'alerts', records);
}

/** Types into the search box inside the page; Solid updates the DOM synchronously in the handler. */
async function searchInPage(page: Page, text: string): Promise<{ ms: number; rows: number; count: string }> {
  return page.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('#alert-search')!;
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const ms = performance.now() - t0;
    return { ms, rows: document.querySelectorAll('[data-testid="alerts-table"] tbody tr').length, count: document.querySelector('[data-testid="alert-search-count"], [data-testid="alert-count"]')?.textContent ?? '' };
  }, text);
}

async function main() {
  console.log('building the app…');
  await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, build: { outDir }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const base = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: process.env.RISKCASE_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows: { what: string; value: number; target: number; note?: string }[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const setup = await context.newPage();
    // The first visit creates the database (schema, demo cases and alerts); then the alerts go in.
    await setup.goto(`${base}#/alerts`);
    await setup.waitForSelector('#alert-search[data-ready="true"]', { timeout: 120_000 });
    await storeAlerts(setup);
    await setup.close();

    const page = await context.newPage();
    await page.goto(`${base}#/alerts`);
    await page.waitForFunction(() => document.querySelector('[data-testid="alert-count"]')?.textContent?.includes('50'), undefined, { timeout: 120_000 });
    const listed = await page.evaluate(() => performance.now());
    await page.waitForSelector('#alert-search[data-ready="true"]', { timeout: 300_000 });
    const ready = await page.evaluate(() => performance.now());
    rows.push({ what: `open → register listed (${N} alerts)`, value: listed, target: Infinity });
    rows.push({ what: 'open → search index ready (built in chunks)', value: ready, target: Infinity });

    const times: number[] = [];
    const notes: string[] = [];
    for (const q of QUERIES) {
      const ts: number[] = [];
      let last = { ms: 0, rows: 0, count: '' };
      for (let i = 0; i < 6; i++) {
        await searchInPage(page, '');
        last = await searchInPage(page, q);
        if (i > 0) ts.push(last.ms);
      }
      times.push(...ts);
      notes.push(`${q}: ${quantile(ts, 0.5).toFixed(1)} ms (${last.count.replace(/\D+/g, '') || 0})`);
    }
    rows.push({ what: `search, input → DOM: p50 over ${QUERIES.length} queries × 5`, value: quantile(times, 0.5), target: Infinity });
    rows.push({ what: 'search, input → DOM: p95', value: quantile(times, 0.95), target: 50, note: notes.join('; ') });
    await context.close();
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  console.log(`\nRiskcase alerts UI benchmark — ${new Date().toISOString()} — Node ${process.version} — ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
  let failed = 0;
  for (const r of rows) {
    const ok = r.value <= r.target;
    if (!ok) failed++;
    console.log(`${r.what.padEnd(52)} ${r.value.toFixed(1).padStart(9)} ${Number.isFinite(r.target) ? `≤ ${r.target}`.padStart(7) : '      -'}  ${Number.isFinite(r.target) ? (ok ? 'ok    ' : 'MISSED') : '      '} ${r.note ?? ''}`);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
