// saveRecord: the revision check happens inside the write transaction (two tabs never overwrite
// each other), a refused save returns the other version, and a failed save (full disk or any error)
// leaves nothing half-written. Other tabs hear of a save through the 'riskcase' BroadcastChannel.
import { afterEach, describe, expect, it } from 'vitest';
import { openRiskcaseDb, type Db, type Revisioned } from '../../src/store/db';
import { isQuotaError, saveRecord } from '../../src/store/records';
import { CHANNEL_NAME, parseChangeMessage, publishChange, subscribeChanges, type ChangeMessage } from '../../src/store/broadcast';

type Assessment = Revisioned & { title: string; scenarios?: unknown[] };

let n = 0;
const open: Db[] = [];
async function freshDb(): Promise<{ name: string; db: Db }> {
  const name = `records-test-${Date.now()}-${n++}`;
  const db = await openRiskcaseDb(name);
  open.push(db);
  return { name, db };
}
/** A second connection to the same database, as another tab would hold. */
async function secondTab(name: string): Promise<Db> {
  const db = await openRiskcaseDb(name);
  open.push(db);
  return db;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const clock = (iso: string) => () => iso;

/** A property of an idb wrapper, with methods bound to the real object (idb unwraps `this`). */
function real(target: object, prop: PropertyKey): unknown {
  const v = Reflect.get(target, prop, target);
  return typeof v === 'function' ? v.bind(target) : v;
}

/** Wraps a connection so that `put` on `store` fails with `error` (after the real put, if `afterWrite`). */
function failingPut(db: Db, store: string, error: () => Error, afterWrite = false): Db {
  return new Proxy(db, {
    get(target, prop) {
      if (prop !== 'transaction') return real(target, prop);
      return (...args: Parameters<Db['transaction']>) => {
        const tx = target.transaction(...args);
        return new Proxy(tx, {
          get(t, p) {
            if (p !== 'objectStore') return real(t, p);
            return (name: string) => {
              const os = t.objectStore(name as never);
              if (name !== store) return os;
              return new Proxy(os, {
                get(o, q) {
                  if (q !== 'put') return real(o, q);
                  return async (value: unknown) => {
                    if (afterWrite) await (o as unknown as { put: (v: unknown) => Promise<unknown> }).put(value);
                    throw error();
                  };
                },
              });
            };
          },
        });
      };
    },
  }) as Db;
}

describe('saveRecord', () => {
  it('creates a record at revision 1 and updates it revision by revision', async () => {
    const { db } = await freshDb();
    const first = await saveRecord<Assessment>(db, 'assessments', { id: 'a1', title: 'Folding chair' }, 0, clock('2026-03-01T10:00:00.000Z'));
    expect(first).toEqual({ ok: true, record: { id: 'a1', title: 'Folding chair', rev: 1, updatedAt: '2026-03-01T10:00:00.000Z' } });
    const second = await saveRecord<Assessment>(db, 'assessments', { id: 'a1', title: 'Folding chair, model B' }, 1, clock('2026-03-01T11:00:00.000Z'));
    expect(second.ok && second.record.rev).toBe(2);
    expect(await db.get('assessments', 'a1')).toMatchObject({ title: 'Folding chair, model B', rev: 2 });
  });

  it('refuses a save based on an old revision and returns the version saved meanwhile', async () => {
    const { name, db: tabA } = await freshDb();
    const tabB = await secondTab(name);
    await saveRecord<Assessment>(tabA, 'assessments', { id: 'a1', title: 'Kettle' }, 0);
    // Both tabs loaded revision 1; A saves first.
    const a = await saveRecord<Assessment>(tabA, 'assessments', { id: 'a1', title: 'Kettle (A)' }, 1);
    const b = await saveRecord<Assessment>(tabB, 'assessments', { id: 'a1', title: 'Kettle (B)' }, 1);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ ok: false, reason: 'conflict', current: { id: 'a1', title: 'Kettle (A)', rev: 2 } });
    expect(await tabB.get('assessments', 'a1')).toMatchObject({ title: 'Kettle (A)', rev: 2 });
  });

  it('refuses to create a record that another tab created first', async () => {
    const { name, db: tabA } = await freshDb();
    const tabB = await secondTab(name);
    await saveRecord<Assessment>(tabA, 'cases', { id: 'c1', title: 'A' }, 0);
    const b = await saveRecord<Assessment>(tabB, 'cases', { id: 'c1', title: 'B' }, 0);
    expect(b).toMatchObject({ ok: false, reason: 'conflict', current: { title: 'A', rev: 1 } });
  });

  it('lets exactly one of two simultaneous saves on the same revision through', async () => {
    const { name, db: tabA } = await freshDb();
    const tabB = await secondTab(name);
    await saveRecord<Assessment>(tabA, 'assessments', { id: 'a1', title: 'v1' }, 0);
    const results = await Promise.all([
      saveRecord<Assessment>(tabA, 'assessments', { id: 'a1', title: 'from A' }, 1),
      saveRecord<Assessment>(tabB, 'assessments', { id: 'a1', title: 'from B' }, 1),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    const stored = await tabA.get('assessments', 'a1');
    expect(stored?.rev).toBe(2);
    expect(loser).toMatchObject({ reason: 'conflict', current: { title: stored?.title, rev: 2 } });
  });

  it('reports a full disk as a quota result and writes nothing (new record)', async () => {
    const { db } = await freshDb();
    const full = failingPut(db, 'assessments', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const r = await saveRecord<Assessment>(full, 'assessments', { id: 'a1', title: 'Cot' }, 0);
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    expect(r.ok === false && r.reason === 'quota' && r.message).toMatch(/full/);
    expect(await db.get('assessments', 'a1')).toBeUndefined();
    expect(await db.count('assessments')).toBe(0);
  });

  it('leaves the stored version untouched when the disk is full on an update', async () => {
    const { db } = await freshDb();
    await saveRecord<Assessment>(db, 'assessments', { id: 'a1', title: 'Cot' }, 0);
    const full = failingPut(db, 'assessments', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const r = await saveRecord<Assessment>(full, 'assessments', { id: 'a1', title: 'Cot, changed' }, 1);
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    expect(await db.get('assessments', 'a1')).toMatchObject({ title: 'Cot', rev: 1 });
  });

  it('writes nothing when the history step of the same transaction fails', async () => {
    const { db } = await freshDb();
    const r = await saveRecord<Assessment>(db, 'cases', { id: 'c1', title: 'Hair dryer' }, 0, undefined, async (tx) => {
      await (tx as unknown as { objectStore: (n: string) => { add: (v: unknown) => Promise<unknown> } })
        .objectStore('history')
        .add({ caseId: 'c1', at: '2026-03-01T10:00:00.000Z', role: 'assessor', summary: 'created' });
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    expect(await db.count('cases')).toBe(0);
    expect(await db.count('history')).toBe(0);
  });

  it('writes nothing when a step fails after the record was put (any error, not only quota)', async () => {
    const { db } = await freshDb();
    const broken = failingPut(db, 'assessments', () => new Error('disk I/O error'), true);
    const r = await saveRecord<Assessment>(broken, 'assessments', { id: 'a1', title: 'Cot' }, 0);
    expect(r).toMatchObject({ ok: false, reason: 'error', message: 'disk I/O error' });
    expect(await db.count('assessments')).toBe(0);
  });
});

describe('isQuotaError', () => {
  it('recognises the quota errors of Chromium, Firefox and old Safari, and nothing else', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('change broadcast between tabs', () => {
  // Another tab is another BroadcastChannel object on the same name.
  const otherTab = () => new BroadcastChannel(CHANNEL_NAME);
  const nextMessage = (ch: BroadcastChannel) => new Promise<unknown>((resolve) => ch.addEventListener('message', (e) => resolve(e.data), { once: true }));

  it('tells other tabs which record was saved at which revision', async () => {
    const other = otherTab();
    const got = nextMessage(other);
    publishChange({ store: 'assessments', id: 'a1', rev: 3 });
    await expect(got).resolves.toEqual({ store: 'assessments', id: 'a1', rev: 3 });
    other.close();
  });

  it('passes on only the changes asked for, and ignores malformed messages', async () => {
    const other = otherTab();
    const seen: ChangeMessage[] = [];
    const stop = subscribeChanges((c) => seen.push(c), { store: 'cases', id: 'c1' });
    other.postMessage({ store: 'cases', id: 'c2', rev: 2 });
    other.postMessage({ store: 'assessments', id: 'c1', rev: 2 });
    other.postMessage({ store: 'cases', id: 'c1', rev: '2' });
    other.postMessage('cases/c1');
    other.postMessage({ store: 'cases', id: 'c1', rev: 4 });
    await expect.poll(() => seen.length).toBe(1);
    expect(seen).toEqual([{ store: 'cases', id: 'c1', rev: 4 }]);
    stop();
    other.postMessage({ store: 'cases', id: 'c1', rev: 5 });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(1);
    other.close();
  });

  it('parses only the known message shape', () => {
    expect(parseChangeMessage({ store: 's', id: 'i', rev: 1, extra: true })).toEqual({ store: 's', id: 'i', rev: 1 });
    expect(parseChangeMessage({ store: 's', id: 'i', rev: 1.5 })).toBeNull();
    expect(parseChangeMessage(null)).toBeNull();
  });
});
