// Loading and saving for the rule-set pages: the database (with the demo cases and assessments put
// in on first run, as the other areas do, so a fresh browser has something to preview), the
// subjects of an impact preview, and rule-set files in and out.
import { today, type CalendarDate } from '../../../domain/calendar-date';
import { scopedImpactPreview, type ImpactSubject, type ScopedImpact } from '../../../domain/impact';
import { checkRuleSetFiles, type RuleSetCheck } from '../../../domain/rule-set-check';
import { nextVersionAfter, type RuleSetDocument } from '../../../domain/rule-set-document';
import { demoCases } from '../../../demo/cases';
import { builtinResolver } from '../../../rules/builtin';
import type { CompiledRuleSet } from '../../../rules/api';
import { listAssessments, seedDemoAssessments } from '../../../store/assessments';
import { listCases } from '../../../store/cases';
import { publishChange, subscribeChanges } from '../../../store/broadcast';
import type { Db } from '../../../store/db';
import { exportRuleSet, importRuleSet, type ImportResult } from '../../../store/rule-sets';
import { seedDemoCases } from '../../../store/seed';
import { DEFAULT_REGIME, getRuleSet, ruleSetDocuments, ruleSetInForce, ruleSetVersionsDb } from '../../regimes';
import { assessmentRegime, assessmentSubject, caseSubject, summariserFor } from './impact-subjects';

let seeded: Promise<Db> | null = null;

export function rulesetsDb(): Promise<Db> {
  seeded ??= ruleSetVersionsDb().then(async (db) => {
    // Built only on first run, with the app's already compiled rule set.
    await seedDemoCases(db, async () => demoCases(await getRuleSet(DEFAULT_REGIME)));
    await seedDemoAssessments(db);
    return db;
  });
  return seeded;
}

/** Tells the other tabs that a rule-set version was saved. */
export function announce(record: { id: string; rev: number }): void {
  publishChange({ store: 'ruleSets', id: record.id, rev: record.rev });
}

/** Calls `onChange` when another tab saves a rule-set version (or only the one with `id`). */
export function onVersionsChanged(onChange: (id: string) => void, id?: string): () => void {
  return subscribeChanges((c) => onChange(c.id), { store: 'ruleSets', ...(id ? { id } : {}) });
}

/** The draft's files checked as a whole (imports resolve to the built-in regimes). */
export function checkDraft(doc: RuleSetDocument): RuleSetCheck {
  return checkRuleSetFiles(doc.files, builtinResolver, doc.regimeId);
}

/** Every stored case and assessment decided under `regimeId`. */
export async function impactSubjects(regimeId: string): Promise<ImpactSubject[]> {
  const db = await rulesetsDb();
  const [cases, assessments] = await Promise.all([listCases(db), listAssessments(db)]);
  return [
    ...cases.filter((c) => (c.file.regimeId || DEFAULT_REGIME) === regimeId).map((c) => caseSubject(c.file)),
    ...assessments.filter((a) => assessmentRegime(a, DEFAULT_REGIME) === regimeId).map(assessmentSubject),
  ];
}

export interface ImpactReport extends ScopedImpact {
  /** The version the draft is compared with: the one in force on its effective date. */
  against: string;
  /** The draft's effective date. */
  from: string;
  /** The published version that takes over later, if any: the draft governs until its date. */
  until: { id: string; from: string } | null;
  subjects: number;
}

/** What publishing `draft` with effect from `from` would change, for the stored subjects it would govern. */
export async function previewImpact(regimeId: string, draft: CompiledRuleSet, from: CalendarDate): Promise<ImpactReport> {
  const [replaced, subjects, docs] = await Promise.all([ruleSetInForce(regimeId, from), impactSubjects(regimeId), ruleSetDocuments(regimeId)]);
  const until = nextVersionAfter(docs, regimeId, from);
  const scoped = scopedImpactPreview(replaced.ruleSet, draft, subjects, summariserFor, { from, until }, today());
  return {
    ...scoped,
    against: replaced.version,
    from: from.toString(),
    until: until ? { id: until.id, from: until.from.toString() } : null,
    subjects: subjects.length,
  };
}

/** The file name an exported version is offered under. */
export function exportFileName(doc: RuleSetDocument): string {
  return `${doc.id.replace('@', '-')}.ruleset.json`;
}

export async function exportText(doc: RuleSetDocument): Promise<string> {
  return JSON.stringify(await exportRuleSet(doc), null, 2) + '\n';
}

/** Reads an imported file's text: not JSON, or not a rule-set export, writes nothing. */
export async function importText(text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const result = await importRuleSet(await rulesetsDb(), json);
  if (result.ok) announce(result.record);
  return result;
}

export { downloadText as download } from '../../download';
