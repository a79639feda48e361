// How classify and deadlines read a case: a case document of the interchange format, strictly
// (src/domain/case-document-parse.ts), or a case file exported from the app — its envelope and
// checksum verified and its case file read by the app's own import, then turned into the case
// document the app itself decides from.
import { parseCaseDocument } from '../../domain/case-document-parse';
import { toCaseDocument } from '../../domain/case/case-document';
import { decisionDate } from '../../domain/case/deciding-regime';
import { caseDocumentDate } from '../regime-in-force';
import { CASE_FORMAT, ENVELOPE_FORMATS, envelopeFormat } from '../../domain/export-envelope';
import type { CompiledRuleSet } from '../../rules/api';
import { checkCaseEnvelope } from '../../store/case-export';
import type { Reading } from './document-command';

export async function readCase(raw: unknown): Promise<Reading<unknown>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '', message: `a case document must be a JSON object, not ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}` }] };
  }
  const format = envelopeFormat(raw);
  if (format === CASE_FORMAT) {
    const checked = await checkCaseEnvelope(raw);
    if (!checked.ok) return checked;
    const file = checked.value.file;
    const on = decisionDate(file);
    const date = on ? { date: on.date.toString(), field: on.basis === 'first-measure' ? 'file.measures[].adopted' : 'file.created' } : null;
    return { ok: true, doc: toCaseDocument(file), regime: file.regimeId || undefined, unknownFields: [], date };
  }
  if (format !== undefined) {
    const what = ENVELOPE_FORMATS.get(format)!.what;
    return { ok: false, errors: [{ path: 'format', message: `this is a Riskcase ${what}, not a case: give a case document or a case file exported from the app` }] };
  }
  const parsed = parseCaseDocument(raw);
  if (!parsed.ok) return parsed;
  // The document itself goes on to the rule set: an edited rule folder (--rules) may read fields
  // the format does not know yet.
  return { ok: true, doc: raw, regime: parsed.value.regime, unknownFields: parsed.warnings, date: caseDocumentDate(parsed.value) };
}

const declared = new WeakMap<CompiledRuleSet, Set<string>>();

/** Whether the rule set's `facts case` declares `path` (e.g. an edited folder's own field). */
export function caseDeclares(path: string, ruleSet: CompiledRuleSet): boolean {
  let facts = declared.get(ruleSet);
  if (!facts) declared.set(ruleSet, (facts = new Set(ruleSet.symbols().filter((s) => s.kind === 'fact').map((s) => s.name))));
  return facts.has(`case.${path}`);
}
