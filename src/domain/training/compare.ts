// A trainee's scenario against the model answer, step by step and as a whole: probability (as an
// exact ratio), band, severity and risk, each with how far it diverges, and an overall verdict.
// Band and risk of both come from the rule set through the risk domain. Steps are compared in
// order (step n with step n): the wizard asks for the shortest path to injury in sequence, and a
// missing or extra step shows as such. Phrasing is the UI's job; this returns the numbers.
import { Fraction } from '../fraction';
import { assessScenario } from '../risk/assess';
import type { RiskTables } from '../risk/risk-tables';
import type { Scenario } from '../risk/scenario';

export interface StepComparison {
  index: number;
  modelText: string | null;
  answerText: string | null;
  model: Fraction | null;
  answer: Fraction | null;
  /** answer ÷ model (exact); null when either step is missing. */
  ratio: Fraction | null;
}

/**
 * identical: same consumer, hazard, step probabilities and severity; sameRisk: the same risk level by another route;
 * oneLevel / severalLevels: the risk level is off by one, or by more than one.
 */
export type VerdictKind = 'identical' | 'sameRisk' | 'oneLevel' | 'severalLevels';

export interface ChoiceComparison {
  model: string;
  answer: string;
  same: boolean;
}

export interface Comparison {
  /** Whom and what the scenario is about: a different consumer or hazard is a different scenario. */
  consumer: ChoiceComparison;
  hazard: ChoiceComparison;
  steps: StepComparison[];
  probability: { model: Fraction; answer: Fraction; ratio: Fraction };
  /** Bands by their number; `higher` = how many bands higher the trainee's probability is (negative: lower). */
  band: { model: number; answer: number; higher: number };
  severity: { model: number; answer: number; higher: number };
  risk: { model: string; answer: string; higher: number };
  /** Same risk level as the model answer. */
  agrees: boolean;
  verdict: VerdictKind;
  /** The step whose probability is furthest from the model's (by factor), or null if none differs. */
  largestStep: number | null;
  /** Steps of the model the answer lacks (positive) or has in excess (negative). */
  missingSteps: number;
}

/** How far a ratio is from 1, as a factor ≥ 1 (×10 and ÷10 are equally far). */
export function divergenceFactor(r: Fraction): Fraction {
  return r.compare(Fraction.ONE) >= 0 ? r : Fraction.ONE.div(r);
}

export function compareAnswer(t: RiskTables, model: Scenario, answer: Scenario): Comparison {
  const m = assessScenario(t, model);
  const a = assessScenario(t, answer);
  const n = Math.max(model.steps.length, answer.steps.length);
  const steps: StepComparison[] = [];
  let largestStep: number | null = null;
  let largest = Fraction.ONE;
  for (let i = 0; i < n; i++) {
    const ms = model.steps[i];
    const as = answer.steps[i];
    const ratio = ms && as ? as.probability.div(ms.probability) : null;
    steps.push({ index: i, modelText: ms?.text ?? null, answerText: as?.text ?? null, model: ms?.probability ?? null, answer: as?.probability ?? null, ratio });
    if (ratio) {
      const f = divergenceFactor(ratio);
      if (f.gt(largest)) {
        largest = f;
        largestStep = i;
      }
    }
  }
  const riskHigher = t.riskRank(a.risk) - t.riskRank(m.risk);
  const severityHigher = t.severities.indexOf(a.severity) - t.severities.indexOf(m.severity);
  const sameSteps = model.steps.length === answer.steps.length && steps.every((s) => s.ratio?.equals(Fraction.ONE));
  const sameChoices = model.consumer === answer.consumer && model.hazard === answer.hazard;
  const verdict: VerdictKind =
    riskHigher !== 0 ? (Math.abs(riskHigher) === 1 ? 'oneLevel' : 'severalLevels') : sameSteps && sameChoices && severityHigher === 0 ? 'identical' : 'sameRisk';
  const choice = (model: string, answer: string): ChoiceComparison => ({ model, answer, same: model === answer });
  return {
    consumer: choice(model.consumer, answer.consumer),
    hazard: choice(model.hazard, answer.hazard),
    steps,
    probability: { model: m.probability, answer: a.probability, ratio: a.probability.div(m.probability) },
    // A lower band index is a higher probability.
    band: { model: m.band, answer: a.band, higher: m.bandIndex - a.bandIndex },
    severity: { model: m.severity, answer: a.severity, higher: severityHigher },
    risk: { model: m.risk, answer: a.risk, higher: riskHigher },
    agrees: riskHigher === 0,
    verdict,
    largestStep,
    missingSteps: model.steps.length - answer.steps.length,
  };
}

/** A ratio as "×3" or "÷4" material: the factor (≥ 1) and its direction. */
export function describeRatio(r: Fraction): { factor: Fraction; direction: 'same' | 'higher' | 'lower' } {
  const c = r.compare(Fraction.ONE);
  if (c === 0) return { factor: Fraction.ONE, direction: 'same' };
  return { factor: divergenceFactor(r), direction: c > 0 ? 'higher' : 'lower' };
}
