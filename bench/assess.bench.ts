// Assessment benchmark (run: npx tsx bench/assess.bench.ts). 1,000 scenarios × 10 steps, every
// step with low/high on a third of them, assessed with full sensitivity (ranges, per-step
// thresholds) against the real rapex-2010 rule set. Target: ≤ 100 ms per run (median of 15 warm
// runs). Also times the full interchange path: parse the JSON document + assess + --json output.
import '../src/polyfills';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RuleSource } from '../src/rules/api';
import { loadRegime } from '../src/rules/load';
import { readRuleSources } from '../src/cli/rule-files';
import { rng } from './rng';
import { riskTables } from '../src/domain/risk/risk-tables';
import { assessScenarios } from '../src/domain/risk/assess';
import { assessDocument, assessmentResultJson, parseAssessmentDocument, type AssessmentJson } from '../src/domain/assessment';

const ROOT = join(import.meta.dirname, '..');
const SCENARIOS = 1000;
const STEPS = 10;
const RUNS = 15;
const TARGET_MS = 100;

const sources = (id: string): RuleSource[] => readRuleSources(join(ROOT, 'rules', id), ROOT);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function document(seed: number): AssessmentJson {
  const r = rng(seed);
  // Probabilities as assessors write them; most near 1 so that products spread over all bands.
  const forms = () => {
    const k = r();
    if (k < 0.5) return `${1 + Math.floor(r() * 9)}/${10 + Math.floor(r() * 10)}`;
    if (k < 0.7) return `0.${1 + Math.floor(r() * 9)}`;
    if (k < 0.85) return `${10 + Math.floor(r() * 80)}%`;
    return '1';
  };
  return {
    product: { name: 'bench' },
    scenarios: Array.from({ length: SCENARIOS }, (_, i) => ({
      id: `s${i + 1}`,
      consumer: 'adult',
      hazard: 'kinetic-energy',
      injury: 'x',
      severity: 1 + Math.floor(r() * 4),
      steps: Array.from({ length: STEPS }, (_, j) => {
        const probability = forms();
        return j % 3 === 0 ? { text: `step ${j}`, probability, low: '1/1000', high: '1' } : { text: `step ${j}`, probability };
      }),
    })),
  };
}

const loaded = loadRegime(sources('rapex-2010'), (id) => sources(id));
if (!loaded.ruleSet) {
  console.error('rules/rapex-2010 does not check clean');
  process.exit(1);
}
const rs = loaded.ruleSet;
let t0 = performance.now();
const tables = riskTables(rs);
const tablesMs = performance.now() - t0;

const json = document(42);
const parsed = parseAssessmentDocument(json);
if (!parsed.ok) {
  console.error(parsed.errors.slice(0, 5));
  process.exit(1);
}
const scenarios = parsed.doc.scenarios;

const core: number[] = [];
const full: number[] = [];
let levels: Record<string, number> = {};
for (let i = 0; i < RUNS + 3; i++) {
  t0 = performance.now();
  const r = assessScenarios(tables, scenarios);
  const t1 = performance.now();
  const p = parseAssessmentDocument(JSON.parse(JSON.stringify(json)));
  const a = p.ok ? assessDocument(p.doc, rs) : null;
  const out = a && a.ok ? JSON.stringify(assessmentResultJson(a.result)) : '';
  const t2 = performance.now();
  if (i >= 3) {
    core.push(t1 - t0);
    full.push(t2 - t1);
  }
  levels = {};
  for (const s of r.scenarios) levels[s.risk] = (levels[s.risk] ?? 0) + 1;
  if (!out) throw new Error('assessDocument failed');
}
const borderline = assessScenarios(tables, scenarios).scenarios.filter((s) => s.sensitivity.borderline).length;

console.log(`risk tables from the compiled rule set: ${tablesMs.toFixed(2)} ms (once per regime)`);
console.log(`${SCENARIOS} scenarios × ${STEPS} steps, full sensitivity: median ${median(core).toFixed(1)} ms, min ${Math.min(...core).toFixed(1)} ms, max ${Math.max(...core).toFixed(1)} ms (target ≤ ${TARGET_MS} ms) ${median(core) <= TARGET_MS ? 'OK' : 'OVER'}`);
console.log(`  interchange path (JSON parse + check + assess + --json output): median ${median(full).toFixed(1)} ms`);
console.log(`  levels: ${JSON.stringify(levels)}; borderline: ${borderline}`);
