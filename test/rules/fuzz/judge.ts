// What the fuzz checks of each mutant: loading it (parse, check, compile) neither throws nor
// reports an internal failure, every diagnostic is at a real place of a real file, and a rule set
// that does load answers its examples and an empty case without throwing.
import type { RuleSource } from '../../../src/rules/api';
import type { Diagnostic } from '../../../src/rules/ast';
import { loadRegime, loadRules } from '../../../src/rules/load';
import type { Mutant, Regime } from './mutants';

export type FindingKind = 'throw' | 'internal' | 'position' | 'hang';

export interface Finding {
  kind: FindingKind;
  index: number;
  file: string;
  edits: string[];
  detail: string;
}

/** 1-based line and column of each offset, as the lexer counts them (\n, \r\n and \r end a line). */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function badPosition(d: Diagnostic, texts: ReadonlyMap<string, string>): string | undefined {
  const text = texts.get(d.file);
  if (text === undefined) return `in a file that is not in the regime: '${d.file}'`;
  if (!(d.offset >= 0 && d.offset <= text.length && d.endOffset >= d.offset && d.endOffset <= text.length + 1)) return `offsets ${d.offset}-${d.endOffset} outside the file (${text.length} characters)`;
  const p = positionOf(text, d.offset);
  if (p.line !== d.line || p.column !== d.column) return `says ${d.line}:${d.column} but its offset ${d.offset} is at ${p.line}:${p.column}`;
  return undefined;
}

const show = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}: ${d.message.slice(0, 200)}`;

export function resolverOf(regimes: readonly Regime[]): (id: string) => readonly RuleSource[] | undefined {
  return (id) => regimes.find((g) => g.id === id)?.sources;
}

/**
 * Judges a mutant: loaded as its whole regime, or (`alone`, about five times faster) the changed
 * file by itself, where names from the other files are unknown and the app's names not required.
 */
export function judge(m: Mutant, resolve: (id: string) => readonly RuleSource[] | undefined, alone = false): Finding[] {
  const found = (kind: FindingKind, detail: string): Finding => ({ kind, index: m.index, file: m.file, edits: m.edits, detail });
  const sources = alone ? m.sources.filter((s) => s.file === m.file) : m.sources;
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  // Imports are reported in the imported files, which are the unchanged built-in ones.
  for (const id of ['rapex-2010', 'rapex-2004', 'gpsr-2024']) for (const s of resolve(id) ?? []) if (!texts.has(s.file)) texts.set(s.file, s.text);
  let result;
  try {
    result = alone ? loadRules(sources, resolve, { appProfile: false }) : loadRegime(sources, resolve);
  } catch (e) {
    return [found('throw', `loadRegime threw: ${(e as Error)?.stack ?? e}`)];
  }
  const out: Finding[] = [];
  for (const d of result.diagnostics) {
    if (d.code === 'internal' || /the (rules checker|parser) failed/.test(d.message)) out.push(found('internal', show(d)));
    const bad = badPosition(d, texts);
    if (bad) out.push(found('position', `${show(d)} — ${bad}`));
  }
  if (result.ruleSet) {
    try {
      result.ruleSet.runExamples();
      const facts = result.ruleSet.bindFacts('case', {});
      if (facts.ok) {
        result.ruleSet.decide('classification', facts.facts);
        result.ruleSet.deadlines(facts.facts);
      }
    } catch (e) {
      out.push(found('throw', `the loaded rule set threw: ${(e as Error)?.stack ?? e}`));
    }
  }
  return out;
}
