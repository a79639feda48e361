// Plain-language output: labels from the rule set (its enums), citations in brackets.
import type { CompiledRuleSet, RValue, TraceEntry } from '../rules/api';

/** The English label of an enum member, or its id when it has none. */
export function memberLabel(ruleSet: CompiledRuleSet, enumName: string, value: RValue): string {
  if (value === null) return 'none';
  const e = ruleSet.enumeration(enumName);
  const m = e?.members.find((x) => x.value === value);
  return m?.label?.en ?? String(value);
}

/** "consumer product (Part II, 2.1)", "not serious risk (Part II, 2.3)". */
export function traceText(t: TraceEntry): string {
  const what = t.label?.en ?? t.name;
  return `${t.negated ? 'not ' : ''}${what} (${t.cites})`;
}

/** The `because` entries of the JSON output: which rule or condition, its label and citation. */
export function traceJson(t: TraceEntry): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: t.kind, name: t.name, label: t.label?.en ?? null, cites: t.cites };
  if (t.negated) out.negated = true;
  if (t.detail) out.detail = t.detail;
  return out;
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
