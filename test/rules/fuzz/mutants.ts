// Mutants of the built-in rule files for the parser and checker fuzz: the same seed and index
// always give the same mutant, so any finding can be replayed by its number.
//
// A mutant is one regime with one of its files changed by one to four edits: the slips of a
// policy officer (a deleted, doubled or swapped piece, a word replaced by another of the rules'
// words, a moved line) and the text of someone trying to break the checker (long names, long
// operator chains, deep brackets, odd characters).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../../bench/rng';
import type { RuleSource } from '../../../src/rules/api';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface Regime {
  id: string;
  sources: RuleSource[];
}

/** Every built-in regime, as the CLI reads it. */
export function builtinRegimes(): Regime[] {
  const dir = join(ROOT, 'rules');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((id) => ({
      id,
      sources: readdirSync(join(dir, id))
        .filter((f) => f.endsWith('.rules'))
        .sort()
        .map((f) => ({ file: `rules/${id}/${f}`, text: readFileSync(join(dir, id, f), 'utf8') })),
    }))
    .filter((r) => r.sources.length > 0);
}

export interface Mutant {
  index: number;
  regime: string;
  /** The changed file. */
  file: string;
  /** The regime's sources with that file changed. */
  sources: RuleSource[];
  /** What was done, for the report: "delete 12 at 340", "chain or ×1500 at 77". */
  edits: string[];
}

/** Twice the longest rule file the parser reads (limits.ts): longer mutants only test that cap. */
const MAX_MUTANT_LENGTH = 400_000;

const SNIPPETS = [
  '\n', ' ', '(', ')', ',', '.', '=', '->', '..', '-', '*', '"', '[', ']', '{', '}', ' is ', ' not ', ' and ', ' or ',
  ' otherwise ', ' overrides ', '1/0', '0', '0/0', '2026-02-30', '2026-03-27', '9999-99-99', '1/1000', '2%', '0.5', '1_000',
  '\\', '\t', 'none', 'present', 'absent', ' cites "x"', 'rule r ', 'due 3 working days after ', 'due 0 calendar days after ',
  '  ', '\r\n', '\r', '\u0000', '\uFEFF', 'é', '§', '😀', '\u202E', 'label "x" de "y"', ' is one of (', ' hit first', ' hit unique',
  'matrix a \\ b', 'rows', ' any m in case.measures where ', ' count m in case.events', ' earliest m.adopted for m in case.measures',
  ' deadline send-notification', 'example "e"\n  given case\n  expect ', 'import risk from "rapex-2010"\n', 'import x from "nowhere"\n',
  'optional ', 'list of ', 'enum e\n  a\n  a\n', 'record r\n  x : r\n', 'facts case\n', 'calendar c\n  weekend saturday\n',
  '--', '"unterminated', '<', '<=', '>', '>=', 'true', 'false', '[]', '{}', '{ a = 1 }', '[1, 2]',
];

type Edit = (text: string, r: () => number, words: readonly string[]) => [string, string];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: () => number, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const at = (r: () => number, text: string) => Math.floor(r() * (text.length + 1));

