// Loading for the assessment pages: the database (with the worked examples seeded on first run),
// a record, its rule set's risk tables and its assessment. Pages call these; the method itself is
// in src/domain/risk.
import { parseAssessmentDocument, assessDocument, type AssessmentDocument, type AssessmentResult, type AssessOutcome, type FieldError } from '../../../domain/assessment';
import { riskTables, type RiskTables } from '../../../domain/risk/risk-tables';
import { openRiskcaseDb, type Db } from '../../../store/db';
import { getAssessment, seedDemoAssessments, type AssessmentRecord } from '../../../store/assessments';
import { DEFAULT_REGIME, getRuleSet } from '../../regimes';

let dbPromise: Promise<Db> | null = null;

/** The app database, with the demo assessments put in on first run. */
export function assessmentDb(): Promise<Db> {
  dbPromise ??= openRiskcaseDb().then(async (db) => {
    await seedDemoAssessments(db);
    return db;
  });
  return dbPromise;
}

const tablesCache = new Map<string, Promise<RiskTables>>();

export function tablesFor(regime: string = DEFAULT_REGIME): Promise<RiskTables> {
  let p = tablesCache.get(regime);
  if (!p) {
    p = getRuleSet(regime).then(riskTables);
    tablesCache.set(regime, p);
  }
  return p;
}

export interface LoadedAssessment {
  record: AssessmentRecord;
  tables: RiskTables;
  /** Parse errors of the stored document (e.g. an unfinished product name), else the assessment. */
  parseErrors: FieldError[];
  outcome: AssessOutcome | null;
  /** The assessment when the document is complete and assesses cleanly. */
  result: AssessmentResult | null;
  /** The parsed document (exact fractions), when it parses. */
  doc: AssessmentDocument | null;
}

export async function loadAssessment(id: string): Promise<LoadedAssessment | null> {
  const db = await assessmentDb();
  const record = await getAssessment(db, id);
  if (!record) return null;
  const regime = record.doc.regime ?? DEFAULT_REGIME;
  const tables = await tablesFor(regime);
  const parsed = parseAssessmentDocument(record.doc);
  if (!parsed.ok) return { record, tables, parseErrors: parsed.errors, outcome: null, result: null, doc: null };
  const outcome = assessDocument(parsed.doc, await getRuleSet(regime));
  return { record, tables, parseErrors: [], outcome, result: outcome.ok ? outcome.result : null, doc: parsed.doc };
}

export { downloadText } from '../../download';

/** "hammer.assessment.json" from a product name. */
export function fileNameFor(productName: string): string {
  const base = productName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'assessment';
  return `${base}.assessment.json`;
}
