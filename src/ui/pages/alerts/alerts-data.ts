// Loading for the alerts, weekly overview and statistics pages: the register (demo alerts put in on
// first run), imports, and one search index over the register and the authority's cases, kept
// while nothing changes.
import { buildProductIndexAsync, withDescriptionsAsync, type ProductIndex } from '../../../domain/alerts/product-index';
import { entryOfAlert, entryOfCase } from '../../../domain/alerts/notified';
import { readAlertFile } from '../../../domain/alerts/read-file';
import type { AlertFileResult } from '../../../domain/alerts/types';
import { parseAlertXmlText } from '../../../domain/alerts/xml';
import { DEMO_REPORTS } from '../../../demo/alerts';
import { alertsOfWeek, getAlert, importAlerts, listAlerts, listImports, type AlertImportRecord, type ImportResult, type StoredAlert } from '../../../store/alerts';
import type { Db } from '../../../store/db';
import { casesDb, loadCases } from '../cases/casework-data';

export const DEMO_ALERTS_KEY = 'demoAlertsSeeded';

let ready: Promise<Db> | null = null;

/** The app database with the demo alerts imported once (a flag remembers it). */
export function alertsDb(): Promise<Db> {
  ready ??= casesDb().then(async (db) => {
    if (!(await db.get('meta', DEMO_ALERTS_KEY))) {
      for (const r of DEMO_REPORTS) {
        const parsed = parseAlertXmlText(r.xml, r.file);
        if (parsed.ok) await importAlerts(db, parsed.value);
      }
      await db.put('meta', true, DEMO_ALERTS_KEY);
    }
    return db;
  });
  return ready;
}

export async function loadAlerts(): Promise<StoredAlert[]> {
  return listAlerts(await alertsDb());
}

export async function loadAlert(id: string): Promise<StoredAlert | undefined> {
  return getAlert(await alertsDb(), id);
}

export async function loadAlertsOfWeek(week: string): Promise<StoredAlert[]> {
  return alertsOfWeek(await alertsDb(), week);
}

export async function loadImports(): Promise<AlertImportRecord[]> {
  return listImports(await alertsDb());
}

/** A file chosen by the user: refused whole (with its errors), or imported. */
export type FileImport = { kind: 'refused'; result: Extract<AlertFileResult, { ok: false }> } | { kind: 'imported'; result: ImportResult };

export async function importFile(file: File): Promise<FileImport> {
  const parsed = await readAlertFile(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!parsed.ok) return { kind: 'refused', result: parsed };
  const result = await importAlerts(await alertsDb(), parsed.value);
  if (result.ok) cached = null;
  return { kind: 'imported', result };
}

let cached: { key: string; index: Promise<ProductIndex> } | null = null;

/**
 * The index over every alert and case, rebuilt only when the register or a case changed since
 * (compared by id and revision). Built in chunks, so the page stays responsive while it builds.
 */
export async function productIndex(read?: StoredAlert[]): Promise<ProductIndex> {
  const [alerts, cases] = await Promise.all([read ?? loadAlerts(), loadCases()]);
  const key = `${alerts.length}:${alerts.reduce((s, a) => s + a.rev, 0)}|${cases.map((c) => `${c.id}@${c.rev}`).join(',')}`;
  if (cached?.key !== key) {
    const entries = [...alerts.map((a) => entryOfAlert(a.alert)), ...cases.map((c) => entryOfCase(c.file))];
    cached = { key, index: buildProductIndexAsync(entries) };
  }
  return cached.index;
}

/** The index with the descriptions too (the duplicate check's), indexed in chunks on first use. */
export async function duplicateIndex(): Promise<ProductIndex> {
  return withDescriptionsAsync(await productIndex());
}
