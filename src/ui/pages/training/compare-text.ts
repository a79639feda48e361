// The comparison in words of the current language: "10× the model’s", "1 band higher". Numbers
// come from src/domain/training/compare.ts; this only phrases them.
import type { Fraction } from '../../../domain/fraction';
import { describeRatio, type Comparison } from '../../../domain/training/compare';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { t, tn } from '../../i18n';
import { fractionText, riskText } from '../assessment/format';

/** A step's or the scenario's probability against the model's. */
export function ratioText(r: Fraction): string {
  const d = describeRatio(r);
  if (d.direction === 'same') return t('training.cmp.sameProbability');
  return t(`training.cmp.ratio.${d.direction}`, { factor: fractionText(d.factor) });
}

/** "1 band higher", "2 bands lower", "same band". */
export function bandDiffText(higher: number): string {
  if (higher === 0) return t('training.cmp.sameBand');
  return tn(higher > 0 ? 'training.cmp.bandsHigher' : 'training.cmp.bandsLower', Math.abs(higher));
}

/** "1 level higher", "same level" (severity and risk). */
export function levelDiffText(higher: number): string {
  if (higher === 0) return t('training.cmp.sameLevel');
  return tn(higher > 0 ? 'training.cmp.levelsHigher' : 'training.cmp.levelsLower', Math.abs(higher));
}

/** The one-sentence verdict. */
export function verdictText(tables: RiskTables, c: Comparison): string {
  const yours = riskText(tables, c.risk.answer);
  const model = riskText(tables, c.risk.model);
  switch (c.verdict) {
    case 'identical':
      return t('training.verdict.identical', { risk: model });
    case 'sameRisk':
      return t('training.verdict.sameRisk', { risk: model });
    default:
      return t('training.verdict.differs', { yours, model, diff: levelDiffText(c.risk.higher) });
  }
}

/** "The largest difference is at step 2 (…): 10× the model’s." or null. */
export function largestStepText(c: Comparison): string | null {
  if (c.largestStep === null) return null;
  const s = c.steps[c.largestStep];
  return t('training.cmp.largestStep', { n: c.largestStep + 1, text: s.modelText ?? '', ratio: ratioText(s.ratio!) });
}

/** "Your answer has 2 steps fewer than the model answer." or null. */
export function stepCountText(c: Comparison): string | null {
  if (c.missingSteps === 0) return null;
  return tn(c.missingSteps > 0 ? 'training.cmp.fewerSteps' : 'training.cmp.moreSteps', Math.abs(c.missingSteps));
}
