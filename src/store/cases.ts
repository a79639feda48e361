// Cases in IndexedDB. Every save goes through saveRecord (revision checked inside the write
// transaction) and appends a history entry — who, when, which fields changed — in that SAME
// transaction, with any photo changes: a save is all or nothing. Deleting is a separate, explicit
// action.
import { PHOTO_ROLES, type CaseFile, type PhotoRole, type Role } from '../domain/case/types';
import { changedPaths } from '../domain/field-diff';
import type { IDBPTransaction } from 'idb';
import { caseIndexFields, type Db, type HistoryEntry, type PhotoRecord, type RiskcaseDB, type StoredCase } from './db';
import { publishChange } from './broadcast';
import { activeSyncWriter, saveRecord, withSyncStores, type SaveResult } from './records';

export type { StoredCase };
type CaseTx = IDBPTransaction<RiskcaseDB, ('cases' | 'history' | 'photos')[], 'readwrite'>;

export interface PhotoInput {
  id: string;
  name: string;
  type: string;
  blob: Blob;
  /** What a product photo shows, and its caption (the case's photo attachment holds the same). */
  role?: PhotoRole;
  caption?: string;
}

/** A stored blob of a case. Product photos keep their role and caption, so the blob alone says what it shows. */
export interface CasePhotoRecord extends PhotoRecord {
  role?: PhotoRole;
  caption?: string;
}

/** The role and caption the case file gives a photo blob (its photo attachment), if it is a product photo. */
function photoMeta(file: CaseFile, id: string): { role?: PhotoRole; caption?: string } {
  if (!file.product.photoIds.includes(id)) return {};
  const a = file.attachments.find((x) => x.kind === 'photo' && x.blobId === id);
  return a ? { ...(a.role ? { role: a.role } : {}), caption: a.name } : {};
}

/** Keeps only a known role and a text caption from a stored record (older records have neither). */
function asCasePhoto(r: PhotoRecord): CasePhotoRecord {
  const x = r as CasePhotoRecord;
  const role = (PHOTO_ROLES as readonly unknown[]).includes(x.role) ? x.role : undefined;
  const caption = typeof x.caption === 'string' ? x.caption : undefined;
  return { id: r.id, caseId: r.caseId, name: r.name, type: r.type, blob: r.blob, ...(role ? { role } : {}), ...(caption !== undefined ? { caption } : {}) };
}

export interface SaveCaseOptions {
  role: Role;
  /** The person acting (shown in the history with the role). */
  person?: string;
  /** The lifecycle act this save records (its event type), if any: the history shows it as one line with the act. */
  act?: string;
  /** Clock for history and `updatedAt` (tests pass a fixed one). */
  now?: () => string;
  /** Photo blobs to add (their ids belong in file.product.photoIds) and ids to remove. */
  addPhotos?: readonly PhotoInput[];
  removePhotoIds?: readonly string[];
  /** Replaces the computed summary, e.g. "imported from a file". */
  summary?: string;
}

// A machine snapshot changes with every lifecycle event; history names it once, not field by field.
const OPAQUE = new Set(['machineSnapshot']);
const SHOWN_PATHS = 8;

/**
 * "created" or "changed: product.name, measures[0].adopted" (with "+N more" beyond a few), and the
 * paths. With no field changed there is nothing to record: the summary is null.
 */
export function changeSummary(before: CaseFile | null, after: CaseFile): { summary: string | null; fields: string[] } {
  if (!before) return { summary: 'created', fields: [] };
  const fields = changedPaths(before, after, { opaque: OPAQUE, limit: 200 });
  if (fields.length === 0) return { summary: null, fields };
  const shown = fields.slice(0, SHOWN_PATHS).join(', ');
  const more = fields.length > SHOWN_PATHS ? ` (+${fields.length - SHOWN_PATHS} more)` : '';
  return { summary: `changed: ${shown}${more}`, fields };
}

function toStored(file: CaseFile): Omit<StoredCase, 'rev' | 'updatedAt'> {
  return { id: file.id, ...caseIndexFields(file), file };
}

/**
 * Saves a case whose stored revision is `baseRev` (0 for a new case). A refused save (someone else
 * saved first) returns their version in `current`, with nothing written.
 */
