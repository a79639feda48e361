// Rule text written to hurt: names of tens of thousands of characters, operator chains thousands
// long. Each gets a plain message at its own file, line and column, quickly; never "internal".
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/rules/ast';
import { didYouMean, editDistance } from '../../src/rules/did-you-mean';
import { loadRegime } from '../../src/rules/load';
import { MAX_EXPRESSION_DEPTH, MAX_FILE_LENGTH, MAX_FILE_TOKENS, MAX_NAME_LENGTH } from '../../src/rules/limits';
import { regimeSources } from '../helpers/regimes';

const FILE = 'rules/rapex-2010/criteria.rules';

/** The built-in regime with `extra` appended to one of its files: the line `extra` starts on. */
function withExtra(extra: string): { diagnostics: Diagnostic[]; line: number; ms: number } {
  const sources = regimeSources('rapex-2010');
  const target = sources.find((s) => s.file === FILE)!;
  const line = target.text.split('\n').length + 1;
  const edited = sources.map((s) => (s === target ? { ...s, text: `${s.text}\n${extra}` } : s));
  const t0 = performance.now();
  const r = loadRegime(edited);
  return { diagnostics: r.diagnostics.filter((d) => d.severity === 'error'), line, ms: performance.now() - t0 };
}

const where = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;

/** A bound far above the fixed checker (milliseconds) and far below the quadratic one (tens of seconds). */
const HANG_MS = 5_000;

describe('long names', () => {
  it('a name over the cap is one error at the name, with a short prefix of it, and no hang', () => {
    const long = 'x'.repeat(60_000);
    const { diagnostics, line, ms } = withExtra(`condition ${long}a  cites "x"\n  = ${long}b`);
    expect(ms).toBeLessThan(HANG_MS);
    expect(diagnostics.map(where)).toEqual([`${FILE}:${line}:11`, `${FILE}:${line + 1}:5`]);
    for (const d of diagnostics) {
      expect(d.code).toBe('lex');
      expect(d.message).toContain(`at most ${MAX_NAME_LENGTH} characters`);
      expect(d.message.length).toBeLessThan(300);
    }
  });

  it('a name at the cap is still a name', () => {
    const name = 'y'.repeat(MAX_NAME_LENGTH);
    expect(withExtra(`condition ${name}  cites "x"\n  = case.crossBorder`).diagnostics).toEqual([]);
  });

  it('"did you mean" compares long names in time linear in their length', () => {
    const long = 'z'.repeat(60_000);
    const t0 = performance.now();
    expect(didYouMean(`${long}a`, [`${long}b`, 'short'])).toBe(`${long}b`);
    expect(didYouMean('q'.repeat(30_000), ['r'.repeat(30_000)])).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(HANG_MS);
  });

  it('the bounded distance agrees with the full one up to its bound', () => {
    const words = ['serious', 'seriuos', 'sirius', 'kitten', 'sitting', '', 'abc', 'crossBorder', 'crossborder', 'ab', 'ba'];
    for (const a of words) for (const b of words) {
      const full = editDistance(a, b);
      for (const max of [0, 1, 2, 3]) expect(Math.min(editDistance(a, b, max), max + 1)).toBe(Math.min(full, max + 1));
    }
  });
});

describe('operator chains', () => {
  const chain = (op: string, operand: string, n: number) => Array.from({ length: n }, () => operand).join(` ${op} `);
  const cases: [string, string][] = [
    ['or', `condition zz  cites "x"\n  = ${chain('or', 'case.crossBorder', 2_000)}`],
    ['and', `condition zz  cites "x"\n  = ${chain('and', 'case.crossBorder', 2_000)}`],
    ['*', `value zz : fraction  cites "x"\n  = ${chain('*', '1/2', 3_000)}`],
    ['otherwise', `value zz : optional date  cites "x"\n  = ${chain('otherwise', 'none', 3_000)}`],
    ['not', `condition zz  cites "x"\n  = ${'not '.repeat(3_000)}case.crossBorder`],
    ['not (', `condition zz  cites "x"\n  = ${'not ('.repeat(90)}${'not '.repeat(1_500)}true${')'.repeat(90)}`],
  ];
  for (const [op, text] of cases) {
    it(`a chain of thousands of '${op}' is an error in its own file and line, not a stack overflow`, () => {
      const { diagnostics, line } = withExtra(text);
      expect(diagnostics).toHaveLength(1);
      const [d] = diagnostics;
      expect(d.code).not.toBe('internal');
      expect(d.file).toBe(FILE);
      expect(d.line).toBe(line + 1);
      expect(d.column).toBeGreaterThan(4);
      expect(d.message).toMatch(/nested more than \d+ deep/);
    });
  }

  it(`an expression ${MAX_EXPRESSION_DEPTH} deep still checks`, () => {
    const ok = withExtra(`condition zz  cites "x"\n  = ${chain('or', 'case.crossBorder', MAX_EXPRESSION_DEPTH)}`);
    expect(ok.diagnostics).toEqual([]);
    const over = withExtra(`condition zz  cites "x"\n  = ${chain('or', 'case.crossBorder', MAX_EXPRESSION_DEPTH + 2)}`);
    expect(over.diagnostics).toHaveLength(1);
  });
});

describe('file size', () => {
  it(`a file over ${MAX_FILE_LENGTH} characters is one error at its start, read no further`, () => {
    const big = `condition zz  cites "x"\n  = ${Array.from({ length: 12_000 }, () => '(case.crossBorder)').join(' and ')}`;
    expect(big.length).toBeGreaterThan(MAX_FILE_LENGTH);
    const { diagnostics, ms } = withExtra(big);
    expect(ms).toBeLessThan(HANG_MS);
    expect(diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${FILE}:1:1: this file has ${regimeSources('rapex-2010').find((s) => s.file === FILE)!.text.length + 1 + big.length} characters; a rule file has at most ${MAX_FILE_LENGTH}: split it into several files`,
    ]);
  });
});

describe('file length in tokens', () => {
  it(`a file of more than ${MAX_FILE_TOKENS} tokens is one error at the first token past the limit`, () => {
    const brackets = `condition zz  cites "x"\n  = ${'('.repeat(99)}case.crossBorder${')'.repeat(99)}\n`;
    const { diagnostics, line } = withExtra(brackets.repeat(60));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].file).toBe(FILE);
    expect(diagnostics[0].line).toBeGreaterThan(line);
    expect(diagnostics[0].message).toMatch(new RegExp(`more than the ${MAX_FILE_TOKENS} a rule file may have`));
  });
});
