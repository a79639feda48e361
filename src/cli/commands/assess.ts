// `riskcase assess FILE`: the risk of each injury scenario and of the product, with sensitivity
// (DESIGN.md, "assess --json"). The domain does the work (src/domain/assessment.ts).
import { assessDocument, assessmentResultJson, parseAssessmentDocument, type AssessmentResult } from '../../domain/assessment';
import type { DocumentCommand } from './document-command';

export const assessCommand: DocumentCommand<AssessmentResult> = {
  name: 'assess',
  regimeOf(doc) {
    const r = typeof doc === 'object' && doc !== null ? (doc as { regime?: unknown }).regime : undefined;
    return typeof r === 'string' && r !== '' ? r : undefined;
  },
  evaluate(doc, ruleSet) {
    const parsed = parseAssessmentDocument(doc);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const r = assessDocument(parsed.doc, ruleSet);
    if (!r.ok) return { ok: false, errors: r.errors };
    return { ok: true, value: r.result };
  },
  toJson(result) {
    return assessmentResultJson(result);
  },
  toText(result) {
    const j = assessmentResultJson(result);
    const lines = j.scenarios.map(
      (s) =>
        `${s.id}: probability ${s.probability}, band ${s.band}, severity ${s.severity} → ${s.risk} risk` +
        (s.sensitivity.borderline ? ` (borderline: ${s.sensitivity.range[0]} to ${s.sensitivity.range[1]})` : ''),
    );
    lines.push(`Product risk (${j.regime}): ${j.overall ?? 'none'}`);
    return lines.join('\n') + '\n';
  },
};
