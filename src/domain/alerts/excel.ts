// The portal's Excel export, as rows of cell texts (xlsx-rows.ts reads the workbook): a heading
// row with "Alert number" among its columns, then one alert per row with its own Year and Week.
// Pure: the browser and the command line read the rows the same way. A file with any error is
// refused whole, each error naming its row and column.
import { AlertsByNumber, cleanValue, emptyAlert, fileResult, refusal, setField, splitBatchAndBarcode } from './build';
import { EXCEL_COLUMNS, headingKey, type ExcelColumn } from './fields';
import { weeksInYear } from './iso-week';
import type { AlertFileResult, ImportProblem } from './types';

/** One row of a sheet: its 1-based row number and the text of each cell ('' when empty). */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** How far down the heading row may be (the portal puts a title above it). */
const HEADING_SEARCH = 20;

export function parseAlertRows(rows: readonly SheetRow[], file: string, sheet = ''): AlertFileResult {
  const headingIndex = rows.slice(0, HEADING_SEARCH).findIndex((r) => r.cells.some((c) => headingKey(c) === 'alertnumber'));
  if (headingIndex === -1) {
    return refusal(file, 'xlsx', [{ severity: 'error', where: '', field: 'Alert number', message: `no heading row with an "Alert number" column in the first ${HEADING_SEARCH} rows${sheet ? ` of sheet "${sheet}"` : ''}: this is not a Safety Gate Excel export` }]);
  }
  const heading = rows[headingIndex];
  const problems: ImportProblem[] = [];
  const columns: ({ heading: string; column: ExcelColumn } | null)[] = [];
  const seen = new Map<ExcelColumn, string>();
  heading.cells.forEach((cell, i) => {
    const text = cell.trim();
    if (!text) return void (columns[i] = null);
    const known = EXCEL_COLUMNS.get(headingKey(text));
    if (!known) {
      problems.push({ severity: 'warning', where: `row ${heading.row}`, field: text, message: 'is not a column of the Safety Gate export; ignored' });
      columns[i] = null;
      return;
    }
    if (seen.has(known.column)) {
      problems.push({ severity: 'error', where: `row ${heading.row}`, field: text, message: `the column is given twice (also as "${seen.get(known.column)}")` });
    }
    seen.set(known.column, text);
    columns[i] = { heading: text, column: known.column };
  });
  for (const [column, name] of [['year', 'Year'], ['week', 'Week']] as const) {
    if (!seen.has(column)) problems.push({ severity: 'error', where: `row ${heading.row}`, field: name, message: 'the column is missing: each alert needs the year and week it was published in' });
  }
  if (problems.some((p) => p.severity === 'error')) return refusal(file, 'xlsx', problems);

  const collected = new AlertsByNumber('row');
  for (const r of rows.slice(headingIndex + 1)) {
    if (r.cells.every((c) => c.trim() === '')) continue;
    const where = `row ${r.row}`;
    const cell = (column: ExcelColumn): { text: string; heading: string } | null => {
      const i = columns.findIndex((c) => c?.column === column);
      return i === -1 ? null : { text: (r.cells[i] ?? '').trim(), heading: columns[i]!.heading };
    };
    const number = cell('alertNumber')!;
    const yearCell = cell('year')!;
    const weekCell = cell('week')!;
    const before = problems.length;
    if (!number.text) problems.push({ severity: 'error', where, field: number.heading, message: 'is empty (the alert number identifies the alert)' });
    const year = /^\d{4}$/.test(yearCell.text) ? Number(yearCell.text) : NaN;
    const week = /^\d{1,2}$/.test(weekCell.text) ? Number(weekCell.text) : NaN;
    if (!Number.isInteger(year)) problems.push({ severity: 'error', where, field: yearCell.heading, message: yearCell.text ? `"${yearCell.text}" is not a year` : 'is empty' });
    else if (!(week >= 1 && week <= weeksInYear(year))) {
      problems.push({ severity: 'error', where, field: weekCell.heading, message: weekCell.text ? `"${weekCell.text}" is not a week of ${year} (1-${weeksInYear(year)})` : 'is empty' });
    }
    if (problems.length > before) continue;
    const alert = emptyAlert('', { file, format: 'xlsx', reportDate: null, year, week, at: r.row });
    columns.forEach((c, i) => {
      if (!c || c.column === 'year' || c.column === 'week') return;
      const text = cleanValue(r.cells[i] ?? '', where, c.heading, problems);
      if (c.column === 'batchOrBarcode') {
        const split = splitBatchAndBarcode(text);
        for (const b of split.batch) setField(alert, 'batch', b);
        for (const b of split.barcode) setField(alert, 'barcode', b);
      } else setField(alert, c.column, text);
    });
    collected.add(alert, where, number.heading, problems);
  }
  if (collected.alerts.length === 0) problems.push({ severity: 'warning', where: '', field: '', message: 'the export holds no alerts' });
  return fileResult(file, 'xlsx', collected.alerts, problems);
}
