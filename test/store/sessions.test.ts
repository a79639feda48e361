// Teaching sessions in IndexedDB (fake-indexeddb): revisioned saves with the wizard's unfinished
// input, ordered autosave, and import/export of session files that never half-writes.
import { describe, expect, it } from 'vitest';
import { openRiskcaseDb } from '../../src/store/db';
import { DEMO_SESSION_ID, exportSession, getSession, importSession, listSessions, saveSession, seedDemoSession, SessionSaver, deleteSession } from '../../src/store/sessions';
import { newSession } from '../../src/domain/training/session';
import { exerciseById } from '../../src/domain/training/exercises';
import { emptyDraft } from '../../src/domain/risk/draft';

let n = 0;
const freshDb = () => openRiskcaseDb(`sessions-test-${Date.now()}-${n++}`);

describe('session store', () => {
  it('saves the session with the unfinished wizard input, reloads it exactly, refuses a stale revision', async () => {
    const db = await freshDb();
    const doc = newSession('Course A', ['hammer', 'hair-dryer']);
    const draft = { ...emptyDraft('s1', 'k1'), hazard: 'kinetic-energy' };
    const r1 = await saveSession(db, { id: 't1', doc, progress: { hammer: { at: 'consumer', draft } } }, 0);
    expect(r1.ok).toBe(true);
    const back = await getSession(db, 't1');
    expect(back?.doc).toEqual(doc);
    expect(back?.progress.hammer).toEqual({ at: 'consumer', draft });
    expect(back?.rev).toBe(1);
    const stale = await saveSession(db, { id: 't1', doc: { ...doc, title: 'Other' }, progress: {} }, 0);
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await getSession(db, 't1'))?.doc.title).toBe('Course A');
    await deleteSession(db, 't1');
    expect(await getSession(db, 't1')).toBeUndefined();
  });

  it('lists sessions newest first and skips records that are not sessions', async () => {
    const db = await freshDb();
    await saveSession(db, { id: 'a', doc: newSession('First', ['hammer']), progress: {} }, 0);
    await new Promise((r) => setTimeout(r, 5));
    await saveSession(db, { id: 'b', doc: newSession('Second', ['hammer']), progress: {} }, 0);
    await db.put('sessions', { id: 'junk', rev: 1, updatedAt: '2099-01-01T00:00:00Z', something: 'else' } as never);
    expect((await listSessions(db)).map((s) => s.doc.title)).toEqual(['Second', 'First']);
  });

  it('the saver writes fast changes in order without a conflict and coalesces them', async () => {
    const db = await freshDb();
    const doc = newSession('Course', ['hammer']);
    const first = await saveSession(db, { id: 't', doc, progress: {} }, 0);
    if (!first.ok) throw new Error('save failed');
    const results: boolean[] = [];
    const saver = new SessionSaver(db, first.record.rev, (r) => results.push(r.ok));
    for (let i = 1; i <= 5; i++) saver.schedule({ id: 't', doc: { ...doc, trainee: `name ${i}` }, progress: {} });
    await saver.flush();
    expect(results.every(Boolean)).toBe(true);
    expect(results.length).toBeLessThan(5);
    const back = await getSession(db, 't');
    expect(back?.doc.trainee).toBe('name 5');
    expect(saver.revision).toBe(back!.rev);
  });

  it('exports a session with its answers and imports it back as a new session', async () => {
    const db = await freshDb();
    const doc = newSession('Course B', ['hammer', 'flaring-candle']);
    doc.trainee = 'Jo';
    doc.answers.hammer = exerciseById('hammer')!.model;
    const saved = await saveSession(db, { id: 'orig', doc, progress: { 'flaring-candle': { at: 'hazard', draft: emptyDraft('s1', 'k1') } } }, 0);
    if (!saved.ok) throw new Error('save failed');
    const text = exportSession(saved.record);
    expect(JSON.parse(text)).toEqual(doc); // unfinished input stays on this machine
    const imported = await importSession(db, text, 'copy');
    expect(imported.ok).toBe(true);
    const copy = await getSession(db, 'copy');
    expect(copy?.doc).toEqual(doc);
    expect(copy?.progress).toEqual({});
  });

  it('a bad file writes nothing and names the field', async () => {
    const db = await freshDb();
    const bad = JSON.stringify({ ...newSession('X', ['hammer']), answers: { hammer: { ...exerciseById('hammer')!.model, severity: 'high' } } });
    const r = await importSession(db, bad, 'bad');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['answers.hammer.severity']);
    expect(await listSessions(db)).toEqual([]);
    const notJson = await importSession(db, 'not json', 'bad2');
    expect(notJson.ok).toBe(false);
    expect(await listSessions(db)).toEqual([]);
  });

  it('seeds the demo session once; a deleted demo stays deleted', async () => {
    const db = await freshDb();
    const make = () => newSession('Worked examples', ['hammer', 'folding-chair', 'socket-protectors']);
    expect(await seedDemoSession(db, make)).toBe(true);
    expect((await getSession(db, DEMO_SESSION_ID))?.doc.exercises).toEqual(['hammer', 'folding-chair', 'socket-protectors']);
    expect(await seedDemoSession(db, make)).toBe(false);
    expect((await listSessions(db)).length).toBe(1);
    await deleteSession(db, DEMO_SESSION_ID);
    expect(await seedDemoSession(db, make)).toBe(false);
    expect(await listSessions(db)).toEqual([]);
  });
});
