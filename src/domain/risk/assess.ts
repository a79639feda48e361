// The RAPEX method (Appendix 5, steps 4-7): a scenario's probability is the exact product of its
// steps; its band and the risk matrix give its risk; the product's risk is the highest scenario
// risk (risks are not added up), and every lower one is still reported — it may need its own measure.
import { product, type Fraction } from '../fraction';
import type { Scenario } from './scenario';
import type { RiskTables } from './risk-tables';
import { sensitivity, type Sensitivity } from './sensitivity';

export interface ScenarioResult {
  id: string;
  probability: Fraction;
  bandIndex: number;
  /** The band's number in the rule set (1 = highest probability). */
  band: number;
  severity: number;
  risk: string;
  sensitivity: Sensitivity;
  /** This scenario sets the product's risk (one of the highest). */
  isProductRisk: boolean;
  /** Lower than the product's risk: reported, since it may need its own measure. */
  mayNeedOwnMeasure: boolean;
}

export interface RiskResult {
  regime: string;
  scenarios: ScenarioResult[];
  /** The product's risk; null when there is no scenario. */
  overall: string | null;
}

export function scenarioProbability(s: Scenario): Fraction {
  return product(s.steps.map((x) => x.probability));
}

export function assessScenario(t: RiskTables, s: Scenario): ScenarioResult {
  const p = scenarioProbability(s);
  const bandIndex = t.bandIndex(p);
  const risk = t.riskAt(bandIndex, s.severity);
  return {
    id: s.id,
    probability: p,
    bandIndex,
    band: t.bands[bandIndex].value,
    severity: s.severity,
    risk,
    sensitivity: sensitivity(t, s, p, bandIndex, risk),
    isProductRisk: false,
    mayNeedOwnMeasure: false,
  };
}

export function assessScenarios(t: RiskTables, scenarios: readonly Scenario[]): RiskResult {
  const results = scenarios.map((s) => assessScenario(t, s));
  let overall: string | null = null;
  for (const r of results) if (overall === null || t.riskRank(r.risk) > t.riskRank(overall)) overall = r.risk;
  for (const r of results) {
    r.isProductRisk = r.risk === overall;
    r.mayNeedOwnMeasure = r.risk !== overall;
  }
  return { regime: t.regime, scenarios: results, overall };
}
