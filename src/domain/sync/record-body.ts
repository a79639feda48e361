// What a synced record may hold, per kind: the server reads every pushed body with the same
// parsers the app's imports use, so nothing reaches the shared database that the app itself would
// refuse to import. A body is what the browser stores minus its local bookkeeping (rev, updatedAt).
import { parseAssessmentDocument } from '../assessment';
import { parseCaseFile } from '../case-file-parse';
import { forbiddenKeys } from '../json-shape';
import { RULESET_FORMAT, parseRuleSetEnvelope } from '../rule-set-document';
import { parseSession } from '../training/session';
import type { RecordKind } from '../access/permissions';

export interface BodyError {
  /** Where in the body, e.g. `file.product.name`. */
  field: string;
  message: string;
}

export type BodyParse = { ok: true; body: Record<string, unknown> } | { ok: false; errors: BodyError[] };

/** A record body's JSON text may not be larger than this (photos and annexes travel as blobs). */
export const MAX_BODY_BYTES = 2_000_000;
/** Record ids as the app makes them (`a-…`, `c-…`, `rapex-2010@3`, `t-…`). */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function only(body: Record<string, unknown>, allowed: readonly string[]): BodyError[] {
  return Object.keys(body)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({ field: k.slice(0, 60), message: 'unknown field' }));
}

/** Wizard progress is the app's own unfinished scenario: any plain JSON object, bounded, no prototype keys. */
function opaque(v: unknown, field: string, errors: BodyError[]): void {
  if (v === undefined || v === null) return;
  if (!isObj(v)) errors.push({ field, message: 'expected an object' });
}

export function parseRecordBody(kind: RecordKind, id: string, json: unknown): BodyParse {
  if (!isObj(json)) return { ok: false, errors: [{ field: 'body', message: 'expected an object' }] };
  const forbidden = forbiddenKeys(json, '', 1)[0];
  if (forbidden) return { ok: false, errors: [{ field: forbidden.path, message: forbidden.message }] };
  const errors: BodyError[] = [];
  switch (kind) {
    case 'assessment': {
      errors.push(...only(json, ['doc', 'wizard']));
      const doc = parseAssessmentDocument(json.doc);
      if (!doc.ok) errors.push(...doc.errors.map((e) => ({ field: e.path ? `doc.${e.path}` : 'doc', message: e.message })));
      opaque(json.wizard, 'wizard', errors);
      break;
    }
    case 'case': {
      errors.push(...only(json, ['file', 'state', 'barcode']));
      const file = parseCaseFile(json.file, 'file');
      if (!file.ok) errors.push(...file.errors.map((e) => ({ field: e.path, message: e.message })));
      else if (file.value.id !== id) errors.push({ field: 'file.id', message: `must be the record's id (${id.slice(0, 60)})` });
      break;
    }
    case 'rule-set': {
      const { id: docId, ...rest } = json;
      const read = parseRuleSetEnvelope({ format: RULESET_FORMAT, formatVersion: 1, document: { id: docId, ...rest } });
      if (!read.ok) errors.push({ field: read.error.replace(/^document\./, '').split(':')[0] || 'body', message: read.error.replace(/^[^:]*:\s*/, '') });
      else if (read.value.id !== id) errors.push({ field: 'id', message: `must be the record's id (${id.slice(0, 60)})` });
      break;
    }
    case 'training-session': {
      errors.push(...only(json, ['doc', 'progress']));
      const doc = parseSession(json.doc);
      if (!doc.ok) errors.push(...doc.errors.map((e) => ({ field: e.path ? `doc.${e.path}` : 'doc', message: e.message })));
      if (json.progress !== undefined && !isObj(json.progress)) errors.push({ field: 'progress', message: 'expected an object' });
      break;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, body: json };
}
