// Runs a case document through a compiled rule set for the "Evaluate a sample case" panel.
import type { CompiledRuleSet, DeadlineOutcome, DecisionOutcome, FactError, Outcome } from '../../../rules/api';

export type CaseEvaluation =
  | { kind: 'bad-json'; error: string }
  | { kind: 'bad-facts'; errors: FactError[] }
  | { kind: 'done'; decision: Outcome<DecisionOutcome>; deadlines: Outcome<DeadlineOutcome[]> };

/** The decision the app shows for a case (see "Names the application relies on"). */
export const CLASSIFICATION = 'classification';

export function evaluateCase(ruleSet: CompiledRuleSet, jsonText: string): CaseEvaluation {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (e) {
    return { kind: 'bad-json', error: (e as Error).message };
  }
  const bound = ruleSet.bindFacts('case', json);
  if (!bound.ok) return { kind: 'bad-facts', errors: bound.errors };
  return { kind: 'done', decision: ruleSet.decide(CLASSIFICATION, bound.facts), deadlines: ruleSet.deadlines(bound.facts) };
}

/** The value of a successful outcome, else undefined. */
export function okValue<T>(o: Outcome<T>): T | undefined {
  return o.ok ? o.value : undefined;
}

/** The error of a failed outcome, else ''. */
export function outcomeError<T>(o: Outcome<T>): string {
  return o.ok ? '' : o.error;
}
