// Rule sets as versioned documents. The built-in regimes ship with the app and are read-only;
// policy staff "copy to edit" into a draft, change it, preview its impact and publish it with an
// effective date. A published version is never changed again: a case keeps the version it was
// decided under, so a later change to the law never silently rewrites an earlier decision.

import { CalendarDate } from './calendar-date';
import { RULESET_FORMAT } from './export-envelope';
import { forbiddenKeys } from './json-shape';

export type RuleSetStatus = 'builtin' | 'draft' | 'published';

export interface RuleSetFile {
  /** Reported name, e.g. 'rules/rapex-2010/deadlines.rules'. */
  file: string;
  text: string;
}

export interface RuleSetDocument {
  /** `${regimeId}@${version}`; the built-in one is `${regimeId}@builtin`. */
  id: string;
  regimeId: string;
  /** 0 for the built-in rule set, then 1, 2, … per regime. */
  version: number;
  status: RuleSetStatus;
  /** Set when published: from this date on, new decisions use this version. */
  effectiveFrom: string | null;
  /** The document this one was copied from. */
  basedOn: string | null;
  /** What changed and why, written by whoever publishes it. */
  note: string;
  files: RuleSetFile[];
  createdAt: string;
  publishedAt: string | null;
}

export function ruleSetId(regimeId: string, version: number): string {
  return version === 0 ? `${regimeId}@builtin` : `${regimeId}@${version}`;
}

export function builtinDocument(regimeId: string, files: readonly RuleSetFile[]): RuleSetDocument {
  return {
    id: ruleSetId(regimeId, 0),
    regimeId,
    version: 0,
    status: 'builtin',
    effectiveFrom: null,
    basedOn: null,
    note: '',
    files: files.map((f) => ({ file: f.file, text: f.text })),
    createdAt: '',
    publishedAt: null,
  };
}

/** A draft copy of `from` as the next version of its regime. */
export function draftFrom(from: RuleSetDocument, nextVersion: number, createdAt: string): RuleSetDocument {
  return {
    id: ruleSetId(from.regimeId, nextVersion),
    regimeId: from.regimeId,
    version: nextVersion,
    status: 'draft',
    effectiveFrom: null,
    basedOn: from.id,
    note: '',
    files: from.files.map((f) => ({ ...f })),
    createdAt,
    publishedAt: null,
  };
}

/**
 * The version in force on `date`: the published version with the latest effective date on or
 * before it; the built-in rule set when none is.
 */
export function versionInForce(docs: readonly RuleSetDocument[], regimeId: string, date: CalendarDate): RuleSetDocument | undefined {
  let best: RuleSetDocument | undefined;
  let bestFrom: CalendarDate | null = null;
  for (const d of docs) {
    if (d.regimeId !== regimeId) continue;
    if (d.status === 'builtin') {
      if (!best) best = d;
      continue;
    }
    if (d.status !== 'published' || !d.effectiveFrom) continue;
    const from = CalendarDate.parse(d.effectiveFrom);
    if (!from || from.compare(date) > 0) continue;
    if (!bestFrom || from.compare(bestFrom) > 0 || (from.equals(bestFrom) && best && d.version > best.version)) {
      best = d;
      bestFrom = from;
    }
  }
  return best;
}

/**
 * The published version that takes over after `date`: the one with the earliest effective date
 * strictly after it. A version published for `date` governs only until then.
 */
export function nextVersionAfter(docs: readonly RuleSetDocument[], regimeId: string, date: CalendarDate): { id: string; from: CalendarDate } | null {
  let next: { id: string; from: CalendarDate } | null = null;
  for (const d of docs) {
    if (d.regimeId !== regimeId || d.status !== 'published' || !d.effectiveFrom) continue;
    const from = CalendarDate.parse(d.effectiveFrom);
    if (from && from.compare(date) > 0 && (!next || from.compare(next.from) < 0)) next = { id: d.id, from };
  }
  return next;
}

// ---- export / import as a file ----

export { RULESET_FORMAT };

export interface RuleSetEnvelope {
  format: typeof RULESET_FORMAT;
  formatVersion: 1;
  document: RuleSetDocument;
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; error: string };

