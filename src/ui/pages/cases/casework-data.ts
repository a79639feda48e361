// Loading for the cases list, deadlines and public pages: the database (demo cases seeded on
// first run), all stored cases, labels from the rule set, and file download.
import { demoCases } from '../../../demo/cases';
import type { CompiledRuleSet } from '../../../rules/api';
import { getPhoto, listCases, listRecentCases, type CasePhotoRecord, type StoredCase } from '../../../store/cases';
import { openRiskcaseDb, type Db } from '../../../store/db';
import { seedDemoCases } from '../../../store/seed';
import { ruleLabel } from '../../i18n';
import { DEFAULT_REGIME, getRuleSet } from '../../regimes';

let dbPromise: Promise<Db> | null = null;

/** The app database, with the demo cases put in on first run. */
export function casesDb(): Promise<Db> {
  dbPromise ??= openRiskcaseDb().then(async (db) => {
    // Built only on first run, with the rule set the app has compiled anyway.
    await seedDemoCases(db, async () => demoCases(await getRuleSet(DEFAULT_REGIME)));
    return db;
  });
  return dbPromise;
}

/** One stored photo or attachment blob by id. */
export async function loadPhoto(id: string): Promise<CasePhotoRecord | undefined> {
  return getPhoto(await casesDb(), id);
}

export async function loadCases(): Promise<StoredCase[]> {
  return listCases(await casesDb());
}

/** The first screen of the list: the most recent cases and the total, without reading them all. */
export async function loadRecentCases(limit: number): Promise<{ cases: StoredCase[]; total: number }> {
  return listRecentCases(await casesDb(), limit);
}

// Ids of new cases opened in this session and not stored yet: "New case" stores nothing; the case
// page creates the record on its first real input, so empty records never pile up.
const pendingNew = new Set<string>();

/** A fresh case id for the case page to open unsaved. */
export function startNewCase(): string {
  const id = globalThis.crypto.randomUUID();
  pendingNew.add(id);
  return id;
}

export function isPendingNewCase(id: string): boolean {
  return pendingNew.has(id);
}

/** The label of an enum member in the current language (the value itself when unknown). */
export function memberLabel(rs: CompiledRuleSet | null | undefined, enumName: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const m = rs?.enumeration(enumName)?.members.find((x) => x.value === value);
  return ruleLabel(m?.label, String(value));
}

export { downloadFile, downloadText } from '../../download';
