// What the impact preview re-evaluates: stored cases (as their interchange case document) and
// stored assessments (their assessment document), and how an assessment is summarised under a
// rule set — the risk level of each scenario and of the product. Pure: no DOM, no IndexedDB.
import { assessDocument, parseAssessmentDocument } from '../../../domain/assessment';
import { toCaseDocument } from '../../../domain/case/case-document';
import type { CaseFile } from '../../../domain/case/types';
import { summariseCase, type ImpactSubject, type Outcomes, type Summarise } from '../../../domain/impact';
import type { CompiledRuleSet } from '../../../rules/api';

/** The risk level of every scenario (`risk <id>`) and of the product (`overall`). */
export function summariseAssessment(ruleSet: CompiledRuleSet, subject: ImpactSubject): Outcomes {
  const out: Outcomes = new Map();
  const parsed = parseAssessmentDocument(subject.document);
  if (!parsed.ok) {
    out.set('input', parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    return out;
  }
  const assessed = assessDocument(parsed.doc, ruleSet);
  if (!assessed.ok) {
    out.set('input', assessed.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; '));
    return out;
  }
  for (const s of assessed.result.scenarios) out.set(`risk ${s.id}`, s.risk);
  out.set('overall', assessed.result.overall ?? '—');
  return out;
}

export function summariserFor(kind: ImpactSubject['kind']): Summarise {
  return kind === 'case' ? summariseCase : summariseAssessment;
}

/** A stored case as an impact subject; only cases decided under `regimeId` are affected by it. */
export function caseSubject(file: CaseFile): ImpactSubject {
  return { id: file.id, title: file.title || file.product.name || file.id, kind: 'case', document: toCaseDocument(file) };
}

interface AssessmentLike {
  id: string;
  doc: { product?: { name?: unknown }; regime?: unknown };
}

export function assessmentSubject(record: AssessmentLike): ImpactSubject {
  const name = record.doc.product?.name;
  return { id: record.id, title: typeof name === 'string' && name.trim() ? name : record.id, kind: 'assessment', document: record.doc };
}

/** An assessment without a regime was made under the default one. */
export function assessmentRegime(record: AssessmentLike, defaultRegime: string): string {
  return typeof record.doc.regime === 'string' && record.doc.regime ? record.doc.regime : defaultRegime;
}
