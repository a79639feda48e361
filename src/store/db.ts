// The IndexedDB schema. Each version adds one cumulative `if (oldVersion < N)` step; a step that
// fails aborts the whole upgrade (idb does not do that by itself), so no half-migrated database
// is ever left with its version bumped.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'riskcase';
export const DB_VERSION = 1;

/** Every stored record carries a revision, checked inside the write transaction (two tabs). */
export interface Revisioned {
  id: string;
  rev: number;
  /** ISO timestamp of the last write (display only; deadlines never use it). */
  updatedAt: string;
}

export interface RiskcaseDB extends DBSchema {
  assessments: { key: string; value: Revisioned & Record<string, unknown>; indexes: { byUpdated: string } };
  cases: { key: string; value: Revisioned & Record<string, unknown>; indexes: { byUpdated: string } };
  /** Append-only: one entry per change to a case. */
  history: { key: number; value: { caseId: string; at: string; role: string; summary: string; [k: string]: unknown }; indexes: { byCase: string } };
  photos: { key: string; value: { id: string; caseId: string; name: string; type: string; blob: Blob }; indexes: { byCase: string } };
  ruleSets: { key: string; value: Revisioned & Record<string, unknown> };
  sessions: { key: string; value: Revisioned & Record<string, unknown> };
  meta: { key: string; value: unknown };
}

export type Db = IDBPDatabase<RiskcaseDB>;

export function openRiskcaseDb(name = DB_NAME, factory?: IDBFactory): Promise<Db> {
  void factory;
  return openDB<RiskcaseDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      try {
        if (oldVersion < 1) {
          db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
          db.createObjectStore('cases', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
          db.createObjectStore('history', { autoIncrement: true }).createIndex('byCase', 'caseId');
          db.createObjectStore('photos', { keyPath: 'id' }).createIndex('byCase', 'caseId');
          db.createObjectStore('ruleSets', { keyPath: 'id' });
          db.createObjectStore('sessions', { keyPath: 'id' });
          db.createObjectStore('meta');
        }
      } catch (e) {
        tx.abort();
        throw e;
      }
    },
  });
}
