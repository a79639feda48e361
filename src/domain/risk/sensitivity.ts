// How robust is a scenario's risk level? (Appendix 5, step 6: move severity and probability one
// level down and up and recompute.) Beyond the guidelines: for each step, the exact factor by which
// its probability must move to change the level, and the step probability at which that happens —
// the answer to "how sure must I be about this step?".
import { Fraction } from '../fraction';
import type { Scenario } from './scenario';
import type { RiskTables } from './risk-tables';

export type VariationKind = 'severity-down' | 'severity-up' | 'band-down' | 'band-up' | 'step-low' | 'step-high';

export interface Variation {
  kind: VariationKind;
  /** Step index (0-based) for step-low / step-high. */
  step?: number;
  severity: number;
  bandIndex: number;
  risk: string;
}

/**
 * Where a probability must go to change the risk level.
 * up: the probability must become strictly greater than `probability` (a band bound is strict:
 *     reaching it exactly stays in the lower band), i.e. be multiplied by more than `factor`.
 * down: the probability must become at most `probability`, i.e. be multiplied by at most `factor`.
 */
export interface Threshold {
  direction: 'up' | 'down';
  factor: Fraction;
  probability: Fraction;
  /** The risk level on the other side. */
  risk: string;
  /** Index of the band on the other side. */
  bandIndex: number;
}

export interface StepThreshold extends Threshold {
  /** false when the step would have to exceed 1 (this step alone cannot change the level). */
  reachable: boolean;
}

export interface StepSensitivity {
  step: number;
  up: StepThreshold | null;
  down: StepThreshold | null;
}

export interface Sensitivity {
  /** Lowest and highest risk level over all variations (and the base). */
  range: [string, string];
  /** More than one level over the variations (the command line's documented meaning). */
  borderline: boolean;
  /**
   * Whether the variations fall on both sides of the serious-risk line, the line that changes what
   * an authority must do; null when the rule set does not say which levels are serious.
   */
  crossesSerious: boolean | null;
  variations: Variation[];
  /** The scenario probability's own thresholds (null: no band in that direction changes the level). */
  up: Threshold | null;
  down: Threshold | null;
  steps: StepSensitivity[];
}

/** Nearest band above (higher probability) whose risk at this severity differs; with its threshold. */
function thresholdUp(t: RiskTables, p: Fraction, bandIndex: number, severity: number, risk: string): Threshold | null {
  for (let j = bandIndex - 1; j >= 0; j--) {
    const r = t.riskAt(j, severity);
    if (r !== risk) {
      const bound = t.bands[j].above;
      if (bound === null) return null;
      return { direction: 'up', factor: bound.div(p), probability: bound, risk: r, bandIndex: j };
    }
  }
  return null;
}

/** Nearest band below (lower probability) whose risk differs: reached at or below the bound above it. */
function thresholdDown(t: RiskTables, p: Fraction, bandIndex: number, severity: number, risk: string): Threshold | null {
  for (let j = bandIndex + 1; j < t.bands.length; j++) {
    const r = t.riskAt(j, severity);
    if (r !== risk) {
      const bound = t.bands[j - 1].above;
      if (bound === null) return null;
      return { direction: 'down', factor: bound.div(p), probability: bound, risk: r, bandIndex: j };
    }
  }
  return null;
}

function forStep(th: Threshold | null, q: Fraction): StepThreshold | null {
  if (!th) return null;
  const probability = q.mul(th.factor);
  // Up needs q' > probability with q' ≤ 1; down needs q' ≤ probability, always possible above 0.
  const reachable = th.direction === 'up' ? probability.lt(Fraction.ONE) : true;
  return { ...th, probability, reachable };
}

/** Band index of n/d (d > 0) without reducing it: the first strict bound it exceeds. */
function bandOfRatio(t: RiskTables, n: bigint, d: bigint): number {
  for (let i = 0; i < t.bands.length; i++) {
    const above = t.bands[i].above;
    if (above === null || n * above.d > above.n * d) return i;
  }
  return t.bands.length - 1;
}

