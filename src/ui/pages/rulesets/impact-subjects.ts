// What the impact preview re-evaluates: stored cases (as their interchange case document) and
// stored assessments (their assessment document), and which summariser (src/domain/impact.ts)
// each kind takes. Pure: no DOM, no IndexedDB.
import { toCaseDocument } from '../../../domain/case/case-document';
import { recordedVersion } from '../../../domain/case/deciding-version';
import type { CaseFile } from '../../../domain/case/types';
import { summariseAssessment, summariseCase, type ImpactSubject, type Summarise } from '../../../domain/impact';

export function summariserFor(kind: ImpactSubject['kind']): Summarise {
  return kind === 'case' ? summariseCase : summariseAssessment;
}

/** A stored case as an impact subject; only cases decided under `regimeId` are affected by it. */
export function caseSubject(file: CaseFile): ImpactSubject {
  return { id: file.id, title: file.title || file.product.name || file.id, kind: 'case', document: toCaseDocument(file), decidedUnder: recordedVersion(file) };
}

interface AssessmentLike {
  id: string;
  doc: { product?: { name?: unknown }; regime?: unknown; date?: unknown };
}

export function assessmentSubject(record: AssessmentLike): ImpactSubject {
  const name = record.doc.product?.name;
  const date = typeof record.doc.date === 'string' && record.doc.date ? record.doc.date : null;
  return { id: record.id, title: typeof name === 'string' && name.trim() ? name : record.id, kind: 'assessment', document: record.doc, decidedUnder: null, date };
}

/** An assessment without a regime was made under the default one. */
export function assessmentRegime(record: AssessmentLike, defaultRegime: string): string {
  return typeof record.doc.regime === 'string' && record.doc.regime ? record.doc.regime : defaultRegime;
}
