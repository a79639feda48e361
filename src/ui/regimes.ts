// The rule sets the app runs with, loaded and checked once per session and shared by every page.
import { createResource } from 'solid-js';
import type { CompiledRuleSet, LoadResult, RuleSource } from '../rules/api';
import { builtinRegimeIds, builtinResolver, builtinSources } from '../rules/builtin';
import { loadRegime } from '../rules/load';

export interface LoadedRegime extends LoadResult {
  id: string;
  sources: readonly RuleSource[];
  builtin: boolean;
}

let cache: Promise<LoadedRegime[]> | null = null;

/** All built-in regimes, checked and compiled (parsing yields to the page first). */
export function loadBuiltinRegimes(): Promise<LoadedRegime[]> {
  cache ??= new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
    builtinRegimeIds().map((id) => {
      const sources = builtinSources(id) ?? [];
      return { id, sources, builtin: true, ...loadRegime(sources, builtinResolver) };
    }),
  );
  return cache;
}

export function useRegimes() {
  const [regimes] = createResource(loadBuiltinRegimes);
  return regimes;
}

export const DEFAULT_REGIME = 'rapex-2010';

export async function getRuleSet(id: string = DEFAULT_REGIME): Promise<CompiledRuleSet> {
  const all = await loadBuiltinRegimes();
  const r = all.find((x) => x.id === id);
  if (!r?.ruleSet) throw new Error(`regime ${id} is not available: its rule files do not check clean`);
  return r.ruleSet;
}
