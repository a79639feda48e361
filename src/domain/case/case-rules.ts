// The one path from a case file to the rule set: case document → bindFacts('case') → decide /
// deadlines. The CLI takes the same path from the same document, so app and CLI agree.
import type { CompiledRuleSet, DeadlineOutcome, DecisionOutcome, FactError, Facts } from '../../rules/api';
import { toCaseDocument } from './case-document';
import type { CaseFile } from './types';

export type CaseRulesResult<T> = { ok: true; value: T } | { ok: false; errors: FactError[] };

export function bindCase(rs: CompiledRuleSet, c: CaseFile): CaseRulesResult<Facts> {
  const bound = rs.bindFacts('case', toCaseDocument(c));
  return bound.ok ? { ok: true, value: bound.facts } : { ok: false, errors: bound.errors };
}

export function decideClassification(rs: CompiledRuleSet, c: CaseFile): CaseRulesResult<DecisionOutcome> {
  const facts = bindCase(rs, c);
  if (!facts.ok) return facts;
  const d = rs.decide('classification', facts.value);
  return d.ok ? { ok: true, value: d.value } : { ok: false, errors: [{ path: 'classification', message: d.error }] };
}

export function caseDeadlines(rs: CompiledRuleSet, c: CaseFile): CaseRulesResult<DeadlineOutcome[]> {
  const facts = bindCase(rs, c);
  if (!facts.ok) return facts;
  const d = rs.deadlines(facts.value);
  return d.ok ? { ok: true, value: d.value } : { ok: false, errors: [{ path: 'deadlines', message: d.error }] };
}
