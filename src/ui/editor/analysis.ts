// What the editor knows about a regime being edited: its diagnostics (all files loaded together,
// so names defined in another file resolve) and its symbols (for completion and hover). Pure:
// no DOM, no CodeMirror.
import type { CompiledRuleSet, RegimeResolver, RuleSource, SymbolInfo } from '../../rules/api';
import type { Declaration, Diagnostic, RuleFile } from '../../rules/ast';
import { loadRegime } from '../../rules/load';
import { parse } from '../../rules/parse';

export interface RegimeAnalysis {
  ruleSet: CompiledRuleSet | null;
  diagnostics: Diagnostic[];
  symbols: SymbolInfo[];
}

/** Loads the regime with one file's text replaced by the editor's current text. */
export function analyseRegime(
  sources: readonly RuleSource[],
  edited: { file: string; text: string } | null,
  resolver?: RegimeResolver,
): RegimeAnalysis {
  const current = edited ? sources.map((s) => (s.file === edited.file ? { file: s.file, text: edited.text } : s)) : sources;
  const { ruleSet, diagnostics } = loadRegime(current, resolver);
  const symbols = ruleSet ? ruleSet.symbols() : symbolsFromFiles(current.map((s) => parse(s.text, s.file).ast));
  return { ruleSet, diagnostics, symbols };
}

export interface EditorDiagnostic {
  /** Offsets into the file's text, clamped to it. */
  from: number;
  to: number;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
}

/** The diagnostics of one file, as offsets the editor can mark. */
export function diagnosticsForFile(diagnostics: readonly Diagnostic[], file: string, textLength: number): EditorDiagnostic[] {
  return diagnostics
    .filter((d) => d.file === file)
    .map((d) => {
      const from = Math.min(Math.max(0, d.offset), textLength);
      const to = Math.min(Math.max(from, d.endOffset), textLength);
      return { from, to, severity: d.severity, message: d.message, line: d.line, column: d.column };
    });
}

/**
 * Symbols read straight from the parsed files, for when the rule set does not compile (while
 * the user is typing): the same shape as CompiledRuleSet.symbols(), without inferred types.
 */
export function symbolsFromFiles(files: readonly RuleFile[]): SymbolInfo[] {
  const out: SymbolInfo[] = [];
  for (const f of files) for (const d of f.declarations) out.push(...symbolsOf(d));
  return out.filter((s) => s.name !== '');
}

function symbolsOf(d: Declaration): SymbolInfo[] {
  const cites = d.cites?.text;
  switch (d.kind) {
    case 'enum':
      return [
        { name: d.name.text, kind: 'enum', label: d.label, cites, loc: d.name.loc },
        ...d.members.map((m): SymbolInfo => ({ name: String(m.value), kind: 'enum-member', type: d.name.text, label: m.label, loc: m.loc })),
      ];
    case 'record':
      return [{ name: d.name.text, kind: 'record', cites, loc: d.name.loc }];
    case 'facts':
      return [
        { name: d.name.text, kind: 'facts', cites, loc: d.name.loc },
        ...d.fields.map((f): SymbolInfo => ({ name: `${d.name.text}.${f.path.map((p) => p.text).join('.')}`, kind: 'fact', label: f.label, loc: f.loc })),
      ];
    case 'bands':
      return [{ name: d.name.text, kind: 'bands', label: d.label, cites, loc: d.name.loc }];
    case 'table':
      return [{ name: d.name.text, kind: 'table', label: d.label, cites, loc: d.name.loc }];
    case 'condition':
      return [{ name: d.name.text, kind: 'condition', type: 'boolean', label: d.label, cites, loc: d.name.loc }];
    case 'value':
      return [{ name: d.name.text, kind: 'value', label: d.label, cites, loc: d.name.loc }];
    case 'decision':
      return [
        { name: d.name.text, kind: 'decision', label: d.label, cites, loc: d.name.loc },
        ...d.rules.map((r): SymbolInfo => ({ name: r.name.text, kind: 'decision-rule', type: d.name.text, label: r.label, cites: r.cites?.text, loc: r.name.loc })),
      ];
    case 'calendar':
      return [{ name: d.name.text, kind: 'calendar', cites, loc: d.name.loc }];
    case 'deadline':
      return [{ name: d.action.text, kind: 'deadline', label: d.label, cites, loc: d.action.loc }];
    default:
      return [];
  }
}

/**
 * The symbols a word at the cursor may mean: `case.risk.level` is looked up whole first, then by
 * its last part (`level`), then by the word under the cursor.
 */
export function symbolsNamed(symbols: readonly SymbolInfo[], dotted: string, word: string): SymbolInfo[] {
  for (const name of [dotted, word]) {
    const found = symbols.filter((s) => s.name === name && s.kind !== 'example');
    if (found.length > 0) return found;
  }
  return [];
}

/** The dotted word around a position of a line: the whole path and the part under the cursor. */
export function wordAt(line: string, pos: number): { dotted: string; word: string; from: number; to: number } | null {
  const isWord = (c: string | undefined) => !!c && /[A-Za-z0-9_-]/.test(c);
  const isPath = (c: string | undefined) => isWord(c) || c === '.';
  if (!isWord(line[pos]) && !isWord(line[pos - 1])) return null;
  let s = pos;
  while (s > 0 && isWord(line[s - 1])) s--;
  let e = pos;
  while (e < line.length && isWord(line[e])) e++;
  let ps = s;
  while (ps > 0 && isPath(line[ps - 1])) ps--;
  let pe = e;
  while (pe < line.length && isPath(line[pe])) pe++;
  const word = line.slice(s, e);
  if (!/^[A-Za-z_]/.test(word)) return null;
  return { dotted: line.slice(ps, pe).replace(/^\.+|\.+$/g, ''), word, from: s, to: e };
}
