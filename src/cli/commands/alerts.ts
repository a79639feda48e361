// `riskcase alerts import FILE [--json]`: reads a Safety Gate weekly report (XML) or the portal's
// Excel export with the app's own readers (src/domain/alerts) and prints the alerts in their
// normalised form, their count and what was repaired or ignored on the way. A malformed file ends
// with exit 2 and every error with its line or row; nothing is printed on standard output then.
// (The register itself lives in the app.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readAlertFile } from '../../domain/alerts/read-file';
import { problemText, type Alert, type AlertFile } from '../../domain/alerts/types';
import type { ParsedArgs } from '../args';
import { json } from '../format';
import { badInput, type CliIO, EXIT_OK } from '../io';

/** The bytes of FILE (or of standard input for `-`), or exit 2 naming why not. */
export async function readInputBytes(fileArg: string, io: CliIO): Promise<{ label: string; bytes: Uint8Array }> {
  if (fileArg === '-') return { label: '<stdin>', bytes: new TextEncoder().encode(await io.readStdin()) };
  try {
    return { label: fileArg, bytes: new Uint8Array(readFileSync(resolve(io.cwd, fileArg))) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw badInput(`${fileArg}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(e)})`}`);
  }
}

/** An alert file read whole, or exit 2 with each error as "FILE: line 12: caseNumber: …". */
export async function readAlertsOrExit(fileArg: string, io: CliIO): Promise<AlertFile> {
  const { label, bytes } = await readInputBytes(fileArg, io);
  const r = await readAlertFile(bytes, label);
  if (!r.ok) throw badInput(...r.problems.map((p) => `${label}: ${problemText(p)}`));
  for (const p of r.value.problems) io.stderr(`riskcase: ${label}: ${p.severity === 'repaired' ? 'repaired: ' : 'warning: '}${problemText(p)}\n`);
  return r.value;
}

function alertLine(a: Alert): string {
  const what = [a.brand, a.name, a.model && `(${a.model})`].filter(Boolean).join(' ');
  const where = [a.notifyingCountry, a.riskLevel || a.riskType.join(', ')].filter(Boolean).join(', ');
  return `${a.alertNumber}  ${what || a.product || '(no name)'}${where ? ` — ${where}` : ''}`;
}

export async function alertsCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const [what, ...files] = args.positional;
  if (what !== 'import') throw badInput(`alerts needs 'import' (got ${what === undefined ? 'nothing' : `'${what}'`}); see riskcase --help`);
  if (files.length !== 1) throw badInput(`alerts import takes one FILE (a weekly report .xml or an Excel export .xlsx); got ${files.length}`);
  const f = await readAlertsOrExit(files[0], io);
  if (args.json) {
    io.stdout(json({ file: f.file, format: f.format, count: f.alerts.length, alerts: f.alerts, problems: f.problems }));
  } else {
    const weeks = [...new Set(f.alerts.map((a) => `${a.source.year}-W${String(a.source.week).padStart(2, '0')}`))].sort();
    const kind = f.format === 'xml' ? 'weekly report XML' : 'Excel export';
    io.stdout(`${f.alerts.length} alert${f.alerts.length === 1 ? '' : 's'} read from ${f.file} (${kind}${weeks.length ? `, ${weeks.join(', ')}` : ''})\n${f.alerts.map((a) => alertLine(a) + '\n').join('')}`);
  }
  return EXIT_OK;
}
