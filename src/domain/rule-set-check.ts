// The publish check: a draft rule set may take effect only when its files load without an error and
// every example written in them passes. Problems come back one per line as `file:line:col: message`,
// the same shape as `riskcase rules check` and `rules test`, so policy staff see one vocabulary.

import type { CompiledRuleSet, ExampleResult, RegimeResolver, RuleSource } from '../rules/api';
import type { Diagnostic } from '../rules/ast';
import { loadRegime } from '../rules/load';

export interface RuleSetCheck {
  ruleSet: CompiledRuleSet | null;
  /** Every diagnostic, warnings included (warnings do not refuse publication). */
  diagnostics: Diagnostic[];
  /** Empty when the rule set did not load. */
  examples: ExampleResult[];
  /** Why it cannot be published; empty when it can. */
  problems: string[];
}

export type CheckVerdict = { ok: true } | { ok: false; problems: string[] };

/**
 * Loads `files` as one regime and runs its examples. When `regimeId` is given, the files must
 * declare that regime: a draft of rapex-2010 that renamed itself would otherwise replace nothing.
 */
export function checkRuleSetFiles(files: readonly RuleSource[], resolver?: RegimeResolver, regimeId?: string): RuleSetCheck {
  const { ruleSet, diagnostics } = loadRegime(files, resolver);
  const problems = diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);
  if (!ruleSet) {
    if (problems.length === 0) problems.push(`${files[0]?.file ?? '(no files)'}:1:1: the rule set did not load`);
    return { ruleSet: null, diagnostics, examples: [], problems };
  }
  if (regimeId !== undefined && ruleSet.meta.id !== regimeId) {
    problems.push(`${regimeDeclaration(files)}: the files declare regime "${ruleSet.meta.id}", but this is a version of "${regimeId}"`);
  }
  const examples = ruleSet.runExamples();
  for (const ex of examples) {
    if (ex.passed) continue;
    if (ex.failures.length === 0) problems.push(`${ex.file}:${ex.loc.line}:${ex.loc.column}: example "${ex.title}" failed`);
    for (const f of ex.failures) problems.push(`${ex.file}:${f.loc.line}:${f.loc.column}: example "${ex.title}": ${f.message}`);
  }
  return { ruleSet, diagnostics, examples, problems };
}

/** The verdict alone, in the shape src/store/rule-sets.ts `publish` takes as its check. */
export function publishVerdict(check: RuleSetCheck): CheckVerdict {
  return check.problems.length === 0 ? { ok: true } : { ok: false, problems: check.problems };
}

/** A publish check for one regime's drafts (imports resolved by `resolver`). */
export function publishCheckFor(regimeId: string, resolver?: RegimeResolver): (files: readonly RuleSource[]) => CheckVerdict {
  return (files) => publishVerdict(checkRuleSetFiles(files, resolver, regimeId));
}

/** `file:line:col` of the `regime "…"` declaration, for the renamed-regime problem. */
function regimeDeclaration(files: readonly RuleSource[]): string {
  for (const f of files) {
    const lines = f.text.split('\n');
    const i = lines.findIndex((l) => /^regime\s/.test(l));
    if (i >= 0) return `${f.file}:${i + 1}:1`;
  }
  return `${files[0]?.file ?? ''}:1:1`;
}
