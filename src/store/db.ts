// The IndexedDB schema. Each version adds one cumulative step (version N runs when the stored
// version is below N); a step that fails — synchronously or after an await — aborts the whole
// upgrade transaction (idb does not do that by itself), so no half-migrated database is ever left
// with its version bumped. Steps only touch IndexedDB: no other await inside the transaction.
import type { RegisterEntry } from '../domain/alerts/register';
import { caseIndexFields } from '../domain/case/index-fields';
import type { CaseFile } from '../domain/case/types';
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export const DB_NAME = 'riskcase';

/** Every stored record carries a revision, checked inside the write transaction (two tabs). */
export interface Revisioned {
  id: string;
  rev: number;
  /** ISO timestamp of the last write (display only; deadlines never use it). */
  updatedAt: string;
}

/** A case as stored: the case file plus the fields the v2 indexes read. */
export interface StoredCase extends Revisioned {
  state: string;
  barcode: string;
  file: CaseFile;
}

/** One entry of a case's append-only history. */
export interface HistoryEntry {
  caseId: string;
  /** ISO timestamp. */
  at: string;
  role: string;
  /** One line: what changed, e.g. "product.name, measures[0].adopted changed". */
  summary: string;
  /** Field paths that changed (v2; absent on entries written before). */
  fields?: string[];
  [k: string]: unknown;
}

export interface PhotoRecord {
  id: string;
  caseId: string;
  name: string;
  type: string;
  blob: Blob;
}

export interface RiskcaseDB extends DBSchema {
  assessments: { key: string; value: Revisioned & Record<string, unknown>; indexes: { byUpdated: string } };
  /** v2: `state` and `barcode` are kept at the top of a stored case so they can be indexed. */
  cases: { key: string; value: StoredCase; indexes: { byUpdated: string; byState: string; byBarcode: string } };
  /** Append-only: one entry per change to a case. */
  history: { key: number; value: HistoryEntry; indexes: { byCase: string; byCaseAt: [string, string] } };
  photos: { key: string; value: PhotoRecord; indexes: { byCase: string } };
  ruleSets: { key: string; value: Revisioned & Record<string, unknown> };
  sessions: { key: string; value: Revisioned & Record<string, unknown> };
  meta: { key: string; value: unknown };
  /** Safety Gate's public alerts (a reference register, never edited), by alert number. */
  alerts: { key: string; value: StoredAlert; indexes: { byWeek: string } };
  /** One record per alert file imported. */
  alertImports: { key: string; value: AlertImportRecord; indexes: { byAt: string } };
  /** v4: local changes waiting to be pushed to the authority's server, one per record. */
  outbox: { key: string; value: OutboxEntry; indexes: { byQueued: number } };
  /** v4: per synced record, the server revision this browser holds and any unresolved conflict. */
  syncState: { key: string; value: SyncStateEntry };
}

/** A synced record's kind on the server, by the local store it lives in. */
export type SyncKind = 'assessment' | 'case' | 'rule-set' | 'training-session';

export interface OutboxEntry {
  /** `${kind}:${id}` */
  key: string;
  kind: SyncKind;
  id: string;
  /** The server revision the change was made from (0: the server has not got the record). */
  baseRev: number;
  /** What to send: the record's body, or null to delete it. */
  body: Record<string, unknown> | null;
  /** Increases with every local save, so a push that raced a newer save leaves the newer one queued. */
  queued: number;
  /** The server refused the change (bad body, no permission): its message, until changed again. */
  refused?: string;
}

/** The server's version of a record, as it came in a pull or a refused push. */
export interface ServerVersion {
  rev: number;
  body: Record<string, unknown> | null;
  deleted: boolean;
  updatedByName: string | null;
  updatedAt: string;
}

export interface SyncStateEntry {
  key: string;
  kind: SyncKind;
  id: string;
  serverRev: number;
  /** Set when the server has a newer version than the one the waiting change was made from. */
  conflict?: ServerVersion;
}

export interface StoredAlert extends Revisioned, RegisterEntry {}

export interface AlertImportRecord {
  id: string;
  /** ISO timestamp. */
  at: string;
  file: string;
  format: 'xml' | 'xlsx';
  /** Weeks the file's alerts were published in ("YYYY-Www"). */
  weeks: string[];
  alerts: number;
  added: number;
  updated: number;
  unchanged: number;
  older: number;
  /** Warnings and repairs made while reading ("line 12: name: …"). */
  problems: string[];
}

