// The reaction form of the guidelines' Appendix 2 and its checks (Part II, 4.2 and 4.5):
// - product found: the items found and the measures taken, or why none were taken;
// - different risk assessment: complete, well documented, and shown to be about the same product —
//   otherwise it is not validated (4.5), so these gaps cannot be explained away;
// - additional information: origin or supply chain.
import { GapCollector, blank, type Completeness } from './form-gaps';
import { confidentialityGaps, measureGaps } from './notification-form';
import type { ProductIdentification, Reaction } from './types';

export type ReactionSection = 'general' | 'product' | 'product-found' | 'different-risk-assessment' | 'additional-information' | 'confidentiality';

export const REACTION_SECTIONS: readonly ReactionSection[] = [
  'general',
  'product',
  'product-found',
  'different-risk-assessment',
  'additional-information',
  'confidentiality',
];

/** Lower-case, accents off, runs of non-alphanumerics to one space: "Brand-X " ≈ "brand x". */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** For identity comparisons: normalised, then without spaces ("Brew-Master" = "Brewmaster"). */
export function compactName(s: string): string {
  return normaliseName(s).replace(/ /g, '');
}

export type SameProductMismatch = 'brand' | 'model' | 'barcode';

/**
 * Whether the product as found is the notified product (4.2.1: "same brand, name, model number …").
 * Compares what both sides state; a field stated on one side only is not a mismatch.
 */
export function sameProductMismatches(found: Reaction['productAsFound'], notified: Pick<ProductIdentification, 'brand' | 'model' | 'barcode'>): SameProductMismatch[] {
  const out: SameProductMismatch[] = [];
  const cmp = (k: SameProductMismatch, a: string, b: string): void => {
    if (!blank(a) && !blank(b) && compactName(a) !== compactName(b)) out.push(k);
  };
  cmp('brand', found.brand, notified.brand);
  cmp('model', found.model, notified.model);
  cmp('barcode', found.barcode.replace(/\s/g, ''), notified.barcode.replace(/\s/g, ''));
  return out;
}

/**
 * Completeness of a reaction. `notified` is the notified product when known (the follow-up case's
 * product), used to check a different risk assessment is about the same product.
 */
export function reactionCompleteness(r: Reaction, notified?: Pick<ProductIdentification, 'brand' | 'model' | 'barcode'>): Completeness<ReactionSection> {
  const g = new GapCollector<ReactionSection>(r.missing);

  g.text('general', 'notificationNumber', r.notificationNumber, 'number of the notification reacted to missing', false);
  g.text('general', 'notifyingCountry', r.notifyingCountry, 'notifying country missing', false);
  g.text('general', 'notifiedProductName', r.notifiedProductName, 'notified product name missing');
  g.text('general', 'reactingCountry', r.reactingCountry, 'reacting country missing', false);
  g.text('general', 'contactPoint', r.contactPoint, 'contact point missing');
  g.text('general', 'personInCharge', r.personInCharge, 'person in charge missing');

  const f = r.productAsFound;
  g.text('product', 'productAsFound.name', f.name, 'name of the product as found missing');
  g.text('product', 'productAsFound.brand', f.brand, 'brand of the product as found missing');
  g.text('product', 'productAsFound.model', f.model, 'model of the product as found missing');
  if (blank(f.batch) && blank(f.barcode)) g.add('product', 'productAsFound.barcode', 'batch number or bar code of the product as found missing');

  if (r.kind === 'product-found') {
    const p = r.productFound;
    if (!p) g.add('product-found', 'productFound', 'details of the product found missing', false);
    else {
      if (p.itemsFound === null) g.add('product-found', 'productFound.itemsFound', 'number of items found missing');
      if (p.measures.length === 0) g.text('product-found', 'productFound.noMeasuresReason', p.noMeasuresReason, 'no measures taken: give the reasons', false);
      p.measures.forEach((m, i) => measureGaps(g, 'product-found', `productFound.measures[${i}]`, m));
    }
  }

  if (r.kind === 'different-risk-assessment') {
    const d = r.differentRiskAssessment;
    const S = 'different-risk-assessment' as const;
    if (!d) g.add(S, 'differentRiskAssessment', 'the different risk assessment is missing', false);
    else {
      // 4.5: validated only when complete, clearly presented, well documented and about the same product.
      g.text(S, 'differentRiskAssessment.hazard', d.hazard, 'risk category missing', false);
      if (d.testResults.length === 0) g.add(S, 'differentRiskAssessment.testResults', 'no test results', false);
      if (!d.assessment) g.add(S, 'differentRiskAssessment.assessment', 'no risk assessment attached', false);
      g.text(S, 'differentRiskAssessment.conclusions', d.conclusions, 'conclusions of the risk assessment missing', false);
      g.text(S, 'differentRiskAssessment.sameProductEvidence', d.sameProductEvidence, 'show that the assessment was made on the same product (brand, name, model, production dates, origin)', false);
      if (notified) {
        for (const k of sameProductMismatches(f, notified)) {
          g.add(S, `sameProduct.${k}`, `the ${k} of the product assessed differs from the notified product`, false);
        }
      }
    }
  }

  if (r.kind === 'additional-information') {
    const a = r.additionalInformation;
    if (!a || (blank(a.distributionChannels) && blank(a.origin) && a.parties.length === 0)) {
      g.add('additional-information', 'additionalInformation', 'give the additional information: origin or supply chain', false);
    }
  }

  confidentialityGaps(g, 'confidentiality', 'confidentiality', r.confidentiality);
  return g.result();
}
