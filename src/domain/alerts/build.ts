// What both readers share: an alert's empty shape, and putting one published value into it —
// trimmed, split when it is a list, and with mis-decoded UTF-8 repaired (and said so) or reported.
import { LIST_FIELDS, splitList } from './fields';
import { checkEncoding, CODE_PAGE_NAMES } from './mojibake';
import type { Alert, AlertField, AlertFileResult, AlertSource, ImportProblem } from './types';

/** Longest value kept; a longer one is malformed (the portal's longest texts are a few KB). */
export const MAX_VALUE = 20_000;

export function emptyAlert(alertNumber: string, source: AlertSource): Alert {
  return {
    alertNumber,
    reference: '',
    alertType: '',
    riskLevel: '',
    category: '',
    product: '',
    brand: '',
    name: '',
    model: '',
    batch: [],
    barcode: [],
    riskType: [],
    danger: '',
    measures: [],
    description: '',
    notifyingCountry: '',
    countryOfOrigin: '',
    counterfeit: '',
    technicalDefect: '',
    foundIn: [],
    recallUrl: '',
    caseUrl: '',
    pictures: [],
    onlineTrader: '',
    companyRecallCode: '',
    productionDates: '',
    source,
  };
}

/** Control characters other than tab and line breaks never belong in published text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * The value as kept: whitespace runs inside one line collapsed, mis-decoded text repaired.
 * Pushes a problem for a repair (severity 'repaired'), for text that looks mis-decoded but cannot
 * be undone ('warning'), and refuses control characters and overlong values ('error').
 */
export function cleanValue(raw: string, where: string, field: string, problems: ImportProblem[]): string {
  const text = raw.replace(/\r\n?/g, '\n').replace(/[ \t\u00A0]+/g, ' ').replace(/ *\n */g, '\n').trim();
  if (text.length > MAX_VALUE) {
    problems.push({ severity: 'error', where, field, message: `is ${text.length} characters long (at most ${MAX_VALUE})` });
    return '';
  }
  if (CONTROL.test(text)) {
    problems.push({ severity: 'error', where, field, message: 'holds a control character, which published text never does' });
    return '';
  }
  const enc = checkEncoding(text);
  if (enc.kind === 'repaired') {
    problems.push({ severity: 'repaired', where, field, message: `UTF-8 read as ${CODE_PAGE_NAMES[enc.page]}: "${clip(text)}" repaired to "${clip(enc.text)}"` });
    return enc.text;
  }
  if (enc.kind === 'suspect') {
    problems.push({ severity: 'warning', where, field, message: `"${clip(text)}" looks like UTF-8 read in a single-byte code page, but cannot be repaired whole; kept as it is` });
  }
  return text;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Sets one field from its published text (lists are split and appended to). */
export function setField(alert: Alert, field: AlertField, text: string): void {
  if (LIST_FIELDS.has(field)) {
    const list = alert[field] as string[];
    for (const v of splitList(field, text)) if (!list.includes(v)) list.push(v);
  } else {
    (alert as unknown as Record<string, unknown>)[field] = text;
  }
}

const GTIN = /^\d{8}$|^\d{12,14}$/;

/**
 * The Excel export's one "Batch number / Barcode" column: values that are GTIN bar codes (8, 12,
 * 13 or 14 digits, spaces and hyphens aside) are bar codes, the rest batch numbers.
 */
export function splitBatchAndBarcode(text: string): { batch: string[]; barcode: string[] } {
  const batch: string[] = [];
  const barcode: string[] = [];
  for (const part of splitList('batch', text)) {
    if (GTIN.test(part.replace(/[\s-]/g, ''))) barcode.push(part);
    else batch.push(part);
  }
  return { batch, barcode };
}

/** Whether two versions of an alert say the same (sources aside). */
export function sameContent(a: Alert, b: Alert): boolean {
  return changedFields(a, b).length === 0;
}

/** The fields whose published value differs between two versions. */
export function changedFields(a: Alert, b: Alert): AlertField[] {
  const out: AlertField[] = [];
  for (const k of Object.keys(a) as (keyof Alert)[]) {
    if (k === 'source') continue;
    const x = a[k];
    const y = b[k];
    const same = Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
    if (!same) out.push(k);
  }
  return out;
}

/** Errors listed in a refusal; past this many, the rest are counted. */
const MAX_LISTED = 50;

/** A file refused whole, with its errors (warnings and repairs no longer matter then). */
export function refusal(file: string, format: 'xml' | 'xlsx' | null, problems: readonly ImportProblem[]): AlertFileResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const listed = errors.slice(0, MAX_LISTED);
  if (errors.length > MAX_LISTED) listed.push({ severity: 'error', where: '', field: '', message: `and ${errors.length - MAX_LISTED} more errors` });
  return { ok: false, file, format, problems: listed };
}

/** The file's result: refused when any problem is an error, else its alerts with the warnings. */
export function fileResult(file: string, format: 'xml' | 'xlsx', alerts: Alert[], problems: ImportProblem[]): AlertFileResult {
  if (problems.some((p) => p.severity === 'error')) return refusal(file, format, problems);
  return { ok: true, value: { file, format, alerts, problems } };
}

/**
 * Collects the alerts of one file by number: an alert given twice with the same content is read
 * once (a warning), twice with different content is an error (which of them would be right?).
 */
export class AlertsByNumber {
  readonly alerts: Alert[] = [];
  private readonly byNumber = new Map<string, Alert>();

  constructor(private readonly unit: 'line' | 'row') {}

  add(alert: Alert, where: string, field: string, problems: ImportProblem[]): void {
    const twin = this.byNumber.get(alert.alertNumber);
    if (!twin) {
      this.byNumber.set(alert.alertNumber, alert);
      this.alerts.push(alert);
      return;
    }
    const also = `also ${this.unit === 'line' ? 'at line' : 'in row'} ${twin.source.at}`;
    problems.push(
      sameContent(twin, alert)
        ? { severity: 'warning', where, field, message: `${alert.alertNumber} is given twice with the same content (${also}); read once` }
        : { severity: 'error', where, field, message: `${alert.alertNumber} is given twice with different content (${also})` },
    );
  }
}
