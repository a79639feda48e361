// Casework benchmark (standalone: `npx tsx bench/cases.bench.ts`). With 10,000 generated cases:
// search (target ≤ 50 ms per query) and the deadlines dashboard (target ≤ 200 ms), warm, median
// and worst of several runs. Prints a table; exits 1 when a target is missed.
import '../src/polyfills';
import { cpus, loadavg } from 'node:os';
import { CalendarDate } from '../src/domain/calendar-date';
import { deadlineDashboard } from '../src/domain/deadline-dashboard';
import { buildCaseIndex, searchCases } from '../src/domain/search';
import { ruleSet } from '../test/helpers/regimes';
import { generateCases } from './case-generator';

const N = 10_000;
const RUNS = 15;

/** Wall-clock median and worst, and the median CPU time of this process (the machine is shared). */
function time(fn: () => unknown, runs = RUNS): { median: number; worst: number; cpu: number } {
  fn(); // warm up
  const ts: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  ts.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: ts[Math.floor(ts.length / 2)], worst: ts[ts.length - 1], cpu: cpu[Math.floor(cpu.length / 2)] };
}

const rows: { what: string; median: number; worst: number; cpu?: number; target: number; note?: string }[] = [];
const cases = generateCases(N);

const tBuild = performance.now();
const index = buildCaseIndex(cases);
const buildMs = performance.now() - tBuild;
rows.push({ what: `build search index (${N} cases, once)`, median: buildMs, worst: buildMs, target: Infinity });

for (const q of ['bugeleisen', 'kinderfreude toys', '4006', 'risk:serious state:validated', 'country:de category:toys hoodie', 'es-2', 'zzzz-nothing', '']) {
  let hits = 0;
  const t = time(() => (hits = searchCases(index, q).length));
  rows.push({ what: `search ${JSON.stringify(q)}`, ...t, target: 50, note: `${hits} hits` });
}

const rs = ruleSet('rapex-2010');
const today = CalendarDate.parse('2026-03-15')!;
let dashRows = 0;
let problems = 0;
const tDash = time(() => {
  const d = deadlineDashboard(rs, cases, today);
  dashRows = d.rows.length;
  problems = d.problems.length;
}, 7);
rows.push({ what: `deadlines dashboard (${N} cases)`, ...tDash, target: 200, note: `${dashRows} actions, ${problems} problems` });
const results = new Map();
const tCached = time(() => deadlineDashboard(rs, cases, today, { keyOf: (c) => c.id, results }), 7);
rows.push({ what: `deadlines dashboard, cases unchanged (cached)`, ...tCached, target: 200 });

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(1).padStart(8) : '       -');
console.log(`Riskcase casework benchmark — ${new Date().toISOString()} — Node ${process.version} — ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
console.log(`${'measure'.padEnd(48)} ${'median ms'.padStart(10)} ${'worst ms'.padStart(9)} ${'cpu ms'.padStart(8)} ${'target'.padStart(7)}  result`);
let failed = 0;
for (const r of rows) {
  const ok = r.median <= r.target;
  if (!ok) failed++;
  console.log(`${r.what.padEnd(48)} ${fmt(r.median)}   ${fmt(r.worst)} ${fmt(r.cpu ?? NaN)} ${Number.isFinite(r.target) ? String(r.target).padStart(7) : '      -'}  ${Number.isFinite(r.target) ? (ok ? 'ok' : 'MISSED') : ''} ${r.note ?? ''}`);
}
process.exit(failed ? 1 : 0);
