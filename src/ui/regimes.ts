// The rule sets the app runs with, loaded and checked once per session and shared by every page.
import { createResource } from 'solid-js';
import { CalendarDate, today } from '../domain/calendar-date';
import { decidingRegime } from '../domain/case/deciding-regime';
import { recordedVersion } from '../domain/case/deciding-version';
import { periodOf, regimeInForceOn, type RegimePeriod } from '../domain/regime-periods';
import type { CaseFile } from '../domain/case/types';
import { versionInForce, type RuleSetDocument } from '../domain/rule-set-document';
import type { CompiledRuleSet, LoadResult, RuleSource } from '../rules/api';
import type { Db } from '../store/db';

// The rule texts and the rules compiler (Chevrotain) are most of the app's code by weight: they
// load with the first call below, not with the first screen (the budget in scripts/check-budget.mjs).
const builtins = () => import('./builtin-documents');

export interface LoadedRegime extends LoadResult {
  id: string;
  sources: readonly RuleSource[];
  builtin: boolean;
}

let cache: Promise<LoadedRegime[]> | null = null;

/** All built-in regimes, checked and compiled (parsing yields to the page first). */
export function loadBuiltinRegimes(): Promise<LoadedRegime[]> {
  cache ??= builtins().then(({ builtinRegimeIds, builtinSources, compileBuiltin }) =>
    builtinRegimeIds().map((id) => {
      const sources = builtinSources(id) ?? [];
      return { id, sources, builtin: true, ...compileBuiltin(sources) };
    }),
  );
  return cache;
}

export function useRegimes() {
  const [regimes] = createResource(loadBuiltinRegimes);
  return regimes;
}

/** What a case or assessment names when no regime's period holds its date (and what older records name). */
export const DEFAULT_REGIME = 'rapex-2010';

/** The built-in regimes' effective periods, as their rule files state them. */
export async function regimePeriods(): Promise<RegimePeriod[]> {
  return (await loadBuiltinRegimes()).flatMap((r) => (r.ruleSet ? [periodOf(r.ruleSet.meta)] : []));
}

/** The regime in force on `date` among the built-in ones; null when none was. */
export async function regimeOn(date: CalendarDate): Promise<string | null> {
  return regimeInForceOn(await regimePeriods(), date)?.id ?? null;
}

export async function getRuleSet(id: string = DEFAULT_REGIME): Promise<CompiledRuleSet> {
  const all = await loadBuiltinRegimes();
  const r = all.find((x) => x.id === id);
  if (!r?.ruleSet) throw new Error(`regime ${id} is not available: its rule files do not check clean`);
  return r.ruleSet;
}

// ---- Rule-set versions: the built-in one of each regime plus the drafts and published versions
// stored in IndexedDB (src/store/rule-sets.ts). A case records the version id it was decided
// under (`rapex-2010@builtin`, `rapex-2010@3`), and getRuleSetVersion(id) gives that rule set back.
// The store is imported on first use so the first screen does not carry IndexedDB code.

let versionsDb: Promise<Db> | null = null;

/** The app database, as used for rule-set versions. */
export function ruleSetVersionsDb(): Promise<Db> {
  versionsDb ??= import('../store/db').then((m) => m.openRiskcaseDb());
  return versionsDb;
}

/** Every known version of every regime (or of one): built-in first, then the stored ones in order. */
export async function ruleSetDocuments(regimeId?: string): Promise<RuleSetDocument[]> {
  const { listRuleSets } = await import('../store/rule-sets');
  const { builtinRegimeIds, builtinRuleSetDocument } = await builtins();
  const stored = await listRuleSets(await ruleSetVersionsDb(), regimeId);
  const ids = regimeId ? [regimeId] : [...new Set([...builtinRegimeIds(), ...stored.map((d) => d.regimeId)])].sort();
  return ids.flatMap((id) => [
    ...[builtinRuleSetDocument(id)].filter((d) => d !== undefined),
    ...stored.filter((d) => d.regimeId === id),
  ]);
}

/** A version by id: built-in from the bundle, the others from IndexedDB. */
export async function ruleSetDocument(versionId: string): Promise<RuleSetDocument | undefined> {
  const builtin = /^(.+)@builtin$/.exec(versionId);
  if (builtin) return (await builtins()).builtinRuleSetDocument(builtin[1]);
  const { getRuleSet: getStored } = await import('../store/rule-sets');
  return getStored(await ruleSetVersionsDb(), versionId);
}

