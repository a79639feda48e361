// The built-in regimes: every rules/<regime>/*.rules file, bundled as text at build time.
// The CLI reads the same files from disk (src/cli/rule-files.ts).
import type { RegimeResolver, RuleSource } from './api';

const raw = import.meta.glob('/rules/*/*.rules', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function collect(): Map<string, RuleSource[]> {
  const byRegime = new Map<string, RuleSource[]>();
  for (const [path, text] of Object.entries(raw).sort(([a], [b]) => a.localeCompare(b))) {
    const m = /^\/rules\/([^/]+)\/[^/]+\.rules$/.exec(path);
    if (!m) continue;
    const list = byRegime.get(m[1]) ?? [];
    list.push({ file: path.slice(1), text });
    byRegime.set(m[1], list);
  }
  return byRegime;
}

const BUILTIN = collect();

/** Regime ids of the built-in rule sets, e.g. ['rapex-2004', 'rapex-2010']. */
export function builtinRegimeIds(): string[] {
  return [...BUILTIN.keys()];
}

export function builtinSources(regimeId: string): readonly RuleSource[] | undefined {
  return BUILTIN.get(regimeId);
}

export const builtinResolver: RegimeResolver = (id) => BUILTIN.get(id);
