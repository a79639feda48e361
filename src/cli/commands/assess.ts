// `riskcase assess FILE`: the risk of each injury scenario and of the product, with sensitivity
// (DESIGN.md, "assess --json"). The domain does the work (src/domain/assessment.ts), and shapes
// the JSON output in one function (assessmentResultJson).
import { assessDocument, assessmentResultJson, parseAssessmentImport, type AssessmentDocument, type AssessmentResult } from '../../domain/assessment';
import { assessmentDocumentsOf } from '../../store/assessments';
import type { DocumentCommand } from './document-command';

export const assessCommand: DocumentCommand<AssessmentResult, AssessmentDocument> = {
  name: 'assess',
  dateField: 'date',
  async read(raw) {
    if (Array.isArray(raw)) return { ok: false, errors: [{ path: '', message: 'a risk assessment document must be a JSON object with product and scenarios, not a list' }] };
    // An assessment exported from the app: its envelope and checksum first.
    const found = await assessmentDocumentsOf(raw);
    if (!found.ok) return found;
    const parsed = parseAssessmentImport(found.docs[0]);
    if (!parsed.ok) return parsed;
    return { ok: true, doc: parsed.doc, regime: parsed.doc.regime, unknownFields: parsed.unknownFields, date: parsed.doc.date ? { date: parsed.doc.date, field: 'date' } : null };
  },
  evaluate(doc, ruleSet) {
    const r = assessDocument(doc, ruleSet);
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
