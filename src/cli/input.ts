// Reading the documents a command works on: one JSON document, or a JSON array of them (a batch),
// from a file or from standard input (`-`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { badInput, type CliIO } from './io';

export interface Documents {
  /** How the input is named in messages: the file argument, or `<stdin>`. */
  label: string;
  /** True when the input was a JSON array: results are then printed as a JSON array, in order. */
  batch: boolean;
  docs: unknown[];
}

export async function readDocuments(fileArg: string | undefined, io: CliIO, command: string): Promise<Documents> {
  if (fileArg === undefined) throw badInput(`${command} needs a FILE (a JSON document, a JSON array of them, or - for standard input)`);
  const label = fileArg === '-' ? '<stdin>' : fileArg;
  let text: string;
  if (fileArg === '-') text = await io.readStdin();
  else {
    try {
      text = readFileSync(resolve(io.cwd, fileArg), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw badInput(`${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a JSON file' : `cannot be read (${code ?? String(e)})`}`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw badInput(`${label}: malformed JSON: ${(e as Error).message}`);
  }
  return Array.isArray(json) ? { label, batch: true, docs: json } : { label, batch: false, docs: [json] };
}

/** `measures[0].adopted` for a single document, `[3].measures[0].adopted` for the 4th of a batch. */
export function fieldPath(batch: boolean, index: number, path: string): string {
  if (!batch) return path || '(document)';
  if (!path) return `[${index}]`;
  return path.startsWith('[') ? `[${index}]${path}` : `[${index}].${path}`;
}
