// Test files in the published formats, built here (nothing is downloaded): the weekly report XML
// (values in CDATA, empty ones as xsi:nil) and the portal's Excel export, a real .xlsx written with
// exceljs.
import ExcelJS from 'exceljs';

/** Element → value; null is written as xsi:nil. */
export type XmlAlert = Record<string, string | null>;

const cdata = (v: string) => `<![CDATA[${v.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

export function weeklyReportXml(opts: { date?: string; year?: number | string; week?: number | string; alerts: XmlAlert[] }): string {
  const items = opts.alerts
    .map((a) => {
      const fields = Object.entries(a)
        .map(([k, v]) => (v === null ? `    <${k} xsi:nil="true"/>` : `    <${k}>${cdata(v)}</${k}>`))
        .join('\n');
      return `  <notifications>\n${fields}\n  </notifications>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Safety-Gate xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <report_date>${cdata(opts.date ?? '27/11/2026')}</report_date>
  <report_year>${opts.year ?? 2026}</report_year>
  <report_week>${opts.week ?? 48}</report_week>
${items}
</Safety-Gate>
`;
}

export const KETTLE: XmlAlert = {
  caseNumber: 'A12/01234/26',
  reference: '2026/1234',
  category: 'Electrical appliances and equipment',
  product: 'Electric kettle',
  brand: 'Hotpot',
  name: 'Travel kettle',
  type_numberOfModel: 'HK-200',
  batchNumber: null,
  barcode: '4006381333931',
  riskType: 'Burns, Electric shock',
  danger: 'The lid opens while the water boils; the user may be scalded.',
  measures: 'Withdrawal of the product from the market; Recall of the product from end users',
  URLrecall: null,
  description: 'White plastic kettle, 0.5 l, sold in a cardboard box.',
  notifyingCountry: 'Germany',
  countryOfOrigin: 'China',
  type: 'Consumer',
  level: 'Serious risk',
  pictures: null,
  onlineTrader: null,
  companyRecallCode: null,
  productionDates: null,
};

export const DOLL: XmlAlert = {
  caseNumber: 'A12/01235/26',
  reference: '2026/1235',
  category: 'Toys',
  product: 'Doll',
  brand: 'Zabawa',
  name: 'Lalka "Zuzia" & friends',
  type_numberOfModel: 'ZB-7',
  batchNumber: 'L2025-11',
  barcode: null,
  riskType: 'Chemical',
  danger: 'The plastic of the doll contains DEHP (up to 12 % by weight).',
  measures: 'Ban on the marketing of the product',
  URLrecall: 'https://example.org/recall/zb7',
  description: 'Doll with long hair; the arms are made of soft plastic.',
  notifyingCountry: 'Czechia',
  countryOfOrigin: 'Unknown',
  type: 'Consumer',
  level: 'Serious risk',
  pictures: 'https://example.org/p/1.jpg',
  onlineTrader: null,
  companyRecallCode: null,
  productionDates: '2025',
};

export const bytes = (s: string) => new TextEncoder().encode(s);

/** The Excel export's headings (as the portal writes them). */
export const EXCEL_HEADINGS = [
  'Year',
  'Week',
  'Type of alert',
  'Alert number',
  'Alert submitted by',
  'Category',
  'Product',
  'Brand',
  'Name',
  'Type or number of model',
  'Batch number / Barcode',
  'Description',
  'Country of origin',
  'Counterfeit',
  'Risk type',
  'Technical defect',
  'Risk',
  'Measures adopted by notifying country',
  'Products were found and measures were taken also in',
  'Company recall page',
  'URL of Case',
];

export type Cell = string | number | null | { richText: { text: string }[] } | { text: string; hyperlink: string };

export async function portalXlsx(rows: Cell[][], opts: { headings?: string[]; title?: string; sheet?: string } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? 'Alerts');
  if (opts.title) ws.addRow([opts.title]);
  ws.addRow(opts.headings ?? EXCEL_HEADINGS);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One row of the export, by heading. */
export function excelRow(values: Partial<Record<string, Cell>>, headings = EXCEL_HEADINGS): Cell[] {
  return headings.map((h) => values[h] ?? null);
}
