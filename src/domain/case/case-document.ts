// CaseFile → the interchange "case document" (DESIGN.md, v1) that the rule set's `facts case`
// binds. The app and the CLI decide classification and deadlines from this one document, so the
// same case gives the same answer everywhere. Nothing here decides anything: it only maps fields.
import type { CaseFile, Classification, IsoDate, RiskAssessmentRef } from './types';

export interface CaseDocumentMeasure {
  type: 'obligatory' | 'voluntary';
  category: string;
  adopted: IsoDate | null;
  scope: 'national' | 'regional' | 'local';
  duration: 'permanent' | 'temporary';
}

/** The interchange case document. Field names are fixed by DESIGN.md; more may be added, none renamed. */
export interface CaseDocument {
  product: {
    name: string;
    brand: string;
    model: string;
    barcode: string;
    photos: number;
    category: string;
    consumerProduct: boolean;
    excludedRegime: string | null;
  };
  /** `emergencyAction` is an addition to v1: another case needing emergency action by all States (Part II, 3.1.1). */
  risk: { level: string | null; lifeThreatening: boolean; fatalAccidents: boolean; emergencyAction: boolean };
  crossBorder: boolean;
  ofInterestToOtherStates: boolean;
  underEeaDiscussion: boolean;
  criteriaUncertain: boolean;
  generallyApplicableMeasure: boolean;
  measures: CaseDocumentMeasure[];
  informationReceived: IsoDate | null;
  /** `informationDueBy` is an addition to v1: the date set in an open request for information. */
  notification: { type: Classification | null; submitted: IsoDate | null; received: IsoDate | null; informationDueBy?: IsoDate | null } | null;
  events: { kind: string; date: IsoDate }[];
  /** An addition to v1: the notifying State (ISO 3166 alpha-2) whose public holidays its working days skip; absent when not known. */
  notifyingCountry?: string;
}

/** The assessment that decides the case's risk: the one named decisive, else the first. */
export function decisiveAssessment(c: CaseFile): RiskAssessmentRef | null {
  const list = c.risk.assessments;
  if (list.length === 0) return null;
  return list.find((a) => a.assessmentId === c.risk.decisiveAssessmentId) ?? list[0];
}

const nonEmpty = (s: string): boolean => s.trim().length > 0;

export function toCaseDocument(c: CaseFile): CaseDocument {
  const a = decisiveAssessment(c);
  const n = c.notification;
  // The own notification's type is what the validating authority validated it as, else what the
  // contact point chose. A follow-up case (another State's notification) carries that one instead.
  const notification: CaseDocument['notification'] = n
    ? { type: n.validatedAs ?? n.chosen, submitted: n.submitted, received: null, informationDueBy: n.informationDueBy }
    : c.followUp
      ? { type: c.followUp.classification, submitted: null, received: c.followUp.received }
      : null;
  return {
    product: {
      name: c.product.name.trim(),
      brand: c.product.brand.trim(),
      model: c.product.model.trim(),
      barcode: c.product.barcode.trim(),
      photos: c.product.photoIds.length,
      category: c.product.category,
      consumerProduct: c.product.consumerProduct,
      excludedRegime: c.product.excludedRegime && nonEmpty(c.product.excludedRegime) ? c.product.excludedRegime : null,
    },
    risk: {
      level: a ? a.level : null,
      lifeThreatening: a?.lifeThreatening ?? false,
      // Known fatal accidents count whether or not the assessment recorded them.
      fatalAccidents: (a?.fatalAccidents ?? false) || c.accidents.some((x) => x.fatal),
      emergencyAction: c.risk.otherEmergency,
    },
    crossBorder: c.criteria.crossBorder,
    ofInterestToOtherStates: c.criteria.ofInterestToOtherStates,
    underEeaDiscussion: c.criteria.underEeaDiscussion,
    criteriaUncertain: c.criteria.criteriaUncertain,
    generallyApplicableMeasure: c.criteria.generallyApplicableMeasure,
    measures: c.measures.map((m) => ({ type: m.type, category: m.category, adopted: m.adopted, scope: m.scope, duration: m.duration })),
    informationReceived: c.informationReceived,
    notification,
    events: caseEvents(c),
    ...notifyingState(c),
  };
}

/**
 * The notifying State: the one the own notification names, else the State of the notification a
 * follow-up reacts to, else the case's own country (it would notify). Left out when none is known.
 */
function notifyingState(c: CaseFile): { notifyingCountry?: string } {
  const s = (c.notification?.notifyingCountry ?? '').trim() || (c.followUp && !c.notification ? c.followUp.notifyingCountry.trim() : '') || c.country.trim();
  return s ? { notifyingCountry: s } : {};
}

/**
 * The recorded events plus those the lifecycle history implies (validated, updated, measures
 * confirmed; reactions submitted, updated, validated), which end or start deadlines. Sorted by
 * date, duplicates removed, so the document is the same however often it is rebuilt.
 */
export function caseEvents(c: CaseFile): { kind: string; date: IsoDate }[] {
  const out: { kind: string; date: IsoDate }[] = c.events.map((e) => ({ kind: e.kind, date: e.date }));
  const n = c.notification;
  if (n) {
    for (const l of n.log) {
      if (l.event === 'VALIDATE') out.push({ kind: 'notification-validated', date: l.date });
      if (l.event === 'UPDATE') out.push({ kind: 'notification-updated', date: l.date });
      // The procedure ended: the deadlines it created end with it.
      if (l.event === 'WITHDRAW' || l.event === 'REJECT') out.push({ kind: 'notification-closed', date: l.date });
    }
    if (n.measuresConfirmed) out.push({ kind: 'measures-confirmed', date: n.measuresConfirmed });
  }
  for (const r of c.reactions) {
    for (const l of r.log) {
      if (l.event === 'SUBMIT') out.push({ kind: 'reaction-submitted', date: l.date });
      if (l.event === 'UPDATE') out.push({ kind: 'reaction-updated', date: l.date });
      if (l.event === 'VALIDATE') out.push({ kind: 'reaction-validated', date: l.date });
      if (l.event === 'WITHDRAW' || l.event === 'REJECT') out.push({ kind: 'reaction-closed', date: l.date });
    }
  }
  const seen = new Set<string>();
  return out
    .filter((e) => {
      const k = `${e.kind}@${e.date}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}
