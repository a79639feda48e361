// Statistics as an Excel workbook (one sheet per table), written with exceljs — loaded only when
// someone asks for the file.
import { loadExcelJs } from './xlsx-rows';

export interface Sheet {
  /** At most 31 characters, no []:*?/\ (Excel's rules); longer names are cut. */
  name: string;
  rows: (string | number)[][];
}

export async function statsWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Riskcase';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet');
    for (const r of s.rows) ws.addRow(r);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 24));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
