// `riskcase alerts import` and `riskcase stats`, in-process: normalised alerts with their count and
// problems, exit 2 with the line or row named on a malformed file (nothing on stdout), and counts
// over alert files and case documents.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOLL, excelRow, KETTLE, portalXlsx, weeklyReportXml } from '../domain/alerts/files';
import { cli } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'riskcase-alerts-'));
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  writeFileSync(path('week48.xml'), weeklyReportXml({ alerts: [KETTLE, { ...DOLL, brand: 'ÄŤarobni' }] }));
  const { caseNumber: _, ...noNumber } = DOLL;
  writeFileSync(path('broken.xml'), weeklyReportXml({ alerts: [KETTLE, noNumber] }));
  writeFileSync(path('not-xml.xml'), weeklyReportXml({ alerts: [KETTLE] }).replace('</name>', '</nam>'));
  writeFileSync(
    path('export.xlsx'),
    await portalXlsx([
      excelRow({ Year: 2026, Week: 47, 'Alert number': 'A12/00900/26', 'Alert submitted by': 'France', Category: 'Toys', Brand: 'Zabawa', Name: 'Doll', 'Risk type': 'Chemical, Choking' }),
      excelRow({ Year: 2026, Week: 48, 'Alert number': 'A12/00901/26', 'Alert submitted by': 'Germany', Category: 'Toys', Name: 'Slime', 'Risk type': 'Chemical' }),
    ]),
  );
  writeFileSync(path('bad-row.xlsx'), await portalXlsx([excelRow({ Year: 2026, Week: 99, 'Alert number': 'A12/1/26' })]));
  writeFileSync(
    path('cases.json'),
    JSON.stringify([
      { product: { category: 'toys' }, notifyingCountry: 'NO', countryOfOrigin: 'China', riskType: 'Chemical', notification: { type: 'article-12', submitted: '2026-11-24' }, measures: [{ category: 'recall' }] },
      { product: { category: 'toys' }, notification: { type: 'article-11', submitted: '2026-01-05' } },
    ]),
  );
});

describe('riskcase alerts import', () => {
  it('prints the normalised alerts, their count and the repairs as JSON', async () => {
    const r = await cli(['alerts', 'import', path('week48.xml'), '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.count).toBe(2);
    expect(out.format).toBe('xml');
    expect(out.alerts[1]).toMatchObject({ alertNumber: 'A12/01235/26', brand: 'čarobni', riskType: ['Chemical'], source: { year: 2026, week: 48 } });
    expect(out.problems).toEqual([expect.objectContaining({ severity: 'repaired', field: 'brand' })]);
    expect(r.stderr).toMatch(/repaired: line \d+: brand: UTF-8 read as Windows-1250/);
  });

  it('reads an Excel export and prints one line per alert', async () => {
    const r = await cli(['alerts', 'import', path('export.xlsx')]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`2 alerts read from ${path('export.xlsx')} (Excel export, 2026-W47, 2026-W48)`);
    expect(r.stdout).toContain('A12/00900/26  Zabawa Doll — France, Chemical, Choking');
  });

  it('exits 2 on a malformed file, naming the line or row, with nothing on stdout', async () => {
    for (const [file, message] of [
      ['broken.xml', /broken\.xml: line \d+: caseNumber: alert 2 has no caseNumber/],
      ['not-xml.xml', /not-xml\.xml: line \d+: not well-formed XML/],
      ['bad-row.xlsx', /bad-row\.xlsx: row 2: Week: "99" is not a week of 2026/],
      ['missing.xml', /missing\.xml: no such file/],
    ] as const) {
      const r = await cli(['alerts', 'import', path(file), '--json']);
      expect(r.status, file).toBe(2);
      expect(r.stdout, file).toBe('');
      expect(r.stderr, file).toMatch(message);
    }
    expect((await cli(['alerts', 'export'])).status).toBe(2);
  });
});

describe('riskcase stats', () => {
  it('counts over alert files and case documents together', async () => {
    const r = await cli(['stats', path('week48.xml'), path('export.xlsx'), path('cases.json'), '--by', 'riskType', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(6);
    expect(out.counts).toEqual([
      { value: 'Chemical', count: 4 },
      { value: '', count: 1 },
      { value: 'Burns', count: 1 },
      { value: 'Choking', count: 1 },
      { value: 'Electric shock', count: 1 },
    ]);
    expect(out.files.map((f: { kind: string; records: number }) => [f.kind, f.records])).toEqual([
      ['alerts', 2],
      ['alerts', 2],
      ['cases', 2],
    ]);
  });

  it('gives the trend by week over a period, and countries as codes', async () => {
    const weeks = await cli(['stats', path('export.xlsx'), path('cases.json'), '--by', 'week', '--from', '2026-11-01', '--json']);
    expect(JSON.parse(weeks.stdout).counts).toEqual([
      { value: '2026-W47', count: 1 },
      { value: '2026-W48', count: 2 },
    ]);
    const countries = await cli(['stats', path('week48.xml'), path('cases.json'), '--by=notifyingCountry', '--json']);
    expect(JSON.parse(countries.stdout).counts).toEqual([
      { value: '', count: 1 },
      { value: 'CZ', count: 1 },
      { value: 'DE', count: 1 },
      { value: 'NO', count: 1 },
    ]);
  });

  it('lets alert files be counted by any of their fields, case documents by the common ones', async () => {
    expect(JSON.parse((await cli(['stats', path('export.xlsx'), '--by', 'brand', '--json'])).stdout).counts).toEqual([
      { value: '', count: 1 },
      { value: 'Zabawa', count: 1 },
    ]);
    const r = await cli(['stats', path('cases.json'), '--by', 'brand']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--by brand: .*cases\.json holds case documents, which have no field 'brand'/);
  });

  it('exits 2 on bad input, naming the field', async () => {
    writeFileSync(path('bad-case.json'), JSON.stringify([{ notification: { submitted: '2026-13-01' } }]));
    const r = await cli(['stats', path('bad-case.json'), '--by', 'category']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad-case\.json: \[0\]\.notification\.submitted: expected a date YYYY-MM-DD/);
    expect((await cli(['stats', path('cases.json')])).stderr).toMatch(/stats needs --by FIELD/);
    expect((await cli(['stats', path('cases.json'), '--by', 'week', '--from', '1 May'])).stderr).toMatch(/--from: expected a date YYYY-MM-DD/);
    expect((await cli(['stats', path('broken.xml'), '--by', 'week'])).status).toBe(2);
  });
});
