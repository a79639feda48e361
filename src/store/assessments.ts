// Risk assessments in IndexedDB. A record holds the interchange document exactly as the assessor
// wrote it (probabilities as text) plus the wizard's unfinished scenario, so a reload restores
// everything. Imports are checked in full before one transaction writes them all.
import type { AssessmentJson } from '../domain/assessment';
import { parseAssessmentDocument, type FieldError } from '../domain/assessment';
import type { ScenarioDraft } from '../domain/risk/draft';
import { DEMO_ASSESSMENTS } from '../demo/assessments';
import type { Db, Revisioned } from './db';
import { publishChange } from './broadcast';
import { saveRecord, type SaveResult } from './records';
import { SaveQueue } from './save-queue';

export interface WizardProgress {
  /** The section the assessor was on. */
  at: 'product' | 'hazard' | 'consumer' | 'steps' | 'injury' | 'result';
  draft: ScenarioDraft;
  /** Set when an existing scenario is being edited. */
  editId?: string;
}

export interface AssessmentRecord extends Revisioned {
  doc: AssessmentJson;
  wizard?: WizardProgress | null;
}

const DEMO_KEY = 'assessments.demoSeeded';

export async function listAssessments(db: Db): Promise<AssessmentRecord[]> {
  const all = (await db.getAll('assessments')) as unknown as AssessmentRecord[];
  return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export async function getAssessment(db: Db, id: string): Promise<AssessmentRecord | undefined> {
  return (await db.get('assessments', id)) as unknown as AssessmentRecord | undefined;
}

export function newAssessmentId(): string {
  return `a-${crypto.randomUUID()}`;
}

export async function saveAssessment(db: Db, record: Omit<AssessmentRecord, 'rev' | 'updatedAt'>, baseRev: number): Promise<SaveResult<AssessmentRecord>> {
  // Structured clone keeps only plain data: drop Solid/XState proxies and class instances.
  const plain = JSON.parse(JSON.stringify(record)) as Omit<AssessmentRecord, 'rev' | 'updatedAt'>;
  const saved = await saveRecord<AssessmentRecord>(db, 'assessments', plain, baseRev);
  // Other open tabs learn of the new revision at once instead of at their next refused save.
  if (saved.ok) publishChange({ store: 'assessments', id: saved.record.id, rev: saved.record.rev });
  return saved;
}

export async function deleteAssessment(db: Db, id: string): Promise<void> {
  await db.delete('assessments', id);
}

export type ImportResult = { ok: true; ids: string[] } | { ok: false; errors: FieldError[] };

/**
 * Imports one document or a JSON array of documents (text of a file). Every document is checked
 * first; a single error anywhere writes nothing. Paths of errors in an array start with `[i].`.
 */
export async function importAssessments(db: Db, text: string, newId: () => string = newAssessmentId): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const docs = Array.isArray(json) ? json : [json];
  const errors: FieldError[] = [];
  docs.forEach((d, i) => {
    const r = parseAssessmentDocument(d);
    if (!r.ok) errors.push(...r.errors.map((e) => ({ path: Array.isArray(json) ? `[${i}]${e.path ? '.' + e.path : ''}` : e.path, message: e.message })));
  });
  if (docs.length === 0) errors.push({ path: '', message: 'the file holds no assessment' });
  if (errors.length) return { ok: false, errors };
  const now = new Date().toISOString();
  const records: AssessmentRecord[] = docs.map((d) => ({ id: newId(), rev: 1, updatedAt: now, doc: JSON.parse(JSON.stringify(d)) as AssessmentJson, wizard: null }));
  const tx = db.transaction('assessments', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.add(r as never)), tx.done]);
  return { ok: true, ids: records.map((r) => r.id) };
}

/** The interchange document of a record, as a file's text. */
export function exportAssessment(record: AssessmentRecord): string {
  return JSON.stringify(record.doc, null, 2);
}

/** Puts the worked examples in on first run only (a deleted example stays deleted). */
export async function seedDemoAssessments(db: Db): Promise<boolean> {
  const tx = db.transaction(['assessments', 'meta'], 'readwrite');
  const seeded = await tx.objectStore('meta').get(DEMO_KEY);
  if (seeded) {
    await tx.done;
    return false;
  }
  const now = new Date().toISOString();
  for (const d of DEMO_ASSESSMENTS) {
    const existing = await tx.objectStore('assessments').get(d.id);
    if (!existing) await tx.objectStore('assessments').put({ id: d.id, rev: 1, updatedAt: now, doc: JSON.parse(JSON.stringify(d.doc)), wizard: null } as never);
  }
  await tx.objectStore('meta').put(true, DEMO_KEY);
  await tx.done;
  return true;
}

/** One record's saves in order (see SaveQueue). */
export class AssessmentSaver extends SaveQueue<Omit<AssessmentRecord, 'rev' | 'updatedAt'>, AssessmentRecord> {
  constructor(db: Db, rev: number, onResult?: (r: SaveResult<AssessmentRecord>) => void) {
    super((draft, baseRev) => saveAssessment(db, draft, baseRev), rev, onResult);
  }
}
