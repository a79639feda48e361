// Hostile rule files benchmark (run: npx tsx bench/hostile-rules.bench.ts, or npm run bench --
// hostile). Parse + check (checkRules, as the editor and `rules check` do) of the clean rapex-2010
// regime, warm, against the same regime with ONE file made hostile: names at and far over the
// length cap, unknown names for "did you mean" to search, operator chains at and over the depth
// limit, brackets at the nesting limit, and the largest file the parser reads (200,000
// characters or 10,000 tokens of well-formed declarations). Each row: median of 15 runs, clean and hostile taking
// turns, and its ratio to the clean regime. Target: every row within 5× of the clean regime.
// The filled files stop at whichever limit comes first: 200,000 characters or 10,000 tokens.
// Exit status 1 when a hostile file gives an "internal" diagnostic (the timings are reported).
import '../src/polyfills';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RuleSource } from '../src/rules/api';
import { readRuleSources } from '../src/cli/rule-files';
import { rulesLexer } from '../src/rules/lexer';
import { MAX_EXPRESSION_DEPTH, MAX_FILE_LENGTH, MAX_FILE_TOKENS, MAX_NAME_LENGTH, MAX_NESTING } from '../src/rules/limits';
import { checkRules } from '../src/rules/load';

const ROOT = join(import.meta.dirname, '..');
const sources = (id: string): RuleSource[] => readRuleSources(join(ROOT, 'rules', id), ROOT);
const clean = sources('rapex-2010');
const FILE = 'rules/rapex-2010/criteria.rules';

const chain = (op: string, n: number) => Array.from({ length: n }, () => 'case.crossBorder').join(` ${op} `);
const tokens = (text: string) => rulesLexer.tokenize(text).tokens.length;
const base = clean.find((s) => s.file === FILE)!.text;
/** What the file may still take: characters and tokens. */
const room = { chars: MAX_FILE_LENGTH - base.length - 1, tokens: MAX_FILE_TOKENS - tokens(base) };

/** Declarations repeated (each with its own name) while the file stays within both limits. */
function filled(decl: (i: number) => string): string {
  let text = '';
  let used = 0;
  for (let i = 0; ; i++) {
    const next = decl(i) + '\n';
    const t = tokens(next);
    if (text.length + next.length > room.chars || used + t > room.tokens) return text;
    text += next;
    used += t;
  }
}

const HOSTILE: [string, string][] = [
  ['two unknown names of 60,000 characters (over the cap: one error each)', `condition zz  cites "x"\n  = ${'x'.repeat(60_000)}a or ${'x'.repeat(60_000)}b`],
  [`unknown names of ${MAX_NAME_LENGTH} characters filling the file (each searched for "did you mean")`, filled((i) => `condition u${i}  cites "x"\n  = ${'q'.repeat(MAX_NAME_LENGTH - 6)}${String(i).padStart(6, '0')}`)],
  [`declared names of ${MAX_NAME_LENGTH} characters, each used misspelt`, filled((i) => `condition ${'d'.repeat(MAX_NAME_LENGTH - 6)}${String(i).padStart(6, '0')}  cites "x"\n  = ${'d'.repeat(MAX_NAME_LENGTH - 6)}${String(i + 1).padStart(6, '0')}x`)],
  ['a chain of 2,000 `or` (over the depth limit: one error)', `condition zz  cites "x"\n  = ${chain('or', 2_000)}`],
  [`chains of ${MAX_EXPRESSION_DEPTH} \`or\` filling the file (each checked)`, filled((i) => `condition c${i}  cites "x"\n  = ${chain('or', MAX_EXPRESSION_DEPTH)}`)],
  [`brackets ${MAX_NESTING} deep filling the file`, filled((i) => `condition b${i}  cites "x"\n  = ${'('.repeat(MAX_NESTING)}case.crossBorder${')'.repeat(MAX_NESTING)}`)],
  ['the largest file read: copies of its own declarations, renamed, up to the token limit', filled((i) => base.replace(/^(condition|value) (\w+)/gm, `$1 $2_${i}`).split('\nexample')[0])],
  ['a file over the size limit (one error, read no further)', 'condition zz  cites "x"\n  = true\n'.repeat(Math.ceil(MAX_FILE_LENGTH / 30))],
  ['a file over the token limit (one error, read no further)', 'condition zz  cites "x"\n  = ((((true))))\n'.repeat(Math.ceil(MAX_FILE_TOKENS / 10))],
];

function withFile(extra: string): RuleSource[] {
  return clean.map((s) => (s.file === FILE ? { ...s, text: `${s.text}\n${extra}` } : s));
}

function time(srcs: RuleSource[]): { ms: number; internal: number; errors: number } {
  const t0 = performance.now();
  const r = checkRules(srcs, sources, { appProfile: true });
  const ms = performance.now() - t0;
  return { ms, internal: r.diagnostics.filter((d) => d.code === 'internal').length, errors: r.diagnostics.filter((d) => d.severity === 'error').length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (let i = 0; i < 20; i++) time(clean);
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}`);
const rows: string[][] = [];
/** The file's size in characters and tokens, for the table. */
const size = (text: string) => `${text.length.toLocaleString('en')} / ${tokens(text).toLocaleString('en')}`;
let internal = 0;
const cleanRuns: number[] = [];
for (const [what, extra] of HOSTILE) {
  const srcs = withFile(extra);
  const chars = size(srcs.find((s) => s.file === FILE)!.text);
  const runs: number[] = [];
  let errors = 0;
  for (let i = 0; i < 15; i++) {
    cleanRuns.push(time(clean).ms);
    const r = time(srcs);
    runs.push(r.ms);
    internal += r.internal;
    errors = r.errors;
  }
  rows.push([what, chars, String(errors), median(runs).toFixed(1)]);
}
const c = median(cleanRuns);
console.log(`\nclean rapex-2010, parse + check: ${c.toFixed(1)} ms (median of ${cleanRuns.length})\n`);
console.log('| one hostile file in rapex-2010 | characters / tokens | errors | parse + check, ms | ÷ clean regime |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r[0]} | ${r[1]} | ${r[2]} | ${r[3]} | ${(Number(r[3]) / c).toFixed(1)}× |`);
console.log(`\ninternal diagnostics: ${internal}`);
process.exit(internal ? 1 : 0);
