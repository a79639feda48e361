import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openRiskcaseDb, v1, type UpgradeStep } from '../../src/store/db';
import { openV1 } from './fixtures/schema-v1';

let n = 0;
const freshName = () => `db-test-${Date.now()}-${n++}`;

async function seedV1(name: string): Promise<void> {
  const db = await openV1(name);
  const tx = db.transaction(['cases', 'assessments', 'history', 'photos'], 'readwrite');
  await tx.objectStore('cases').put({ id: 'c1', rev: 3, updatedAt: '2026-01-02T10:00:00Z', file: { notification: { status: 'submitted' }, product: { name: 'Kettle', barcode: '4006381333931' } } });
  await tx.objectStore('cases').put({ id: 'c2', rev: 1, updatedAt: '2026-01-03T10:00:00Z', file: { product: { name: 'Chair' } } });
  await tx.objectStore('assessments').put({ id: 'a1', rev: 2, updatedAt: '2026-01-01T00:00:00Z', title: 'Chair risk' });
  await tx.objectStore('history').add({ caseId: 'c1', at: '2026-01-02T10:00:00Z', role: 'authority', summary: 'created' });
  await tx.objectStore('photos').put({ id: 'p1', caseId: 'c1', name: 'front.png', type: 'image/png', blob: new Blob(['png-bytes'], { type: 'image/png' }) });
  await tx.done;
  db.close();
}

describe('schema', () => {
  it('creates the current version from nothing with every store', async () => {
    const db = await openRiskcaseDb(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['alertImports', 'alerts', 'assessments', 'cases', 'history', 'meta', 'outbox', 'photos', 'ruleSets', 'sessions', 'syncState']);
    const tx = db.transaction(['cases', 'history']);
    expect([...tx.objectStore('cases').indexNames].sort()).toEqual(['byBarcode', 'byState', 'byUpdated']);
    expect([...tx.objectStore('history').indexNames].sort()).toEqual(['byCase', 'byCaseAt']);
    expect([...db.transaction('outbox').store.indexNames]).toEqual(['byQueued']);
    db.close();
  });

  it('upgrades a version-1 database and keeps every record', async () => {
    const name = freshName();
    await seedV1(name);
    const db = await openRiskcaseDb(name);
    expect(db.version).toBe(DB_VERSION);
    const c1 = await db.get('cases', 'c1');
    expect(c1).toMatchObject({ id: 'c1', rev: 3, state: 'submitted', barcode: '4006381333931', file: { product: { name: 'Kettle' } } });
    // A v1 case without a state gets the initial one, and is found through the new indexes.
    expect(await db.get('cases', 'c2')).toMatchObject({ rev: 1, state: 'draft', barcode: '' });
    expect((await db.getAllFromIndex('cases', 'byState', 'submitted')).map((c) => c.id)).toEqual(['c1']);
    expect((await db.getAllFromIndex('cases', 'byBarcode', '4006381333931')).map((c) => c.id)).toEqual(['c1']);
    expect(await db.get('assessments', 'a1')).toEqual({ id: 'a1', rev: 2, updatedAt: '2026-01-01T00:00:00Z', title: 'Chair risk' });
    expect((await db.getAllFromIndex('history', 'byCaseAt', IDBKeyRange.bound(['c1', ''], ['c1', '\uffff']))).map((h) => h.summary)).toEqual(['created']);
    const photo = await db.get('photos', 'p1');
    expect(await photo!.blob.text()).toBe('png-bytes');
    expect(await db.get('meta', 'schemaVersion')).toBe(2);
    db.close();
  });

  it('a failing upgrade step leaves the old version and its data untouched', async () => {
    const name = freshName();
    await seedV1(name);
    // Fails after real IndexedDB work and an await: the half-done changes must not survive.
    const failing: UpgradeStep = async (db, tx) => {
      db.createObjectStore('ruleDrafts' as never, { keyPath: 'id' });
      await tx.objectStore('cases').put({ id: 'c1', rev: 99, updatedAt: 'x', state: 'draft', barcode: '', file: {} as never });
      throw new Error('step 2 broke');
    };
    await expect(openRiskcaseDb(name, { steps: [v1, failing] })).rejects.toThrow(/upgraded to version 2: step 2 broke/);
    const db = await openDB(name);
    expect(db.version).toBe(1);
    expect(db.objectStoreNames.contains('ruleDrafts' as never)).toBe(false);
    expect(await db.get('cases', 'c1')).toMatchObject({ rev: 3 });
    db.close();
  });

  it('the real v2 step aborts on a stored case it cannot read, keeping version 1 and the data', async () => {
    const name = freshName();
    const old = await openV1(name);
    await old.put('cases', { id: 'ok', rev: 1, updatedAt: 'x', file: { state: 'draft' } });
    // A numeric id can only come from a broken build; the migration must not guess.
    await old.put('cases', { id: 7, rev: 1, updatedAt: 'x' });
    old.close();
    await expect(openRiskcaseDb(name)).rejects.toThrow(/stored case under key 7 is not a case record.*Nothing was changed/);
    const after = await openDB(name);
    expect(after.version).toBe(1);
    expect(after.transaction('cases').store.indexNames.contains('byState')).toBe(false);
    expect(await after.get('cases', 'ok')).toEqual({ id: 'ok', rev: 1, updatedAt: 'x', file: { state: 'draft' } });
    after.close();
  });

  it('uses a separate IndexedDB when given a factory', async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    const factory = new IDBFactory();
    const db = await openRiskcaseDb('riskcase', { factory });
    await db.put('meta', 'here', 'k');
    db.close();
    const other = await openRiskcaseDb('riskcase', { factory: new IDBFactory() });
    expect(await other.get('meta', 'k')).toBeUndefined();
    other.close();
  });
});
