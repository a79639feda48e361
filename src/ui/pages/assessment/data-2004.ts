// Loading for the pages of a rapex-2004 assessment (Decision 2004/418/EC, ch. 3.2): the record,
// its rule set's tables and its assessment by that method. The method itself is in src/domain.
import { assessDocument2004, checkAssessment2004Shape, type Assess2004Outcome, type Assessment2004Json } from '../../../domain/assessment-2004';
import { risk2004Tables, type Risk2004Tables } from '../../../domain/risk/tables-2004';
import type { FieldError } from '../../../domain/assessment';
import type { RiskMethod } from '../../../rules/api';
import { getAssessment, getAssessmentRecovered, type AssessmentRecord } from '../../../store/assessments';
import { DEFAULT_REGIME, getRuleSet } from '../../regimes';
import { assessmentDb } from './data';

/** The risk method of the regime an assessment record was written under. */
export async function methodOfRegime(regime: string | undefined): Promise<RiskMethod> {
  return (await getRuleSet(regime ?? DEFAULT_REGIME)).meta.method;
}

export async function methodOfAssessment(id: string): Promise<RiskMethod | null> {
  const record = await getAssessment(await assessmentDb(), id);
  return record ? methodOfRegime(record.doc.regime) : null;
}

/** A record's document read as the 2004 method's (the store keeps it exactly as written). */
export function doc2004(record: AssessmentRecord): Assessment2004Json {
  return record.doc as unknown as Assessment2004Json;
}

export interface Loaded2004 {
  record: AssessmentRecord;
  doc: Assessment2004Json;
  tables: Risk2004Tables;
  /** Shape or meaning problems of the stored document, else the assessment. */
  errors: FieldError[];
  outcome: Assess2004Outcome | null;
}

export async function tables2004For(regime: string | undefined): Promise<Risk2004Tables> {
  return risk2004Tables(await getRuleSet(regime ?? DEFAULT_REGIME));
}

/** Assesses a stored 2004 document; null outcome when its shape is not yet complete. */
export async function assessRecord2004(record: AssessmentRecord): Promise<{ errors: FieldError[]; outcome: Assess2004Outcome | null }> {
  const shape = checkAssessment2004Shape(record.doc);
  if (!shape.ok) return { errors: shape.errors.filter((e) => !e.warning), outcome: null };
  const outcome = assessDocument2004(shape.value, await getRuleSet(record.doc.regime ?? DEFAULT_REGIME));
  return { errors: outcome.ok ? [] : outcome.errors, outcome };
}

export async function loadAssessment2004(id: string): Promise<Loaded2004 | null> {
  // Recovered: a new assessment waits in the tab's journal until the wizard first saves it.
  const record = await getAssessmentRecovered(await assessmentDb(), id);
  if (!record) return null;
  const tables = await tables2004For(record.doc.regime);
  return { record, doc: doc2004(record), tables, ...(await assessRecord2004(record)) };
}
