// Rule-set documents in IndexedDB: drafts and published versions of each regime. Built-in regimes
// are not stored (they ship with the app); their copies are. A published version is immutable.

import { CalendarDate } from '../domain/calendar-date';
import {
  draftFrom,
  envelopeOf,
  parseRuleSetEnvelope,
  ruleSetId,
  type RuleSetDocument,
  type RuleSetEnvelope,
} from '../domain/rule-set-document';
import type { Db, Revisioned } from './db';
import { saveRecord, type SaveResult } from './records';
import { openEnvelope, RULESET_FORMAT, sealed } from '../domain/export-envelope';

export type StoredRuleSet = RuleSetDocument & Revisioned;

export async function listRuleSets(db: Db, regimeId?: string): Promise<StoredRuleSet[]> {
  const all = (await db.getAll('ruleSets')) as unknown as StoredRuleSet[];
  return all
    .filter((d) => !regimeId || d.regimeId === regimeId)
    .sort((a, b) => a.regimeId.localeCompare(b.regimeId) || a.version - b.version);
}

export async function getRuleSet(db: Db, id: string): Promise<StoredRuleSet | undefined> {
  return (await db.get('ruleSets', id)) as unknown as StoredRuleSet | undefined;
}

async function nextVersion(db: Db, regimeId: string): Promise<number> {
  const docs = await listRuleSets(db, regimeId);
  return docs.reduce((m, d) => Math.max(m, d.version), 0) + 1;
}

/** "Copy to edit": a new draft of the same regime, as its next version. */
export async function copyToEdit(db: Db, from: RuleSetDocument, now = new Date().toISOString()): Promise<SaveResult<StoredRuleSet>> {
  const draft = draftFrom(from, await nextVersion(db, from.regimeId), now);
  return saveRecord<StoredRuleSet>(db, 'ruleSets', draft, 0);
}

export type EditResult = SaveResult<StoredRuleSet> | { ok: false; reason: 'immutable'; message: string };

/** Saves edited file texts of a draft. Published versions refuse. */
export async function saveDraftFiles(db: Db, doc: StoredRuleSet, files: RuleSetDocument['files']): Promise<EditResult> {
  if (doc.status !== 'draft') return { ok: false, reason: 'immutable', message: `${doc.id} is ${doc.status} and cannot be changed; copy it to edit` };
  const { rev, updatedAt: _u, ...rest } = doc;
  return saveRecord<StoredRuleSet>(db, 'ruleSets', { ...rest, files }, rev);
}

export type PublishCheck = (files: RuleSetDocument['files']) => { ok: true } | { ok: false; problems: string[] };

/**
 * Publishes a draft with its effective date, only if `check` accepts its files (they must check
 * clean and their examples pass); otherwise nothing is written.
 */
export async function publish(
  db: Db,
  doc: StoredRuleSet,
  effectiveFrom: string,
  note: string,
  check: PublishCheck,
  now = new Date().toISOString(),
): Promise<EditResult | { ok: false; reason: 'invalid'; problems: string[] }> {
  if (doc.status !== 'draft') return { ok: false, reason: 'immutable', message: `${doc.id} is already ${doc.status}` };
  if (!CalendarDate.parse(effectiveFrom)) return { ok: false, reason: 'invalid', problems: [`effective date: "${effectiveFrom}" is not a calendar date (YYYY-MM-DD)`] };
  const verdict = check(doc.files);
  if (!verdict.ok) return { ok: false, reason: 'invalid', problems: verdict.problems };
  const { rev, updatedAt: _u, ...rest } = doc;
  return saveRecord<StoredRuleSet>(db, 'ruleSets', { ...rest, status: 'published', effectiveFrom, note, publishedAt: now }, rev);
}

/** A version as an export file's content: its document in the checksummed envelope every export has. */
export async function exportRuleSet(doc: RuleSetDocument): Promise<RuleSetEnvelope & { sha256: string }> {
  const { rev: _r, updatedAt: _u, ...plain } = doc as StoredRuleSet;
  return sealed({ ...envelopeOf(plain) });
}

export type ImportResult = { ok: true; record: StoredRuleSet } | { ok: false; message: string };

/**
 * Imports a rule-set file as a new draft of its regime (never overwriting a stored version):
 * parsed completely first, then written in one transaction.
 */
export async function importRuleSet(db: Db, json: unknown, now = new Date().toISOString()): Promise<ImportResult> {
  // The checksum first: a file changed after its export is refused before its content is read.
  const opened = await openEnvelope(json, RULESET_FORMAT);
  if (!opened.ok) return { ok: false, message: opened.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  const parsed = parseRuleSetEnvelope(json);
  if (!parsed.ok) return { ok: false, message: parsed.error };
  const version = await nextVersion(db, parsed.value.regimeId);
  const doc: RuleSetDocument = {
    ...parsed.value,
    id: ruleSetId(parsed.value.regimeId, version),
    version,
    status: 'draft',
    effectiveFrom: null,
    publishedAt: null,
    basedOn: parsed.value.id,
    createdAt: now,
  };
  const saved = await saveRecord<StoredRuleSet>(db, 'ruleSets', doc, 0);
  if (saved.ok) return saved;
  return { ok: false, message: saved.reason === 'conflict' ? `${doc.id} was created meanwhile; import again` : saved.message };
}
