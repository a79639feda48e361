// The notification form of the guidelines' Appendix 1, section by section, and its completeness
// check (Part II, 3.2.1: "all fields … completed; where the required information is not available
// … this is clearly indicated and explained"). A gap is allowed when it is explained.
import { annexesOf, hasCaption, PHOTO_ROLES, photosOf } from './annexes';
import type { CompiledRuleSet } from '../../rules/api';
import { checkChoice, infoReasons } from './classification';
import { decisiveAssessment } from './case-document';
import { GapCollector, blank, type Completeness } from './form-gaps';
import type { CaseFile, Confidentiality, Measure, Party } from './types';
import { FOR_INFORMATION } from './types';

export type NotificationSection =
  | 'general'
  | 'product'
  | 'regulations'
  | 'traceability'
  | 'risk'
  | 'measures'
  | 'confidentiality'
  | 'additional'
  | 'annexes';

/** Appendix 1, in the order of the form. */
export const NOTIFICATION_SECTIONS: readonly NotificationSection[] = [
  'general',
  'product',
  'regulations',
  'traceability',
  'risk',
  'measures',
  'confidentiality',
  'additional',
  'annexes',
];

type C = GapCollector<NotificationSection>;

/**
 * Fields Appendix 1 needs filled in: no explanation stands in for them (the type of notification,
 * who notifies and whom to ask, what the product is and what risk it poses). The form marks them.
 */
export const REQUIRED_FIELDS: ReadonlySet<string> = new Set([
  'notification.chosen',
  'notification.notifyingCountry',
  'notification.contactPoint',
  'product.name',
  'product.category',
  'risk.hazard',
  'risk.assessments',
]);

/**
 * The items of product identification that notifications miss in practice (an independent study
 * of 918 notifications from 2020, ECIPE 2021: over 98 % lacked at least one): bar code, batch,
 * model or type, pictures of the product, its packaging and label, and the economic operators.
 * The form shows them first; each missing one needs its own explanation, which the validator reads.
 */
export const KEY_IDENTIFICATION_FIELDS: readonly string[] = [
  'product.barcode',
  'product.batch',
  'product.model',
  'product.photos.product',
  'product.photos.packaging',
  'product.photos.label',
  'traceability.manufacturer',
  'traceability.exporters',
  'traceability.importers',
  'traceability.distributors',
  'traceability.retailers',
];

const PARTY_LISTS = ['exporters', 'importers', 'distributors', 'retailers'] as const;

function party(g: C, field: string, p: Party): void {
  g.text('traceability', `${field}.name`, p.name, `${field}: name missing`);
  g.text('traceability', `${field}.address`, p.address, `${field}: address missing`);
  g.text('traceability', `${field}.contact`, p.contact, `${field}: contact details missing`);
}

/** One measure's fields (Appendix 1, "Measures"; also used by the reaction form). */
export function measureGaps<S extends string>(g: GapCollector<S>, section: S, field: string, m: Measure): void {
  g.text(section, `${field}.category`, m.category, `${field}: category of measure missing`);
  g.text(section, `${field}.takenBy`, m.takenBy.name, `${field}: ${m.type === 'obligatory' ? 'authority' : 'economic operator'} taking the measure missing`);
  g.text(section, `${field}.adopted`, m.adopted, `${field}: date of adoption missing`);
  g.text(section, `${field}.entryIntoForce`, m.entryIntoForce, `${field}: date of entry into force missing`);
  if (m.duration === 'temporary') g.text(section, `${field}.until`, m.until, `${field}: end of the temporary measure missing`);
}

/** A confidentiality request must name its parts and justify them (Part II, 3.3.3); not explainable. */
export function confidentialityGaps<S extends string>(g: GapCollector<S>, section: S, field: string, c: Confidentiality): void {
  if (c.status !== 'requested' && c.status !== 'accepted') return;
  if (c.parts.length === 0) g.add(section, `${field}.parts`, 'confidentiality requested: name the parts that are confidential', false);
  g.text(section, `${field}.justification`, c.justification, 'confidentiality requested: give the justification', false);
}

