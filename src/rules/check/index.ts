// The checker: every name, type, table and rule of a regime, before anything runs.

import type { RuleFile, SourceLoc } from '../ast';
import { checkCitations } from './citations';
import { checkDecision, checkDependencyCycles } from './decisions';
import { checkCalendars, checkDeadlines } from './deadlines';
import { checkExample } from './examples';
import { type Model, emptyModel, report, where } from './model';
import { checkProfile } from './profile';
import { type ImportFetcher, registerDeclarations } from './symbols';
import { checkBands, checkTable } from './tables';
import { T } from './type-model';
import { isRiskMethod, RISK_METHODS } from '../methods';
import { suggestion } from '../did-you-mean';
import { TypeChecker } from './types';

export interface CheckOptions {
  /** Check the names the application relies on (off for rule snippets in tests and the editor). */
  appProfile?: boolean;
}

export interface CheckInput {
  files: readonly RuleFile[];
  /** Source text by file name, for quoting expressions in messages. */
  sources: ReadonlyMap<string, string>;
  fetchImport?: ImportFetcher;
}

export function checkRegime(input: CheckInput, options: CheckOptions = {}): Model {
  const m = emptyModel();
  for (const [f, text] of input.sources) m.sources.set(f, text);
  m.files = input.files.map((f) => f.file);
  registerDeclarations(m, input.files, input.fetchImport);
  const tc = new TypeChecker(m);
  const fileStart: SourceLoc | undefined = input.files[0] && { file: input.files[0].file, line: 1, column: 1, offset: 0, endOffset: 0 };

  if (!m.regime && fileStart) {
    report(m, fileStart, 'no-regime', `no file of this rule set declares the regime: add 'regime "ID"' to one of them`);
  }
  if (m.regime) {
    if (m.regime.effectiveFrom) tc.check(m.regime.effectiveFrom, undefined, T.date);
    if (m.regime.effectiveTo) tc.check(m.regime.effectiveTo, undefined, T.date);
    const method = m.regime.method;
    if (method && !isRiskMethod(method.text))
      report(m, method.loc, 'unknown-method', `unknown method "${method.text}" (known: ${RISK_METHODS.join(', ')})${suggestion(method.text, RISK_METHODS)}`);
  }
  checkEnums(m);
  tc.buildFieldTables();
  for (const b of m.bands.values()) checkBands(tc, b);
  for (const t of m.tables.values()) checkTable(tc, t);
  for (const name of m.values.keys()) tc.valueType(name);
  for (const c of m.conditions.values()) tc.withOwner(c.name.text, () => tc.expectBool(c.expr, undefined, `condition '${c.name.text}'`));
  for (const d of m.decisions.values()) checkDecision(tc, d);
  checkCalendars(tc, m.calendars.values());
  checkDeadlines(tc, m.deadlines);
  for (const ex of m.examples) checkExample(tc, ex);
  checkDependencyCycles(m);
  checkCitations(m);
  if (options.appProfile && fileStart) checkProfile(tc, fileStart);
  return m;
}

function checkEnums(m: Model): void {
  for (const e of m.enums.values()) {
    const seen = new Map<string | number, SourceLoc>();
    for (const mem of e.members) {
      const first = seen.get(mem.value);
      if (first) report(m, mem.loc, 'duplicate', `'${mem.value}' is listed twice in enum ${e.name.text}: it is already at ${where(first, mem.loc)}`);
      else seen.set(mem.value, mem.loc);
    }
    if (e.members.length === 0) report(m, e.name.loc, 'empty-enum', `enum ${e.name.text} has no members`);
  }
}
