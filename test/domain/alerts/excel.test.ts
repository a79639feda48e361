// The portal's Excel export, as a real .xlsx written with exceljs and read back through the same
// code the browser uses: headings found below a title, the joined batch / bar code column split,
// rich text and hyperlinks read as text, and a malformed file refused whole with the row named.
import { describe, expect, it } from 'vitest';
import { readAlertFile } from '../../../src/domain/alerts/read-file';
import { problemText } from '../../../src/domain/alerts/types';
import { excelRow, portalXlsx } from './files';

const KETTLE_ROW = excelRow({
  Year: 2026,
  Week: 48,
  'Type of alert': 'Consumer',
  'Alert number': 'A12/01234/26',
  'Alert submitted by': 'Germany',
  Category: 'Electrical appliances and equipment',
  Product: 'Electric kettle',
  Brand: 'Hotpot',
  Name: 'Travel kettle',
  'Type or number of model': 'HK-200',
  'Batch number / Barcode': 'L2025-11, 4006381 333931',
  Description: { richText: [{ text: 'White plastic ' }, { text: 'kettle' }] },
  'Country of origin': 'China',
  Counterfeit: 'No',
  'Risk type': 'Burns, Electric shock',
  Risk: 'The lid opens while the water boils.',
  'Measures adopted by notifying country': 'Withdrawal of the product from the market',
  'Products were found and measures were taken also in': 'Austria, Poland',
  'Company recall page': { text: 'recall', hyperlink: 'https://example.org/recall' },
  'URL of Case': 'https://example.org/alert/1234',
});

async function read(rows: Parameters<typeof portalXlsx>[0], opts: Parameters<typeof portalXlsx>[1] = {}) {
  return readAlertFile(await portalXlsx(rows, opts), 'export.xlsx');
}

describe('Excel export', () => {
  it('reads the alerts of a real workbook, below a title row', async () => {
    const r = await read([KETTLE_ROW], { title: 'Safety Gate: alerts 2026' });
    if (!r.ok) throw new Error(r.problems.map(problemText).join('\n'));
    expect(r.value.format).toBe('xlsx');
    expect(r.value.alerts).toHaveLength(1);
    expect(r.value.alerts[0]).toMatchObject({
      alertNumber: 'A12/01234/26',
      brand: 'Hotpot',
      batch: ['L2025-11'],
      barcode: ['4006381 333931'],
      description: 'White plastic kettle',
      foundIn: ['Austria', 'Poland'],
      recallUrl: 'recall',
      counterfeit: 'No',
      source: { format: 'xlsx', year: 2026, week: 48, at: 3 },
    });
    expect(r.value.problems).toEqual([]);
  });

  it('refuses the whole file when a row has no alert number or a bad week, naming the rows', async () => {
    const noNumber = [...KETTLE_ROW];
    noNumber[3] = null;
    const badWeek = [...KETTLE_ROW];
    badWeek[1] = 'week 7';
    badWeek[3] = 'A12/09999/26';
    const r = await read([KETTLE_ROW, noNumber, badWeek]);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map(problemText)).toEqual(['row 3: Alert number: is empty (the alert number identifies the alert)', 'row 4: Week: "week 7" is not a week of 2026 (1-53)']);
  });

  it('refuses a workbook without the heading row, and bytes that are no workbook', async () => {
    const r = await read([KETTLE_ROW], { headings: ['Jahr', 'Woche'] });
    expect(r.ok ? '' : problemText(r.problems[0])).toMatch(/^Alert number: no heading row with an "Alert number" column/);
    const junk = await readAlertFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx');
    expect(junk.ok ? '' : problemText(junk.problems[0])).toMatch(/^not a readable Excel workbook/);
    const neither = await readAlertFile(new TextEncoder().encode('{"json": true}'), 'x.json');
    expect(neither.ok ? '' : problemText(neither.problems[0])).toMatch(/neither a Safety Gate weekly report/);
  });

  it('refuses a missing Week column', async () => {
    const headings = ['Year', 'Alert number', 'Name'];
    const r = await read([[2026, 'A12/1/26', 'x']], { headings });
    expect(r.ok ? [] : r.problems.map(problemText)).toEqual(['row 1: Week: the column is missing: each alert needs the year and week it was published in']);
  });

  it('repairs mis-decoded text in a cell, naming row and column', async () => {
    const row = [...KETTLE_ROW];
    row[7] = 'ÄŚeskĂ˝ vĂ˝robek';
    const r = await read([row]);
    if (!r.ok) throw new Error(r.problems.map(problemText).join('\n'));
    expect(r.value.alerts[0].brand).toBe('Český výrobek');
    expect(r.value.problems.map(problemText)).toEqual(['row 2: Brand: UTF-8 read as Windows-1250: "ÄŚeskĂ˝ vĂ˝robek" repaired to "Český výrobek"']);
  });
});
