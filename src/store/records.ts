// Writes that never lose a colleague's update: each record has a revision number that is checked
// inside the same read-write transaction that writes it (two tabs, two people). A refused write
// returns the stored record so the UI can show the other change. Quota errors come back as a
// typed result, with nothing written (the transaction aborts as a whole).
import type { StoreNames } from 'idb';
import type { Db, Revisioned, RiskcaseDB } from './db';

export type RevisionedStore = 'assessments' | 'cases' | 'ruleSets' | 'sessions';

/**
 * Signed in to an authority's server, every local save also queues its change for the server, in
 * the same transaction (src/store/sync/outbox.ts sets this): a save is never stored without its
 * change waiting to sync, nor queued without being stored.
 */
export type SyncWriter = (tx: ReturnType<Db['transaction']>, store: RevisionedStore, id: string, record: Record<string, unknown> | null) => Promise<void>;

let syncWriter: SyncWriter | null = null;

export function setSyncWriter(writer: SyncWriter | null): void {
  syncWriter = writer;
}

export function activeSyncWriter(): SyncWriter | null {
  return syncWriter;
}

/** The stores a write transaction needs, with the sync stores when a server is in use. */
export function withSyncStores(names: StoreNames<RiskcaseDB>[]): StoreNames<RiskcaseDB>[] {
  return syncWriter ? [...names, 'outbox', 'syncState'] : names;
}

export type SaveResult<T> =
  | { ok: true; record: T }
  | { ok: false; reason: 'conflict'; current: T }
  | { ok: false; reason: 'quota'; message: string }
  | { ok: false; reason: 'error'; message: string };

export function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (e as DOMException).code === 22)
  );
}

/**
 * Saves `record` if the stored revision is still `baseRev` (0 for a new record); the saved record
 * gets rev = baseRev + 1. `also` runs inside the same transaction (e.g. append history).
 */
export async function saveRecord<T extends Revisioned>(
  db: Db,
  store: RevisionedStore,
  record: Omit<T, 'rev' | 'updatedAt'> & { id: string },
  baseRev: number,
  now: () => string = () => new Date().toISOString(),
  also?: (tx: ReturnType<Db['transaction']>) => Promise<void>,
): Promise<SaveResult<T>> {
  const names = withSyncStores(also ? [store, 'history', 'photos'] : [store]);
  let opened: { abort(): void; done: Promise<void> } | undefined;
  try {
    const tx = db.transaction(names, 'readwrite');
    opened = tx;
    const os = tx.objectStore(store);
    const current = (await os.get(record.id)) as T | undefined;
    const currentRev = current?.rev ?? 0;
    if (currentRev !== baseRev) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, reason: 'conflict', current: current as T };
    }
    const saved = { ...record, rev: baseRev + 1, updatedAt: now() } as unknown as T;
    await os.put(saved as never);
    if (also) await also(tx as never);
    if (syncWriter) await syncWriter(tx as never, store, record.id, saved as unknown as Record<string, unknown>);
    await tx.done;
    return { ok: true, record: saved };
  } catch (e) {
    // Whatever failed — the record write, `also`, or the commit — nothing of it may stay written.
    try {
      opened?.abort();
    } catch {
      // already finished or aborted
    }
    await opened?.done.catch(() => undefined);
    if (isQuotaError(e)) return { ok: false, reason: 'quota', message: 'The browser storage is full: nothing was saved. Export a backup and free some space.' };
    return { ok: false, reason: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