export type Db = IDBPDatabase<RiskcaseDB>;
export type UpgradeTx = IDBPTransaction<RiskcaseDB, StoreNames<RiskcaseDB>[], 'versionchange'>;
/** One schema version's step. It may be async, but may await IndexedDB requests only. */
export type UpgradeStep = (db: Db, tx: UpgradeTx) => void | Promise<void>;

/** Version 1: the stores every area started with. */
export const v1: UpgradeStep = (db) => {
  db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
  db.createObjectStore('cases', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
  db.createObjectStore('history', { autoIncrement: true }).createIndex('byCase', 'caseId');
  db.createObjectStore('photos', { keyPath: 'id' }).createIndex('byCase', 'caseId');
  db.createObjectStore('ruleSets', { keyPath: 'id' });
  db.createObjectStore('sessions', { keyPath: 'id' });
  db.createObjectStore('meta');
};

export { caseIndexFields };

/**
 * Version 2: indexes for the case list (by lifecycle state, by bar code) and history in time order.
 * Cases stored under v1 get the indexed fields lifted from their case file, so none drops out of
 * an index.
 */
export const v2: UpgradeStep = async (_db, tx) => {
  const cases = tx.objectStore('cases');
  cases.createIndex('byState', 'state');
  cases.createIndex('byBarcode', 'barcode');
  tx.objectStore('history').createIndex('byCaseAt', ['caseId', 'at']);
  let cursor = await cases.openCursor();
  while (cursor) {
    const rec = cursor.value;
    if (typeof rec !== 'object' || rec === null || typeof rec.id !== 'string') {
      throw new Error(`cannot upgrade: the stored case under key ${String(cursor.key)} is not a case record`);
    }
    if (typeof rec.state !== 'string' || typeof rec.barcode !== 'string') {
      await cursor.update({ ...rec, ...caseIndexFields(rec.file) });
    }
    cursor = await cursor.continue();
  }
  await tx.objectStore('meta').put(2, 'schemaVersion');
};

/**
 * Safety Gate alerts (issue 13): the alerts register, indexed by every week an alert was published
 * or changed in, and the log of imported files. Self-contained (it only adds stores), so it can sit
 * at any position among other areas' steps.
 */
export const vAlerts: UpgradeStep = (db) => {
  db.createObjectStore('alerts', { keyPath: 'id' }).createIndex('byWeek', 'weeks', { multiEntry: true });
  db.createObjectStore('alertImports', { keyPath: 'id' }).createIndex('byAt', 'at');
};

/** Version 4: sync with an authority's server (the outbox and each record's server revision). */
export const vSync: UpgradeStep = (db) => {
  db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('byQueued', 'queued');
  db.createObjectStore('syncState', { keyPath: 'key' });
};

/** The schema: step i builds version i + 1. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [v1, v2, vAlerts, vSync];
export const DB_VERSION = UPGRADE_STEPS.length;

export interface OpenOptions {
  /** A separate IndexedDB (tests use a fresh fake-indexeddb factory). */
  factory?: IDBFactory;
  /** The schema steps; tests pass a prefix to build an old version, or a failing step. */
  steps?: readonly UpgradeStep[];
}

/**
 * Opens (and if needed upgrades) the database. Rejects when an upgrade step fails; the stored
 * database then keeps its old version and data.
 */
export function openRiskcaseDb(name = DB_NAME, optionsOrFactory: OpenOptions | IDBFactory = {}): Promise<Db> {
  const options: OpenOptions = 'open' in optionsOrFactory ? { factory: optionsOrFactory } : optionsOrFactory;
  const steps = options.steps ?? UPGRADE_STEPS;
  const factory = options.factory ?? globalThis.indexedDB;
  const request = factory.open(name, steps.length);
  let stepError: unknown = null;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as Db;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    tx.done.catch(() => undefined); // an abort is reported through the open request below
    const run = async () => {
      for (let v = event.oldVersion; v < steps.length; v++) await steps[v](db, tx);
    };
    run().catch((e: unknown) => {
      stepError = e;
      try {
        tx.abort();
      } catch {
        // already finished or aborted: the open request fails anyway
      }
    });
  });
  return (wrap(request) as unknown as Promise<Db>).then(
    (db) => {
      // Another tab wants a newer schema: let it upgrade rather than block it.
      db.addEventListener('versionchange', () => db.close());
      return db;
    },
    (e: unknown) => {
      const cause = stepError ?? e;
      throw new Error(`The database could not be upgraded to version ${steps.length}: ${cause instanceof Error ? cause.message : String(cause)}. Nothing was changed.`, { cause });
    },
  );
}
