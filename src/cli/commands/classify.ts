// `riskcase classify FILE`: the notification type of a case, with the rules and conditions that
// decided it, each with its citation (DESIGN.md, "classify --json").
import type { CompiledRuleSet, DecisionOutcome } from '../../rules/api';
import { memberLabel, traceJson, traceText } from '../format';
import { caseDeclares, readCase } from './case-reading';
import type { DocumentCommand } from './document-command';

export const classifyCommand: DocumentCommand<DecisionOutcome> = {
  name: 'classify',
  dateField: 'measures[].adopted',
  read: readCase,
  declares: caseDeclares,
  evaluate(doc, ruleSet) {
    const bound = ruleSet.bindFacts('case', doc);
    if (!bound.ok) return { ok: false, errors: bound.errors };
    const d = ruleSet.decide('classification', bound.facts);
    if (!d.ok) return { ok: false, internal: `the rule set could not classify this case: ${d.error}` };
    return { ok: true, value: d.value };
  },
  toJson(d) {
    return {
      classification: d.value,
      reason: d.fields.reason ?? null,
      because: d.because.map(traceJson),
    };
  },
  toText(d, ruleSet) {
    return classificationText(d, ruleSet) + '\n';
  },
};

/** "Article 12 notification requiring emergency action, because: consumer product (Part II, 2.1), …" */
export function classificationText(d: DecisionOutcome, ruleSet: CompiledRuleSet): string {
  let head = memberLabel(ruleSet, 'notificationType', d.value);
  const reason = d.fields.reason ?? null;
  if (reason !== null) head += `, reason (${String(reason)}): ${memberLabel(ruleSet, 'infoReason', reason)}`;
  const rule = d.because.find((t) => t.kind === 'decision-rule' || t.kind === 'otherwise');
  const conditions = d.because.filter((t) => t !== rule);
  const why = conditions.length ? conditions.map(traceText) : rule ? [rule.kind === 'otherwise' ? `no rule applies (${rule.cites})` : `rule ${rule.name} (${rule.cites})`] : [];
  return why.length ? `${head}, because: ${why.join(', ')}` : head;
}
