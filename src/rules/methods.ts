// The risk methods a regime may declare with `method "…"` in its header. Each names the shape of
// the regime's risk files and the assessment the application runs on them; a regime without the
// clause keeps the step method (probability steps, bands and matrix), as every regime did before.
export const RISK_METHODS = ['rapex-2010-steps', 'rapex-2004'] as const;
export type RiskMethod = (typeof RISK_METHODS)[number];
export const DEFAULT_RISK_METHOD: RiskMethod = 'rapex-2010-steps';

export function isRiskMethod(s: string): s is RiskMethod {
  return (RISK_METHODS as readonly string[]).includes(s);
}