const DOCUMENT_FIELDS: ReadonlySet<string> = new Set(['id', 'regimeId', 'version', 'status', 'effectiveFrom', 'basedOn', 'note', 'files', 'createdAt', 'publishedAt']);
const MAX_FILES = 200;
const MAX_TEXT = 2_000_000;

/** Reads an imported rule-set file; every problem names the field. Nothing is trusted. */
export function parseRuleSetEnvelope(json: unknown): ParseOutcome<RuleSetDocument> {
  if (!isPlainObject(json)) return fail('the file is not a Riskcase rule-set export (expected a JSON object)');
  const forbidden = forbiddenKeys(json, '', 1)[0];
  if (forbidden) return fail(`${forbidden.path}: ${forbidden.message}`);
  const unknown = Object.keys(json).find((k) => !['format', 'formatVersion', 'document', 'sha256'].includes(k));
  if (unknown !== undefined) return fail(`${unknown.slice(0, 60)}: unknown field`);
  if (json.format !== RULESET_FORMAT) return fail(`format: expected "${RULESET_FORMAT}"`);
  if (json.formatVersion !== 1) return fail('formatVersion: only version 1 can be read');
  const d = json.document;
  if (!isPlainObject(d)) return fail('document: missing');
  const unknownField = Object.keys(d).find((k) => !DOCUMENT_FIELDS.has(k));
  if (unknownField !== undefined) return fail(`document.${unknownField.slice(0, 60)}: unknown field`);
  const regimeId = d.regimeId;
  if (typeof regimeId !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(regimeId)) return fail('document.regimeId: lower-case letters, digits and hyphens');
  if (!Number.isSafeInteger(d.version) || (d.version as number) < 0) return fail('document.version: a whole number');
  const status = d.status;
  if (status !== 'draft' && status !== 'published' && status !== 'builtin') return fail('document.status: draft, published or builtin');
  const effectiveFrom = d.effectiveFrom ?? null;
  if (effectiveFrom !== null && !CalendarDate.parse(effectiveFrom)) return fail(`document.effectiveFrom: ${JSON.stringify(effectiveFrom)} is not a calendar date (YYYY-MM-DD)`);
  if (status === 'published' && effectiveFrom === null) return fail('document.effectiveFrom: a published rule set needs its effective date');
  if (!Array.isArray(d.files) || d.files.length === 0) return fail('document.files: at least one rule file');
  if (d.files.length > MAX_FILES) return fail(`document.files: more than ${MAX_FILES} files`);
  const files: RuleSetFile[] = [];
  let total = 0;
  for (let i = 0; i < d.files.length; i++) {
    const f = d.files[i];
    if (!isPlainObject(f)) return fail(`document.files[${i}]: expected { file, text }`);
    if (typeof f.file !== 'string' || !/^[\w./-]{1,200}\.rules$/.test(f.file) || f.file.includes('..')) return fail(`document.files[${i}].file: a rule file name ending in .rules`);
    if (typeof f.text !== 'string') return fail(`document.files[${i}].text: expected text`);
    total += f.text.length;
    if (total > MAX_TEXT) return fail('document.files: the rule texts are too large');
    files.push({ file: f.file, text: f.text });
  }
  const str = (v: unknown, field: string, max = 10_000): string | ParseOutcome<never> =>
    v === undefined || v === null ? '' : typeof v === 'string' && v.length <= max ? v : fail(`document.${field}: expected text`);
  const note = str(d.note, 'note');
  if (typeof note !== 'string') return note;
  const basedOn = d.basedOn === null || d.basedOn === undefined ? null : typeof d.basedOn === 'string' ? d.basedOn : null;
  const version = d.version as number;
  return {
    ok: true,
    value: {
      id: ruleSetId(regimeId, version),
      regimeId,
      version,
      status,
      effectiveFrom: effectiveFrom as string | null,
      basedOn,
      note,
      files,
      createdAt: typeof d.createdAt === 'string' ? d.createdAt : '',
      publishedAt: typeof d.publishedAt === 'string' ? d.publishedAt : null,
    },
  };
}

export function envelopeOf(doc: RuleSetDocument): RuleSetEnvelope {
  return { format: RULESET_FORMAT, formatVersion: 1, document: doc };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}
