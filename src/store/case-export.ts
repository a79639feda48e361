// One case as one file: the case file (with its notification and reactions), its history and its
// photos (base64), in an envelope with a SHA-256 checksum. Import checks everything first —
// envelope, checksum, every field, sizes, photo types — and only then writes, in ONE transaction:
// a bad or hostile file gets messages naming the problem and writes nothing.
import { parseCaseFile } from '../domain/case-file-parse';
import { PHOTO_ROLES, ROLES, type CaseFile, type PhotoRole, type Role } from '../domain/case/types';
import { CASE_FORMAT, openEnvelope, sealed } from '../domain/export-envelope';
import { FORBIDDEN_KEYS, isoTimestamp, isPlainObject, list, obj, oneOf, optional, run, str, type Parser, type ShapeError } from '../domain/json-shape';
import { publishChange } from './broadcast';
import type { CasePhotoRecord } from './cases';
import { caseIndexFields, type Db, type HistoryEntry, type StoredCase } from './db';

export { canonicalJson, CASE_FORMAT, sha256Hex } from '../domain/export-envelope';
export const CASE_FORMAT_VERSION = 1;

export const IMPORT_LIMITS = {
  /** Characters of the whole file. */
  maxFileChars: 120_000_000,
  maxPhotos: 50,
  /** Bytes of one photo once decoded. */
  maxPhotoBytes: 10 * 1024 * 1024,
  maxHistory: 20_000,
  maxDepth: 64,
};

/** Photo types accepted, each with the first bytes every such file starts with. */
const PHOTO_TYPES: Record<string, (b: Uint8Array) => boolean> = {
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/gif': (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]),
  'image/webp': (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  'application/pdf': (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]),
};

function startsWith(b: Uint8Array, prefix: number[]): boolean {
  return b.length >= prefix.length && prefix.every((x, i) => b[i] === x);
}

export interface ExportedPhoto {
  id: string;
  name: string;
  type: string;
  /** Base64 of the bytes. */
  data: string;
  /** What a product photo shows, and its caption (absent in files exported before they were kept). */
  role?: PhotoRole;
  caption?: string;
}

export interface ExportedHistoryEntry {
  at: string;
  role: Role;
  summary: string;
  fields?: string[];
}

export interface CaseEnvelope {
  format: typeof CASE_FORMAT;
  version: typeof CASE_FORMAT_VERSION;
  /** Hex SHA-256 of the canonical JSON of every other field. */
  sha256: string;
  exportedAt: string;
  case: CaseFile;
  history: ExportedHistoryEntry[];
  photos: ExportedPhoto[];
}

// ---------------------------------------------------------------- encoding helpers

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

/** The bytes, or null when `text` is not canonical base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  let bin: string;
  try {
    bin = atob(text);
  } catch {
    return null;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// ---------------------------------------------------------------- export

export interface ExportedFile {
  filename: string;
  text: string;
}

/** The case with everything stored about it, as the text of one file; null when there is no such case. */
export async function exportCase(db: Db, caseId: string, now: () => string = () => new Date().toISOString()): Promise<ExportedFile | null> {
  const tx = db.transaction(['cases', 'history', 'photos']);
  const [stored, history, photos] = await Promise.all([
    tx.objectStore('cases').get(caseId),
    tx.objectStore('history').index('byCaseAt').getAll(IDBKeyRange.bound([caseId, ''], [caseId, '\uffff'])),
    tx.objectStore('photos').index('byCase').getAll(caseId),
  ]);
  await tx.done;
  if (!stored) return null;
  // Blob reads happen after the transaction: it must not wait on non-IndexedDB work.
  const exportedPhotos: ExportedPhoto[] = [];
  for (const p of photos as CasePhotoRecord[]) {
    const meta = { ...(p.role ? { role: p.role } : {}), ...(typeof p.caption === 'string' ? { caption: p.caption } : {}) };
    exportedPhotos.push({ id: p.id, name: p.name, type: p.type, data: bytesToBase64(new Uint8Array(await p.blob.arrayBuffer())), ...meta });
  }
  const body = {
    format: CASE_FORMAT,
    version: CASE_FORMAT_VERSION,
    exportedAt: now(),
    case: stored.file,
    history: history.map((h) => ({ at: h.at, role: h.role as Role, summary: h.summary, ...(h.fields ? { fields: h.fields } : {}) })),
    photos: exportedPhotos,
  };
  const envelope = await sealed(body);
  const date = body.exportedAt.slice(0, 10);
  return { filename: `riskcase-case-${caseId.replace(/[^\w.-]+/g, '_')}-${date}.json`, text: JSON.stringify(envelope, null, 1) };
}

// ---------------------------------------------------------------- import

export type ImportResult =
  | { ok: true; caseId: string; photos: number; history: number }
  | { ok: false; errors: ShapeError[] };

