// What a case keeps of a risk assessment made in the workbench: the computed level, the decisive
// scenario, and the regime it was computed under. Life-threatening is the assessor's judgement
// (Part II, 3.1.1); it is only pre-set when the decisive injury is at the rule set's highest
// severity level ("fatal or potentially fatal"), for the assessor to confirm or clear.
import type { CompiledRuleSet } from '../../rules/api';
import type { RiskResult } from '../risk/assess';
import type { Scenario } from '../risk/scenario';
import type { IsoDate, RiskAssessmentRef } from './types';

export function riskAssessmentRef(
  rs: CompiledRuleSet,
  assessmentId: string,
  scenarios: readonly Scenario[],
  result: RiskResult,
  computedOn: IsoDate,
  ruleSetVersion = '',
): RiskAssessmentRef | null {
  if (result.overall === null) return null;
  const decisive = result.scenarios.find((s) => s.isProductRisk) ?? result.scenarios[0];
  const scenario = scenarios.find((s) => s.id === decisive.id);
  const severities = rs.enumeration('severity')?.members.map((m) => m.value) ?? [];
  const highest = severities.length ? severities[severities.length - 1] : null;
  return {
    assessmentId,
    level: result.overall,
    lifeThreatening: highest !== null && decisive.severity === highest,
    fatalAccidents: false,
    hazard: scenario?.hazard ?? '',
    summary: `${scenario?.title ?? scenario?.injury ?? decisive.id}: ${decisive.probability.toString()}, severity ${decisive.severity}`,
    regimeId: result.regime,
    ruleSetVersion,
    computedOn,
  };
}
