// The alerts register in IndexedDB (fake-indexeddb): an import writes every alert and its log entry
// in one transaction; re-importing a week with changes updates those alerts and duplicates none;
// an alert missing from a later week stays; a failing import leaves nothing behind.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { parseAlertXml } from '../../src/domain/alerts/xml';
import type { AlertFile } from '../../src/domain/alerts/types';
import { alertsOfWeek, getAlert, importAlerts, listAlerts, listImports } from '../../src/store/alerts';
import { openRiskcaseDb } from '../../src/store/db';
import { bytes, DOLL, KETTLE, weeklyReportXml, type XmlAlert } from '../domain/alerts/files';

function file(week: number, alerts: XmlAlert[]): AlertFile {
  const r = parseAlertXml(bytes(weeklyReportXml({ week, alerts })), `week${week}.xml`);
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

const clock = (at: string) => () => at;
const open = () => openRiskcaseDb('alerts-test', new IDBFactory());

describe('alerts register', () => {
  it('imports a week, and re-importing it changes nothing', async () => {
    const db = await open();
    const first = await importAlerts(db, file(48, [KETTLE, DOLL]), { now: clock('2026-11-28T09:00:00.000Z') });
    expect(first.ok && first.summary).toEqual({ added: ['A12/01234/26', 'A12/01235/26'], updated: [], unchanged: 0, older: [] });
    const again = await importAlerts(db, file(48, [KETTLE, DOLL]));
    expect(again.ok && again.summary).toEqual({ added: [], updated: [], unchanged: 2, older: [] });
    expect((await listAlerts(db)).map((a) => [a.id, a.rev])).toEqual([
      ['A12/01234/26', 1],
      ['A12/01235/26', 1],
    ]);
    expect((await listImports(db)).map((i) => [i.file, i.added, i.unchanged, i.weeks.join()])).toEqual([
      ['week48.xml', 0, 2, '2026-W48'],
      ['week48.xml', 2, 0, '2026-W48'],
    ]);
    db.close();
  });

  it('updates a changed alert from a later week; one absent from it is not withdrawn', async () => {
    const db = await open();
    await importAlerts(db, file(48, [KETTLE, DOLL]));
    const r = await importAlerts(db, file(50, [{ ...KETTLE, measures: 'Recall of the product from end users' }]));
    expect(r.ok && r.summary).toEqual({ added: [], updated: ['A12/01234/26'], unchanged: 0, older: [] });
    const kettle = await getAlert(db, 'A12/01234/26');
    expect(kettle).toMatchObject({ rev: 2, firstWeek: '2026-W48', weeks: ['2026-W48', '2026-W50'], alert: { measures: ['Recall of the product from end users'] } });
    expect(kettle!.history.map((h) => [h.change, h.fields.join()])).toEqual([
      ['new', ''],
      ['updated', 'measures'],
    ]);
    // The doll was not in week 50's file: it stays as it was.
    expect(await getAlert(db, 'A12/01235/26')).toMatchObject({ rev: 1, weeks: ['2026-W48'], alert: { name: DOLL.name } });
    expect((await alertsOfWeek(db, '2026-W50')).map((a) => a.id)).toEqual(['A12/01234/26']);
    expect((await alertsOfWeek(db, '2026-W48')).map((a) => a.id).sort()).toEqual(['A12/01234/26', 'A12/01235/26']);
    db.close();
  });

  it('writes nothing when one alert of the file cannot be stored', async () => {
    const db = await open();
    const bad = file(48, [KETTLE, DOLL]);
    // A value IndexedDB cannot clone fails the second write, after the first went in.
    (bad.alerts[1] as unknown as Record<string, unknown>).name = () => 'not data';
    const r = await importAlerts(db, bad);
    expect(r.ok).toBe(false);
    expect(await listAlerts(db)).toEqual([]);
    expect(await listImports(db)).toEqual([]);
    db.close();
  });
});
