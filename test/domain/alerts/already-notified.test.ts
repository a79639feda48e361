// The combined duplicate check: each kind of evidence, the reasons and links it gives, what it
// suggests instead of notifying again, and — on the generated benchmark set with known duplicate
// pairs — precision and recall above a floor.
import { describe, expect, it } from 'vitest';
import { duplicateBenchmark } from '../../../bench/alert-generator';
import { scoreDuplicateCheck } from '../../../bench/duplicate-eval';
import { checkAlreadyNotified, reasonText, type Probe } from '../../../src/domain/alerts/already-notified';
import { entryHref, entryOfAlert, entryOfCase, type NotifiedEntry } from '../../../src/domain/alerts/notified';
import { buildProductIndex } from '../../../src/domain/alerts/product-index';
import { emptyAlert } from '../../../src/domain/alerts/build';
import { emptyCase, emptyNotification } from '../../../src/domain/case/empty';

function alert(n: string, patch: Partial<ReturnType<typeof emptyAlert>>): NotifiedEntry {
  return entryOfAlert({ ...emptyAlert(n, { file: 'f.xml', format: 'xml', reportDate: null, year: 2026, week: 48, at: 1 }), notifyingCountry: 'Germany', ...patch });
}

const CORPUS: NotifiedEntry[] = [
  alert('A12/00001/26', { name: 'Socket protectors', brand: 'SafeHome', model: 'SP-12', barcode: ['4006381333931'], description: 'White plastic covers for wall sockets, pack of 12.' }),
  alert('A12/00002/26', { name: 'Remote control car Thunder', brand: 'Bébé-Confort', model: 'RC 2201', batch: ['L2025-11'], description: 'Red plastic toy car with detachable wheels.' }),
  alert('A12/00003/26', { name: 'Glow slime', brand: 'Glitterz', description: 'Slime in a jar; boron above the limit.', notifyingCountry: 'Norway' }),
  alert('A12/00004/26', { name: 'Hair dryer', brand: 'Voltix', model: 'HD-1', description: 'Black hair dryer, 1800 W.' }),
];

const probe = (p: Partial<Probe>): Probe => ({ name: '', brand: '', model: '', barcode: '', batch: '', description: '', country: 'NO', ...p });

describe('already notified?', () => {
  const index = buildProductIndex(CORPUS);

  it('matches a bar code exactly, spaces and a GTIN-14 leading zero aside', () => {
    const [hit] = checkAlreadyNotified(index, probe({ barcode: '0 4006381 333931', name: 'Steckdosenschutz' }));
    expect(hit.entry.id).toBe('A12/00001/26');
    expect(hit.reasons.map(reasonText)).toEqual(['same bar code 0 4006381 333931']);
    expect(hit.score).toBe(1);
    expect(entryHref(hit.entry)).toBe('#/alerts/A12%2F00001%2F26');
  });

  it('matches brand and model without case, spaces, hyphens or diacritics', () => {
    const [hit] = checkAlreadyNotified(index, probe({ brand: 'BEBE CONFORT', model: 'rc-2201', name: 'Toy car' }));
    expect(hit.entry.id).toBe('A12/00002/26');
    expect(hit.reasons[0]).toEqual({ kind: 'brand-model', brand: 'Bébé-Confort', model: 'RC 2201' });
  });

  it('matches a name with typos when the brand is the same, and says which words', () => {
    const [hit] = checkAlreadyNotified(index, probe({ brand: 'glitterz', name: 'Glow slme' }));
    expect(hit.entry.id).toBe('A12/00003/26');
    expect(hit.reasons.map(reasonText)).toEqual(['same brand (Glitterz)', 'similar name: 2 of 2 words (glow, slime)']);
  });

  it('matches an exact batch number with a similar name, not a batch number alone', () => {
    expect(checkAlreadyNotified(index, probe({ batch: 'l2025 11', name: 'Remote car' }))[0]?.entry.id).toBe('A12/00002/26');
    expect(checkAlreadyNotified(index, probe({ batch: 'L2025-11', name: 'Hair dryer' }))).toEqual([]);
  });

  it('does not take a similar name of another brand for the same product', () => {
    expect(checkAlreadyNotified(index, probe({ brand: 'PowerPlus', name: 'Hair dryer', description: 'Black hair dryer, 1800 W.' }))).toEqual([]);
  });

  it('suggests a reaction to another State, a follow-up of our own notification', () => {
    expect(checkAlreadyNotified(index, probe({ barcode: '4006381333931' }))[0].suggestion).toBe('reaction');
    expect(checkAlreadyNotified(index, probe({ brand: 'Glitterz', name: 'Glow slime' }))[0].suggestion).toBe('follow-up');
  });

  it('covers the authority’s own notified cases, but not the case itself or a draft', () => {
    const base = emptyCase({ id: 'c1', created: '2026-03-01', regimeId: 'rapex-2010', country: 'NO' });
    const notified = { ...base, product: { ...base.product, name: 'Kettle', brand: 'Hotpot', model: 'K1', barcode: '123456789012' }, notification: { ...emptyNotification({ notifyingCountry: 'NO' }), submitted: '2026-03-02', status: 'submitted' as const } };
    const draft = { ...notified, id: 'c2', notification: null };
    const idx = buildProductIndex([...CORPUS, entryOfCase(notified), entryOfCase(draft)]);
    const hits = checkAlreadyNotified(idx, probe({ barcode: '123456789012' }));
    expect(hits.map((h) => [h.entry.kind, h.entry.id, h.suggestion])).toEqual([['case', 'c1', 'follow-up']]);
    expect(entryHref(hits[0].entry)).toBe('#/cases/c1');
    expect(checkAlreadyNotified(idx, probe({ barcode: '123456789012', caseId: 'c1' }))).toEqual([]);
  });
});

describe('precision and recall on the generated set (seed 29, not the one the thresholds were chosen on)', () => {
  it('finds at least 85 % of the known duplicate pairs with at least 85 % of its hits right', () => {
    const set = duplicateBenchmark({ seed: 29 });
    expect(set.corpus.filter((e) => e.kind === 'alert').length).toBeGreaterThanOrEqual(300);
    const s = scoreDuplicateCheck(set);
    expect(s.pairs).toBeGreaterThan(150);
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
    // Exact evidence is never missed.
    expect(s.recallBy.barcode.found).toBe(s.recallBy.barcode.of);
    expect(s.recallBy['brand-model'].found).toBe(s.recallBy['brand-model'].of);
  });
});
