// How the two published formats name each field of an alert: the weekly report XML's elements and
// the portal's Excel export's column headings. Headings are matched ignoring case, spacing and
// punctuation, so "Type or number of model" and "TYPE OR NUMBER OF MODEL " are the same column.
import type { AlertField } from './types';

/** Fields that hold several values; the text is split where the portal joins them. */
export const LIST_FIELDS = new Set<AlertField>(['batch', 'barcode', 'riskType', 'measures', 'foundIn', 'pictures']);

/** Weekly report XML: element name inside each `notifications` element → field. */
export const XML_ELEMENTS: ReadonlyMap<string, AlertField> = new Map<string, AlertField>([
  ['caseNumber', 'alertNumber'],
  ['reference', 'reference'],
  ['category', 'category'],
  ['product', 'product'],
  ['brand', 'brand'],
  ['name', 'name'],
  ['type_numberOfModel', 'model'],
  ['batchNumber', 'batch'],
  ['barcode', 'barcode'],
  ['riskType', 'riskType'],
  ['danger', 'danger'],
  ['measures', 'measures'],
  ['URLrecall', 'recallUrl'],
  ['description', 'description'],
  ['notifyingCountry', 'notifyingCountry'],
  ['countryOfOrigin', 'countryOfOrigin'],
  ['type', 'alertType'],
  ['level', 'riskLevel'],
  ['pictures', 'pictures'],
  ['onlineTrader', 'onlineTrader'],
  ['companyRecallCode', 'companyRecallCode'],
  ['productionDates', 'productionDates'],
]);

/** Excel export: a column's field, or a special column (year, week, the joined batch/bar code). */
export type ExcelColumn = AlertField | 'year' | 'week' | 'batchOrBarcode';

const EXCEL_HEADINGS: [string, ExcelColumn][] = [
  ['Year', 'year'],
  ['Week', 'week'],
  ['Type of alert', 'alertType'],
  ['Alert number', 'alertNumber'],
  ['Alert submitted by', 'notifyingCountry'],
  ['Category', 'category'],
  ['Product', 'product'],
  ['Brand', 'brand'],
  ['Name', 'name'],
  ['Type or number of model', 'model'],
  ['Batch number / Barcode', 'batchOrBarcode'],
  ['Batch number', 'batch'],
  ['Barcode', 'barcode'],
  ['Description', 'description'],
  ['Country of origin', 'countryOfOrigin'],
  ['Counterfeit', 'counterfeit'],
  ['Risk type', 'riskType'],
  ['Technical defect', 'technicalDefect'],
  ['Risk', 'danger'],
  ['Level of risk', 'riskLevel'],
  ['Measures adopted by notifying country', 'measures'],
  ['Products were found and measures were taken also in', 'foundIn'],
  ['Company recall page', 'recallUrl'],
  ['URL of Case', 'caseUrl'],
  ['Reference', 'reference'],
  ['Online trader', 'onlineTrader'],
  ['Company recall code', 'companyRecallCode'],
  ['Production dates', 'productionDates'],
  ['Pictures', 'pictures'],
];

/** "Batch number / Barcode" → "batchnumberbarcode". */
export function headingKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export const EXCEL_COLUMNS: ReadonlyMap<string, { heading: string; column: ExcelColumn }> = new Map(
  EXCEL_HEADINGS.map(([heading, column]) => [headingKey(heading), { heading, column }]),
);

/** The fields of an alert in the order the register shows them. */
export const ALERT_FIELDS: readonly AlertField[] = [
  'alertNumber',
  'reference',
  'alertType',
  'riskLevel',
  'category',
  'product',
  'brand',
  'name',
  'model',
  'batch',
  'barcode',
  'riskType',
  'danger',
  'measures',
  'description',
  'notifyingCountry',
  'countryOfOrigin',
  'counterfeit',
  'technicalDefect',
  'foundIn',
  'recallUrl',
  'caseUrl',
  'pictures',
  'onlineTrader',
  'companyRecallCode',
  'productionDates',
];

/**
 * Splits a list field as the portal joins it: on semicolons and line breaks, and for every list but
 * measures and pictures also on commas ("Chemical, Injuries"). Measures are sentences that may
 * hold commas; a comma followed by a capital letter still separates them.
 */
export function splitList(field: AlertField, text: string): string[] {
  const sep = field === 'pictures' ? /[\s;,]+/ : field === 'measures' ? /[;\n]|,\s*(?=\p{Lu})/u : /[;,\n]/;
  return text
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
}
