// Which risk levels change what an authority must do. Under every regime here a serious risk is
// what a RAPEX / Safety Gate notification needs (rapex-2010 Part II, 2.3; GPSR Article 26(1)(a));
// a lesser one goes by Article 11 or is not notified at all. The rule set says which levels are
// serious: its `seriousRisk` condition is evaluated for each level in turn, so no level's name is
// written in code, and a regime that moves the line moves it here too.
import type { CompiledRuleSet } from '../../rules/api';

/** The condition every regime declares for "the risk is serious". */
export const SERIOUS_RISK_CONDITION = 'seriousRisk';

/**
 * The levels for which the rule set's seriousRisk condition holds, for a case that has only that
 * risk level; null when the rule set does not answer (no such condition, or it cannot be bound).
 */
export function seriousLevels(rs: CompiledRuleSet, levels: readonly string[]): ReadonlySet<string> | null {
  const serious = new Set<string>();
  for (const level of levels) {
    const facts = rs.bindFacts('case', { risk: { level } });
    if (!facts.ok) return null;
    const r = rs.evaluate(SERIOUS_RISK_CONDITION, facts.facts);
    if (!r.ok || typeof r.value !== 'boolean') return null;
    if (r.value) serious.add(level);
  }
  return serious;
}
