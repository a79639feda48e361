// Reading the documents a command works on: one JSON document, or a JSON array of them (a batch),
// from a file or from standard input (`-`). Limits come first: a file too large, text that is
// not UTF-8 or a batch too long is refused before any document is read.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { shortArg } from './args';
import { badInput, type CliIO } from './io';

/** Limits of one input (schema/*.schema.json say the same of a batch with maxItems). */
export const INPUT_LIMITS = {
  /** Bytes of the file or of standard input. */
  maxBytes: 256 * 1024 * 1024,
  /** Documents in a batch. */
  maxBatch: 100_000,
};

export interface Documents {
  /** How the input is named in messages: the file argument, or `<stdin>`. */
  label: string;
  /** True when the input was a JSON array: results are then printed as a JSON array, in order. */
  batch: boolean;
  docs: unknown[];
}

export async function readDocuments(fileArg: string | undefined, io: CliIO, command: string): Promise<Documents> {
  if (fileArg === undefined) throw badInput(`${command} needs a FILE (a JSON document, a JSON array of them, or - for standard input)`);
  const { label, bytes: raw } = await readInputBytes(fileArg, io);
  const text = typeof raw === 'string' ? raw : decodeUtf8(raw, label);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw badInput(`${label}: malformed JSON: ${shortArg((e as Error).message)}`);
  }
  if (!Array.isArray(json)) return { label, batch: false, docs: [json] };
  if (json.length > INPUT_LIMITS.maxBatch) throw badInput(`${label}: a batch holds at most ${INPUT_LIMITS.maxBatch} documents; this one holds ${json.length}`);
  return { label, batch: true, docs: json };
}

/** FILE's bytes (or standard input's, for `-`) within the size limit, with the label messages use. */
export async function readInputBytes(fileArg: string, io: CliIO): Promise<{ label: string; bytes: Uint8Array | string }> {
  const label = fileArg === '-' ? '<stdin>' : shortArg(fileArg);
  return { label, bytes: fileArg === '-' ? await io.readStdin() : readFile(resolve(io.cwd, fileArg), label) };
}

function readFile(path: string, label: string): Uint8Array {
  try {
    const size = statSync(path).size;
    if (size > INPUT_LIMITS.maxBytes) throw badInput(`${label}: the file is too large (${size} bytes, at most ${INPUT_LIMITS.maxBytes})`);
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw badInput(`${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`}`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text (a byte-order mark is dropped); anything else is bad input naming the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw badInput(`${label}: not UTF-8 text (an invalid byte sequence at byte ${firstInvalidUtf8(bytes)}); save the file as UTF-8`);
  }
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const [n, lo, hi] = c < 0x80 ? [0, 0, 0] : c >= 0xc2 && c <= 0xdf ? [1, 0x80, 0xbf] : c === 0xe0 ? [2, 0xa0, 0xbf] : c === 0xed ? [2, 0x80, 0x9f] : c >= 0xe1 && c <= 0xef ? [2, 0x80, 0xbf] : c === 0xf0 ? [3, 0x90, 0xbf] : c >= 0xf1 && c <= 0xf3 ? [3, 0x80, 0xbf] : c === 0xf4 ? [3, 0x80, 0x8f] : [-1, 0, 0];
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      // The second byte has the narrower range (no overlong forms, no surrogates); the others 80-BF.
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** `measures[0].adopted` for a single document, `[3].measures[0].adopted` for the 4th of a batch. */
export function fieldPath(batch: boolean, index: number, path: string): string {
  if (!batch) return path || '(document)';
  if (!path) return `[${index}]`;
  return path.startsWith('[') ? `[${index}]${path}` : `[${index}].${path}`;
}
