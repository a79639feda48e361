// Risk assessments in IndexedDB. A record holds the interchange document exactly as the assessor
// wrote it (probabilities as text) plus the wizard's unfinished scenario, so a reload restores
// everything. Imports are checked in full before one transaction writes them all.
import type { AssessmentJson } from '../domain/assessment';
import { parseAssessmentImport, type FieldError } from '../domain/assessment';
import { ASSESSMENT_FORMAT, ENVELOPE_FORMATS, envelopeFormat, openEnvelope, sealed } from '../domain/export-envelope';
import type { ScenarioDraft } from '../domain/risk/draft';
import { DEMO_ASSESSMENTS } from '../demo/assessments';
import type { Db, Revisioned } from './db';
import { publishChange } from './broadcast';
import { activeSyncWriter, saveRecord, withSyncStores, type SaveResult } from './records';
import { SaveQueue } from './save-queue';
import { recoverable, sessionJournal, type Journal } from './unsaved-journal';

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

/**
 * Starts a new assessment without storing it: the blank record waits in the tab's journal and is
 * stored on the first real input (see isBlankAssessment). Returns its id.
 */
export function startNewAssessment(
  regime: string,
  journal: (id: string) => Journal<Omit<AssessmentRecord, 'rev' | 'updatedAt'>> = (id) => assessmentJournal(id),
  date?: string,
): string {
  const id = newAssessmentId();
  journal(id).write({ id, doc: { product: { name: '' }, regime, ...(date ? { date } : {}), scenarios: [] }, wizard: null }, 0);
  return id;
}

/**
 * True while a new assessment holds nothing typed (moving between the wizard's sections is not
 * input): such a record is not stored, so "New assessment" pressed and left leaves nothing behind.
 */
export function isBlankAssessment(record: Pick<AssessmentRecord, 'doc' | 'wizard'>): boolean {
  const p = record.doc.product;
  if ((p.name ?? '').trim() || (p.brand ?? '').trim() || (p.model ?? '').trim() || record.doc.scenarios.length > 0) return false;
  const d = record.wizard?.draft;
  if (!d) return true;
  const typed = [d.title, d.hazard, d.consumer, d.injuryType, d.injury, d.severityReason, ...d.steps.flatMap((s) => [s.text, s.probability, s.low, s.high, s.evidence])];
  return typed.every((x) => !x.trim()) && d.suggestedSeverity === null && d.severity === null;
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
  // With a server, the deletion is queued to sync in the same transaction.
  const tx = db.transaction(withSyncStores(['assessments']), 'readwrite');
  await tx.objectStore('assessments').delete(id);
  await activeSyncWriter()?.(tx as never, 'assessments', id, null);
  await tx.done;
}

export type ImportResult = { ok: true; ids: string[] } | { ok: false; errors: FieldError[] };

/** Characters of an import file: a thousand scenarios of long texts fit many times over. */
export const MAX_IMPORT_CHARS = 50_000_000;

export const ASSESSMENT_FORMAT_VERSION = 1;

export interface AssessmentEnvelope {
  format: typeof ASSESSMENT_FORMAT;
  version: typeof ASSESSMENT_FORMAT_VERSION;
  exportedAt: string;
  assessment: AssessmentJson;
  sha256: string;
}

/**
 * The documents of an import file: an exported assessment (its envelope and checksum checked),
 * or interchange documents as the command line reads them — one, or a JSON array of them.
 */
export async function assessmentDocumentsOf(json: unknown): Promise<{ ok: true; docs: unknown[]; batch: boolean } | { ok: false; errors: FieldError[] }> {
  const format = envelopeFormat(json);
  if (format === undefined) return Array.isArray(json) ? { ok: true, docs: json, batch: true } : { ok: true, docs: [json], batch: false };
  if (format !== ASSESSMENT_FORMAT) return { ok: false, errors: [{ path: 'format', message: `this is a Riskcase ${ENVELOPE_FORMATS.get(format)!.what}, not a risk assessment` }] };
  const opened = await openEnvelope(json, ASSESSMENT_FORMAT);
  if (!opened.ok) return opened;
  const errors: FieldError[] = Object.keys(opened.envelope)
    .filter((k) => !['format', 'version', 'exportedAt', 'assessment', 'sha256'].includes(k))
    .map((k) => ({ path: k, message: 'unknown field' }));
  if (errors.length) return { ok: false, errors };
  return { ok: true, docs: [opened.envelope.assessment], batch: false };
}