export interface ImportOptions {
  role: Role;
  now?: () => string;
  /**
   * When a case with the same id (or a photo with the same id) is already stored: refuse (the
   * default), or import a copy under new ids made by `newId`.
   */
  onExisting?: 'refuse' | 'copy';
  newId?: () => string;
}

const photoShape: Parser<ExportedPhoto> = obj<ExportedPhoto>({
  id: str({ max: 200, pattern: /^[\p{L}\p{N}._:/-]+$/u, what: 'an id' }),
  name: str({ max: 500 }),
  type: oneOf(Object.keys(PHOTO_TYPES)),
  data: str({ max: Math.ceil(IMPORT_LIMITS.maxPhotoBytes / 3) * 4 }),
  role: optional(oneOf(PHOTO_ROLES)),
  caption: optional(str({ max: 5000 })),
});

const historyShape: Parser<ExportedHistoryEntry> = obj<ExportedHistoryEntry>({
  at: isoTimestamp,
  role: oneOf(ROLES),
  summary: str({ max: 5000 }),
  fields: optional(list(str({ max: 1000 }), 1000)),
});

/** Structure before anything else: depth, forbidden keys (no prototype tricks reach the parsers). */
function scanStructure(value: unknown): ShapeError[] {
  const errors: ShapeError[] = [];
  const walk = (v: unknown, path: string, depth: number): void => {
    if (errors.length > 20) return;
    if (depth > IMPORT_LIMITS.maxDepth) {
      errors.push({ path: path || '(file)', message: `nested too deeply (more than ${IMPORT_LIMITS.maxDepth} levels)` });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, depth + 1));
    else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        const p = path ? `${path}.${k}` : k;
        if (FORBIDDEN_KEYS.has(k)) errors.push({ path: p, message: `the key "${k}" is not allowed` });
        else walk((v as Record<string, unknown>)[k], p, depth + 1);
      }
    }
  };
  walk(value, '', 0);
  return errors;
}

interface CheckedImport {
  file: CaseFile;
  history: ExportedHistoryEntry[];
  photos: { id: string; name: string; type: string; bytes: Uint8Array; role?: PhotoRole; caption?: string }[];
}

