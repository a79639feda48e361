// The weekly report XML: CDATA and xsi:nil read right, every field normalised, and a malformed
// file refused whole with its line named.
import { describe, expect, it } from 'vitest';
import { problemText } from '../../../src/domain/alerts/types';
import { parseAlertXml } from '../../../src/domain/alerts/xml';
import { bytes, DOLL, KETTLE, weeklyReportXml } from './files';

const read = (xml: string, file = 'week48.xml') => parseAlertXml(bytes(xml), file);

function ok(xml: string) {
  const r = read(xml);
  if (!r.ok) throw new Error(r.problems.map(problemText).join('\n'));
  return r.value;
}

function refused(xml: string): string[] {
  const r = read(xml);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems.map(problemText);
}

describe('weekly report XML', () => {
  it('reads every alert with its fields, CDATA text as written and xsi:nil as empty', () => {
    const f = ok(weeklyReportXml({ alerts: [KETTLE, DOLL] }));
    expect(f.alerts.map((a) => a.alertNumber)).toEqual(['A12/01234/26', 'A12/01235/26']);
    const [kettle, doll] = f.alerts;
    expect(kettle).toMatchObject({
      brand: 'Hotpot',
      model: 'HK-200',
      batch: [],
      barcode: ['4006381333931'],
      riskType: ['Burns', 'Electric shock'],
      measures: ['Withdrawal of the product from the market', 'Recall of the product from end users'],
      recallUrl: '',
      notifyingCountry: 'Germany',
      alertType: 'Consumer',
      riskLevel: 'Serious risk',
      source: { file: 'week48.xml', format: 'xml', reportDate: '2026-11-27', year: 2026, week: 48 },
    });
    expect(doll.name).toBe('Lalka "Zuzia" & friends');
    expect(doll.batch).toEqual(['L2025-11']);
    expect(doll.pictures).toEqual(['https://example.org/p/1.jpg']);
    expect(f.problems).toEqual([]);
  });

  it('gives each alert the line its element starts on', () => {
    const xml = weeklyReportXml({ alerts: [KETTLE, DOLL] });
    const f = ok(xml);
    const lines = xml.split('\n');
    for (const a of f.alerts) {
      expect(lines[a.source.at - 1]).toContain('<notifications>');
      expect(lines[a.source.at]).toContain(a.alertNumber);
    }
  });

  it('reads plain text values and entities as well as CDATA', () => {
    const xml = weeklyReportXml({ alerts: [] }).replace('</Safety-Gate>', '<notifications><caseNumber>A11/00001/26</caseNumber><name>Tom &amp; Jerry</name><barcode/></notifications></Safety-Gate>');
    expect(ok(xml).alerts[0]).toMatchObject({ alertNumber: 'A11/00001/26', name: 'Tom & Jerry', barcode: [] });
  });

  it('refuses a file that is not well-formed, naming the line', () => {
    const xml = weeklyReportXml({ alerts: [KETTLE, DOLL] });
    const broken = xml.replace('</brand>\n    <name><![CDATA[Lalka', '</brnd>\n    <name><![CDATA[Lalka');
    const line = broken.split('\n').findIndex((l) => l.includes('</brnd>')) + 1;
    const problems = refused(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^line ${line}: not well-formed XML`));
  });

  it('refuses the whole file when one alert lacks its number, and says which line', () => {
    const { caseNumber: _, ...noNumber } = DOLL;
    const xml = weeklyReportXml({ alerts: [KETTLE, noNumber] });
    const line = xml.split('\n').findIndex((l, i) => l.includes('<notifications>') && i > 5) + 1;
    const r = read(xml);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map(problemText)).toEqual([`line ${line}: caseNumber: alert 2 has no caseNumber (the alert number that identifies it)`]);
  });

  it('refuses another root, a missing week, nested elements and a number given twice with other content', () => {
    expect(refused('<?xml version="1.0"?><RAPEX><notifications/></RAPEX>')[0]).toMatch(/^line 1: the root element must be <Safety-Gate> \(found <RAPEX>\)/);
    expect(refused(weeklyReportXml({ week: 54, alerts: [KETTLE] }))[0]).toMatch(/^line 5: report_week: "54" is not a week of 2026 \(1-53\)/);
    expect(refused(weeklyReportXml({ week: '', alerts: [KETTLE] }))[0]).toMatch(/report_week: is missing/);
    const nested = weeklyReportXml({ alerts: [KETTLE] }).replace('<brand><![CDATA[Hotpot]]></brand>', '<brand><b>Hotpot</b></brand>');
    expect(refused(nested)).toEqual([expect.stringMatching(/^line \d+: brand: must hold text, not elements$/)]);
    const twice = refused(weeklyReportXml({ alerts: [KETTLE, { ...KETTLE, name: 'Other kettle' }] }));
    expect(twice).toEqual([expect.stringMatching(/caseNumber: A12\/01234\/26 is given twice with different content \(also at line 6\)/)]);
  });

  it('reads an alert given twice with the same content once, with a warning', () => {
    const f = ok(weeklyReportXml({ alerts: [KETTLE, KETTLE] }));
    expect(f.alerts).toHaveLength(1);
    expect(f.problems.map(problemText)).toEqual([expect.stringMatching(/given twice with the same content/)]);
  });

  it('warns about an element it does not know, and keeps the rest', () => {
    const f = ok(weeklyReportXml({ alerts: [{ ...KETTLE, newField: 'x' }] }));
    expect(f.alerts).toHaveLength(1);
    expect(f.problems.map(problemText)).toEqual([expect.stringMatching(/^line \d+: newField: is not part of the weekly report format; ignored$/)]);
  });

  it('refuses a DOCTYPE (entity declarations could expand without bound)', () => {
    const xml = weeklyReportXml({ alerts: [KETTLE] }).replace('<Safety-Gate', '<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<Safety-Gate');
    expect(refused(xml)[0]).toMatch(/^line 2: a DOCTYPE declaration is not allowed/);
  });

  it('refuses bytes that are not UTF-8 when no other encoding is declared, naming the line', () => {
    const xml = weeklyReportXml({ alerts: [{ ...KETTLE, brand: 'Čarobni' }] });
    const line = xml.split('\n').findIndex((l) => l.includes('Čarobni')) + 1;
    // The same text written in Windows-1250: Č is the single byte 0xC8.
    const b = Uint8Array.from([...xml].flatMap((c) => (c === 'Č' ? [0xc8] : [...new TextEncoder().encode(c)])));
    const r = parseAlertXml(b, 'w.xml');
    expect(r.ok ? [] : r.problems.map(problemText)).toEqual([expect.stringMatching(new RegExp(`^line ${line}: byte 0xC8 is not UTF-8`))]);
  });

  it('reads a file in the single-byte encoding it declares', () => {
    const xml = weeklyReportXml({ alerts: [{ ...KETTLE, brand: 'Čarobni' }] }).replace('encoding="UTF-8"', 'encoding="windows-1250"');
    const b = Uint8Array.from([...xml].flatMap((c) => (c === 'Č' ? [0xc8] : [...new TextEncoder().encode(c)])));
    const r = parseAlertXml(b, 'w.xml');
    expect(r.ok && r.value.alerts[0].brand).toBe('Čarobni');
  });

  it('repairs UTF-8 that was read as Windows-1250 or Latin-1, and says so', () => {
    const f = ok(weeklyReportXml({ alerts: [{ ...KETTLE, brand: 'ÄŤarobni', name: 'BÃ¼geleisen', description: 'plain' }] }));
    expect(f.alerts[0].brand).toBe('čarobni');
    expect(f.alerts[0].name).toBe('Bügeleisen');
    const text = f.problems.map(problemText);
    expect(text).toEqual([
      expect.stringMatching(/^line \d+: brand: UTF-8 read as Windows-1250: "ÄŤarobni" repaired to "čarobni"$/),
      expect.stringMatching(/^line \d+: name: UTF-8 read as Windows-1252: "BÃ¼geleisen" repaired to "Bügeleisen"$/),
    ]);
    expect(f.problems.every((p) => p.severity === 'repaired')).toBe(true);
  });
});