/**
 * Imports an exported assessment, or one document or a JSON array of documents (text of a file).
 * Every document is checked first, as strictly as a case file (an unknown field is refused too);
 * a single error anywhere writes nothing. Paths of errors in an array start with `[i].`.
 */
export async function importAssessments(db: Db, text: string, newId: () => string = newAssessmentId): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, errors: [{ path: '', message: `the file is too large (${text.length} characters, at most ${MAX_IMPORT_CHARS})` }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const found = await assessmentDocumentsOf(json);
  if (!found.ok) return found;
  const errors: FieldError[] = [];
  const at = (i: number, path: string) => (found.batch ? `[${i}]${path ? (path.startsWith('[') ? path : '.' + path) : ''}` : path);
  found.docs.forEach((d, i) => {
    const r = parseAssessmentImport(d);
    const problems = r.ok ? r.unknownFields.map((u) => ({ path: u.path, message: 'unknown field' })) : r.errors;
    errors.push(...problems.map((e) => ({ path: at(i, e.path), message: e.message })));
  });
  if (found.docs.length === 0) errors.push({ path: '', message: 'the file holds no assessment' });
  if (errors.length) return { ok: false, errors };
  const now = new Date().toISOString();
  const records: AssessmentRecord[] = found.docs.map((d) => ({ id: newId(), rev: 1, updatedAt: now, doc: JSON.parse(JSON.stringify(d)) as AssessmentJson, wizard: null }));
  const tx = db.transaction('assessments', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.add(r as never)), tx.done]);
  return { ok: true, ids: records.map((r) => r.id) };
}

/** A record as the text of an export file: its interchange document in a checksummed envelope. */
export async function exportAssessment(record: AssessmentRecord, now: () => string = () => new Date().toISOString()): Promise<string> {
  const envelope: AssessmentEnvelope = await sealed({ format: ASSESSMENT_FORMAT, version: ASSESSMENT_FORMAT_VERSION as typeof ASSESSMENT_FORMAT_VERSION, exportedAt: now(), assessment: record.doc });
  return JSON.stringify(envelope, null, 2);
}

/** Puts the worked examples in on first run only (a deleted example stays deleted). */
export async function seedDemoAssessments(db: Db): Promise<boolean> {
  // With a server, the authority's assessments (demo ones included) come from the server.
  if (activeSyncWriter()) return false;
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
  constructor(db: Db, rev: number, onResult?: (r: SaveResult<AssessmentRecord>) => void, journal: Journal<Omit<AssessmentRecord, 'rev' | 'updatedAt'>> | null = null) {
    super((draft, baseRev) => saveAssessment(db, draft, baseRev), rev, onResult, journal, isBlankAssessment);
  }
}

/** The reload-safety copy of an assessment's unsaved change (this tab only). */
export function assessmentJournal(id: string, storage?: Parameters<typeof sessionJournal>[1]): ReturnType<typeof sessionJournal<Omit<AssessmentRecord, 'rev' | 'updatedAt'>>> {
  return storage === undefined ? sessionJournal(`assessment.${id}`) : sessionJournal(`assessment.${id}`, storage);
}

/**
 * The stored assessment with a change that a reload cut off before IndexedDB held it written
 * over it; the stored one as it is when there is none, or when another tab wrote since.
 */
export async function getAssessmentRecovered(db: Db, id: string, journal = assessmentJournal(id)): Promise<AssessmentRecord | undefined> {
  const stored = await getAssessment(db, id);
  if (!stored) {
    // A new assessment not stored yet (nothing typed): it lives in the journal at revision 0.
    const entry = journal.read();
    if (entry?.rev !== 0 || entry.draft.id !== id) return undefined;
    if (isBlankAssessment(entry.draft)) return { ...entry.draft, rev: 0, updatedAt: '' };
    const r = await saveAssessment(db, entry.draft, 0);
    journal.clear();
    return r.ok ? r.record : undefined;
  }
  const sameContent = (d: Omit<AssessmentRecord, 'rev' | 'updatedAt'>) => JSON.stringify([d.doc, d.wizard ?? null]) === JSON.stringify([stored.doc, stored.wizard ?? null]);
  const draft = recoverable(journal.read(), stored.rev, sameContent);
  if (!draft || draft.id !== id) {
    journal.clear();
    return stored;
  }
  const r = await saveAssessment(db, draft, stored.rev);
  journal.clear();
  return r.ok ? r.record : stored;
}