// Published versions never change, so a compiled one is good for the whole session.
const compiledVersions = new Map<string, Promise<CompiledRuleSet>>();

/**
 * The compiled rule set of an exact version id, e.g. the one a case was decided under. Drafts are
 * refused: they decide nothing until published.
 */
export function getRuleSetVersion(versionId: string): Promise<CompiledRuleSet> {
  let p = compiledVersions.get(versionId);
  if (!p) {
    p = (async () => {
      const builtin = /^(.+)@builtin$/.exec(versionId);
      if (builtin) return getRuleSet(builtin[1]);
      const doc = await ruleSetDocument(versionId);
      if (!doc) throw new Error(`rule set ${versionId} is not stored in this browser`);
      if (doc.status !== 'published') throw new Error(`rule set ${versionId} is a ${doc.status}: only published versions decide cases`);
      const { ruleSet } = (await builtins()).compileRuleSetDocument(doc);
      if (!ruleSet) throw new Error(`rule set ${versionId} does not check clean`);
      return ruleSet;
    })();
    // A failure (not stored yet, say) is not remembered: the next call looks again.
    p.catch(() => compiledVersions.delete(versionId));
    compiledVersions.set(versionId, p);
  }
  return p;
}

export interface VersionInForce {
  /** What a case stores as CaseFile.ruleSetVersion, e.g. 'rapex-2010@2' or 'rapex-2010@builtin'. */
  version: string;
  document: RuleSetDocument;
  ruleSet: CompiledRuleSet;
}

/** The rule set in force for a regime on `date`: the latest published version effective by then, else the built-in one. */
export async function ruleSetInForce(regimeId: string, date: CalendarDate): Promise<VersionInForce> {
  const doc = versionInForce(await ruleSetDocuments(regimeId), regimeId, date);
  if (!doc) throw new Error(`regime ${regimeId} is not available`);
  return { version: doc.id, document: doc, ruleSet: await getRuleSetVersion(doc.id) };
}

/**
 * The version that decides an assessment: its regime's version in force on the assessment's own
 * date, today's when it has none — the same rule the impact preview of a new version counts on
 * (domain/impact-scope.ts).
 */
export function assessmentRuleSet(doc: { regime?: string; date?: string }): Promise<VersionInForce> {
  return ruleSetInForce(doc.regime ?? DEFAULT_REGIME, CalendarDate.parse(doc.date ?? '') ?? today());
}

/** The rule sets that decide a set of cases, picked as the case page picks them (rulesForCase). */
export interface CaseDeciders {
  /** The rule set deciding the case; undefined when its regime is not available. */
  ruleSetFor(file: CaseFile): CompiledRuleSet | undefined;
  /** That rule set's version id: what a cache of the case's results must be keyed by. */
  versionOf(file: CaseFile): string;
  /** A regime's version in force today (for labels and filters). */
  inForce(regimeId: string): CompiledRuleSet | undefined;
}

/**
 * For each case: the version it recorded once decided (domain/case/deciding-version.ts), else —
 * or when that version is not stored in this browser — the version in force today for its regime.
 * One read of the stored versions, each version compiled once.
 */
export async function caseDeciders(files: readonly CaseFile[], day: CalendarDate): Promise<CaseDeciders> {
  const [docs, periods] = await Promise.all([ruleSetDocuments(), regimePeriods()]);
  const regimeOf = (f: CaseFile) => decidingRegime(f, periods, DEFAULT_REGIME).regimeId;
  const inForceId = new Map<string, string>();
  for (const regime of new Set([DEFAULT_REGIME, ...files.map(regimeOf)])) {
    const doc = versionInForce(docs, regime, day);
    if (doc) inForceId.set(regime, doc.id);
  }
  const wanted = new Set([...inForceId.values(), ...files.map(recordedVersion).filter((v): v is string => v !== null)]);
  const compiled = new Map<string, CompiledRuleSet>();
  await Promise.all(
    [...wanted].map((v) =>
      getRuleSetVersion(v).then(
        (rs) => void compiled.set(v, rs),
        () => undefined, // not stored here, or not clean: the version in force stands in
      ),
    ),
  );
  const versionOf = (f: CaseFile): string => {
    const recorded = recordedVersion(f);
    return recorded !== null && compiled.has(recorded) ? recorded : (inForceId.get(regimeOf(f)) ?? '');
  };
  return {
    ruleSetFor: (f) => compiled.get(versionOf(f)),
    versionOf,
    inForce: (regime) => compiled.get(inForceId.get(regime) ?? ''),
  };
}
