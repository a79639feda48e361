// The risk method of Decision 2004/418/EC (Annex, ch. 3.2): the overall probability class comes
// from the defect probability and the exposure row; the severity is one of three levels. The
// seriousness of the risk (Tables A and B, whose cells the rule files do not hold) is the
// assessor's judgement, with a reason: without one, the risk is pending, never guessed. The
// product's risk is the highest judged risk once every scenario is judged.
import type { Risk2004Tables } from './tables-2004';

export interface Judgement {
  /** A member of the regime's riskLevel enum. */
  risk: string;
  reason: string;
}

export interface Scenario2004 {
  id: string;
  title?: string;
  /** Who is exposed, in words. */
  consumer?: string;
  hazard?: string;
  injury: string;
  /** Per cent of the products that are or become defective: 1, 10 or 100. */
  defectProbability: number;
  exposure: string;
  severity: string;
  /** Table B: the consumer's category (normal-adult, vulnerable, very-vulnerable). */
  vulnerability: string;
  /** Table B's example the consumer is, when the assessor named one. */
  vulnerablePerson?: string;
  /** Table B, normal adults: adequate warnings and precautions; the hazard is obvious. */
  warnings?: boolean;
  obviousHazard?: boolean;
  judgement?: Judgement;
}

export interface Scenario2004Result {
  id: string;
  defectProbability: number;
  exposure: string;
  probabilityClass: string;
  severity: string;
  typicalInjuries: string | null;
  vulnerability: string;
  vulnerablePerson?: string;
  warnings?: boolean;
  obviousHazard?: boolean;
  /** The judged risk, or null while the judgement is pending. */
  risk: string | null;
  reason?: string;
  isProductRisk: boolean;
  mayNeedOwnMeasure: boolean;
}

export interface Risk2004Result {
  regime: string;
  scenarios: Scenario2004Result[];
  /** The product's risk; null when a scenario awaits its judgement, or there is none. */
  overall: string | null;
  /** Ids of the scenarios whose judgement is missing. */
  pending: string[];
}

export class Method2004Error extends Error {}

export function assessScenario2004(t: Risk2004Tables, s: Scenario2004): Scenario2004Result {
  const probabilityClass = t.probabilityClass(s.exposure, s.defectProbability);
  if (probabilityClass === null) throw new Method2004Error(`overallProbability has no class for ${s.exposure} × ${s.defectProbability} %`);
  const r: Scenario2004Result = {
    id: s.id,
    defectProbability: s.defectProbability,
    exposure: s.exposure,
    probabilityClass,
    severity: s.severity,
    typicalInjuries: t.typicalInjuries(s.severity),
    vulnerability: s.vulnerability,
    risk: s.judgement ? s.judgement.risk : null,
    isProductRisk: false,
    mayNeedOwnMeasure: false,
  };
  if (s.vulnerablePerson) r.vulnerablePerson = s.vulnerablePerson;
  if (s.warnings !== undefined) r.warnings = s.warnings;
  if (s.obviousHazard !== undefined) r.obviousHazard = s.obviousHazard;
  if (s.judgement) r.reason = s.judgement.reason;
  return r;
}

export function assessScenarios2004(t: Risk2004Tables, scenarios: readonly Scenario2004[]): Risk2004Result {
  const results = scenarios.map((s) => assessScenario2004(t, s));
  const pending = results.filter((r) => r.risk === null).map((r) => r.id);
  let overall: string | null = null;
  if (pending.length === 0) for (const r of results) if (overall === null || t.riskRank(r.risk!) > t.riskRank(overall)) overall = r.risk;
  for (const r of results) {
    r.isProductRisk = overall !== null && r.risk === overall;
    r.mayNeedOwnMeasure = overall !== null && r.risk !== overall;
  }
  return { regime: t.regime, scenarios: results, overall, pending };
}