/** What the notification form still lacks under `rs` (whose notification types and reasons it checks the choice against). */
export function notificationCompleteness(c: CaseFile, rs: CompiledRuleSet): Completeness<NotificationSection> {
  const n = c.notification;
  const g: C = new GapCollector(n?.missing ?? []);

  // General
  if (!n) {
    g.add('general', 'notification', 'no notification has been started for this case', false);
  } else {
    for (const e of checkChoice(n, rs)) g.add(e.field.startsWith('forInformation') ? 'additional' : 'general', `notification.${e.field}`, e.message, false);
    g.text('general', 'notification.notifyingCountry', n.notifyingCountry, 'notifying country missing', false);
    g.text('general', 'notification.contactPoint', n.contactPoint, 'contact point missing', false);
    g.text('general', 'notification.personInCharge', n.personInCharge, 'person in charge missing');
  }

  // Product identification
  const p = c.product;
  g.text('product', 'product.category', p.category, 'product category missing', false);
  g.text('product', 'product.name', p.name, 'product name missing', false);
  g.text('product', 'product.brand', p.brand, 'brand missing');
  g.text('product', 'product.model', p.model, 'type or model number missing');
  g.text('product', 'product.barcode', p.barcode, 'bar code missing');
  g.text('product', 'product.batch', p.batch, 'batch number missing');
  g.text('product', 'product.customsCode', p.customsCode, 'customs code missing');
  g.text('product', 'product.description', p.description, 'description of the product and its packaging missing');
  // Pictures of the product, its packaging and its label, each (Appendix 1); a photo whose role
  // was not recorded counts as one of the product.
  const photos = photosOf(c);
  for (const role of PHOTO_ROLES) {
    if (!photos.some((ph) => (ph.role ?? 'product') === role)) g.add('product', `product.photos.${role}`, `no photo of the ${role}`);
  }
  // The caption is the photo's text alternative (and what the public summary can describe it by).
  photos.forEach((ph, i) => {
    if (!hasCaption(ph)) g.add('product', `product.photos[${i}].caption`, `photo ${i + 1}: caption missing`, false);
  });
  if (p.itemsCovered === null) g.add('product', 'product.itemsCovered', 'total number of items covered missing');

  // Regulations and standards
  const r = c.regulations;
  if (r.legalProvisions.every(blank)) g.add('regulations', 'regulations.legalProvisions', 'applicable legal provisions missing');
  if (r.standards.every(blank)) g.add('regulations', 'regulations.standards', 'applicable standards missing');
  g.text('regulations', 'regulations.proofOfConformity', r.proofOfConformity, 'proof of conformity missing');
  if (r.counterfeit === 'unknown') g.add('regulations', 'regulations.counterfeit', 'whether the product is counterfeit is not stated');

  // Traceability
  const t = c.traceability;
  g.text('traceability', 'traceability.origin', t.origin, 'country of origin missing');
  if (t.destinations.every(blank)) g.add('traceability', 'traceability.destinations', 'countries of destination missing');
  if (!t.manufacturer) g.add('traceability', 'traceability.manufacturer', 'manufacturer or its representative missing');
  else party(g, 'traceability.manufacturer', t.manufacturer);
  for (const k of PARTY_LISTS) if (t[k].length === 0) g.add('traceability', `traceability.${k}`, `no ${k.slice(0, -1)} named`);
  PARTY_LISTS.forEach((k) => t[k].forEach((x, i) => party(g, `traceability.${k}[${i}]`, x)));

  // Risk description
  const k = c.risk;
  g.text('risk', 'risk.hazard', k.hazard || decisiveAssessment(c)?.hazard, 'risk category (hazard type) missing', false);
  if (c.testResults.length === 0) g.add('risk', 'testResults', 'no test results');
  c.testResults.forEach((x, i) => g.text('risk', `testResults[${i}].summary`, x.summary, `test result ${i + 1}: summary of the defects missing`));
  if (c.testResults.length > 0 && c.testResults.every((x) => x.failedRequirements.every(blank))) {
    g.add('risk', 'testResults.failedRequirements', 'provisions and standards (with clauses) failed are not named');
  }
  if (k.assessments.length === 0) g.add('risk', 'risk.assessments', 'no risk assessment attached', false);
  g.text('risk', 'risk.conclusions', k.conclusions, 'risk assessment conclusions missing');
  // Known incidents and accidents: listed, or explained ("none known").
  if (c.accidents.length === 0) g.add('risk', 'accidents', 'known incidents and accidents not stated');
  c.accidents.forEach((x, i) => {
    g.text('risk', `accidents[${i}].description`, x.description, `accident ${i + 1}: what happened is not described`);
    g.text('risk', `accidents[${i}].date`, x.date, `accident ${i + 1}: date missing`);
    g.text('risk', `accidents[${i}].country`, x.country, `accident ${i + 1}: country missing`);
  });

  // Measures: a notification sent before measures were decided has none yet: for information,
  // reason b under the 2010 guidelines (Part II, 3.1.2 (b)); envisaged measures under a regime
  // without reasons for information (GPSR Article 26(2)).
  const preMeasures = n?.chosen === FOR_INFORMATION && (n.forInformation?.reason === 'b' || infoReasons(rs).length === 0);
  if (c.measures.length === 0 && !preMeasures) g.add('measures', 'measures', 'no measure taken');
  c.measures.forEach((m, i) => measureGaps(g, 'measures', `measures[${i}]`, m));

  // Confidentiality
  confidentialityGaps(g, 'confidentiality', 'confidentiality', c.confidentiality);

  // Annexes: each one named, so the authorities know what they receive.
  for (const { index, attachment } of annexesOf(c)) g.text('annexes', `attachments[${index}].name`, attachment.name, `attachment ${index + 1}: name missing`, false);
  if (c.testResults.length > 0 && !c.attachments.some((a) => a.kind === 'test-report')) g.add('annexes', 'attachments.test-report', 'test report not attached');
  if (c.measures.some((m) => m.type === 'obligatory') && !c.attachments.some((a) => a.kind === 'measure-decision')) {
    g.add('annexes', 'attachments.measure-decision', 'the decision adopting the measures is not attached');
  }
  if (c.measures.some((m) => m.type === 'voluntary') && !c.attachments.some((a) => a.kind === 'business-notification')) {
    g.add('annexes', 'attachments.business-notification', 'the business notification (Article 5(3)) is not attached');
  }

  return g.result();
}

/** Gaps grouped by form section, in the order of the form. */
export function gapsBySection(r: Completeness<NotificationSection>): { section: NotificationSection; gaps: Completeness<NotificationSection>['gaps'] }[] {
  return NOTIFICATION_SECTIONS.map((section) => ({ section, gaps: r.gaps.filter((x) => x.section === section) }));
}
