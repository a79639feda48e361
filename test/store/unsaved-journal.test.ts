// A reload right after typing: the IndexedDB write in flight is aborted with the page, so the
// last change survives only in the tab's synchronous journal, and the wizard's load restores it.
// A new assessment waits there too until something is typed.
import { describe, expect, it } from 'vitest';
import { hammer } from '../../src/demo/assessments';
import { AssessmentSaver, assessmentJournal, getAssessment, getAssessmentRecovered, isBlankAssessment, listAssessments, saveAssessment, startNewAssessment } from '../../src/store/assessments';
import { openRiskcaseDb } from '../../src/store/db';
import { recoverable, sessionJournal } from '../../src/store/unsaved-journal';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), size: () => m.size };
}

let n = 0;
const freshDb = () => openRiskcaseDb(`journal-test-${Date.now()}-${n++}`);

describe('the unsaved-change journal', () => {
  it('restores a change whose write never landed, and only over the revision it was made on', () => {
    const stored = (content: string) => (d: string) => d === content;
    expect(recoverable({ draft: 'x', rev: 3 }, 3, stored('w'))).toBe('x');
    // One revision more: this tab's write in flight landed, or another tab wrote.
    expect(recoverable({ draft: 'x', rev: 3, inflight: 'w' }, 4, stored('w'))).toBe('x');
    expect(recoverable({ draft: 'x', rev: 3, inflight: 'w' }, 4, stored('theirs'))).toBeNull();
    expect(recoverable({ draft: 'x', rev: 3 }, 4, stored('w'))).toBeNull();
    expect(recoverable({ draft: 'x', rev: 3, inflight: 'w' }, 5, stored('w'))).toBeNull();
    expect(recoverable(null, 1, stored('w'))).toBeNull();
  });

  it('a refused save (another tab wrote first) forgets the change, so a reload shows their version', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    await saveAssessment(db, { id: 'j4', doc: hammer, wizard: null }, 0);
    await saveAssessment(db, { id: 'j4', doc: { ...hammer, product: { name: 'Tab A' } }, wizard: null }, 1);
    const results: boolean[] = [];
    const saverB = new AssessmentSaver(db, 1, (r) => results.push(r.ok), assessmentJournal('j4', storage));
    saverB.schedule({ id: 'j4', doc: { ...hammer, product: { name: 'Tab B' } }, wizard: null });
    await saverB.flush();
    expect(results).toEqual([false]);
    expect(storage.size()).toBe(0);
    expect((await getAssessmentRecovered(db, 'j4', assessmentJournal('j4', storage)))?.doc.product.name).toBe('Tab A');
  });

  it('ignores text that is not a journal entry', () => {
    const storage = memoryStorage();
    storage.setItem('riskcase.unsaved.k', '{not json');
    expect(sessionJournal('k', storage).read()).toBeNull();
    storage.setItem('riskcase.unsaved.k', '{"draft":1}');
    expect(sessionJournal('k', storage).read()).toBeNull();
  });

  it('keeps the latest change until IndexedDB holds it, then forgets it', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    const first = await saveAssessment(db, { id: 'j1', doc: hammer, wizard: null }, 0);
    if (!first.ok) throw new Error('seed');
    const saver = new AssessmentSaver(db, 1, undefined, assessmentJournal('j1', storage));
    saver.schedule({ id: 'j1', doc: { ...hammer, product: { name: 'Hammer 2' } }, wizard: null });
    expect(assessmentJournal('j1', storage).read()?.draft.doc.product.name).toBe('Hammer 2');
    await saver.flush();
    expect(storage.size()).toBe(0);
    expect((await getAssessment(db, 'j1'))?.doc.product.name).toBe('Hammer 2');
  });

  it('a reload that cut off the write finds the change again', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    await saveAssessment(db, { id: 'j2', doc: hammer, wizard: null }, 0);
    // The page typed, journalled, and unloaded before its IndexedDB write committed.
    assessmentJournal('j2', storage).write({ id: 'j2', doc: { ...hammer, product: { name: 'Typed just before reload' } }, wizard: null }, 1);
    expect((await getAssessment(db, 'j2'))?.doc.product.name).toBe(hammer.product.name);
    const back = await getAssessmentRecovered(db, 'j2', assessmentJournal('j2', storage));
    expect(back?.doc.product.name).toBe('Typed just before reload');
    expect((await getAssessment(db, 'j2'))?.rev).toBe(2);
    expect(storage.size()).toBe(0);
  });

  it('another tab’s later write wins over a stale journal entry', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    await saveAssessment(db, { id: 'j3', doc: hammer, wizard: null }, 0);
    await saveAssessment(db, { id: 'j3', doc: { ...hammer, product: { name: 'Other tab 2' } }, wizard: null }, 1);
    await saveAssessment(db, { id: 'j3', doc: { ...hammer, product: { name: 'Other tab 3' } }, wizard: null }, 2);
    assessmentJournal('j3', storage).write({ id: 'j3', doc: { ...hammer, product: { name: 'Stale' } }, wizard: null }, 1);
    const back = await getAssessmentRecovered(db, 'j3', assessmentJournal('j3', storage));
    expect(back?.doc.product.name).toBe('Other tab 3');
    expect(storage.size()).toBe(0);
  });
});

describe('a new assessment is stored on its first real input', () => {
  it('pressing "New assessment" and moving between sections stores nothing; typing stores it', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    const id = startNewAssessment('rapex-2010', (i) => assessmentJournal(i, storage));
    expect(await getAssessment(db, id)).toBeUndefined();
    const opened = await getAssessmentRecovered(db, id, assessmentJournal(id, storage));
    expect(opened?.rev).toBe(0);
    expect(await listAssessments(db)).toEqual([]);

    const saver = new AssessmentSaver(db, 0, undefined, assessmentJournal(id, storage));
    const blankDraft = { id: 's1', title: ' ', hazard: '', consumer: '', steps: [{ key: 'k', text: '', probability: '', low: '', high: '', evidence: '' }], injuryType: '', injury: '', suggestedSeverity: null, severity: null, severityReason: '' };
    saver.schedule({ id, doc: opened!.doc, wizard: { at: 'hazard', draft: blankDraft } });
    await saver.flush();
    expect(await getAssessment(db, id)).toBeUndefined();

    saver.schedule({ id, doc: { ...opened!.doc, product: { name: 'Kettle' } }, wizard: { at: 'hazard', draft: blankDraft } });
    await saver.flush();
    expect((await getAssessment(db, id))?.doc.product.name).toBe('Kettle');
    expect((await listAssessments(db)).map((r) => r.id)).toEqual([id]);
  });

  it('an id that was never started is not found', async () => {
    const db = await freshDb();
    expect(await getAssessmentRecovered(db, 'a-unknown', assessmentJournal('a-unknown', memoryStorage()))).toBeUndefined();
  });

  it('what counts as input', () => {
    const doc = { product: { name: '' }, regime: 'rapex-2010', scenarios: [] };
    expect(isBlankAssessment({ doc, wizard: null })).toBe(true);
    expect(isBlankAssessment({ doc: { ...doc, product: { name: '', brand: 'Acme' } }, wizard: null })).toBe(false);
    const d = { id: 's', title: '', hazard: '', consumer: '', steps: [], injuryType: '', injury: '', suggestedSeverity: null, severity: 2, severityReason: '' };
    expect(isBlankAssessment({ doc, wizard: { at: 'injury', draft: d } })).toBe(false);
  });
});
