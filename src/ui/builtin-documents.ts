// The built-in regimes as the app's rule-set pages see them: the bundled rule texts, their
// documents (version 0 of each regime) and the compiler. Imported lazily by ./regimes.ts, statically
// by the pages that load after the first screen.
import { builtinDocument, type RuleSetDocument } from '../domain/rule-set-document';
import type { LoadResult, RuleSource } from '../rules/api';
import { builtinResolver, builtinSources } from '../rules/builtin';
import { loadRegime } from '../rules/load';

export { builtinRegimeIds, builtinSources } from '../rules/builtin';

/** The built-in rule set of a regime as a (read-only) rule-set document, version 0. */
export function builtinRuleSetDocument(regimeId: string): RuleSetDocument | undefined {
  const sources = builtinSources(regimeId);
  return sources ? builtinDocument(regimeId, sources) : undefined;
}

/** Compiles built-in rule files. */
export function compileBuiltin(sources: readonly RuleSource[]): LoadResult {
  return loadRegime(sources, builtinResolver);
}

/** Compiles a document's files; imports of other regimes resolve to their built-in files. */
export function compileRuleSetDocument(doc: RuleSetDocument): LoadResult {
  return loadRegime(doc.files, builtinResolver);
}
