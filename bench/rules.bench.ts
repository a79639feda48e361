// Rules benchmark (run: npx tsx bench/rules.bench.ts). Prints one table:
//  1. parse + check of each built-in regime, warm (after 20 loads): median of 25 runs (target
//     ≤ 20 ms); with the compiling that loading also does, for information;
//  2. classification throughput over 10,000+ generated, varied case documents: the compiled
//     rapex-2010 rules vs the same decision written by hand (bench/baseline-classify.ts) vs an
//     equivalent json-rules-engine rule set (bench/json-rules-classify.ts) — targets: compiled
//     within 3× of hand-written, at least 20× faster than json-rules-engine. "Compiled" is
//     `decideValue` (value, fields and rule: what the hand-written code gives too); `decide`, which
//     also builds the explanation with citations, is reported beside it. The hand-written code
//     runs twice: on the very objects the compiled rules read (the bound facts, which have the
//     case document's shape: like for like, the target's ratio), and on the raw JSON documents,
//     which take a third of the memory (shown for information: that ratio measures memory
//     traffic as much as the decision);
//  3. agreement: the three (and decide with decideValue) must give the same classification and
//     reason on every case.
// Throughputs are the best of several passes, the contenders taking turns pass by pass, so that
// load from other work on the machine hits them alike: compare the ratios, not the rates. The
// heap is collected before the timed passes, so that no contender pays for moving the cases the
// generator has just made.
// Exit status 1 when they disagree on any case (the timings are reported, not enforced).
import '../src/polyfills';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CompiledRuleSet, Facts, RuleSource } from '../src/rules/api';
import { checkRules, loadRegime } from '../src/rules/load';
import { readRuleSources } from '../src/cli/rule-files';
import { rng } from './rng';
import { classifyBaseline, type BaselineCase, type BaselineResult } from './baseline-classify';
import { jsonRulesEngine } from './json-rules-classify';

const ROOT = join(import.meta.dirname, '..');
const CASES = 12_000;

const sources = (id: string): RuleSource[] => readRuleSources(join(ROOT, 'rules', id), ROOT);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Varied case documents reaching every branch of the classification (deterministic). */
function generate(n: number): BaselineCase[] {
  const r = rng(20260321);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const out: BaselineCase[] = [];
  for (let i = 0; i < n; i++) {
    const measures = Array.from({ length: pick([0, 1, 1, 1, 2, 3]) }, () => ({
      type: pick(['obligatory', 'voluntary']),
      category: pick(['recall', 'withdrawal', 'marketing-ban', 'warning-consumers', 'destruction']),
      adopted: chance(0.8) ? `2026-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}` : null,
    }));
    out.push({
      product: {
        name: chance(0.85) ? `Product ${i}` : null,
        brand: chance(0.7) ? pick(['Acme', 'Flamo', 'Lumi']) : null,
        photos: chance(0.6) ? pick([0, 1, 2, 3]) : null,
        consumerProduct: chance(0.9),
        excludedRegime: chance(0.05) ? pick(['food', 'medical-device', 'medicinal-product']) : null,
      },
      risk: {
        level: pick(['serious', 'serious', 'serious', 'high', 'medium', 'low', null]),
        lifeThreatening: chance(0.2),
        fatalAccidents: chance(0.05),
        emergencyAction: chance(0.05),
      },
      crossBorder: chance(0.75),
      ofInterestToOtherStates: chance(0.3),
      underEeaDiscussion: chance(0.05),
      criteriaUncertain: chance(0.08),
      generallyApplicableMeasure: chance(0.03),
      measures,
    } as BaselineCase);
  }
  return out;
}

function ruleSetOf(id: string): CompiledRuleSet {
  const r = loadRegime(sources(id), sources);
  if (!r.ruleSet) throw new Error(`${id} does not check clean:\n${r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n')}`);
  return r.ruleSet;
}

/** Median of 25 warm runs of parse + check, and of parse + check + compile (taking turns). */
function timeLoad(id: string): { check: number; load: number } {
  const src = sources(id);
  const resolve = (other: string) => sources(other);
  // Warm: the engine has compiled the hot code (a few loads are not enough for that).
  for (let i = 0; i < 20; i++) loadRegime(src, resolve);
  const check: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < 25; i++) {
    let t0 = performance.now();
    checkRules(src, resolve, { appProfile: true });
    check.push(performance.now() - t0);
    t0 = performance.now();
    loadRegime(src, resolve);
    load.push(performance.now() - t0);
  }
  return { check: median(check), load: median(load) };
}

/** Best of `rounds` passes over all cases, in cases per second. */
async function throughput(cases: readonly unknown[], f: (c: unknown) => unknown, rounds = 5): Promise<number> {
  let best = Infinity;
  for (let k = 0; k < rounds; k++) {
    const t0 = performance.now();
    for (const c of cases) {
      const v = f(c);
      if (v instanceof Promise) await v;
    }
    best = Math.min(best, performance.now() - t0);
  }
  return (cases.length / best) * 1000;
}

