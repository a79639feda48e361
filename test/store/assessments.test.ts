// Assessments in IndexedDB (fake-indexeddb): revisioned saves, ordered autosave, all-or-nothing
// import, export in the interchange format, demo seeding once.
import { describe, expect, it } from 'vitest';
import { openRiskcaseDb } from '../../src/store/db';
import {
  AssessmentSaver,
  exportAssessment,
  getAssessment,
  importAssessments,
  listAssessments,
  saveAssessment,
  seedDemoAssessments,
} from '../../src/store/assessments';
import { hammer, socketProtectors } from '../../src/demo/assessments';
import { parseAssessmentDocument } from '../../src/domain/assessment';

let n = 0;
const freshDb = () => openRiskcaseDb(`assessments-test-${Date.now()}-${n++}`);

describe('assessment store', () => {
  it('saves, reloads exactly, and refuses a stale revision', async () => {
    const db = await freshDb();
    const draft = { id: 's2', title: '', hazard: 'h', consumer: '', steps: [{ key: 'k1', text: 'typed', probability: '1/7', low: '', high: '', evidence: 'note' }], injuryType: '', injury: '', suggestedSeverity: null, severity: null, severityReason: '' };
    const r1 = await saveAssessment(db, { id: 'a1', doc: hammer, wizard: { at: 'steps', draft } }, 0);
    expect(r1.ok).toBe(true);
    const back = await getAssessment(db, 'a1');
    expect(back?.doc).toEqual(hammer);
    expect(back?.wizard).toEqual({ at: 'steps', draft });
    expect(back?.rev).toBe(1);
    const stale = await saveAssessment(db, { id: 'a1', doc: socketProtectors }, 0);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.reason).toBe('conflict');
    expect((await getAssessment(db, 'a1'))?.doc).toEqual(hammer);
  });

  it('the saver writes the latest change in order and never conflicts with itself', async () => {
    const db = await freshDb();
    const results: boolean[] = [];
    const saver = new AssessmentSaver(db, 0, (r) => results.push(r.ok));
    for (let i = 1; i <= 5; i++) saver.schedule({ id: 'a2', doc: { ...hammer, product: { name: `Hammer ${i}` } } });
    await saver.flush();
    expect(results.every(Boolean)).toBe(true);
    // the first change is written at once, the four made during that write in one more
    expect(results).toHaveLength(2);
    const stored = await getAssessment(db, 'a2');
    expect(stored?.doc.product.name).toBe('Hammer 5');
    expect(saver.revision).toBe(stored?.rev);
    saver.schedule({ id: 'a2', doc: { ...hammer, product: { name: 'Hammer 6' } } });
    await saver.flush();
    expect((await getAssessment(db, 'a2'))?.doc.product.name).toBe('Hammer 6');
  });

  it('the saver stops at a conflict and overwrites nothing', async () => {
    const db = await freshDb();
    await saveAssessment(db, { id: 'a4', doc: hammer }, 0);
    const results: string[] = [];
    const saver = new AssessmentSaver(db, 0, (r) => results.push(r.ok ? 'ok' : r.reason));
    saver.schedule({ id: 'a4', doc: socketProtectors });
    await saver.flush();
    expect(results).toEqual(['conflict']);
    expect((await getAssessment(db, 'a4'))?.doc).toEqual(hammer);
  });

  it('imports a file of one or many documents, and a bad file writes nothing', async () => {
    const db = await freshDb();
    let id = 0;
    const one = await importAssessments(db, JSON.stringify(hammer), () => `i${id++}`);
    expect(one).toEqual({ ok: true, ids: ['i0'] });
    const bad = structuredClone(socketProtectors);
    bad.scenarios[0].steps[2].probability = '1.5';
    const many = await importAssessments(db, JSON.stringify([hammer, bad]), () => `i${id++}`);
    expect(many.ok).toBe(false);
    if (!many.ok) {
      expect(many.errors).toHaveLength(1);
      expect(many.errors[0].path).toBe('[1].scenarios[0].steps[2].probability');
      expect(many.errors[0].message).toMatch(/scenario s1, step 3: "1.5" is above 1/);
    }
    const notJson = await importAssessments(db, '{ nope');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0].message).toMatch(/not valid JSON/);
    expect((await listAssessments(db)).map((r) => r.id)).toEqual(['i0']);
  });

  it('exports the interchange document, which imports again unchanged', async () => {
    const db = await freshDb();
    await saveAssessment(db, { id: 'a3', doc: hammer }, 0);
    const text = exportAssessment((await getAssessment(db, 'a3'))!);
    const parsed = parseAssessmentDocument(JSON.parse(text));
    expect(parsed.ok).toBe(true);
    expect(JSON.parse(text)).toEqual(hammer);
  });

  it('seeds the three worked examples once; a deleted one stays deleted', async () => {
    const db = await freshDb();
    expect(await seedDemoAssessments(db)).toBe(true);
    expect((await listAssessments(db)).map((r) => r.doc.product.name).sort()).toEqual(['Folding chair', 'Hammer', 'Socket protectors']);
    await db.delete('assessments', 'demo-hammer');
    expect(await seedDemoAssessments(db)).toBe(false);
    expect(await listAssessments(db)).toHaveLength(2);
  });
});
