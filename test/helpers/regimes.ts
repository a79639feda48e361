// Loads the real built-in rule sets from rules/<id>/ for unit tests, exactly as the CLI does.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CompiledRuleSet, LoadResult, RuleSource } from '../../src/rules/api';
import { loadRegime } from '../../src/rules/load';

const ROOT = join(import.meta.dirname, '..', '..');

export function regimeSources(id: string): RuleSource[] {
  const dir = join(ROOT, 'rules', id);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rules'))
    .sort()
    .map((f) => ({ file: relative(ROOT, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

const cache = new Map<string, LoadResult>();

export function loadBuiltin(id: string): LoadResult {
  let r = cache.get(id);
  if (!r) {
    r = loadRegime(regimeSources(id), (other) => regimeSources(other));
    cache.set(id, r);
  }
  return r;
}

/** The compiled rule set, or a thrown error listing the diagnostics (a test setup failure). */
export function ruleSet(id = 'rapex-2010'): CompiledRuleSet {
  const r = loadBuiltin(id);
  if (!r.ruleSet) {
    throw new Error(`rules/${id} does not check clean:\n` + r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
  }
  return r.ruleSet;
}