/** Best throughput of each contender over `rounds` rounds, the contenders taking turns. */
async function interleaved(contenders: [readonly unknown[], (c: unknown) => unknown][], rounds = 9): Promise<number[]> {
  const best = contenders.map(() => 0);
  for (let k = 0; k < rounds; k++) {
    for (let i = 0; i < contenders.length; i++) best[i] = Math.max(best[i], await throughput(contenders[i][0], contenders[i][1], 1));
  }
  return best;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** A full garbage collection (the flag set at run time, so `npx tsx bench/rules.bench.ts` works too). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

async function main() {
  console.log(`date ${new Date().toISOString()}  node ${process.version}  cpu ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores)`);

  const rows: [string, string, string, string][] = [];
  for (const id of ['rapex-2010', 'rapex-2004']) {
    const t = timeLoad(id);
    rows.push([`parse + check ${id} (median of 25, warm)`, `${t.check.toFixed(2)} ms`, '≤ 20 ms', t.check <= 20 ? 'ok' : 'MISSED']);
    rows.push([`parse + check + compile ${id} (for information)`, `${t.load.toFixed(2)} ms`, '', '']);
  }

  const rs = ruleSetOf('rapex-2010');
  const docs = generate(CASES);
  const facts: Facts[] = docs.map((d, i) => {
    const b = rs.bindFacts('case', d);
    if (!b.ok) throw new Error(`generated case ${i} does not bind: ${JSON.stringify(b.errors)}`);
    return b.facts;
  });
  // Both return what the hand-written baseline returns (classification and reason): apples to apples.
  const valueOnly = (f: Facts): BaselineResult => {
    const d = rs.decideValue('classification', f);
    if (!d.ok) throw new Error(d.error);
    return { classification: d.value.value as BaselineResult['classification'], reason: (d.value.fields.reason ?? null) as BaselineResult['reason'] };
  };
  const explained = (f: Facts): BaselineResult => {
    const d = rs.decide('classification', f);
    if (!d.ok) throw new Error(d.error);
    return { classification: d.value.value as BaselineResult['classification'], reason: (d.value.fields.reason ?? null) as BaselineResult['reason'] };
  };
  const jre = jsonRulesEngine();

  // Agreement first, on every case (the hand-written code on the bound facts too).
  let mismatches = 0;
  const seen = new Map<string, number>();
  for (let i = 0; i < docs.length; i++) {
    const a = explained(facts[i]);
    const v = valueOnly(facts[i]);
    const b = classifyBaseline(docs[i]);
    const bf = classifyBaseline(facts[i].case as BaselineCase);
    const c = await jre.classify(docs[i]);
    const key = `${a.classification}${a.reason ? ` (${a.reason})` : ''}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const same = (x: BaselineResult, y: BaselineResult) => x.classification === y.classification && x.reason === y.reason;
    if (!same(a, b) || !same(v, b) || !same(b, c) || !same(bf, b)) {
      if (mismatches < 5) console.log(`mismatch on case ${i}: decide ${JSON.stringify(a)}, decideValue ${JSON.stringify(v)}, hand-written ${JSON.stringify(b)}, json-rules-engine ${JSON.stringify(c)}`);
      mismatches++;
    }
  }

  collectGarbage();
  // Interleaved rounds so that a burst of load on the shared machine hits every contender alike.
  const [tValue, tExplained, tBaseline, tBaselineRaw] = await interleaved([
    [facts, (f) => valueOnly(f as Facts)],
    [facts, (f) => explained(f as Facts)],
    [facts, (f) => classifyBaseline((f as Facts).case as BaselineCase)],
    [docs, (d) => classifyBaseline(d as BaselineCase)],
  ]);
  const tBindDecide = await throughput(docs, (d) => {
    const b = rs.bindFacts('case', d);
    return b.ok && rs.decide('classification', b.facts);
  });
  const tJre = await throughput(docs, (d) => jre.classify(d as BaselineCase), 2);

  rows.push([`classify, compiled rules, value only (decideValue on bound facts), ${fmt(CASES)} cases`, `${fmt(tValue)} /s`, '', '']);
  rows.push([`classify, compiled rules with explanation (decide on bound facts)`, `${fmt(tExplained)} /s`, '', '']);
  rows.push([`classify, compiled rules incl. bindFacts of the JSON (decide)`, `${fmt(tBindDecide)} /s`, '', '']);
  rows.push([`classify, hand-written TypeScript on the bound facts`, `${fmt(tBaseline)} /s`, '', '']);
  rows.push([`classify, hand-written TypeScript on the raw JSON documents`, `${fmt(tBaselineRaw)} /s`, '', '']);
  rows.push([`classify, json-rules-engine (facts precomputed)`, `${fmt(tJre)} /s`, '', '']);
  const slower = tBaseline / tValue;
  const slowerExplained = tBaseline / tExplained;
  const faster = tValue / tJre;
  rows.push([`hand-written ÷ compiled value only (same input, same output)`, `${slower.toFixed(1)}×`, '≤ 3×', slower <= 3 ? 'ok' : 'MISSED']);
  rows.push([`hand-written on raw JSON ÷ compiled value only (for information)`, `${(tBaselineRaw / tValue).toFixed(1)}×`, '', '']);
  rows.push([`hand-written ÷ compiled with explanation (for information)`, `${slowerExplained.toFixed(1)}×`, '', '']);
  rows.push([`compiled value only ÷ json-rules-engine`, `${faster.toFixed(1)}×`, '≥ 20×', faster >= 20 ? 'ok' : 'MISSED']);
  rows.push([`cases where the three disagree`, String(mismatches), '0', mismatches === 0 ? 'ok' : 'FAILED']);

  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ')).join('\n'));
  console.log(`outcomes: ${[...seen].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (mismatches) process.exitCode = 1;
}

await main();
