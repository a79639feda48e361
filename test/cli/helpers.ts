// Runs the command line in-process with captured output (spawning costs ~0.5 s per run).
import { join } from 'node:path';
import { run } from '../../src/cli/main';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

/** `stdin` as text, or as bytes (read as the real standard input is: UTF-8 checked). */
export async function cli(argv: string[], opts: { stdin?: string | Uint8Array; cwd?: string } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => opts.stdin ?? '',
    cwd: opts.cwd ?? ROOT,
  });
  return { status, stdout, stderr };
}
