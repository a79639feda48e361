// The envelope every Riskcase export file is written in — a case, an assessment, a rule set:
// its format name and version, and a SHA-256 checksum of the canonical JSON of everything else.
// Reading one checks all three before anything inside is looked at, so a damaged or edited file
// is refused whole. Pure (SubtleCrypto only): the app, its store and the command line share it.
import { isPlainObject, type ShapeError } from './json-shape';

export const CASE_FORMAT = 'riskcase-case' as const;
export const ASSESSMENT_FORMAT = 'riskcase-assessment' as const;
export const RULESET_FORMAT = 'riskcase-ruleset' as const;

/** What each format is called in messages, and the field that names its version. */
export const ENVELOPE_FORMATS: ReadonlyMap<string, { what: string; versionField: 'version' | 'formatVersion'; version: number }> = new Map([
  [CASE_FORMAT, { what: 'case file', versionField: 'version', version: 1 }],
  [ASSESSMENT_FORMAT, { what: 'risk assessment file', versionField: 'version', version: 1 }],
  [RULESET_FORMAT, { what: 'rule-set file', versionField: 'formatVersion', version: 1 }],
]);

/** JSON with object keys sorted at every level: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The checksum of an envelope: of every field but `sha256`. */
export function checksumOf(envelope: Record<string, unknown>): Promise<string> {
  const { sha256: _ignored, ...rest } = envelope;
  return sha256Hex(canonicalJson(rest));
}

/** `body` with its checksum added. */
export async function sealed<T extends Record<string, unknown>>(body: T): Promise<T & { sha256: string }> {
  return { ...body, sha256: await checksumOf(body) };
}

/** Whether `json` is written in one of the envelopes (its `format` names one). */
export function envelopeFormat(json: unknown): string | undefined {
  return isPlainObject(json) && typeof json.format === 'string' && ENVELOPE_FORMATS.has(json.format) ? json.format : undefined;
}

export type Opened = { ok: true; envelope: Record<string, unknown> } | { ok: false; errors: ShapeError[] };

/** The envelope in `json` when it is of `format`, its version is read here and its checksum matches. */
export async function openEnvelope(json: unknown, format: string): Promise<Opened> {
  const spec = ENVELOPE_FORMATS.get(format)!;
  const fail = (path: string, message: string): Opened => ({ ok: false, errors: [{ path, message }] });
  if (!isPlainObject(json)) return fail('(file)', `the file does not hold a Riskcase ${spec.what} (expected a JSON object)`);
  if (json.format !== format) return fail('format', `this is not a Riskcase ${spec.what} (format is ${JSON.stringify(json.format ?? null).slice(0, 60)}, expected "${format}")`);
  const version = json[spec.versionField];
  if (version !== spec.version) return fail(spec.versionField, `version ${JSON.stringify(version ?? null).slice(0, 20)} of the ${spec.what} format is not supported (this Riskcase reads version ${spec.version})`);
  if (typeof json.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(json.sha256)) return fail('sha256', 'the checksum is missing or is not a SHA-256 value (64 hexadecimal digits)');
  if ((await checksumOf(json)) !== json.sha256) return fail('sha256', 'the checksum does not match: the file was changed or damaged after it was exported');
  return { ok: true, envelope: json };
}
