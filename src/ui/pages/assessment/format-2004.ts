// Labels of the rapex-2004 method's values, from the rule files in the current language.
import type { Risk2004Tables } from '../../../domain/risk/tables-2004';
import { ruleLabel } from '../../i18n';

type Kind = Parameters<Risk2004Tables['label']>[0];

export function label2004(t: Risk2004Tables, kind: Kind, value: string | number): string {
  return ruleLabel(t.label(kind, value), String(value));
}

/** "10 %" → the rule file's label of that defect probability. */
export function defectText(t: Risk2004Tables, percent: string | number): string {
  return label2004(t, 'defectProbability', Number(String(percent).replace('%', '')));
}
