// `riskcase stats FILE… --by FIELD [--from DATE] [--to DATE] [--json]`: counts over alert files
// (weekly report XML, Excel export; any field of an alert) and case documents (JSON, one or an
// array; the common fields, including the optional extensions notifyingCountry, countryOfOrigin
// and riskType). `--by week` or `--by month` gives the trend. The same counting code as the app's
// statistics page. Bad input of any file: exit 2, nothing on standard output.
import { ALERT_FIELDS } from '../../domain/alerts/fields';
import { sniffFormat } from '../../domain/alerts/read-file';
import { countBy, STAT_FIELDS, statRecordOfAlert, statRecordOfCaseDocument, type StatRecord } from '../../domain/alerts/stats';
import { CalendarDate } from '../../domain/calendar-date';
import { json } from '../format';
import { shortArg } from '../args';
import { decodeUtf8, fieldPath, INPUT_LIMITS, readInputBytes } from '../input';
import { badInput, capped, CliExit, type CliIO, EXIT_OK } from '../io';
import { readAlertsOrExit } from './alerts';
import { readCase } from './case-reading';

interface StatsArgs {
  files: string[];
  by: string | null;
  from: string | null;
  to: string | null;
  json: boolean;
}

function parseStatsArgs(argv: readonly string[]): StatsArgs {
  const out: StatsArgs = { files: [], by: null, from: null, to: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '' || v.startsWith('--')) throw badInput(`${name} needs a value (see riskcase --help)`);
      return v;
    };
    if (a === '--json') out.json = true;
    else if (a === '--by' || a.startsWith('--by=')) out.by = value('--by');
    else if (a === '--from' || a.startsWith('--from=')) out.from = value('--from');
    else if (a === '--to' || a.startsWith('--to=')) out.to = value('--to');
    else if (a.startsWith('-') && a !== '-') throw badInput(`unknown option '${a}' for stats (see riskcase --help)`);
    else out.files.push(a);
  }
  for (const [name, v] of [['--from', out.from], ['--to', out.to]] as const) {
    if (v !== null && !CalendarDate.parse(v)) throw badInput(`${name}: expected a date YYYY-MM-DD, got '${v}'`);
  }
  return out;
}

const CASE_FIELDS: readonly string[] = STAT_FIELDS;
const ALERT_STAT_FIELDS: readonly string[] = [...new Set([...STAT_FIELDS, ...ALERT_FIELDS])];

interface FileRecords {
  file: string;
  kind: 'alerts' | 'cases';
  records: StatRecord[];
}

async function recordsOf(fileArg: string, io: CliIO): Promise<FileRecords> {
  const input = await readInputBytes(fileArg, io);
  const label = input.label;
  const bytes = typeof input.bytes === 'string' ? new TextEncoder().encode(input.bytes) : input.bytes;
  if (sniffFormat(bytes) !== null) {
    const f = await readAlertsOrExit(fileArg, io, bytes);
    return { file: label, kind: 'alerts', records: f.alerts.map(statRecordOfAlert) };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(decodeUtf8(bytes, label));
  } catch (e) {
    if (e instanceof CliExit) throw e;
    throw badInput(`${label}: neither an alert file (XML, .xlsx) nor JSON case documents: ${shortArg((e as Error).message)}`);
  }
  const batch = Array.isArray(doc);
  const docs: unknown[] = Array.isArray(doc) ? doc : [doc];
  if (docs.length > INPUT_LIMITS.maxBatch) throw badInput(`${label}: a batch holds at most ${INPUT_LIMITS.maxBatch} documents; this one holds ${docs.length}`);
  const problems: string[] = [];
  const records: StatRecord[] = [];
  for (const [i, d] of docs.entries()) {
    // The same strict reading as classify and deadlines (envelopes included), then the counted fields.
    const read = await readCase(d);
    const r = read.ok ? statRecordOfCaseDocument(read.doc, `${label}#${i}`) : read;
    if (r.ok) records.push(r.record);
    else for (const e of r.errors) problems.push(`${label}: ${fieldPath(batch, i, e.path)}: ${e.message}`);
  }
  if (problems.length) throw badInput(...capped(problems));
  return { file: label, kind: 'cases', records };
}

export async function statsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseStatsArgs(argv);
  if (args.files.length === 0) throw badInput('stats needs at least one FILE (alert files .xml/.xlsx, or JSON case documents)');
  if (!args.by) throw badInput(`stats needs --by FIELD; common fields: ${STAT_FIELDS.join(', ')}`);
  const files: FileRecords[] = [];
  for (const f of args.files) files.push(await recordsOf(f, io));
  const by = args.by;
  for (const f of files) {
    const known = f.kind === 'alerts' ? ALERT_STAT_FIELDS : CASE_FIELDS;
    if (!known.includes(by)) throw badInput(`--by ${by}: ${f.file} holds ${f.kind === 'alerts' ? 'alerts' : 'case documents'}, which have no field '${by}'; fields: ${known.join(', ')}`);
  }
  const counts = countBy(
    files.flatMap((f) => f.records),
    by,
    { from: args.from, to: args.to },
  );
  if (args.json) {
    io.stdout(json({ by, from: args.from, to: args.to, total: counts.total, counts: counts.counts, files: files.map((f) => ({ file: f.file, kind: f.kind, records: f.records.length })) }));
  } else {
    const width = Math.max(12, ...counts.counts.map((c) => (c.value || '(not given)').length));
    const lines = counts.counts.map((c) => `${(c.value || '(not given)').padEnd(width)}  ${String(c.count).padStart(6)}`);
    io.stdout(`${counts.total} record${counts.total === 1 ? '' : 's'} by ${by}${args.from || args.to ? ` (${args.from ?? '…'} to ${args.to ?? '…'})` : ''}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
  }
  return EXIT_OK;
}
