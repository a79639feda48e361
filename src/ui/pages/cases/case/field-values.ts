// A value of the case file in words for a person: dates as dates, the rule set's members by their
// labels, yes/no, lists and records summed up in a line — never raw JSON.
import type { CompiledRuleSet } from '../../../../rules/api';
import { ruleLabel, t } from '../../../i18n';

/** Which rule-set enum labels a field, by its last segment (and its list). */
const ENUM_OF: readonly [RegExp, string][] = [
  [/(^|\.)measures(\[\d+\])?\.category$/, 'measureCategory'],
  [/(^|\.)measures(\[\d+\])?\.type$/, 'measureType'],
  [/\.scope$/, 'measureScope'],
  [/\.duration$/, 'measureDuration'],
  [/(^|\.)hazard$/, 'hazardGroup'],
  [/\.level$/, 'riskLevel'],
  [/^product\.excludedRegime$/, 'excludedRegime'],
];

function enumLabel(rs: CompiledRuleSet, enumName: string, v: string): string {
  return ruleLabel(rs.enumeration(enumName)?.members.find((m) => m.value === v)?.label, v);
}

function clip(s: string, max = 300): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function record(rs: CompiledRuleSet, o: Record<string, unknown>): string {
  // A party, a measure, a test result, an accident, an attachment: its telling fields, in words.
  if ('category' in o && 'type' in o && 'adopted' in o) return [enumLabel(rs, 'measureCategory', String(o.category ?? '')), enumLabel(rs, 'measureType', String(o.type ?? '')), o.adopted ? String(o.adopted) : ''].filter(Boolean).join(', ');
  if ('name' in o && 'address' in o) return [o.name, o.address, o.country].filter((x) => typeof x === 'string' && x.trim()).join(', ');
  if ('summary' in o && 'laboratory' in o) return [o.laboratory, o.summary].filter((x) => typeof x === 'string' && x.trim()).join(': ');
  if ('description' in o && 'fatal' in o) return [o.date, o.country, o.description].filter((x) => typeof x === 'string' && x.trim()).join(', ');
  if ('kind' in o && 'name' in o) return String(o.name);
  const parts = Object.entries(o)
    .filter(([, v]) => typeof v === 'string' && v.trim() !== '')
    .slice(0, 4)
    .map(([, v]) => String(v));
  return parts.join(', ') || t('cases.value.record');
}

export function valueText(rs: CompiledRuleSet, path: string, v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? t('cases.value.yes') : t('cases.value.no');
  if (typeof v === 'number') return v.toLocaleString();
  if (typeof v === 'string') {
    const e = ENUM_OF.find(([re]) => re.test(path));
    if (path.endsWith('counterfeit')) return t(`cases.counterfeit.${v}`);
    return clip(e ? enumLabel(rs, e[1], v) : v);
  }
  if (Array.isArray(v)) return v.length === 0 ? '—' : clip(v.map((x) => valueText(rs, `${path}[]`, x)).join('; '));
  if (typeof v === 'object') return clip(record(rs, v as Record<string, unknown>));
  return String(v);
}
