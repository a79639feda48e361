// The reaction form (Appendix 2) and its checks (Part II, 4.2 and 4.5).
import { describe, expect, it } from 'vitest';
import { kettleFollowUpCase } from '../../../src/demo/cases';
import { emptyReaction } from '../../../src/domain/case/empty';
import { normaliseName, reactionCompleteness, sameProductMismatches } from '../../../src/domain/case/reaction-form';
import type { Reaction } from '../../../src/domain/case/types';

const found = (): Reaction => kettleFollowUpCase().reactions[0];
const notified = { brand: 'Brewmaster', model: 'K-200', barcode: '5012345678900' };

describe('reaction completeness', () => {
  it('the demo product-found reaction is complete', () => {
    expect(reactionCompleteness(found(), notified)).toMatchObject({ complete: true, submittable: true });
  });

  it('product found with no measures: the reasons must be given, and cannot be explained away', () => {
    const r = found();
    const none: Reaction = { ...r, productFound: { ...r.productFound!, measures: [] } };
    expect(reactionCompleteness(none).unexplained.map((g) => [g.field, g.explainable])).toEqual([['productFound.noMeasuresReason', false]]);
    const why: Reaction = { ...none, productFound: { ...none.productFound!, noMeasuresReason: 'All items already sold; consumers warned' } };
    expect(reactionCompleteness(why).submittable).toBe(true);
  });

  it('a different risk assessment must be complete and about the same product', () => {
    const r = emptyReaction({ id: 'r', kind: 'different-risk-assessment', notificationNumber: 'A12/1/26', notifyingCountry: 'SE', reactingCountry: 'NO' });
    const fields = reactionCompleteness(r, notified).unexplained.map((g) => g.field);
    for (const f of ['differentRiskAssessment.hazard', 'differentRiskAssessment.testResults', 'differentRiskAssessment.assessment', 'differentRiskAssessment.conclusions', 'differentRiskAssessment.sameProductEvidence']) {
      expect(fields).toContain(f);
    }
    const other: Reaction = { ...r, productAsFound: { name: 'Kettle', brand: 'Brew-Master', model: 'K 300', batch: '', barcode: '5012345678900' } };
    expect(reactionCompleteness(other, notified).unexplained.map((g) => g.field)).toContain('sameProduct.model');
    expect(reactionCompleteness(other, notified).unexplained.map((g) => g.field)).not.toContain('sameProduct.brand');
  });

  it('additional information needs origin or supply chain', () => {
    const r = emptyReaction({ id: 'r', kind: 'additional-information', notificationNumber: 'A12/1/26', notifyingCountry: 'SE', reactingCountry: 'NO' });
    expect(reactionCompleteness(r).unexplained.map((g) => g.field)).toContain('additionalInformation');
    const given: Reaction = { ...r, additionalInformation: { distributionChannels: '', origin: 'Made in Vietnam by Saigon Metal Works', parties: [] } };
    expect(reactionCompleteness(given).unexplained.map((g) => g.field)).not.toContain('additionalInformation');
  });

  it('same-product check ignores case, accents, punctuation, and fields stated on one side only', () => {
    expect(normaliseName('  Brew-Mäster ')).toBe('brew master');
    expect(sameProductMismatches({ name: '', brand: 'BREW MASTER', model: 'k-200', batch: '', barcode: '' }, { brand: 'Brew-Master', model: 'K 200', barcode: '123' })).toEqual([]);
    expect(sameProductMismatches({ name: '', brand: 'Brewmaster', model: 'K-200', batch: '', barcode: '999' }, notified)).toEqual(['barcode']);
  });
});
