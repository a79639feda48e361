// The parser and checker fuzz with a fixed seed, as part of `npm test`: 4,000 mutants of the
// built-in rule files checked alone and 500 inside their whole regime (test/rules/fuzz). None may
// throw, report an internal failure or place a diagnostic where its file does not say so.
// `npm run fuzz` runs 20,000 and more with a time limit per mutant (FUZZING.md).
import { describe, expect, it } from 'vitest';
import { judge, resolverOf, type Finding } from './fuzz/judge';
import { builtinRegimes, mutant, wordsOf } from './fuzz/mutants';

const SEED = 20_261_203;
const regimes = builtinRegimes();
const words = wordsOf(regimes);
const resolve = resolverOf(regimes);

const report = (fs: Finding[]) => fs.slice(0, 10).map((f) => `#${f.index} ${f.kind} ${f.file} [${f.edits.join('; ')}]: ${f.detail.split('\n')[0]}`);

describe('parser and checker fuzz (fixed seed)', () => {
  it('4,000 mutated files checked alone: no throw, no internal error, every diagnostic in place', () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 4_000; i++) findings.push(...judge(mutant(regimes, words, SEED, i), resolve, true));
    expect(report(findings)).toEqual([]);
  }, 120_000);

  it('500 mutated files inside their whole regime', () => {
    const findings: Finding[] = [];
    for (let i = 100_000; i < 100_500; i++) findings.push(...judge(mutant(regimes, words, SEED, i), resolve));
    expect(report(findings)).toEqual([]);
  }, 120_000);
});
