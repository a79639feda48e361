// Loading and saving for the case file page: the stored case, its history, the assessments that can
// be attached, and the other cases' notifications for the duplicate check. Persistence goes
// through the casework store (src/store/cases.ts); rules through the shared rule sets.
import { assessDocument, parseAssessmentDocument } from '../../../../domain/assessment';
import { riskAssessmentRef } from '../../../../domain/case/assessment-ref';
import { decidingRegime, type DecidingRegime } from '../../../../domain/case/deciding-regime';
import { recordedVersion } from '../../../../domain/case/deciding-version';
import type { RegimePeriod } from '../../../../domain/regime-periods';
import { notifiedProductOf, type NotifiedProduct } from '../../../../domain/case/duplicates';
import type { CaseFile, RiskAssessmentRef, Role } from '../../../../domain/case/types';
import type { CompiledRuleSet } from '../../../../rules/api';
import { today } from '../../../../domain/calendar-date';
import { DEFAULT_REGIME, getRuleSetVersion, regimePeriods, ruleSetInForce } from '../../../regimes';
import { listAssessments, seedDemoAssessments } from '../../../../store/assessments';
import { caseHistory, casePhotos, deleteCase, getCase, listCases, saveCase, type PhotoInput, type StoredCase } from '../../../../store/cases';
import type { HistoryEntry } from '../../../../store/db';
import type { SaveResult } from '../../../../store/records';
import { casesDb } from '../casework-data';

export async function loadStoredCase(id: string): Promise<{ stored: StoredCase; history: HistoryEntry[] } | null> {
  const db = await casesDb();
  const stored = await getCase(db, id);
  if (!stored) return null;
  return { stored, history: await caseHistory(db, id) };
}

export interface SaveAs {
  role: Role;
  person: string;
  /** The act this save stores, with its line for the history and its time (shared with the act's log line). */
  act?: { type: string; summary: string; at: string };
}

export async function saveCaseFile(file: CaseFile, baseRev: number, as: SaveAs, blobs: { addPhotos?: PhotoInput[]; removePhotoIds?: string[] } = {}): Promise<SaveResult<StoredCase>> {
  // Plain data only: Solid stores and class instances do not survive structured clone.
  const plain = JSON.parse(JSON.stringify(file)) as CaseFile;
  // The store's photo records hold any blob of the case (photos and attachment files), written in
  // the case's save transaction.
  const act = as.act ? { act: as.act.type, summary: as.act.summary, now: () => as.act!.at } : {};
  return saveCase(await casesDb(), plain, baseRev, { role: as.role, ...(as.person ? { person: as.person } : {}), ...act, ...blobs });
}

/** Numbers the validating authority has given other notifications in this browser (each is given once). */
export async function notificationNumbersInUse(selfId: string): Promise<string[]> {
  const all = await listCases(await casesDb());
  return all.flatMap((c) => (c.id !== selfId && c.file.notification?.number ? [c.file.notification.number] : []));
}

/** Deletes a draft case (the store refuses a submitted one). */
export async function deleteDraft(stored: StoredCase, role: Role) {
  return deleteCase(await casesDb(), stored.id, stored.rev, { role });
}

/** The blobs (photos, attachment files) the store holds for a case, by id. */
export async function loadCaseBlobs(caseId: string): Promise<Map<string, Blob>> {
  const records = await casePhotos(await casesDb(), caseId);
  return new Map(records.map((r) => [r.id, r.blob]));
}

/** The other cases' submitted notifications, for the duplicate check before submission. */
export async function otherNotifications(selfId: string): Promise<NotifiedProduct[]> {
  const all = await listCases(await casesDb());
  return all.filter((c) => c.id !== selfId).flatMap((c) => {
    const n = notifiedProductOf(c.file);
    return n ? [n] : [];
  });
}

export interface AttachableAssessment {
  id: string;
  name: string;
  ref: RiskAssessmentRef | null;
}

/** Stored assessments with the reference a case would keep (null when incomplete). */
export async function attachableAssessments(rs: CompiledRuleSet, on: string, ruleSetVersion = ''): Promise<AttachableAssessment[]> {
  const db = await casesDb();
  await seedDemoAssessments(db);
  const records = await listAssessments(db);
  return records.map((r) => {
    const parsed = parseAssessmentDocument(r.doc);
    if (!parsed.ok) return { id: r.id, name: r.doc.product?.name ?? r.id, ref: null };
    const assessed = assessDocument(parsed.doc, rs);
    return { id: r.id, name: parsed.doc.product.name, ref: assessed.ok ? riskAssessmentRef(rs, r.id, parsed.doc.scenarios, assessed.result, on, ruleSetVersion) : null };
  });
}

/** The rule set a case page works with, and its version id (what a decision records in the case). */
export interface CaseRules {
  version: string;
  ruleSet: CompiledRuleSet;
  /** The case names a version this browser cannot load (not stored here): the one in force is used instead. */
  missing: string | null;
  /** The version in force today for the case's regime (a decided case may be moved to it, with a reason). */
  inForce: string;
  /** The regime deciding the case and why (decided, chosen, in force on its date). */
  regime: DecidingRegime;
  /** The built-in regimes' periods: a save re-derives the regime from the case's dates with them. */
  periods: readonly RegimePeriod[];
}

/**
 * The case's rule set: the version it records once decided (CaseFile.ruleSetVersion, kept when a
 * newer one takes effect); before that, or when it names none, the version in force today for
 * the regime that decides it — the regime chosen for it, else the one in force on its date
 * (domain/case/deciding-regime.ts). That version is the one the next decision will record.
 */
export async function rulesForCase(file: CaseFile): Promise<CaseRules> {
  const periods = await regimePeriods();
  const regime = decidingRegime(file, periods, DEFAULT_REGIME);
  const now = await ruleSetInForce(regime.regimeId, today());
  const inForce = (missing: string | null): CaseRules => ({ version: now.version, ruleSet: now.ruleSet, missing, inForce: now.version, regime, periods });
  const recorded = recordedVersion(file);
  if (!recorded) return inForce(null);
  try {
    return { version: recorded, ruleSet: await getRuleSetVersion(recorded), missing: null, inForce: now.version, regime, periods };
  } catch {
    return inForce(recorded);
  }
}
