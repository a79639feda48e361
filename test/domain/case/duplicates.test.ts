// Duplicate check before submission (Part II, 3.2.1): same bar code, same brand + model, or a close name.
import { describe, expect, it } from 'vitest';
import { socketProtectorCase } from '../../../src/demo/cases';
import { editDistance, findDuplicates, nameSimilarity, notifiedProductOf, reactionInsteadOf, type NotifiedProduct } from '../../../src/domain/case/duplicates';
import type { CaseFile } from '../../../src/domain/case/types';

const existing = (over: Partial<NotifiedProduct>): NotifiedProduct => ({
  caseId: 'other',
  notificationNumber: 'A12/0007/26',
  notifyingCountry: 'SE',
  classification: 'article-12',
  name: 'Travel adapter',
  brand: 'Voltix',
  model: 'TA-1',
  barcode: '1234567890128',
  ...over,
});

describe('duplicates', () => {
  const c = socketProtectorCase();

  it('same bar code (spaces ignored)', () => {
    const m = findDuplicates(c, [existing({ barcode: '4006381 333931' })]);
    expect(m.map((x) => [x.basis, x.score])).toEqual([['barcode', 1]]);
  });

  it('same brand and model, written differently', () => {
    expect(findDuplicates(c, [existing({ brand: 'SAFEHOME', model: 'sp 12', barcode: '' })]).map((x) => x.basis)).toEqual(['brand-model']);
  });

  it('a close name (typo, word order) is offered; an unrelated one is not', () => {
    const close = existing({ brand: 'Safe Home', name: 'Socket protector', model: 'X', barcode: '' });
    const far = existing({ brand: 'Voltix', name: 'Travel adapter', model: 'X', barcode: '' });
    const m = findDuplicates(c, [far, close]);
    expect(m.map((x) => x.existing)).toEqual([close]);
    expect(m[0].basis).toBe('name');
    expect(nameSimilarity('protectors socket SafeHome', 'SafeHome socket protectors')).toBe(1);
    expect(nameSimilarity('Kettle', 'Socket protectors')).toBeLessThan(0.5);
  });

  it('never matches itself, nor on empty fields', () => {
    const blank: CaseFile = { ...c, product: { ...c.product, barcode: '', brand: '', model: '', name: '' } };
    expect(findDuplicates(blank, [existing({ barcode: '', brand: '', model: '', name: '' })])).toEqual([]);
    expect(findDuplicates(c, [existing({ caseId: c.id, barcode: c.product.barcode })])).toEqual([]);
  });

  it('only submitted notifications count as notified', () => {
    expect(notifiedProductOf(c)).toBeNull();
    const sent: CaseFile = { ...c, notification: { ...c.notification!, submitted: '2026-03-29', status: 'validated', chosen: 'article-12-emergency' } };
    expect(notifiedProductOf(sent)).toMatchObject({ caseId: c.id, barcode: '4006381333931', classification: 'article-12-emergency' });
    expect(notifiedProductOf({ ...sent, notification: { ...sent.notification!, status: 'withdrawn' } })).toBeNull();
  });

  it('offers a reaction to the existing notification, prefilled with the product as found', () => {
    const [m] = findDuplicates(c, [existing({ barcode: c.product.barcode })]);
    const r = reactionInsteadOf(m, c, 'r9');
    expect(r).toMatchObject({ id: 'r9', notificationNumber: 'A12/0007/26', notifyingCountry: 'SE', reactingCountry: 'NO', kind: 'additional-information', status: 'draft' });
    expect(r.productAsFound).toMatchObject({ brand: 'SafeHome', model: 'SP-12', barcode: '4006381333931' });
  });

  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
