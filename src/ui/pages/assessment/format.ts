// Display helpers shared by the assessment pages: labels from the rule set in the current
// language; counts ("1 in 6,000") through Intl in that language; fractions grouped with thin
// spaces as the guidelines write them ("1/1 000 000"), which reads the same in every language and
// can be typed back into a step (a comma or point there would be refused as ambiguous).
import type { Fraction } from '../../../domain/fraction';
import { groupDigits, oneInNumber } from '../../../domain/risk/probability-text';
import type { Choice, RiskTables } from '../../../domain/risk/risk-tables';
import { formatNumber, ruleLabel, t } from '../../i18n';

export function riskText(tables: RiskTables, level: string): string {
  return ruleLabel(tables.riskLabel(level), level);
}

export function severityText(tables: RiskTables, s: number): string {
  return ruleLabel(tables.severityLabel(s), t('assessment.severity.level', { n: s }));
}

export function bandText(tables: RiskTables, bandIndex: number): string {
  const b = tables.bands[bandIndex];
  return `${b.value} (${ruleLabel(b.label, '')})`.replace(' ()', '');
}

export function choiceText(choices: readonly Choice[], value: string): string {
  const c = choices.find((x) => String(x.value) === value);
  return c ? ruleLabel(c.label, String(c.value)) : value;
}

/** "1 in 6,000", "1 zu 6.000", "1 sur 6 000": in the current language. */
export function oneIn(p: Fraction): string {
  return t('assessment.oneIn', { n: formatNumber(oneInNumber(p)) });
}

/** 1/1000000 → "1/1 000 000" (grouped denominators read like the guidelines). */
export function fractionText(p: Fraction): string {
  return p.d === 1n ? groupDigits(p.n) : `${groupDigits(p.n)}/${groupDigits(p.d)}`;
}

/** "Risk:" / "Risque :" — a label before its value, with the language's own spacing. */
export function labelled(label: string): string {
  return t('common.labelled', { label });
}
