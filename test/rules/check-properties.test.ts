// Property tests: the checker and the loader never throw, whatever a policy officer's slip does
// to a real or fixture rule file, and every diagnostic points at a real place in a real file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleSource } from '../../src/rules/api';
import { checkRegime } from '../../src/rules/check/index';
import { parsedRegime } from '../../src/rules/check/symbols';
import { loadRegime } from '../../src/rules/load';
import { parse } from '../../src/rules/parse';

const ROOT = join(import.meta.dirname, '..', '..');

function readDir(dir: string): RuleSource[] {
  try {
    return readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.rules'))
      .sort()
      .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }));
  } catch {
    return [];
  }
}

const regime2010 = readDir('rules/rapex-2010');
const corpus: RuleSource[] = [
  ...regime2010,
  ...readDir('rules/rapex-2004'),
  ...readDir('test/rules/fixtures/tiny'),
  ...readDir('test/rules/fixtures'),
  ...readDir('test/rules/broken'),
];
const resolver = (id: string) => readDir(`rules/${id}`);

const words = [...new Set(corpus.flatMap((s) => s.text.match(/[A-Za-z_][A-Za-z0-9_-]*/g) ?? []))];
const SNIPPETS = ['\n', ' ', '(', ')', ',', '.', '=', '->', '..', '-', '*', '"', '[', ']', '{', '}', ' is ', ' not ', ' and ', ' or ', ' otherwise ', ' overrides ', '1/0', '0', '2026-02-30', '2026-03-27', '1/1000', '2%', '\\', '\t', 'none', 'present', ' cites "x"', 'rule r ', 'due 3 working days after ', '  '];

/** A mutation of one file: a slip of the keyboard, a moved line, a renamed word. */
const mutation = (text: string) => {
  const lines = text.split('\n');
  const at = fc.nat({ max: Math.max(0, text.length) });
  const line = fc.nat({ max: Math.max(0, lines.length - 1) });
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at, len: fc.integer({ min: 1, max: 24 }) }),
    fc.record({ kind: fc.constant('insert' as const), at, what: fc.constantFrom(...SNIPPETS) }),
    fc.record({ kind: fc.constant('word' as const), nth: fc.nat(), what: fc.constantFrom(...words) }),
    fc.record({ kind: fc.constant('word' as const), nth: fc.nat(), what: fc.constantFrom(...words) }),
    fc.record({ kind: fc.constant('dupLine' as const), line }),
    fc.record({ kind: fc.constant('dropLine' as const), line }),
    fc.record({ kind: fc.constant('swapLines' as const), line, other: line }),
  );
};

type Mutation = { kind: 'delete'; at: number; len: number } | { kind: 'insert'; at: number; what: string } | { kind: 'word'; nth: number; what: string } | { kind: 'dupLine' | 'dropLine'; line: number } | { kind: 'swapLines'; line: number; other: number };

function apply(text: string, ms: Mutation[]): string {
  for (const m of ms) {
    const lines = text.split('\n');
    switch (m.kind) {
      case 'delete':
        text = text.slice(0, m.at) + text.slice(m.at + m.len);
        break;
      case 'insert':
        text = text.slice(0, m.at) + m.what + text.slice(m.at);
        break;
      case 'word': {
        const found = [...text.matchAll(/[A-Za-z_][A-Za-z0-9_-]*/g)];
        if (found.length === 0) break;
        const w = found[m.nth % found.length];
        text = text.slice(0, w.index) + m.what + text.slice(w.index! + w[0].length);
        break;
      }
      case 'dupLine':
        lines.splice(m.line, 0, lines[m.line] ?? '');
        text = lines.join('\n');
        break;
      case 'dropLine':
        lines.splice(m.line, 1);
        text = lines.join('\n');
        break;
      case 'swapLines': {
        const a = Math.min(m.line, lines.length - 1);
        const b = Math.min(m.other, lines.length - 1);
        [lines[a], lines[b]] = [lines[b], lines[a]];
        text = lines.join('\n');
        break;
      }
    }
  }
  return text;
}

/** Loads, checks the parsed AST even when it has syntax errors, and exercises the result. */
function exercise(sources: RuleSource[]): void {
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  const parsed = sources.map((s) => parse(s.text, s.file));
  if (parsed.some((p) => p.diagnostics.length > 0)) {
    // loadRegime stops at syntax errors: check the recovered trees directly, as the editor may.
    const files = parsed.map((p) => p.ast);
    const model = checkRegime({ files, sources: texts, fetchImport: (id) => parsedRegime(resolver(id).map((s) => parse(s.text, s.file).ast)) }, { appProfile: true });
    for (const d of model.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message.length).toBeGreaterThan(0);
    }
  }
  const r = loadRegime(sources, resolver);
  for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
  expect(r.diagnostics.filter((d) => d.code === 'internal')).toEqual([]);
  for (const d of r.diagnostics) expect(texts.has(d.file) || d.file.startsWith('rules/')).toBe(true);
  if (r.ruleSet) {
    r.ruleSet.runExamples();
    const facts = r.ruleSet.bindFacts('case', {});
    if (facts.ok) {
      r.ruleSet.decide('classification', facts.facts);
      r.ruleSet.deadlines(facts.facts);
    }
  }
}

describe('checking never throws on mutated rule files', () => {
  it('the corpus is there', () => {
    expect(corpus.length).toBeGreaterThan(10);
  });

  it('one mutated file alone (thousands of cases)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: corpus.length - 1 }).chain((i) => fc.tuple(fc.constant(i), fc.array(mutation(corpus[i].text), { minLength: 1, maxLength: 3 }))),
        ([i, ms]) => exercise([{ file: corpus[i].file, text: apply(corpus[i].text, ms as Mutation[]) }]),
      ),
      { numRuns: 2500, seed: 20261121 },
    );
  }, 120_000);

  it('one mutated file inside the whole rapex-2010 regime', () => {
    if (regime2010.length === 0) return;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: regime2010.length - 1 }).chain((i) => fc.tuple(fc.constant(i), fc.array(mutation(regime2010[i].text), { minLength: 1, maxLength: 2 }))),
        ([i, ms]) => exercise(regime2010.map((s, j) => (j === i ? { ...s, text: apply(s.text, ms as Mutation[]) } : s))),
      ),
      { numRuns: 100, seed: 42 },
    );
  }, 120_000);
});
