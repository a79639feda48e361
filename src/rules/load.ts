// TEMPORARY STUB — replaced by the checker/evaluator work (parse → check → compile).
import type { LoadResult, RegimeResolver, RuleSource } from './api';

export function loadRegime(sources: readonly RuleSource[], _resolver?: RegimeResolver): LoadResult {
  return {
    ruleSet: null,
    diagnostics: sources.length
      ? [{ severity: 'error', code: 'stub', message: 'rule loading is not implemented yet', file: sources[0].file, line: 1, column: 1, offset: 0, endOffset: 0 }]
      : [],
  };
}
