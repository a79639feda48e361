// The cells of an .xlsx workbook as text, read with exceljs — loaded only when an Excel file is
// actually read (it is large; the first screen never loads it). The sheet read is the first one
// with an "Alert number" heading, else the first sheet.
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { CalendarDate } from '../calendar-date';
import type { SheetRow } from './excel';
import { headingKey } from './fields';

/** exceljs, once: the same module in the browser (its bundled build) and in Node. */
export async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') } & typeof import('exceljs');
  return mod.default ?? mod;
}

/** A cell's value as the text the portal shows. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (v instanceof Date) {
    // Excel dates are days without a zone; exceljs gives them as UTC midnight.
    return CalendarDate.of(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate())?.toString() ?? '';
  }
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('hyperlink' in v) {
      const text = typeof v.text === 'string' ? v.text : cellText(v.text as CellValue);
      return text || String(v.hyperlink ?? '');
    }
    if ('result' in v) return cellText((v as { result?: CellValue }).result ?? null);
    if ('error' in v) return '';
  }
  return String(v);
}

function sheetRows(ws: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values = row.values as CellValue[];
    // exceljs rows are 1-based: index 0 is empty.
    rows.push({ row: n, cells: Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1] ?? null)) });
  });
  return rows;
}

export type WorkbookRows = { ok: true; sheet: string; rows: SheetRow[] } | { ok: false; message: string };

export async function readXlsxRows(bytes: Uint8Array): Promise<WorkbookRows> {
  const ExcelJS = await loadExcelJs();
  const wb: Workbook = new ExcelJS.Workbook();
  try {
    // exceljs takes an ArrayBuffer-like; a copy so a view into a larger buffer is read right.
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (e) {
    return { ok: false, message: `not a readable Excel workbook (.xlsx): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
  if (wb.worksheets.length === 0) return { ok: false, message: 'the workbook has no sheet' };
  const all = wb.worksheets.map((ws) => ({ ws, rows: sheetRows(ws) }));
  const chosen = all.find((s) => s.rows.slice(0, 20).some((r) => r.cells.some((c) => headingKey(c) === 'alertnumber'))) ?? all[0];
  return { ok: true, sheet: chosen.ws.name, rows: chosen.rows };
}