/** Every check that needs no database; the first failing stage stops (its errors are complete). */
export async function checkCaseFile(text: string): Promise<{ ok: true; value: CheckedImport } | { ok: false; errors: ShapeError[] }> {
  const fail = (path: string, message: string) => ({ ok: false as const, errors: [{ path, message }] });
  if (typeof text !== 'string') return fail('(file)', 'the file could not be read as text');
  if (text.length > IMPORT_LIMITS.maxFileChars) return fail('(file)', `the file is too large (${text.length} characters, at most ${IMPORT_LIMITS.maxFileChars})`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail('(file)', `the file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return checkCaseEnvelope(json);
}

/** As checkCaseFile, for a file already read as JSON (the command line reads it itself). */
export async function checkCaseEnvelope(json: unknown): Promise<{ ok: true; value: CheckedImport } | { ok: false; errors: ShapeError[] }> {
  const fail = (path: string, message: string) => ({ ok: false as const, errors: [{ path, message }] });
  if (!isPlainObject(json)) return fail('(file)', 'the file does not hold a Riskcase case (expected a JSON object)');
  const structural = scanStructure(json);
  if (structural.length) return { ok: false, errors: structural };
  const opened = await openEnvelope(json, CASE_FORMAT);
  if (!opened.ok) return opened;

  const errors: ShapeError[] = [];
  for (const k of Object.keys(json)) {
    if (!['format', 'version', 'sha256', 'exportedAt', 'case', 'history', 'photos'].includes(k)) errors.push({ path: k, message: 'unknown field' });
  }
  const exportedAt = run(isoTimestamp, json.exportedAt, 'exportedAt');
  if (!exportedAt.ok) errors.push(...exportedAt.errors);
  const file = parseCaseFile(json.case, 'case');
  if (!file.ok) errors.push(...file.errors);
  const history = run(list(historyShape, IMPORT_LIMITS.maxHistory), json.history, 'history');
  if (!history.ok) errors.push(...history.errors);
  const photos = run(list(photoShape, IMPORT_LIMITS.maxPhotos), json.photos, 'photos');
  if (!photos.ok) errors.push(...photos.errors);
  const decoded: CheckedImport['photos'] = [];
  if (photos.ok) {
    const seen = new Set<string>();
    photos.value.forEach((p, i) => {
      const path = `photos[${i}]`;
      if (seen.has(p.id)) errors.push({ path: `${path}.id`, message: `the photo id "${p.id}" appears twice` });
      seen.add(p.id);
      const bytes = base64ToBytes(p.data);
      if (!bytes) return void errors.push({ path: `${path}.data`, message: 'is not valid base64' });
      if (bytes.length > IMPORT_LIMITS.maxPhotoBytes) return void errors.push({ path: `${path}.data`, message: `the photo is too large (${bytes.length} bytes, at most ${IMPORT_LIMITS.maxPhotoBytes})` });
      if (!PHOTO_TYPES[p.type](bytes)) return void errors.push({ path: `${path}.data`, message: `the content is not a ${p.type} file` });
      decoded.push({ id: p.id, name: p.name, type: p.type, bytes, ...(p.role ? { role: p.role } : {}), ...(p.caption !== undefined ? { caption: p.caption } : {}) });
    });
  }
  if (errors.length || !file.ok || !history.ok) return { ok: false, errors };
  return { ok: true, value: { file: file.value, history: history.value, photos: decoded } };
}

function withNewIds(c: CheckedImport, newId: () => string): CheckedImport {
  const map = new Map(c.photos.map((p) => [p.id, newId()]));
  const file = structuredClone(c.file);
  file.id = newId();
  file.product.photoIds = file.product.photoIds.map((id) => map.get(id) ?? id);
  file.attachments = file.attachments.map((a) => (a.blobId && map.has(a.blobId) ? { ...a, blobId: map.get(a.blobId)! } : a));
  return { ...c, file, photos: c.photos.map((p) => ({ ...p, id: map.get(p.id)! })) };
}

/** Checks the whole file, then writes the case, its history and photos in one transaction. */
export async function importCase(db: Db, text: string, options: ImportOptions): Promise<ImportResult> {
  const checked = await checkCaseFile(text);
  if (!checked.ok) return checked;
  let c = checked.value;
  const now = options.now ?? (() => new Date().toISOString());
  const existing = await clashes(db, c);
  if (existing.length) {
    if (options.onExisting !== 'copy') return { ok: false, errors: existing };
    c = withNewIds(c, options.newId ?? (() => globalThis.crypto.randomUUID()));
  }
  const at = now();
  const stored: StoredCase = { id: c.file.id, rev: 1, updatedAt: at, ...caseIndexFields(c.file), file: c.file };
  // Blobs are made before the transaction opens: inside it, only IndexedDB requests are awaited.
  const photoRecords: CasePhotoRecord[] = c.photos.map((p) => ({
    id: p.id,
    caseId: c.file.id,
    name: p.name,
    type: p.type,
    blob: new Blob([p.bytes as BlobPart], { type: p.type }),
    ...(p.role ? { role: p.role } : {}),
    ...(p.caption !== undefined ? { caption: p.caption } : {}),
  }));
  const tx = db.transaction(['cases', 'history', 'photos'], 'readwrite');
  try {
    // Checked again inside the transaction: another tab may have written meanwhile.
    if ((await tx.objectStore('cases').getKey(c.file.id)) !== undefined) throw new ImportClash(`case`, `a case with the id "${c.file.id}" was saved meanwhile`);
    for (const p of photoRecords) {
      if ((await tx.objectStore('photos').getKey(p.id)) !== undefined) throw new ImportClash(`photos`, `a photo with the id "${p.id}" was saved meanwhile`);
    }
    await tx.objectStore('cases').add(stored);
    for (const h of c.history) {
      const entry: HistoryEntry = { caseId: c.file.id, at: h.at, role: h.role, summary: h.summary, ...(h.fields ? { fields: h.fields } : {}) };
      await tx.objectStore('history').add(entry);
    }
    await tx.objectStore('history').add({ caseId: c.file.id, at, role: options.role, summary: 'imported from a file', fields: [], rev: 1 });
    for (const p of photoRecords) await tx.objectStore('photos').add(p);
    await tx.done;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    await tx.done.catch(() => undefined);
    if (e instanceof ImportClash) return { ok: false, errors: [{ path: e.path, message: e.message }] };
    return { ok: false, errors: [{ path: '(database)', message: `nothing was imported: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  publishChange({ store: 'cases', id: c.file.id, rev: 1 });
  return { ok: true, caseId: c.file.id, photos: photoRecords.length, history: c.history.length + 1 };
}

class ImportClash extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

async function clashes(db: Db, c: CheckedImport): Promise<ShapeError[]> {
  const out: ShapeError[] = [];
  if ((await db.getKey('cases', c.file.id)) !== undefined) out.push({ path: 'case.id', message: `a case with the id "${c.file.id}" already exists: import it as a copy instead` });
  for (const [i, p] of c.photos.entries()) {
    if ((await db.getKey('photos', p.id)) !== undefined) out.push({ path: `photos[${i}].id`, message: `a photo with the id "${p.id}" already exists: import the case as a copy instead` });
  }
  return out;
}