export function sensitivity(t: RiskTables, scenario: Scenario, p: Fraction, bandIndex: number, risk: string): Sensitivity {
  const sev = scenario.severity;
  const variations: Variation[] = [];
  const si = t.severities.indexOf(sev);
  if (si > 0) variations.push({ kind: 'severity-down', severity: t.severities[si - 1], bandIndex, risk: t.riskAt(bandIndex, t.severities[si - 1]) });
  if (si >= 0 && si < t.severities.length - 1)
    variations.push({ kind: 'severity-up', severity: t.severities[si + 1], bandIndex, risk: t.riskAt(bandIndex, t.severities[si + 1]) });
  // "probability one band down" = lower probability = next band in file order.
  if (bandIndex < t.bands.length - 1) variations.push({ kind: 'band-down', severity: sev, bandIndex: bandIndex + 1, risk: t.riskAt(bandIndex + 1, sev) });
  if (bandIndex > 0) variations.push({ kind: 'band-up', severity: sev, bandIndex: bandIndex - 1, risk: t.riskAt(bandIndex - 1, sev) });

  const probs = scenario.steps.map((s) => s.probability);
  scenario.steps.forEach((s, i) => {
    for (const [kind, value] of [['step-low', s.low], ['step-high', s.high]] as const) {
      if (!value) continue;
      // p with this step at `value`: p × value ÷ q, compared unreduced (only its band is needed).
      const b = bandOfRatio(t, p.n * value.n * s.probability.d, p.d * value.d * s.probability.n);
      variations.push({ kind, step: i, severity: sev, bandIndex: b, risk: t.riskAt(b, sev) });
    }
  });

  let lo = risk;
  let hi = risk;
  for (const v of variations) {
    if (t.riskRank(v.risk) < t.riskRank(lo)) lo = v.risk;
    if (t.riskRank(v.risk) > t.riskRank(hi)) hi = v.risk;
  }

  const sides = new Set([risk, ...variations.map((v) => v.risk)].map((l) => t.isSerious(l)));
  const up = thresholdUp(t, p, bandIndex, sev, risk);
  const down = thresholdDown(t, p, bandIndex, sev, risk);
  return {
    range: [lo, hi],
    borderline: lo !== hi,
    crossesSerious: sides.has(null) ? null : sides.size > 1,
    variations,
    up,
    down,
    steps: probs.map((q, i) => ({ step: i, up: forStep(up, q), down: forStep(down, q) })),
  };
}

/**
 * Whether the app warns "borderline": only when the uncertainty could change what the authority
 * must do (serious or not). A spread between two levels on the same side is shown, not warned of.
 * Without the rule set's answer it falls back to the documented meaning (more than one level).
 */
export function warnsBorderline(s: Sensitivity): boolean {
  return s.crossesSerious ?? s.borderline;
}

export interface MatrixCell {
  bandIndex: number;
  band: number;
  severity: number;
  risk: string;
  current: boolean;
}

/** The scenario's risk-matrix cell with its neighbours (band ±1 × severity ±1), for display. */
export function neighbourhood(t: RiskTables, bandIndex: number, severity: number): MatrixCell[][] {
  const si = t.severities.indexOf(severity);
  const rows: MatrixCell[][] = [];
  for (let b = Math.max(0, bandIndex - 1); b <= Math.min(t.bands.length - 1, bandIndex + 1); b++) {
    const row: MatrixCell[] = [];
    for (let s = Math.max(0, si - 1); s <= Math.min(t.severities.length - 1, si + 1); s++) {
      const sv = t.severities[s];
      row.push({ bandIndex: b, band: t.bands[b].value, severity: sv, risk: t.riskAt(b, sv), current: b === bandIndex && sv === severity });
    }
    rows.push(row);
  }
  return rows;
}
