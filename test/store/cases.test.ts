import { describe, expect, it } from 'vitest';
import { emptyCase, emptyNotification } from '../../src/domain/case/empty';
import type { CaseFile } from '../../src/domain/case/types';
import { addPhoto, setPhotoCaption } from '../../src/domain/case/annexes';
import { exportCase, importCase } from '../../src/store/case-export';
import { caseHistory, casePhotos, changeSummary, createCase, deleteCase, findCasesByBarcode, getCase, getPhoto, listCases, listCasesByState, listRecentCases, saveCase } from '../../src/store/cases';
import { openRiskcaseDb } from '../../src/store/db';

let n = 0;
const open = () => openRiskcaseDb(`cases-test-${Date.now()}-${n++}`);
let tick = 0;
const clock = () => `2026-03-0${1 + (tick++ % 9)}T10:00:00.000Z`;

function kettle(id = 'case-1'): CaseFile {
  const c = emptyCase({ id, created: '2026-03-01', regimeId: 'rapex-2010' });
  c.title = 'Travel kettle';
  c.product = { ...c.product, name: 'Travel kettle', brand: 'Hotpot', model: 'HK-2', barcode: '4006381333931', category: 'electrical appliances' };
  return c;
}

describe('case store', () => {
  it('a save that changes nothing writes nothing: no "saved without changes" in the history', async () => {
    const db = await open();
    await createCase(db, kettle(), { role: 'national-authority', now: () => '2026-03-01T09:00:00.000Z' });
    const same = await saveCase(db, kettle(), 1, { role: 'national-authority', person: 'Inspector Olsen', now: () => '2026-03-01T09:05:00.000Z' });
    expect(same.ok && same.record.rev).toBe(1);
    const changed = { ...kettle(), product: { ...kettle().product, brand: 'Hotpot Pro' } };
    await saveCase(db, changed, 1, { role: 'national-authority', person: 'Inspector Olsen', act: 'SEND_TO_CONTACT_POINT', summary: 'Send to the contact point', now: () => '2026-03-01T09:06:00.000Z' });
    const history = await caseHistory(db, 'case-1');
    expect(history.map((h) => h.summary)).toEqual(['created', 'Send to the contact point']);
    // An act's save names the fields it changed too, and who acted.
    expect(history[1]).toMatchObject({ person: 'Inspector Olsen', act: 'SEND_TO_CONTACT_POINT', fields: ['product.brand'] });
    db.close();
  });

  it('creates, reads back and records the creation in the history', async () => {
    const db = await open();
    const r = await createCase(db, kettle(), { role: 'national-authority', now: () => '2026-03-01T09:00:00.000Z' });
    expect(r.ok).toBe(true);
    const stored = await getCase(db, 'case-1');
    expect(stored).toMatchObject({ id: 'case-1', rev: 1, state: 'draft', barcode: '4006381333931', updatedAt: '2026-03-01T09:00:00.000Z' });
    expect(stored!.file.product.brand).toBe('Hotpot');
    expect(await caseHistory(db, 'case-1')).toEqual([
      expect.objectContaining({ caseId: 'case-1', role: 'national-authority', summary: 'created', at: '2026-03-01T09:00:00.000Z', rev: 1 }),
    ]);
    db.close();
  });

  it('appends one history entry per save naming the changed fields, oldest first', async () => {
    const db = await open();
    await createCase(db, kettle(), { role: 'national-authority', now: () => '2026-03-01T09:00:00.000Z' });
    const c2 = kettle();
    c2.product.name = 'Travel kettle 0.5 l';
    c2.measures = [{ id: 'm1', type: 'obligatory', takenBy: { kind: 'authority', name: 'MSA' }, category: 'recall', adopted: '2026-03-02', entryIntoForce: null, duration: 'permanent', until: null, scope: 'national', description: '' }];
    const r2 = await saveCase(db, c2, 1, { role: 'national-authority', now: () => '2026-03-02T09:00:00.000Z' });
    expect(r2.ok && r2.record.rev).toBe(2);
    const c3 = structuredClone(c2);
    c3.notification = emptyNotification({ notifyingCountry: 'DE' });
    c3.notification.status = 'contact-point-check';
    const r3 = await saveCase(db, c3, 2, { role: 'contact-point', now: () => '2026-03-03T09:00:00.000Z' });
    expect(r3.ok).toBe(true);
    const history = await caseHistory(db, 'case-1');
    expect(history.map((h) => [h.role, h.summary])).toEqual([
      ['national-authority', 'created'],
      ['national-authority', 'changed: product.name, measures[0]'],
      ['contact-point', 'changed: notification'],
    ]);
    expect(history[1].fields).toEqual(['product.name', 'measures[0]']);
    // The state index follows the notification's status.
    expect((await listCasesByState(db, 'contact-point-check')).map((c) => c.id)).toEqual(['case-1']);
    expect(await listCasesByState(db, 'draft')).toEqual([]);
    db.close();
  });

  it('refuses a save based on an old revision, returns the other change and writes nothing', async () => {
    const db = await open();
    await createCase(db, kettle(), { role: 'national-authority', now: clock });
    const tabA = kettle();
    tabA.product.model = 'HK-2A';
    const tabB = kettle();
    tabB.product.model = 'HK-2B';
    expect((await saveCase(db, tabA, 1, { role: 'national-authority', now: clock })).ok).toBe(true);
    const refused = await saveCase(db, tabB, 1, { role: 'national-authority', now: clock });
    expect(refused).toMatchObject({ ok: false, reason: 'conflict' });
    if (refused.ok || refused.reason !== 'conflict') throw new Error('expected a conflict');
    expect(refused.current.rev).toBe(2);
    expect(refused.current.file.product.model).toBe('HK-2A');
    expect((await getCase(db, 'case-1'))!.file.product.model).toBe('HK-2A');
    expect(await caseHistory(db, 'case-1')).toHaveLength(2);
    // A second "create" of the same id is a conflict too, never an overwrite.
    expect(await createCase(db, kettle(), { role: 'national-authority', now: clock })).toMatchObject({ ok: false, reason: 'conflict' });
    db.close();
  });

  it('stores photos as blobs with the save, and removes them with it', async () => {
    const db = await open();
    const c = kettle();
    c.product.photoIds = ['ph-1', 'ph-2'];
    await createCase(db, c, {
      role: 'national-authority',
      now: clock,
      addPhotos: [
        { id: 'ph-1', name: 'front.png', type: 'image/png', blob: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }) },
        { id: 'ph-2', name: 'label.jpg', type: 'image/jpeg', blob: new Blob(['jpeg'], { type: 'image/jpeg' }) },
      ],
    });
    const photos = await casePhotos(db, 'case-1');
    expect(photos.map((p) => [p.id, p.name, p.type]).sort()).toEqual([['ph-1', 'front.png', 'image/png'], ['ph-2', 'label.jpg', 'image/jpeg']]);
    expect(new Uint8Array(await photos.find((p) => p.id === 'ph-1')!.blob.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
    const c2 = structuredClone(c);
    c2.product.photoIds = ['ph-2'];
    await saveCase(db, c2, 1, { role: 'national-authority', now: clock, removePhotoIds: ['ph-1'] });
    expect((await casePhotos(db, 'case-1')).map((p) => p.id)).toEqual(['ph-2']);
    db.close();
  });

  it('keeps what a photo shows and its caption with the blob, and follows a changed caption', async () => {
    const db = await open();
    const c = addPhoto(kettle(), { id: 'ph-1', caption: 'Kettle, front', addedOn: '2026-03-01', role: 'product' });
    const blob = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    const r = await createCase(db, c, { role: 'national-authority', now: clock, addPhotos: [{ id: 'ph-1', name: 'front.png', type: 'image/png', blob, role: 'product', caption: 'Kettle, front' }] });
    expect((await casePhotos(db, 'case-1')).map((p) => [p.id, p.role, p.caption])).toEqual([['ph-1', 'product', 'Kettle, front']]);
    if (!r.ok) throw new Error('save failed');
    await saveCase(db, setPhotoCaption(c, 'ph-1', 'Kettle HK-2, front view'), r.record.rev, { role: 'national-authority', now: clock });
    expect((await getPhoto(db, 'ph-1'))).toMatchObject({ role: 'product', caption: 'Kettle HK-2, front view', name: 'front.png' });
    db.close();
  });

  it('role and caption survive export and import', async () => {
    const db1 = await open();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]);
    const c = addPhoto(kettle('case-x'), { id: 'ph-l', caption: 'Rating label', addedOn: '2026-03-01', role: 'label' });
    await createCase(db1, c, { role: 'national-authority', addPhotos: [{ id: 'ph-l', name: 'label.png', type: 'image/png', blob: new Blob([png], { type: 'image/png' }), role: 'label', caption: 'Rating label' }] });
    const file = (await exportCase(db1, 'case-x'))!;
    expect(JSON.parse(file.text).photos[0]).toMatchObject({ id: 'ph-l', role: 'label', caption: 'Rating label' });
    const db2 = await open();
    expect((await importCase(db2, file.text, { role: 'contact-point' })).ok).toBe(true);
    expect((await getPhoto(db2, 'ph-l'))).toMatchObject({ role: 'label', caption: 'Rating label' });
    expect((await getCase(db2, 'case-x'))!.file.attachments.find((a) => a.id === 'ph-l')?.role).toBe('label');
    db1.close();
    db2.close();
  });

  it('a refused save does not add its photos', async () => {
    const db = await open();
    await createCase(db, kettle(), { role: 'national-authority', now: clock });
    const r = await saveCase(db, kettle(), 0, { role: 'national-authority', now: clock, addPhotos: [{ id: 'x', name: 'x.png', type: 'image/png', blob: new Blob(['x']) }] });
    expect(r.ok).toBe(false);
    expect(await casePhotos(db, 'case-1')).toEqual([]);
    db.close();
  });

  it('lists most recent first and finds by bar code', async () => {
    const db = await open();
    await createCase(db, kettle('a'), { role: 'national-authority', now: () => '2026-03-01T00:00:00.000Z' });
    const b = kettle('b');
    b.product.barcode = ' 5000000000001 ';
    await createCase(db, b, { role: 'national-authority', now: () => '2026-03-05T00:00:00.000Z' });
    expect((await listCases(db)).map((c) => c.id)).toEqual(['b', 'a']);
    expect((await findCasesByBarcode(db, '5000000000001')).map((c) => c.id)).toEqual(['b']);
    db.close();
  });

  it('reads the most recent few cases and the total without reading them all', async () => {
    const db = await open();
    for (let i = 0; i < 5; i++) await createCase(db, kettle(`k${i}`), { role: 'national-authority', now: () => `2026-03-0${i + 1}T00:00:00.000Z` });
    const { cases, total } = await listRecentCases(db, 2);
    expect(total).toBe(5);
    expect(cases.map((c) => c.id)).toEqual(['k4', 'k3']);
    db.close();
  });

  it('deletes only the named revision, with its photos, and keeps a history line', async () => {
    const db = await open();
    const c = kettle();
    c.product.photoIds = ['ph-1'];
    await createCase(db, c, { role: 'national-authority', now: clock, addPhotos: [{ id: 'ph-1', name: 'a.png', type: 'image/png', blob: new Blob(['a']) }] });
    expect(await deleteCase(db, 'case-1', 7, { role: 'national-authority' })).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await getCase(db, 'case-1')).toBeDefined();
    expect(await deleteCase(db, 'case-1', 1, { role: 'national-authority', now: () => '2026-04-01T00:00:00.000Z' })).toEqual({ ok: true });
    expect(await getCase(db, 'case-1')).toBeUndefined();
    expect(await casePhotos(db, 'case-1')).toEqual([]);
    expect((await caseHistory(db, 'case-1')).map((h) => h.summary)).toEqual(['created', 'deleted']);
    expect(await deleteCase(db, 'case-1', 1, { role: 'national-authority' })).toEqual({ ok: false, reason: 'missing' });
    db.close();
  });

  it('summarises a change in a few paths and treats machine snapshots as one field', () => {
    const a = kettle();
    a.notification = emptyNotification({ notifyingCountry: 'DE' });
    const b = structuredClone(a);
    b.notification!.machineSnapshot = { value: 'submitted', context: { deep: { x: 1 } } };
    expect(changeSummary(a, b)).toEqual({ summary: 'changed: notification.machineSnapshot', fields: ['notification.machineSnapshot'] });
    const c = structuredClone(a);
    c.traceability.destinations = ['AT', 'BE', 'CZ', 'DK', 'EE', 'FI', 'FR', 'GR', 'HU', 'IE'];
    expect(changeSummary(a, c).summary).toBe('changed: traceability.destinations[0], traceability.destinations[1], traceability.destinations[2], traceability.destinations[3], traceability.destinations[4], traceability.destinations[5], traceability.destinations[6], traceability.destinations[7] (+2 more)');
    expect(changeSummary(a, structuredClone(a)).summary).toBeNull();
  });
});

describe('case store failures', () => {
  it('a save whose photo cannot be stored writes nothing: no case, no history', async () => {
    const db = await open();
    // A photo whose blob cannot be cloned makes the photo write fail inside the transaction.
    const bad = { id: 'p', name: 'x.png', type: 'image/png', blob: (() => undefined) as unknown as Blob };
    const r = await createCase(db, kettle(), { role: 'national-authority', now: clock, addPhotos: [bad] });
    expect(r.ok).toBe(false);
    expect(await db.count('cases')).toBe(0);
    expect(await db.count('history')).toBe(0);
    expect(await db.count('photos')).toBe(0);
    db.close();
  });
});
