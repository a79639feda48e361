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

  it('exports the interchange document in a checksummed envelope, which imports again unchanged', async () => {
    const db = await freshDb();
    await saveAssessment(db, { id: 'a3', doc: hammer }, 0);
    const text = await exportAssessment((await getAssessment(db, 'a3'))!, () => '2026-12-01T10:00:00.000Z');
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({ format: 'riskcase-assessment', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', assessment: hammer });
    expect(envelope.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(parseAssessmentDocument(envelope.assessment).ok).toBe(true);
    const again = await importAssessments(db, text, () => 'again');
    expect(again).toEqual({ ok: true, ids: ['again'] });
    expect((await getAssessment(db, 'again'))?.doc).toEqual(hammer);
  });

  it('refuses an exported file changed after export, naming the checksum, and writes nothing', async () => {
    const db = await freshDb();
    await saveAssessment(db, { id: 'a3', doc: hammer }, 0);
    const envelope = JSON.parse(await exportAssessment((await getAssessment(db, 'a3'))!));
    envelope.assessment.scenarios[0].severity = 4;
    const r = await importAssessments(db, JSON.stringify(envelope), () => 'changed');
    expect(r).toEqual({ ok: false, errors: [{ path: 'sha256', message: 'the checksum does not match: the file was changed or damaged after it was exported' }] });
    expect(await getAssessment(db, 'changed')).toBeUndefined();
  });

  it('is as strict as the case import: prototype keys, huge texts and unknown fields are refused', async () => {
    const db = await freshDb();
    const cases: [unknown, string, RegExp][] = [
      [{ ...hammer, constructor: { prototype: { polluted: true } } }, 'constructor', /the key "constructor" is not allowed/],
      [JSON.parse(JSON.stringify({ ...hammer, product: { ...hammer.product } }).replace('"product":{', '"product":{"__proto__":{"x":1},')), 'product.__proto__', /not allowed/],
      [{ ...hammer, product: { ...hammer.product, name: 'n'.repeat(50_000) } }, 'product.name', /too long \(50000 characters, at most 20000\)/],
      [{ ...hammer, notes: 'x'.repeat(1_000) }, 'notes', /unknown field/],
      [{ ...hammer, scenarios: [{ ...hammer.scenarios[0], steps: Array.from({ length: 101 }, () => ({ text: 's', probability: '1/2' })) }] }, 'scenarios[0].steps', /too many items \(101, at most 100\)/],
    ];
    for (const [doc, path, message] of cases) {
      const r = await importAssessments(db, JSON.stringify(doc), () => 'bad');
      expect(r.ok, path).toBe(false);
      if (!r.ok) {
        expect(r.errors[0].path).toBe(path);
        expect(r.errors[0].message).toMatch(message);
      }
    }
    expect(await listAssessments(db)).toEqual([]);
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