export async function saveCase(db: Db, file: CaseFile, baseRev: number, options: SaveCaseOptions): Promise<SaveResult<StoredCase>> {
  const now = options.now ?? (() => new Date().toISOString());
  // Read the version being replaced for the diff; if it is not `baseRev` any more the save would be
  // refused anyway, and if it is, saveRecord's in-transaction check proves nothing changed since.
  const before = await db.get('cases', file.id);
  if ((before?.rev ?? 0) !== baseRev) return { ok: false, reason: 'conflict', current: before as StoredCase };
  const changed = changeSummary(before?.file ?? null, file);
  const summary = options.summary ?? changed.summary;
  const fields = changed.fields;
  // Nothing changed, nothing to write: the history never says "saved" of a save that changed nothing.
  if (summary === null && !options.addPhotos?.length && !options.removePhotoIds?.length && before) return { ok: true, record: before };
  const at = now();
  const result = await saveRecord<StoredCase>(db, 'cases', toStored(file), baseRev, () => at, async (anyTx) => {
    const tx = anyTx as unknown as CaseTx;
    try {
      const entry: HistoryEntry = {
        caseId: file.id,
        at,
        role: options.role,
        summary: summary ?? 'changed: files',
        fields,
        rev: baseRev + 1,
        ...(options.person ? { person: options.person } : {}),
        ...(options.act ? { act: options.act } : {}),
      };
      await tx.objectStore('history').add(entry);
      const photos = tx.objectStore('photos');
      for (const id of options.removePhotoIds ?? []) await photos.delete(id);
      const added = new Set<string>();
      for (const p of options.addPhotos ?? []) {
        const meta = { ...(p.role ? { role: p.role } : {}), ...(p.caption !== undefined ? { caption: p.caption } : {}), ...photoMeta(file, p.id) };
        const rec: CasePhotoRecord = { id: p.id, caseId: file.id, name: p.name, type: p.type, blob: p.blob, ...meta };
        await photos.put(rec);
        added.add(p.id);
      }
      // A caption or role edited in the case since the photo was stored follows it to the blob.
      for (const id of file.product.photoIds) {
        if (added.has(id)) continue;
        const stored = await photos.get(id);
        if (!stored || stored.caseId !== file.id) continue;
        const meta = photoMeta(file, id);
        const cur = asCasePhoto(stored);
        if (meta.caption !== undefined && (meta.caption !== cur.caption || (meta.role ?? undefined) !== cur.role)) {
          const { role: _r, caption: _c, ...base } = cur;
          const next: CasePhotoRecord = { ...base, ...meta };
          await photos.put(next);
        }
      }
    } catch (e) {
      // The case record is already put in this transaction: abort it so no half-save commits.
      try {
        tx.abort();
      } catch {
        // aborted already by the failed request
      }
      throw e;
    }
  });
  if (result.ok) publishChange({ store: 'cases', id: file.id, rev: result.record.rev });
  return result;
}

export function createCase(db: Db, file: CaseFile, options: SaveCaseOptions): Promise<SaveResult<StoredCase>> {
  return saveCase(db, file, 0, options);
}

export async function getCase(db: Db, id: string): Promise<StoredCase | undefined> {
  return db.get('cases', id);
}

/** Every case, most recently changed first. */
export async function listCases(db: Db): Promise<StoredCase[]> {
  const all = await db.getAll('cases');
  return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id)));
}

/** The `limit` most recently changed cases and the number of all cases, read in one go (fast first screen). */
export async function listRecentCases(db: Db, limit: number): Promise<{ cases: StoredCase[]; total: number }> {
  const tx = db.transaction('cases');
  const total = await tx.store.count();
  const cases: StoredCase[] = [];
  let cursor = await tx.store.index('byUpdated').openCursor(null, 'prev');
  while (cursor && cases.length < limit) {
    cases.push(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;
  return { cases, total };
}

export async function listCasesByState(db: Db, state: string): Promise<StoredCase[]> {
  return db.getAllFromIndex('cases', 'byState', state);
}

export async function findCasesByBarcode(db: Db, barcode: string): Promise<StoredCase[]> {
  return db.getAllFromIndex('cases', 'byBarcode', barcode.trim());
}

/** The case's history, oldest first. */
export async function caseHistory(db: Db, caseId: string): Promise<HistoryEntry[]> {
  return db.getAllFromIndex('history', 'byCaseAt', IDBKeyRange.bound([caseId, ''], [caseId, '\uffff']));
}

export async function casePhotos(db: Db, caseId: string): Promise<CasePhotoRecord[]> {
  return (await db.getAllFromIndex('photos', 'byCase', caseId)).map(asCasePhoto);
}

export type DeleteResult = { ok: true } | { ok: false; reason: 'conflict' | 'missing' | 'submitted'; current?: StoredCase };

/**
 * Whether a case may be deleted: a draft may; a case whose notification or a reaction was sent is
 * on record with the validating authority and the other States, and stays.
 */
export function mayDeleteCase(file: CaseFile): boolean {
  return !file.notification?.submitted && !file.reactions.some((r) => r.submitted !== null || r.status !== 'draft');
}

/**
 * Deletes a case and its photos — only as an explicit user action, only a draft (mayDeleteCase),
 * and only if nobody changed it since `expectedRev`. The history keeps the record of the deletion.
 */
export async function deleteCase(db: Db, id: string, expectedRev: number, options: { role: Role; now?: () => string }): Promise<DeleteResult> {
  const tx = db.transaction(withSyncStores(['cases', 'history', 'photos']), 'readwrite');
  const current = await tx.objectStore('cases').get(id);
  if (!current || current.rev !== expectedRev || !mayDeleteCase(current.file)) {
    tx.abort();
    await tx.done.catch(() => undefined);
    if (!current) return { ok: false, reason: 'missing' };
    return current.rev !== expectedRev ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'submitted', current };
  }
  await tx.objectStore('cases').delete(id);
  const photoKeys = await tx.objectStore('photos').index('byCase').getAllKeys(id);
  for (const k of photoKeys) await tx.objectStore('photos').delete(k);
  await tx.objectStore('history').add({ caseId: id, at: (options.now ?? (() => new Date().toISOString()))(), role: options.role, summary: 'deleted', fields: [], rev: current.rev });
  await activeSyncWriter()?.(tx as never, 'cases', id, null);
  await tx.done;
  publishChange({ store: 'cases', id, rev: current.rev + 1 });
  return { ok: true };
}

/** One stored blob by id (the public page shows a published case's product photo). */
export async function getPhoto(db: Db, id: string): Promise<CasePhotoRecord | undefined> {
  const r = await db.get('photos', id);
  return r ? asCasePhoto(r) : undefined;
}
