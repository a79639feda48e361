// Loading for the assessment pages: the database (with the worked examples seeded on first run),
// a record, its rule set's risk tables and its assessment. Pages call these; the method itself is
// in src/domain/risk.
import { parseAssessmentDocument, assessDocument, type AssessmentDocument, type AssessmentResult, type AssessOutcome, type FieldError } from '../../../domain/assessment';
import { riskTables, type RiskTables } from '../../../domain/risk/risk-tables';
import { openRiskcaseDb, type Db } from '../../../store/db';
import { getAssessment, seedDemoAssessments, type AssessmentRecord } from '../../../store/assessments';
import { assessmentRuleSet, DEFAULT_REGIME, getRuleSet, type VersionInForce } from '../../regimes';

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

/** The risk tables of an exact rule-set version (published versions never change). */
export function tablesOfVersion(v: VersionInForce): Promise<RiskTables> {
  const key = `version:${v.version}`;
  let p = tablesCache.get(key);
  if (!p) {
    p = Promise.resolve(riskTables(v.ruleSet));
    tablesCache.set(key, p);
  }
  return p;
}

/** The version deciding an assessment (in force on its date) with its risk tables. */
export async function rulesForAssessment(doc: { regime?: string; date?: string }): Promise<{ version: VersionInForce; tables: RiskTables }> {
  const version = await assessmentRuleSet(doc);
  return { version, tables: await tablesOfVersion(version) };
}

export interface LoadedAssessment {
  record: AssessmentRecord;
  /** The rule-set version that decides it, e.g. 'rapex-2010@builtin' or 'rapex-2010@2'. */
  version: string;
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
  const { version: v, tables } = await rulesForAssessment(record.doc);
  const version = v.version;
  const parsed = parseAssessmentDocument(record.doc);
  if (!parsed.ok) return { record, version, tables, parseErrors: parsed.errors, outcome: null, result: null, doc: null };
  const outcome = assessDocument(parsed.doc, v.ruleSet);
  return { record, version, tables, parseErrors: [], outcome, result: outcome.ok ? outcome.result : null, doc: parsed.doc };
}

export { downloadText } from '../../download';

/** "hammer.assessment.json" from a product name. */
export function fileNameFor(productName: string): string {
  const base = productName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'assessment';
  return `${base}.assessment.json`;
}
