// What the public may see of a case (Article 16 GPSD; guidelines Part II, 3.3; ICSMS public area):
// product identification, the risk and its non-compliance, and the measures taken. Never internal
// documents, full test reports, detailed distribution lists, exchanges with economic operators,
// accidents, or any part marked confidential.
//
// Built by copying named fields INTO a fresh object (an allow-list), never by deleting from a
// copy of the case: a field added to CaseFile later cannot leak by default.
// WHICH notifications are published is the rule set's decision (publication.ts), taken when the
// notification is validated or re-published and recorded in `publishedOnPublicSite`.
import { photosOf } from './annexes';
import { decisiveAssessment } from './case-document';
import { confidentialParts } from './confidentiality';
import type { CaseFile, CasePart, Classification, IsoDate, PhotoRole } from './types';
import { validatedContent, withContent } from './versions';

export interface PublicSummary {
  /** The notification number (public reference). */
  reference: string;
  notifyingCountry: string;
  classification: Classification;
  validated: IsoDate | null;
  /** Absent when the product identification is confidential. */
  product: { category: string; name: string; brand: string; model: string; batch: string; barcode: string; description: string } | null;
  /** Photo ids; empty when photos (or the product identification) are confidential. */
  photoIds: string[];
  /** The same photos with their captions and roles (product identification, Part II 3.2 "Scope of data"). */
  photos: { id: string; caption: string; role: PhotoRole | null }[];
  /** Country of origin only — never the distribution lists. Null when traceability is confidential. */
  origin: string | null;
  /** Null when the risk description is confidential. */
  risk: { hazard: string; level: string | null; nonCompliance: string } | null;
  /** Standards and provisions failed (not the test reports). Empty when test results are confidential. */
  failedRequirements: string[];
  /** Null when measures are confidential. */
  measures: { type: 'obligatory' | 'voluntary'; category: string; adopted: IsoDate | null; scope: 'national' | 'regional' | 'local'; duration: 'permanent' | 'temporary' }[] | null;
  /** The parts withheld as confidential (names only, so readers know something is withheld). */
  withheld: CasePart[];
}

export type NotPublishedReason = 'no-notification' | 'not-validated' | 'type-not-published' | 'removed-from-public-site';

/** Statuses of a validated notification that stays on the public site (an update or a withdrawal request is pending). */
const PUBLIC_STATUSES: ReadonlySet<string> = new Set(['validated', 'updated', 'withdrawal-requested']);

/** Why a case is not on the public site, or null when it is published. */
export function notPublishedReason(c: CaseFile): NotPublishedReason | null {
  const n = c.notification;
  if (!n) return 'no-notification';
  if (!PUBLIC_STATUSES.has(n.status)) {
    return n.status === 'removed-from-public' ? 'removed-from-public-site' : 'not-validated';
  }
  // Validated, not removed: the rule set decided at validation that this type gets no summary.
  if (!n.publishedOnPublicSite || !(n.validatedAs ?? n.chosen)) return 'type-not-published';
  return null;
}

export function isPublished(c: CaseFile): boolean {
  return notPublishedReason(c) === null;
}

/** The public summary of a published case; null when the case is not published. */
export function publicSummary(current: CaseFile): PublicSummary | null {
  if (!isPublished(current)) return null;
  const n = current.notification!;
  // Validated content only: an update under examination is not public until it is accepted. A
  // notification without a kept validated version (older records) shows nothing meanwhile.
  const validated = validatedContent(n);
  if (!validated && n.status === 'updated') return null;
  const c = validated ? withContent(current, validated) : current;
  // What either version asks to keep confidential stays withheld.
  const hidden = new Set([...confidentialParts(c.confidentiality), ...confidentialParts(current.confidentiality)]);
  const show = (p: CasePart): boolean => !hidden.has(p);
  const a = decisiveAssessment(c);
  const p = c.product;
  // Pictures of the product, its packaging and label are part of its identification.
  const photosShown = show('product-identification') && show('photos');
  return {
    reference: n.number ?? '',
    notifyingCountry: n.notifyingCountry,
    classification: (n.validatedAs ?? n.chosen)!,
    validated: n.validated,
    product: show('product-identification')
      ? { category: p.category, name: p.name, brand: p.brand, model: p.model, batch: p.batch, barcode: p.barcode, description: p.description }
      : null,
    photoIds: photosShown ? [...p.photoIds] : [],
    photos: photosShown ? photosOf(c).map((ph) => ({ id: ph.id, caption: ph.caption, role: ph.role })) : [],
    origin: show('traceability') ? c.traceability.origin : null,
    risk: show('risk-description') ? { hazard: c.risk.hazard || a?.hazard || '', level: a?.level ?? null, nonCompliance: c.risk.nonCompliance } : null,
    failedRequirements: show('test-results') ? c.testResults.flatMap((t) => t.failedRequirements) : [],
    measures: show('measures')
      ? c.measures.map((m) => ({ type: m.type, category: m.category, adopted: m.adopted, scope: m.scope, duration: m.duration }))
      : null,
    withheld: [...hidden],
  };
}
