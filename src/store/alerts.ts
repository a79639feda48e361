// The alerts register in IndexedDB. An import is one read-write transaction over the register and
// the import log: every alert of the file is merged (new, updated, unchanged, or older than the
// version kept) and the log entry written, or — on any failure, a full disk included — nothing.
// Alerts are never edited here; only an import writes them.
import { mergeAlert, emptySummary, tally, alertWeek, type ImportSummary } from '../domain/alerts/register';
import { problemText, type AlertFile } from '../domain/alerts/types';
import type { AlertImportRecord, Db, StoredAlert } from './db';
import { publishChange } from './broadcast';
import { isQuotaError } from './records';

export type { StoredAlert, AlertImportRecord };

export type ImportResult = { ok: true; summary: ImportSummary; record: AlertImportRecord } | { ok: false; reason: 'quota' | 'error'; message: string };

export interface ImportOptions {
  /** Clock (tests pass a fixed one). */
  now?: () => string;
  id?: string;
}

export async function importAlerts(db: Db, file: AlertFile, options: ImportOptions = {}): Promise<ImportResult> {
  const at = (options.now ?? (() => new Date().toISOString()))();
  const summary = emptySummary();
  const written: { id: string; rev: number }[] = [];
  const tx = db.transaction(['alerts', 'alertImports'], 'readwrite');
  try {
    const store = tx.objectStore('alerts');
    for (const alert of file.alerts) {
      const current = await store.get(alert.alertNumber);
      const outcome = mergeAlert(current, alert, at);
      tally(summary, alert.alertNumber, outcome);
      if (outcome.kind === 'new' || outcome.kind === 'updated') {
        const rec: StoredAlert = { ...outcome.entry, rev: (current?.rev ?? 0) + 1, updatedAt: at };
        await store.put(rec);
        written.push({ id: rec.id, rev: rec.rev });
      }
    }
    const record: AlertImportRecord = {
      id: options.id ?? `${at}-${Math.random().toString(36).slice(2, 8)}`,
      at,
      file: file.file,
      format: file.format,
      weeks: [...new Set(file.alerts.map(alertWeek))].sort(),
      alerts: file.alerts.length,
      added: summary.added.length,
      updated: summary.updated.length,
      unchanged: summary.unchanged,
      older: summary.older.length,
      problems: file.problems.map(problemText),
    };
    await tx.objectStore('alertImports').put(record);
    await tx.done;
    for (const w of written) publishChange({ store: 'alerts', ...w });
    return { ok: true, summary, record };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    await tx.done.catch(() => undefined);
    if (isQuotaError(e)) return { ok: false, reason: 'quota', message: 'The browser storage is full: nothing was imported.' };
    return { ok: false, reason: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

export function listAlerts(db: Db): Promise<StoredAlert[]> {
  return db.getAll('alerts');
}

export function getAlert(db: Db, id: string): Promise<StoredAlert | undefined> {
  return db.get('alerts', id);
}

/** Alerts published or changed in a week ("YYYY-Www"). */
export function alertsOfWeek(db: Db, week: string): Promise<StoredAlert[]> {
  return db.getAllFromIndex('alerts', 'byWeek', week);
}

/** Imported files, latest first. */
export async function listImports(db: Db): Promise<AlertImportRecord[]> {
  return (await db.getAllFromIndex('alertImports', 'byAt')).reverse();
}
