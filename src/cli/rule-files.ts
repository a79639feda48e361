// Rule files on disk: the built-in regimes under the package's rules/<id>/*.rules, and any folder
// of rule files that `rules check` / `rules test` is pointed at. Loading goes through the same
// loadRegime as the app, so the command line and the browser see the same rule sets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledRuleSet, LoadResult, RegimeResolver, RuleSource } from '../rules/api';
import { loadRegime } from '../rules/load';
import { formatDiagnostic } from '../rules/ast';
import { shortArg } from './args';
import { badInput, capped, CliExit, EXIT_FAILED } from './io';

/** The package root: src/cli/ is two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const DEFAULT_REGIME = 'rapex-2010';

export interface RegimeDir {
  id: string;
  dir: string;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function hasRuleFiles(dir: string): boolean {
  return isDir(dir) && readdirSync(dir).some((f) => f.endsWith('.rules'));
}

/** Regime folders directly inside `dir`, sorted by id. */
export function regimeDirsIn(dir: string): RegimeDir[] {
  if (!isDir(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((id) => ({ id, dir: join(dir, id) }))
    .filter((r) => hasRuleFiles(r.dir));
}

/** A folder's rule files, named relative to `base` (so diagnostics read `rules/rapex-2010/risk.rules`). */
export function readRuleSources(dir: string, base: string): RuleSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rules'))
    .sort()
    .map((f) => {
      const abs = join(dir, f);
      return { file: relative(base, abs) || f, text: readFileSync(abs, 'utf8') };
    });
}

/** Imports resolve first among the given folders' regimes, then among the built-in ones. */
export function resolverFor(folders: readonly string[], base: string): RegimeResolver {
  return (id) => {
    for (const folder of [...folders, BUILTIN_RULES_DIR]) {
      const dir = join(folder, id);
      if (hasRuleFiles(dir)) return readRuleSources(dir, folder === BUILTIN_RULES_DIR ? PACKAGE_ROOT : base);
    }
    return undefined;
  };
}

export function builtinRegimeIds(): string[] {
  return regimeDirsIn(BUILTIN_RULES_DIR).map((r) => r.id);
}

/**
 * The regimes `rules check DIR` / `rules test DIR` work on: DIR itself when it holds rule files,
 * otherwise every regime folder inside it. Default: the built-in rules/ folder.
 */
export function regimesAt(dirArg: string | undefined, cwd: string): { regimes: RegimeDir[]; base: string } {
  const dir = dirArg === undefined ? BUILTIN_RULES_DIR : resolve(cwd, dirArg);
  const base = dirArg === undefined ? PACKAGE_ROOT : cwd;
  if (!existsSync(dir)) throw badInput(`${dirArg}: no such folder`);
  if (!isDir(dir)) throw badInput(`${dirArg}: not a folder (give a regime folder or a folder of regime folders)`);
  if (hasRuleFiles(dir)) return { regimes: [{ id: basename(dir), dir }], base };
  const regimes = regimeDirsIn(dir);
  if (regimes.length === 0) throw badInput(`${dirArg ?? 'rules/'}: no .rules files here or in its sub-folders`);
  return { regimes, base };
}

export function loadRegimeDir(r: RegimeDir, base: string): LoadResult {
  return loadRegime(readRuleSources(r.dir, base), resolverFor([dirname(r.dir)], base));
}

const builtinCache = new Map<string, LoadResult>();

/** A built-in regime, checked and compiled once per process. Unknown id → exit 2 listing the known ones. */
export function builtinRuleSet(id: string): CompiledRuleSet {
  const known = builtinRegimeIds();
  if (!known.includes(id)) throw badInput(`unknown regime '${id}'; known regimes: ${known.join(', ')}`);
  let r = builtinCache.get(id);
  if (!r) {
    r = loadRegimeDir({ id, dir: join(BUILTIN_RULES_DIR, id) }, PACKAGE_ROOT);
    builtinCache.set(id, r);
  }
  if (!r.ruleSet) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    throw new CliExit(EXIT_FAILED, [
      `regime '${id}' does not check clean (run: riskcase rules check rules/${id}):`,
      ...errors.slice(0, 10).map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`),
    ]);
  }
  return r.ruleSet;
}

/**
 * `--rules DIR`: the rule set of one regime folder, as `rules check DIR` reads it. A folder that
 * does not check ends the command with its diagnostics and exit 1.
 */
export function ruleSetFromDir(dirArg: string, cwd: string): CompiledRuleSet {
  const dir = resolve(cwd, dirArg);
  const shown = shortArg(dirArg);
  if (!existsSync(dir)) throw badInput(`--rules ${shown}: no such folder`);
  if (!isDir(dir)) throw badInput(`--rules ${shown}: not a folder (give one regime folder of .rules files)`);
  if (!hasRuleFiles(dir)) {
    const inside = regimeDirsIn(dir).map((r) => r.id);
    throw badInput(`--rules ${shown}: no .rules files here${inside.length ? `; give one regime folder, e.g. --rules ${join(dirArg, inside[0])}` : ''}`);
  }
  const r = loadRegimeDir({ id: basename(dir), dir }, cwd);
  if (!r.ruleSet) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    throw new CliExit(EXIT_FAILED, [`--rules ${shown}: the rule files do not check (run: riskcase rules check ${shown}):`, ...capped(errors.map(formatDiagnostic), 'errors')]);
  }
  return r.ruleSet;
}
