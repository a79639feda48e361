// Loading a regime: parse every file, check the whole rule set (checkRules), compile it
// (loadRules). Any error means no rule set; every diagnostic comes back sorted by file, line and
// column.

import type { LoadResult, RegimeResolver, RuleSource } from './api';
import type { Diagnostic, RuleFile } from './ast';
import { type CheckOptions, checkRegime } from './check/index';
import type { Model } from './check/model';
import type { ImportedRegime } from './check/symbols';
import { buildRuleSet } from './compile/rule-set';
import { indexDeclarations, parse } from './parse';

export function loadRegime(sources: readonly RuleSource[], resolver?: RegimeResolver): LoadResult {
  return loadRules(sources, resolver, { appProfile: true });
}

/** As loadRegime; `appProfile: false` skips the check of the names the app relies on (snippets). */
export function loadRules(sources: readonly RuleSource[], resolver: RegimeResolver | undefined, options: CheckOptions): LoadResult {
  const checked = checkRules(sources, resolver, options);
  if (!checked.model) return { ruleSet: null, diagnostics: checked.diagnostics };
  try {
    return { ruleSet: buildRuleSet(checked.model, checked.diagnostics), diagnostics: checked.diagnostics };
  } catch (err) {
    return { ruleSet: null, diagnostics: tidy([...checked.diagnostics, internalError(sources, err)]) };
  }
}

/** Parse and check, no compiling: every diagnostic, and the checked model when none is an error. */
export function checkRules(sources: readonly RuleSource[], resolver: RegimeResolver | undefined, options: CheckOptions): { model: Model | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const files: RuleFile[] = [];
  for (const s of sources) {
    const r = parse(s.text, s.file);
    texts.set(s.file, s.text);
    files.push(r.ast);
    diagnostics.push(...r.diagnostics);
  }
  // Syntax errors first: checking a half-read file would only add echoes of them.
  if (diagnostics.some((d) => d.severity === 'error')) return { model: null, diagnostics: tidy(diagnostics) };

  // An import parses only the declarations it brings in (and what they use), not the whole regime.
  const imported = new Map<string, ImportedRegime | undefined>();
  /** Imported files with a syntax error in what was read of them: the checker's words on them are echoes. */
  const halfRead = new Set<string>();
  const fetchImport = (id: string): ImportedRegime | undefined => {
    if (imported.has(id)) return imported.get(id);
    const srcs = resolver?.(id);
    let regime: ImportedRegime | undefined;
    if (srcs) {
      const indexes = srcs.map((s) => {
        texts.set(s.file, s.text);
        return indexDeclarations(s.text, s.file);
      });
      const reported = new Set<string>();
      regime = {
        names: () => new Set(indexes.flatMap((ix) => ix.names)),
        declarations(name) {
          const found = indexes.map((ix) => ix.named(name));
          // A syntax error in what the import brings in stops the load, as in the regime's own files.
          if (!reported.has(name)) {
            reported.add(name);
            for (const r of found) diagnostics.push(...r.diagnostics);
            for (const r of found) for (const d of r.diagnostics) if (d.severity === 'error') halfRead.add(d.file);
          }
          return found.flatMap((r) => r.declarations);
        },
      };
    }
    imported.set(id, regime);
    return regime;
  };

  try {
    const model = checkRegime({ files, sources: texts, fetchImport }, options);
    diagnostics.push(...model.diagnostics.filter((d) => !halfRead.has(d.file)));
    const sorted = tidy(diagnostics);
    return { model: sorted.some((d) => d.severity === 'error') ? null : model, diagnostics: sorted };
  } catch (err) {
    return { model: null, diagnostics: tidy([...diagnostics, internalError(sources, err)]) };
  }
}

/** A bug of ours must not take the editor or the CLI down: say so where the rule set starts. */
function internalError(sources: readonly RuleSource[], err: unknown): Diagnostic {
  const file = sources[0]?.file ?? '';
  return { severity: 'error', code: 'internal', message: `the rules checker failed: ${(err as Error)?.message ?? err}`, file, line: 1, column: 1, offset: 0, endOffset: 0 };
}

/** Sorted by file, line, column; the same message at the same place only once. */
function tidy(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const key = `${d.file}:${d.offset}:${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