const EDITS: readonly [number, Edit][] = [
  [4, (t, r) => { const a = at(r, t); const n = int(r, 1, 40); return [t.slice(0, a) + t.slice(a + n), `delete ${n} at ${a}`]; }],
  [3, (t, r) => { const a = at(r, t); const n = int(r, 1, 80); return [t.slice(0, a + n) + t.slice(a, a + n) + t.slice(a + n), `duplicate ${n} at ${a}`]; }],
  [5, (t, r) => { const a = at(r, t); const s = pick(r, SNIPPETS); return [t.slice(0, a) + s + t.slice(a), `insert ${JSON.stringify(s)} at ${a}`]; }],
  [5, (t, r, words) => {
    const found = [...t.matchAll(/[A-Za-z_][A-Za-z0-9_-]*/g)];
    if (found.length === 0) return [t, 'no word'];
    const w = pick(r, found);
    const by = pick(r, words);
    return [t.slice(0, w.index) + by + t.slice(w.index + w[0].length), `word ${w[0]} → ${by} at ${w.index}`];
  }],
  [2, (t, r) => {
    const lines = t.split('\n');
    const i = int(r, 0, lines.length - 1);
    const j = int(r, 0, lines.length - 1);
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return [lines.join('\n'), `swap lines ${i + 1} and ${j + 1}`];
  }],
  [2, (t, r) => { const lines = t.split('\n'); const i = int(r, 0, lines.length - 1); lines.splice(i, 1); return [lines.join('\n'), `drop line ${i + 1}`]; }],
  [2, (t, r) => { const lines = t.split('\n'); const i = int(r, 0, lines.length - 1); lines.splice(i, 0, lines[i]); return [lines.join('\n'), `double line ${i + 1}`]; }],
  [1, (t, r) => {
    const a = at(r, t);
    const n = pick(r, [99, 100, 101, 1_000, 20_000]);
    return [t.slice(0, a) + 'n'.repeat(n) + t.slice(a), `name of ${n} at ${a}`];
  }],
  [1, (t, r) => {
    const a = at(r, t);
    const op = pick(r, ['or', 'and', '*', 'otherwise']);
    const n = pick(r, [150, 199, 200, 201, 1_500]);
    const operand = op === '*' ? '1/2' : op === 'otherwise' ? 'none' : 'true';
    return [t.slice(0, a) + Array.from({ length: n }, () => operand).join(` ${op} `) + t.slice(a), `chain ${op} ×${n} at ${a}`];
  }],
  [1, (t, r) => {
    const a = at(r, t);
    const n = pick(r, [99, 100, 101, 2_000]);
    const kind = pick(r, ['(', 'not ', 'not (', 'optional ', 'list of ', '[', '{ a = ']);
    const close = kind.includes('(') ? ')' : kind === '[' ? ']' : kind === '{ a = ' ? ' }' : '';
    return [t.slice(0, a) + kind.repeat(n) + 'x' + close.repeat(n) + t.slice(a), `nest ${JSON.stringify(kind)} ×${n} at ${a}`];
  }],
  // Well-formed but hostile: the checker itself gets to see these.
  [1, (t, r) => {
    const n = pick(r, [150, 199, 200, 201, 1_500, 3_000]);
    const op = pick(r, ['or', 'and']);
    const body = pick(r, [Array.from({ length: n }, () => 'case.crossBorder').join(` ${op} `), `${'not '.repeat(n)}case.crossBorder`]);
    return [`${t}\ncondition fuzzChain  cites "fuzz"\n  = ${body}\n`, `append condition of ${n} ${body.startsWith('not') ? 'not' : op}`];
  }],
  [1, (t, r) => {
    // `= expr` at the start of a line: the expression repeated as a chain of its own copies.
    const found = [...t.matchAll(/^(\s*= )(.+)$/gm)];
    if (found.length === 0) return [t, 'no expression'];
    const f = pick(r, found);
    const n = pick(r, [100, 201, 1_000]);
    if (f[2].length * n > MAX_MUTANT_LENGTH) return [t, 'expression too long to repeat'];
    const op = pick(r, ['or', 'and', 'otherwise']);
    const chain = Array.from({ length: n }, () => `(${f[2]})`).join(` ${op} `);
    return [t.slice(0, f.index) + f[1] + chain + t.slice(f.index + f[0].length), `expression at ${f.index} as ${n} × ${op}`];
  }],
  [1, (t, r, words) => {
    // A word renamed everywhere in the file to a long name: well-formed, and every use unknown or too long.
    const w = pick(r, words);
    const n = pick(r, [100, 101, 5_000, 60_000]);
    if (t.length + n * 20 > MAX_MUTANT_LENGTH) return [t, 'file too long to rename in'];
    const long = w + 'x'.repeat(n);
    return [t.replace(new RegExp(`\\b${w.replace(/[-]/g, '\\-')}\\b`, 'g'), long), `rename ${w} to ${n + w.length} characters`];
  }],
];
const TOTAL_WEIGHT = EDITS.reduce((s, [w]) => s + w, 0);

function pickEdit(r: () => number): Edit {
  let x = r() * TOTAL_WEIGHT;
  for (const [w, e] of EDITS) if ((x -= w) < 0) return e;
  return EDITS[0][1];
}

/** The words of every rule file, for word replacements. */
export function wordsOf(regimes: readonly Regime[]): string[] {
  return [...new Set(regimes.flatMap((g) => g.sources.flatMap((s) => s.text.match(/[A-Za-z_][A-Za-z0-9_-]*/g) ?? [])))].sort();
}

export function mutant(regimes: readonly Regime[], words: readonly string[], seed: number, index: number): Mutant {
  const r = rng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const regime = pick(r, regimes);
  const target = pick(r, regime.sources);
  let text = target.text;
  const edits: string[] = [];
  for (let n = int(r, 1, 4); n > 0; n--) {
    const [next, what] = pickEdit(r)(text, r, words);
    if (next.length > MAX_MUTANT_LENGTH) {
      edits.push(`${what} (not applied: too long)`);
      continue;
    }
    text = next;
    edits.push(what);
  }
  return { index, regime: regime.id, file: target.file, sources: regime.sources.map((s) => (s === target ? { file: s.file, text } : s)), edits };
}
