// `riskcase rules check [DIR]` and `riskcase rules test [DIR]`: for policy staff's CI.
import { formatDiagnostic } from '../../rules/ast';
import type { ParsedArgs } from '../args';
import { badInput, type CliIO, EXIT_FAILED, EXIT_OK } from '../io';
import { loadRegimeDir, regimesAt } from '../rule-files';

/** Diagnostics as `file:line:col: message` on stdout; exit 0 when no error (warnings allowed), else 1. */
export function rulesCheck(args: ParsedArgs, io: CliIO): number {
  if (args.positional.length > 1) throw badInput(`rules check takes at most one DIR; got ${args.positional.length}`);
  const { regimes, base } = regimesAt(args.positional[0], io.cwd);
  let errors = 0;
  let warnings = 0;
  const out: string[] = [];
  for (const r of regimes) {
    const result = loadRegimeDir(r, base);
    for (const d of result.diagnostics) {
      out.push(formatDiagnostic(d));
      if (d.severity === 'error') errors++;
      else warnings++;
    }
    if (!result.ruleSet && !result.diagnostics.some((d) => d.severity === 'error')) {
      out.push(`${r.id}: the rule set did not compile, though no error was reported`);
      errors++;
    }
  }
  if (out.length) io.stdout(out.join('\n') + '\n');
  io.stderr(`${regimes.map((r) => r.id).join(', ')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  return errors ? EXIT_FAILED : EXIT_OK;
}

/**
 * Runs every `example` of the rule files. Failures name the file, line and column of the failing
 * `expect`. A regime that does not check cannot run its examples: its diagnostics are printed and
 * each error counts as a failure. The last line is exactly `N passed, N failed`.
 */
export function rulesTest(args: ParsedArgs, io: CliIO): number {
  if (args.positional.length > 1) throw badInput(`rules test takes at most one DIR; got ${args.positional.length}`);
  const { regimes, base } = regimesAt(args.positional[0], io.cwd);
  let passed = 0;
  let failed = 0;
  const out: string[] = [];
  for (const r of regimes) {
    const result = loadRegimeDir(r, base);
    if (!result.ruleSet) {
      const errors = result.diagnostics.filter((x) => x.severity === 'error');
      out.push(`${r.id}: the rule set does not check, so its examples cannot run:`);
      for (const d of result.diagnostics) out.push(formatDiagnostic(d));
      // Never "0 failed" for a rule set that cannot run: at least one failure, one per error.
      failed += Math.max(1, errors.length);
      continue;
    }
    for (const ex of result.ruleSet.runExamples()) {
      if (ex.passed) {
        passed++;
        continue;
      }
      failed++;
      if (ex.failures.length === 0) out.push(`${ex.loc.file}:${ex.loc.line}:${ex.loc.column}: example "${ex.title}" failed`);
      for (const f of ex.failures) out.push(`${f.loc.file}:${f.loc.line}:${f.loc.column}: example "${ex.title}": ${f.message}`);
    }
  }
  out.push(`${passed} passed, ${failed} failed`);
  io.stdout(out.join('\n') + '\n');
  return failed ? EXIT_FAILED : EXIT_OK;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
