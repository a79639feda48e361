// Safety Gate's public alerts as Riskcase keeps them: a reference register, apart from the
// authority's own cases and never edited here. Every value is plain text as published (trimmed;
// an empty or xsi:nil value is ''), lists where the portal gives several, so an alert survives
// IndexedDB, the command line's JSON and a re-import unchanged.

/** Where an alert (this version of it) was read from. */
export interface AlertSource {
  /** The file name as given by the user. */
  file: string;
  format: 'xml' | 'xlsx';
  /** The weekly report's date (XML `report_date`, as YYYY-MM-DD when it could be read), else null. */
  reportDate: string | null;
  /** ISO year and week of publication: the XML report's, or the Excel row's Year and Week. */
  year: number;
  week: number;
  /** 1-based line (XML) or row (Excel) the alert starts on. */
  at: number;
}

export interface Alert {
  /** The alert number, which identifies it: XML `caseNumber`, Excel "Alert number" (e.g. "A12/01234/26"). */
  alertNumber: string;
  reference: string;
  /** XML `type`, Excel "Type of alert" (e.g. "Consumer", "Professional"). */
  alertType: string;
  /** XML `level` (e.g. "Serious risk"). */
  riskLevel: string;
  category: string;
  /** What kind of product it is (XML `product`, Excel "Product"), e.g. "Toy car". */
  product: string;
  brand: string;
  name: string;
  /** XML `type_numberOfModel`, Excel "Type or number of model". */
  model: string;
  /** Batch or serial numbers. */
  batch: string[];
  /** Bar codes (GTIN/EAN), as published. */
  barcode: string[];
  /** Risk types, e.g. ["Chemical", "Injuries"]. */
  riskType: string[];
  /** The risk as described (XML `danger`, Excel "Risk"). */
  danger: string;
  /** Measures adopted by the notifying country. */
  measures: string[];
  description: string;
  /** Country names or codes as published. */
  notifyingCountry: string;
  countryOfOrigin: string;
  /** Excel "Counterfeit" (e.g. "Yes", "No", "Unknown"). */
  counterfeit: string;
  technicalDefect: string;
  /** "Products were found and measures were taken also in". */
  foundIn: string[];
  /** XML `URLrecall`, Excel "Company recall page". */
  recallUrl: string;
  /** Excel "URL of Case": the alert on the portal. */
  caseUrl: string;
  pictures: string[];
  onlineTrader: string;
  companyRecallCode: string;
  productionDates: string;
  source: AlertSource;
}

/** The alert's fields other than its source: what a re-import compares. */
export type AlertField = Exclude<keyof Alert, 'source'>;

export type ProblemSeverity = 'error' | 'warning' | 'repaired';

/** Something found while reading a file; `where` names the line or row. */
export interface ImportProblem {
  severity: ProblemSeverity;
  /** "line 57", "row 12", or '' for the file as a whole. */
  where: string;
  /** The field as the file names it (XML element, Excel column), or ''. */
  field: string;
  message: string;
}

/** A file that was read whole: its alerts, and the warnings and repairs made on the way. */
export interface AlertFile {
  file: string;
  format: 'xml' | 'xlsx';
  alerts: Alert[];
  problems: ImportProblem[];
}

/** Either the whole file, or its refusal with every error found (nothing of it is imported). */
export type AlertFileResult = { ok: true; value: AlertFile } | { ok: false; file: string; format: 'xml' | 'xlsx' | null; problems: ImportProblem[] };

/** "line 57: caseNumber: is empty" — one line of a refusal or warning. */
export function problemText(p: ImportProblem): string {
  return [p.where, p.field].filter(Boolean).join(': ') + (p.where || p.field ? ': ' : '') + p.message;
}
