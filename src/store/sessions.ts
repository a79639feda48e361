// Teaching sessions in IndexedDB (the `sessions` store, revisioned through saveRecord). A record
// holds the session document exactly as it is exported, plus the trainee's unfinished scenario per
// exercise, so that a reload in the middle of the wizard loses nothing. Imports are read in full
// before anything is written.
import type { FieldError } from '../domain/assessment';
import { parseSessionText, sessionFileText, SESSION_KIND, type SessionDoc } from '../domain/training/session';
import type { WizardProgress } from './assessments';
import type { Db, Revisioned } from './db';
import { activeSyncWriter, saveRecord, withSyncStores, type SaveResult } from './records';
import { SaveQueue } from './save-queue';

export interface SessionRecord extends Revisioned {
  doc: SessionDoc;
  /** exercise id → the trainee's unfinished scenario in the wizard. */
  progress: Record<string, WizardProgress>;
}

export type SessionDraft = Omit<SessionRecord, 'rev' | 'updatedAt'>;

export function newSessionId(): string {
  return `t-${crypto.randomUUID()}`;
}

const isSession = (r: unknown): r is SessionRecord =>
  typeof r === 'object' && r !== null && (r as SessionRecord).doc?.kind === SESSION_KIND;

/** Newest first. Records that are not sessions (another build's data) are left out, not failed on. */
export async function listSessions(db: Db): Promise<SessionRecord[]> {
  const all = (await db.getAll('sessions')) as unknown[];
  return all.filter(isSession).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export async function getSession(db: Db, id: string): Promise<SessionRecord | undefined> {
  const r = (await db.get('sessions', id)) as unknown;
  return isSession(r) ? r : undefined;
}

/** Saves if the stored revision is still `baseRev` (0 = a new session). */
export function saveSession(db: Db, record: SessionDraft, baseRev: number): Promise<SaveResult<SessionRecord>> {
  // Structured clone keeps only plain data: drop Solid/XState proxies.
  const plain = JSON.parse(JSON.stringify(record)) as SessionDraft;
  return saveRecord<SessionRecord>(db, 'sessions', plain, baseRev);
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  // With a server, the deletion is queued to sync in the same transaction.
  const tx = db.transaction(withSyncStores(['sessions']), 'readwrite');
  await tx.objectStore('sessions').delete(id);
  await activeSyncWriter()?.(tx as never, 'sessions', id, null);
  await tx.done;
}

export type SessionImport = { ok: true; record: SessionRecord } | { ok: false; errors: FieldError[] };

/** Imports a session file as a new session (a trainee's file comes back beside the trainer's own). */
export async function importSession(db: Db, text: string, id: string = newSessionId()): Promise<SessionImport> {
  const parsed = parseSessionText(text);
  if (!parsed.ok) return parsed;
  const saved = await saveSession(db, { id, doc: parsed.session, progress: {} }, 0);
  if (saved.ok) return { ok: true, record: saved.record };
  return { ok: false, errors: [{ path: '', message: saved.reason === 'conflict' ? `a session with the id ${id} exists already` : saved.message }] };
}

/** The session file: the document only (unfinished wizard input stays on this machine). */
export function exportSession(record: SessionRecord): string {
  return sessionFileText(record.doc);
}

const DEMO_KEY = 'training.demoSeeded';
export const DEMO_SESSION_ID = 'demo-session';

/**
 * Puts a first session in on first run only (a deleted one stays deleted), so that a new trainer
 * sees how a session works. `make` builds it at that moment (e.g. in the current language).
 */
export async function seedDemoSession(db: Db, make: () => SessionDoc): Promise<boolean> {
  const tx = db.transaction(['sessions', 'meta'], 'readwrite');
  if (await tx.objectStore('meta').get(DEMO_KEY)) {
    await tx.done;
    return false;
  }
  const existing = await tx.objectStore('sessions').get(DEMO_SESSION_ID);
  if (!existing) {
    const record: SessionRecord = { id: DEMO_SESSION_ID, rev: 1, updatedAt: new Date().toISOString(), doc: JSON.parse(JSON.stringify(make())) as SessionDoc, progress: {} };
    await tx.objectStore('sessions').put(record as never);
  }
  await tx.objectStore('meta').put(true, DEMO_KEY);
  await tx.done;
  return true;
}

/** One record's saves in order (see SaveQueue). */
export class SessionSaver extends SaveQueue<SessionDraft, SessionRecord> {
  constructor(db: Db, rev: number, onResult?: (r: SaveResult<SessionRecord>) => void) {
    super((draft, baseRev) => saveSession(db, draft, baseRev), rev, onResult);
  }
}
