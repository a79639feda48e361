// Casework in the browser (standalone: `npx tsx bench/cases-ui.bench.ts`). Builds the app, serves
// it with `vite preview`, stores 10,000 generated cases in the app's IndexedDB in headless
// Chromium, then measures: opening the app to the cases list rendered (target ≤ 1.5 s), search in
// the page (target ≤ 50 ms) and the deadlines dashboard (target ≤ 200 ms for the computation).
// Prints a table; exits 1 when a target is missed.
import '../src/polyfills';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { caseIndexFields, type StoredCase } from '../src/store/db';
import { CHROMIUM_ARGS } from '../test/browser/harness';
import { generateCases } from './case-generator';

const N = 10_000;
const RUNS = 3;
const outDir = join(tmpdir(), 'riskcase-bench-dist');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function storeCases(page: Page): Promise<void> {
  const at = new Date().toISOString();
  const records: StoredCase[] = generateCases(N).map((file) => ({ id: file.id, rev: 1, updatedAt: at, ...caseIndexFields(file), file }));
  for (let i = 0; i < records.length; i += 1000) {
    await page.evaluate(async (chunk) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('riskcase');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('cases', 'readwrite');
        for (const rec of chunk) tx.objectStore('cases').put(rec);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, records.slice(i, i + 1000));
  }
}

/** Milliseconds from navigation start until `selector` matches at least `count` elements. */
async function openUntil(page: Page, url: string, selector: string, count: number): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length >= count, { selector, count }, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

/** Types into the search box inside the page; Solid updates the DOM synchronously in the handler. */
async function searchInPage(page: Page, text: string): Promise<{ ms: number; rows: number; reported: string }> {
  return page.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('#case-search')!;
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const ms = performance.now() - t0;
    return { ms, rows: document.querySelectorAll('[data-testid="cases-table"] tbody tr').length, reported: document.querySelector('[data-testid="case-count"]')?.textContent ?? '' };
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
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const setup = await context.newPage();
    // First visit creates the database (schema + demo cases); then the generated cases go in.
    await openUntil(setup, `${base}#/cases`, '[data-testid="cases-table"] tbody tr', 1);
    const t0 = performance.now();
    await storeCases(setup);
    console.log(`stored ${N} cases in ${Math.round(performance.now() - t0)} ms (through the bench, not measured)`);
    await setup.close();

    const opens: number[] = [];
    const complete: number[] = [];
    let page: Page | null = null;
    for (let i = 0; i < RUNS; i++) {
      await page?.close();
      page = await context.newPage();
      opens.push(await openUntil(page, `${base}#/cases`, '[data-testid="cases-table"] tbody tr', 100));
      await page.waitForSelector('[data-testid="case-count"][data-complete="true"]', { timeout: 60_000 });
      complete.push(await page.evaluate(() => performance.now()));
    }
    rows.push({ what: `open the app → cases list rendered (${N} cases)`, value: median(opens), target: 1500, note: `runs: ${opens.map(Math.round).join(', ')}` });
    rows.push({ what: `open the app → every case read (search ready)`, value: median(complete), target: Infinity, note: `runs: ${complete.map(Math.round).join(', ')}` });
    // Let the search index finish building in idle time, as it does while a user reads the list.
    await page!.waitForTimeout(1500);
    const readAll = await page!.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('riskcase');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const t0 = performance.now();
      const n = await new Promise<number>((resolve, reject) => {
        const r = db.transaction('cases').objectStore('cases').getAll();
        r.onsuccess = () => resolve(r.result.length);
        r.onerror = () => reject(r.error);
      });
      db.close();
      return { ms: performance.now() - t0, n };
    });
    rows.push({ what: `  of which: IndexedDB getAll of every case`, value: readAll.ms, target: Infinity, note: `${readAll.n} records` });

    const first = await searchInPage(page!, 'bugeleisen');
    rows.push({ what: 'first search in the page (builds the index)', value: first.ms, target: Infinity, note: first.reported });
    for (const q of ['kinderfreude toys', '4006', 'risk:serious state:validated', 'zzzz-nothing', 'bugeleisen']) {
      const times: number[] = [];
      let last = first;
      for (let i = 0; i < 5; i++) {
        await searchInPage(page!, '');
        last = await searchInPage(page!, q);
        times.push(last.ms);
      }
      rows.push({ what: `search ${JSON.stringify(q)} (input → DOM)`, value: median(times), target: 50, note: last.reported });
    }

    const dashOpen: number[] = [];
    const computed: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page?.close();
      page = await context.newPage();
      dashOpen.push(await openUntil(page, `${base}#/deadlines`, '[data-testid="deadlines-table"] tbody tr', 1));
      const text = (await page.getByTestId('deadline-summary').textContent()) ?? '';
      computed.push(Number(/(\d+) ms/.exec(text)?.[1] ?? NaN));
    }
    rows.push({ what: `deadlines dashboard: computation in the page`, value: median(computed), target: 200, note: `runs: ${computed.join(', ')}` });
    // Back to the dashboard within the same session: each case's deadlines are remembered by revision.
    const again: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page!.evaluate(() => (location.hash = '#/cases'));
      await page!.waitForSelector('[data-testid="cases-table"] tbody tr');
      await page!.evaluate(() => (location.hash = '#/deadlines'));
      await page!.waitForSelector('[data-testid="deadlines-table"] tbody tr');
      const text = (await page!.getByTestId('deadline-summary').textContent()) ?? '';
      again.push(Number(/(\d+) ms/.exec(text)?.[1] ?? NaN));
    }
    rows.push({ what: `deadlines dashboard: revisit in the same session`, value: median(again), target: 200, note: `runs: ${again.join(', ')}` });
    rows.push({ what: `open the app → deadlines rendered`, value: median(dashOpen), target: Infinity, note: `runs: ${dashOpen.map(Math.round).join(', ')}` });
    await context.close();
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }

  console.log(`\nRiskcase casework UI benchmark — ${new Date().toISOString()} — Node ${process.version} — ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
  console.log(`${'measure'.padEnd(52)} ${'ms'.padStart(8)} ${'target'.padStart(7)}  result`);
  let failed = 0;
  for (const r of rows) {
    const ok = r.value <= r.target;
    if (!ok) failed++;
    const target = Number.isFinite(r.target) ? String(r.target).padStart(7) : '      -';
    console.log(`${r.what.padEnd(52)} ${r.value.toFixed(1).padStart(8)} ${target}  ${Number.isFinite(r.target) ? (ok ? 'ok    ' : 'MISSED') : '      '} ${r.note ?? ''}`);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
