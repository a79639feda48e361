// The first screen: its JavaScript (gzip, as the budget gate counts it) and its time to
// interactive in headless Chromium — navigation start until the overview shows a regime's status
// (the rule files loaded and checked) — median of several cold loads (fresh context: no cache, no
// service worker). Builds into its own folder so it never disturbs a build someone else serves.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import '../src/polyfills';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'riskcase-bench', 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

type Measure = (dist: string) => { files: { file: string; gzip: number }[]; total: number };
const { measureFirstScreen, BUDGET_BYTES } = (await import(pathToFileURL(join(ROOT, 'scripts', 'check-budget.mjs')).href)) as {
  measureFirstScreen: Measure;
  BUDGET_BYTES: number;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

await build({ root: ROOT, logLevel: 'warn', mode: 'production', build: { outDir: OUT, emptyOutDir: true } });
const size = measureFirstScreen(OUT);
console.log(`first-screen JavaScript: ${kb(size.total)} gzip (budget ${kb(BUDGET_BYTES)})`);
for (const f of size.files) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}`);

const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT }, preview: { host: '127.0.0.1', port: 0 } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const url = `http://127.0.0.1:${address.port}/#/`;
const browser = await chromium.launch({
  executablePath: process.env.RISKCASE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // Stamps the moment (ms since navigation start) the first regime status appears.
    await context.addInitScript(() => {
      const w = window as unknown as { __ready?: number };
      new MutationObserver((_, obs) => {
        if (document.querySelector('.regime-card .status')) {
          w.__ready = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, undefined, { timeout: 30_000 });
    times.push(await page.evaluate(() => (window as unknown as { __ready: number }).__ready));
    await context.close();
  }
  const ms = times.map((t) => Math.round(t));
  console.log(`time to interactive (overview shows regime status): median ${Math.round(median(times))} ms over ${RUNS} cold loads [${ms.join(', ')}]`);
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
