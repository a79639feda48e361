// Completeness of the notification form (Appendix 1; Part II, 3.2.1): each gap named by section and
// field; a gap is allowed when explained; some cannot be explained away.
import { describe, expect, it } from 'vitest';
import { socketProtectorCase } from '../../../src/demo/cases';
import { explainMissing } from '../../../src/domain/case/form-gaps';
import { gapsBySection, notificationCompleteness, REQUIRED_FIELDS } from '../../../src/domain/case/notification-form';
import { emptyCase, emptyNotification } from '../../../src/domain/case/empty';
import type { CaseFile } from '../../../src/domain/case/types';
import { ruleSet as loadRuleSet } from '../../helpers/regimes';
const RS2010 = loadRuleSet('rapex-2010');

const chosen = (c: CaseFile): CaseFile => ({ ...c, notification: { ...c.notification!, chosen: 'article-12-emergency', suggested: null, choiceReason: 'as suggested by the rules' } });

describe('notification completeness', () => {
  it('the demo socket-protector case is submittable: its only gaps (photos, retailers, accidents) are explained', () => {
    const r = notificationCompleteness(chosen(socketProtectorCase()), RS2010);
    expect(r.gaps.map((g) => g.field)).toEqual(['product.photos.product', 'product.photos.packaging', 'product.photos.label', 'traceability.retailers', 'accidents']);
    expect(r.gaps[0].explanation).toBe('Photos of product, packaging and label follow from the laboratory.');
    expect(r).toMatchObject({ complete: false, submittable: true });
  });

  it('an empty case names each gap, section by section, in the order of the form', () => {
    const c = { ...emptyCase({ id: 'c', created: '2026-01-01', regimeId: 'rapex-2010' }), notification: emptyNotification({ notifyingCountry: 'NO' }) };
    const r = notificationCompleteness(c, RS2010);
    const bySection = Object.fromEntries(gapsBySection(r).map((s) => [s.section, s.gaps.map((g) => g.field)]));
    expect(bySection.product).toEqual([
      'product.category',
      'product.name',
      'product.brand',
      'product.model',
      'product.barcode',
      'product.batch',
      'product.customsCode',
      'product.description',
      'product.photos.product',
      'product.photos.packaging',
      'product.photos.label',
      'product.itemsCovered',
    ]);
    expect(bySection.traceability).toEqual([
      'traceability.origin',
      'traceability.destinations',
      'traceability.manufacturer',
      'traceability.exporters',
      'traceability.importers',
      'traceability.distributors',
      'traceability.retailers',
    ]);
    expect(bySection.risk).toEqual(['risk.hazard', 'testResults', 'risk.assessments', 'risk.conclusions', 'accidents']);
    expect(bySection.measures).toEqual(['measures']);
    expect(bySection.general).toEqual(['notification.chosen', 'notification.contactPoint', 'notification.personInCharge']);
    expect(r.submittable).toBe(false);
  });

  it('explaining every explainable gap is not enough while one cannot be explained (no risk assessment)', () => {
    const c0 = chosen(socketProtectorCase());
    const c: CaseFile = { ...c0, risk: { ...c0.risk, assessments: [] } };
    let missing = c.notification!.missing;
    for (const g of notificationCompleteness(c, RS2010).gaps) missing = explainMissing(missing, g.field, 'later');
    const r = notificationCompleteness({ ...c, notification: { ...c.notification!, missing } }, RS2010);
    expect(r.unexplained.map((g) => [g.field, g.explainable])).toEqual([['risk.assessments', false]]);
  });

  it('what Appendix 1 needs cannot be explained away, and the form can say which', () => {
    const c = { ...emptyCase({ id: 'c', created: '2026-01-01', regimeId: 'rapex-2010' }), notification: emptyNotification({ notifyingCountry: 'NO' }) };
    const hard = notificationCompleteness(c, RS2010).gaps.filter((g) => !g.explainable).map((g) => g.field);
    for (const f of ['product.name', 'product.category', 'risk.hazard', 'risk.assessments', 'notification.contactPoint', 'notification.chosen']) {
      expect(hard).toContain(f);
      expect(REQUIRED_FIELDS.has(f)).toBe(true);
    }
  });

  it('names the field of each incomplete party and measure', () => {
    const c0 = chosen(socketProtectorCase());
    const c: CaseFile = {
      ...c0,
      traceability: { ...c0.traceability, importers: [{ name: 'Nordic Baby Supplies AS', address: '', contact: '', country: 'NO' }] },
      measures: [{ ...c0.measures[0], adopted: null, duration: 'temporary', until: null }],
    };
    const fields = notificationCompleteness(c, RS2010).gaps.map((g) => g.field);
    expect(fields).toContain('traceability.importers[0].address');
    expect(fields).toContain('traceability.importers[0].contact');
    expect(fields).toContain('measures[0].adopted');
    expect(fields).toContain('measures[0].until');
    expect(notificationCompleteness(c, RS2010).gaps.find((g) => g.field === 'measures[0].adopted')?.fieldKey).toBe('measures.adopted');
  });

  it('a pre-measure notification (for information, b) needs no measure yet', () => {
    const c0 = socketProtectorCase();
    const c: CaseFile = { ...c0, measures: [], notification: { ...c0.notification!, chosen: 'for-information', choiceReason: 'x', forInformation: { reason: 'b', justification: 'deciding' } } };
    expect(notificationCompleteness(c, RS2010).gaps.map((g) => g.field)).not.toContain('measures');
    const a: CaseFile = { ...c, notification: { ...c.notification!, forInformation: { reason: 'a', justification: 'x' } } };
    expect(notificationCompleteness(a, RS2010).gaps.map((g) => g.field)).toContain('measures');
  });

  it('a confidentiality request must name its parts and its justification', () => {
    const c0 = chosen(socketProtectorCase());
    const c: CaseFile = { ...c0, confidentiality: { ...c0.confidentiality, parts: [], justification: ' ' } };
    const gaps = notificationCompleteness(c, RS2010).unexplained.filter((g) => g.section === 'confidentiality');
    expect(gaps.map((g) => [g.field, g.explainable])).toEqual([
      ['confidentiality.parts', false],
      ['confidentiality.justification', false],
    ]);
  });

  it('an explanation of blank text does not count', () => {
    expect(explainMissing([], 'product.barcode', '   ')).toEqual([]);
    expect(explainMissing([{ field: 'product.barcode', reason: 'old' }], 'product.barcode', 'new')).toEqual([{ field: 'product.barcode', reason: 'new' }]);
  });
});
