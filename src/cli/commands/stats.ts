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
import { badInput, type CliIO, EXIT_OK } from '../io';
import { readAlertsOrExit, readInputBytes } from './alerts';

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
  const { label, bytes } = await readInputBytes(fileArg, io);
  if (sniffFormat(bytes) !== null) {
    const f = await readAlertsOrExit(fileArg, io);
    return { file: label, kind: 'alerts', records: f.alerts.map(statRecordOfAlert) };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw badInput(`${label}: neither an alert file (XML, .xlsx) nor JSON case documents: ${(e as Error).message}`);
  }
  const docs = Array.isArray(doc) ? doc : [doc];
  const problems: string[] = [];
  const records: StatRecord[] = [];
  docs.forEach((d, i) => {
    const r = statRecordOfCaseDocument(d, `${label}#${i}`);
    if (r.ok) records.push(r.record);
    else for (const e of r.errors) problems.push(`${label}: ${Array.isArray(doc) ? `[${i}]${e.path ? '.' : ''}` : ''}${e.path || '(document)'}: ${e.message}`);
  });
  if (problems.length) throw badInput(...problems);
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
