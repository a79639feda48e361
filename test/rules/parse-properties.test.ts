// Property tests: whatever the text, parse returns an AST and well-placed diagnostics, quickly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/rules/ast';
import { parse } from '../../src/rules/parse';

/** Beyond this a case counts as a hang (error recovery going round in circles). */
const CASE_LIMIT_MS = 2_000;

function realRuleFiles(): { name: string; text: string }[] {
  const out = [{ name: 'test/rules/fixtures/full-language.rules', text: readFileSync('test/rules/fixtures/full-language.rules', 'utf8') }];
  if (!existsSync('rules')) return out;
  for (const regime of readdirSync('rules', { withFileTypes: true })) {
    if (!regime.isDirectory()) continue;
    for (const f of readdirSync(`rules/${regime.name}`)) {
      if (f.endsWith('.rules')) out.push({ name: `rules/${regime.name}/${f}`, text: readFileSync(`rules/${regime.name}/${f}`, 'utf8') });
    }
  }
  return out;
}

function timedParse(text: string): { result: ParseResult; ms: number } {
  const t0 = performance.now();
  const result = parse(text, 'prop.rules');
  return { result, ms: performance.now() - t0 };
}

/** The invariants every parse must keep, whatever the input. */
function checkInvariants(text: string): void {
  const { result, ms } = timedParse(text);
  expect(ms).toBeLessThan(CASE_LIMIT_MS);
  expect(result.ast).toBeTypeOf('object');
  expect(result.ast.file).toBe('prop.rules');
  expect(Array.isArray(result.ast.declarations)).toBe(true);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const d of result.diagnostics) {
    // An internal failure is reported as a diagnostic too; it must never happen.
    expect(d.message).not.toMatch(/the parser failed/);
    expect(['syntax', 'lex']).toContain(d.code);
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lineCount).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
    expect(d.offset >= 0 && d.offset <= text.length).toBe(true);
    expect(d.endOffset >= d.offset && d.endOffset <= text.length).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
  }
  for (const decl of result.ast.declarations) {
    expect(decl.loc.line).toBeGreaterThanOrEqual(1);
    expect(Number.isFinite(decl.loc.offset)).toBe(true);
  }
}

const VOCABULARY = [
  'regime', 'title', 'source', 'effective', 'from', 'to', 'import', 'enum', 'ordered', 'label', 'description',
  'record', 'facts', 'bands', 'over', 'above', 'otherwise', 'table', 'hit', 'unique', 'first', 'matrix', 'rows',
  'condition', 'value', 'decision', 'with', 'rule', 'when', 'overrides', 'calendar', 'weekend', 'holiday',
  'deadline', 'due', 'working', 'days', 'after', 'using', 'example', 'given', 'expect', 'cites', 'and', 'or',
  'not', 'is', 'one', 'of', 'present', 'absent', 'any', 'no', 'in', 'where', 'earliest', 'latest', 'count',
  'for', 'true', 'false', 'none', 'list', 'optional', 'de', 'fr',
  'case', 'risk', 'severity', 'm', 'article-12', 'serious', 'x.y.z',
  '1', '4', '1/1000', '0.02', '2%', '1_000', '2026-03-27', '2026-02-30',
  '"text"', '"a \\"q\\""', '"', '(', ')', '[', ']', '{', '}', ',', ':', '=', '->', '\\', '-', '..', '*', '<',
  '<=', '>', '>=', '.', '--', '§', '/',
];

describe('parse never fails and places every diagnostic', () => {
  // Building the parser (once per process) is not a case.
  beforeAll(() => {
    parse('condition a = true', 'warm-up.rules');
  });

  it('on random token streams', () => {
    const token = fc.constantFrom(...VOCABULARY);
    const sep = fc.constantFrom(' ', ' ', '\n', '\n  ', '');
    const stream = fc.array(fc.tuple(token, sep), { maxLength: 60 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
    fc.assert(fc.property(stream, (text) => checkInvariants(text)), { numRuns: 8_000 });
  }, 60_000);

  it('on token streams that start like real declarations', () => {
    const starts = ['condition c = ', 'table t (a : x, b : y) -> z hit unique matrix a \\ b\n 1 2\n 1 ', 'decision d : t rule r ', 'example "e" given case ', 'deadline d rule r when '];
    const token = fc.constantFrom(...VOCABULARY);
    const text = fc.tuple(fc.constantFrom(...starts), fc.array(token, { maxLength: 30 })).map(([s, ts]) => s + ts.join(' '));
    fc.assert(fc.property(text, (t) => checkInvariants(t)), { numRuns: 2_000 });
  }, 60_000);

  it('on mutated copies of real rule files', () => {
    const files = realRuleFiles();
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('"', '(', ')', '-', '\\', '\n', '§', '/', 'é', '\t', '..', '->')),
      }),
    );
    // A window of up to 60 lines of a real file keeps each case fast (the whole of a file is
    // covered across cases); mutations then cut through declarations at random.
    const input = fc.tuple(fc.nat({ max: files.length - 1 }), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(input, ([fileIndex, start, mutations]) => {
        const lines = files[fileIndex].text.split('\n');
        const from = start % Math.max(1, lines.length - 10);
        let text = lines.slice(from, from + 60).join('\n');
        for (const m of mutations) text = mutate(text, m);
        checkInvariants(text);
      }),
      { numRuns: 6_000 },
    );
    // ~5 s on a quiet machine; the test machine is shared, so allow for a busy one.
  }, 90_000);
});

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap'; at: number; other: number; length: number }
  | { kind: 'insert'; at: number; text: string };

function mutate(text: string, m: Mutation): string {
  const n = text.length;
  if (n === 0) return m.kind === 'insert' ? m.text : text;
  const at = m.at % n;
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'swap': {
      const [a, b] = [at, m.other % n].sort((x, y) => x - y);
      const len = Math.min(m.length, Math.max(0, b - a));
      if (len === 0) return text;
      return text.slice(0, a) + text.slice(b, b + len) + text.slice(a + len, b) + text.slice(a, a + len) + text.slice(b + len);
    }
  }
}
