// `riskcase assess FILE`: the risk of each injury scenario and of the product, by the regime's own
// risk method (DESIGN.md, "assess --json"). The step method (rapex-2010-steps) gives probability,
// band, severity, risk and sensitivity; the rapex-2004 method (Decision 2004/418/EC, ch. 3.2)
// gives the probability class, the severity level and the assessor's judged risk (pending until
// judged). The domain does the work; each method shapes its JSON in one function.
import { assessDocument, assessmentResultJson, parseAssessmentImport, type AssessmentDocument, type AssessmentResult } from '../../domain/assessment';
import { assessDocument2004, assessment2004ResultJson, checkAssessment2004Shape, looksLikeMethod2004, type Assessment2004Json } from '../../domain/assessment-2004';
import type { Risk2004Result } from '../../domain/risk/assess-2004';
import { forbiddenKeys } from '../../domain/json-shape';
import { assessmentDocumentsOf } from '../../store/assessments';
import type { CompiledRuleSet } from '../../rules/api';
import type { DocumentCommand, Evaluation } from './document-command';

/** A document as read, before the regime (and so the method) is known; `raw` to read it again by the other method. */
type AssessInput = { kind: 'steps'; doc: AssessmentDocument; raw: unknown } | { kind: 'rapex-2004'; doc: Assessment2004Json; raw: unknown };
type AssessOutput = { kind: 'steps'; result: AssessmentResult } | { kind: 'rapex-2004'; result: Risk2004Result };

const NOT_STEPS = 'a rapex-2004 regime assesses by its own method (defect probability, exposure, severity level, judgement), not by steps';

function read2004(raw: unknown): { ok: true; doc: Assessment2004Json; warnings: { path: string; message: string }[] } | { ok: false; errors: { path: string; message: string }[] } {
  const forbidden = forbiddenKeys(raw);
  if (forbidden.length) return { ok: false, errors: forbidden };
  const r = checkAssessment2004Shape(raw);
  return r.ok ? { ok: true, doc: r.value, warnings: r.warnings } : { ok: false, errors: r.errors.filter((e) => !e.warning) };
}

function evaluate2004(doc: Assessment2004Json, ruleSet: CompiledRuleSet): Evaluation<AssessOutput> {
  const r = assessDocument2004(doc, ruleSet);
  return r.ok ? { ok: true, value: { kind: 'rapex-2004', result: r.result } } : { ok: false, errors: r.errors };
}

function evaluateSteps(doc: AssessmentDocument, ruleSet: CompiledRuleSet): Evaluation<AssessOutput> {
  const r = assessDocument(doc, ruleSet);
  return r.ok ? { ok: true, value: { kind: 'steps', result: r.result } } : { ok: false, errors: r.errors };
}

export const assessCommand: DocumentCommand<AssessOutput, AssessInput> = {
  name: 'assess',
  dateField: 'date',
  async read(raw) {
    if (Array.isArray(raw)) return { ok: false, errors: [{ path: '', message: 'a risk assessment document must be a JSON object with product and scenarios, not a list' }] };
    // An assessment exported from the app: its envelope and checksum first.
    const found = await assessmentDocumentsOf(raw);
    if (!found.ok) return found;
    const inner = found.docs[0];
    if (looksLikeMethod2004(inner)) {
      const r = read2004(inner);
      if (!r.ok) return r;
      return { ok: true, doc: { kind: 'rapex-2004', doc: r.doc, raw: inner }, regime: r.doc.regime, unknownFields: r.warnings, date: r.doc.date ? { date: r.doc.date, field: 'date' } : null };
    }
    const parsed = parseAssessmentImport(inner);
    if (!parsed.ok) return parsed;
    return { ok: true, doc: { kind: 'steps', doc: parsed.doc, raw: inner }, regime: parsed.doc.regime, unknownFields: parsed.unknownFields, date: parsed.doc.date ? { date: parsed.doc.date, field: 'date' } : null };
  },
  evaluate(input, ruleSet) {
    if (ruleSet.meta.method === 'rapex-2004') {
      if (input.kind === 'rapex-2004') return evaluate2004(input.doc, ruleSet);
      // A step document under a 2004 regime: read again by the 2004 method, for its missing fields.
      const again = read2004(input.raw);
      if (!again.ok) return { ok: false, errors: again.errors.map((e) => (e.message === 'missing' ? { ...e, message: `missing (${NOT_STEPS})` } : e)) };
      return evaluate2004(again.doc, ruleSet);
    }
    if (input.kind === 'steps') return evaluateSteps(input.doc, ruleSet);
    const again = parseAssessmentImport(input.raw);
    if (!again.ok) return { ok: false, errors: [{ path: 'regime', message: `${ruleSet.meta.id} assesses by probability steps (method ${ruleSet.meta.method}); this document is written for the rapex-2004 method` }, ...again.errors] };
    return evaluateSteps(again.doc, ruleSet);
  },
  toJson(out) {
    return out.kind === 'rapex-2004' ? assessment2004ResultJson(out.result) : assessmentResultJson(out.result);
  },
  toText(out) {
    if (out.kind === 'rapex-2004') {
      const j = assessment2004ResultJson(out.result);
      const lines = j.scenarios.map(
        (s) =>
          `${s.id}: ${s.defectProbability} defective, ${s.exposure} → probability ${s.probabilityClass}; severity ${s.severity}; ${s.vulnerability} → ` +
          (s.risk === null ? 'risk pending the assessor\'s judgement' : `${s.risk} risk (judged: ${'reason' in s ? s.reason : ''})`),
      );
      lines.push(`Product risk (${j.regime}, method rapex-2004): ${j.overall ?? (j.pending ? 'pending the assessor\'s judgement' : 'none')}`);
      return lines.join('\n') + '\n';
    }
    const j = assessmentResultJson(out.result);
    const lines = j.scenarios.map(
      (s) =>
        `${s.id}: probability ${s.probability}, band ${s.band}, severity ${s.severity} → ${s.risk} risk` +
        (s.sensitivity.borderline ? ` (borderline: ${s.sensitivity.range[0]} to ${s.sensitivity.range[1]})` : ''),
    );
    lines.push(`Product risk (${j.regime}): ${j.overall ?? 'none'}`);
    return lines.join('\n') + '\n';
  },
};
