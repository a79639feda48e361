// The case file: everything an authority builds about one dangerous product, in the shape of the
// ICSMS product information file and the RAPEX notification form (EFTA guidelines Appendix 1 and 2).
//
// Stability contract (other layers build on it): fields are only ever ADDED, never renamed.
// A CaseFile is plain JSON data — dates are ISO "YYYY-MM-DD" strings (parse them with
// CalendarDate.parse), timestamps ISO 8601 strings — so it survives IndexedDB structured clone,
// export/import and the CLI unchanged. Photo and attachment blobs live in the store; the case only
// holds their ids. Legal vocabularies that the rule set owns (measure categories, hazard types,
// risk levels) are plain strings here: their members come from the compiled rule set's enums.

/** A calendar date as "YYYY-MM-DD" (no time zone). */
export type IsoDate = string;
/** A moment as an ISO 8601 timestamp, e.g. "2026-03-04T10:15:00.000Z" (history only, never deadlines). */
export type IsoTimestamp = string;

/** Who is acting. Events sent to the lifecycle machines carry one of these. */
export type Role = 'national-authority' | 'contact-point' | 'validating-authority' | 'other-state' | 'public';
export const ROLES: readonly Role[] = ['national-authority', 'contact-point', 'validating-authority', 'other-state', 'public'];

/**
 * A notification type: a member of the deciding regime's `notificationType` enum, so the rule files
 * own the list (interchange format v1: `article-12-emergency`, `article-12`, `for-information`,
 * `article-11`, `none` under RAPEX; `serious-risk`, `other-risk`, … under gpsr-2024). Two member
 * names mean something to the app itself: NOT_NOTIFIED and FOR_INFORMATION.
 */
export type Classification = string;
/** The member every regime has for "not notified". */
export const NOT_NOTIFIED = 'none';
/** A notification for information: where the regime has an `infoReason` enum, it carries one of its reasons. */
export const FOR_INFORMATION = 'for-information';
/** A member of the regime's `infoReason` enum, e.g. 'a'-'e' of the 2010 guidelines (Part II, 3.1.2). */
export type InfoReason = string;

/** Product regimes with their own EEA notification system (Part II, 2.1), from the rule set's `excludedRegime` enum. */
export type ExcludedRegime = string;

/** Name, address and contact of an economic operator (Appendix 1, traceability). */
export interface Party {
  name: string;
  address: string;
  /** Telephone, e-mail, web site — free text. */
  contact: string;
  /** ISO 3166 alpha-2 where known. */
  country: string;
}

export interface ProductIdentification {
  /** Product category, e.g. "electrical appliances" or "toys" (rule set / interchange value). */
  category: string;
  name: string;
  brand: string;
  /** Type or model number. */
  model: string;
  /** Batch or serial number. */
  batch: string;
  barcode: string;
  customsCode: string;
  /** Description of the product and its packaging. */
  description: string;
  packaging: string;
  /** Ids of photo blobs in the store (product, packaging, label). */
  photoIds: string[];
  /** Total number of items covered; null when not known. */
  itemsCovered: number | null;
  /** Intended for consumers or a migrating product likely to be used by them (Part II, 2.1). */
  consumerProduct: boolean;
  /** Covered by another EEA notification system (food, medicinal products, medical devices, …), else null. */
  excludedRegime: ExcludedRegime | null;
}

export type CounterfeitStatus = 'yes' | 'no' | 'unknown';

export interface RegulationsAndStandards {
  /** Legal provisions applicable (reference number and name). */
  legalProvisions: string[];
  /** Standards applicable (reference, clauses). */
  standards: string[];
  /** Certificates or declarations of conformity that were presented. */
  proofOfConformity: string;
  counterfeit: CounterfeitStatus;
}

export interface Traceability {
  /** Country of origin (ISO alpha-2 or name). */
  origin: string;
  /** Countries of destination in the EEA. */
  destinations: string[];
  /** Manufacturer or its representative. */
  manufacturer: Party | null;
  exporters: Party[];
  importers: Party[];
  distributors: Party[];
  retailers: Party[];
  /** Sold via the internet (a cross-border indicator, Part II, 2.4.1). */
  soldOnline: boolean;
}

export interface TestResult {
  id: string;
  date: IsoDate | null;
  laboratory: string;
  /** Summary of test results: the technical defects found. */
  summary: string;
  /** Provisions and standards (with clauses) tested against and failed. */
  failedRequirements: string[];
  /** The full report, an attachment id (never published). */
  reportAttachmentId: string | null;
}

/** What the case keeps of a risk assessment made in the assessment workbench (src/domain/assessment.ts). */
export interface RiskAssessmentRef {
  /** Id of the assessment record in the store. */
  assessmentId: string;
  /** Computed risk level (rule-set `riskLevel` member, e.g. "serious"). */
  level: string;
  lifeThreatening: boolean;
  fatalAccidents: boolean;
  /** Hazard / risk category (rule-set `hazardGroup` member, e.g. "electric-shock"). */
  hazard: string;
  /** One line: the decisive injury scenario. */
  summary: string;
  /** The regime and rule-set version the level was computed under. */
  regimeId: string;
  ruleSetVersion: string;
  computedOn: IsoDate;
}

export interface RiskDescription {
  /** Risk category (hazard type) as shown on the form. */
  hazard: string;
  /** Assessments attached to the case; the first one decides unless `decisiveAssessmentId` says otherwise. */
  assessments: RiskAssessmentRef[];
  decisiveAssessmentId: string | null;
  /** The risk assessment and its conclusions, in words. */
  conclusions: string;
  /** Non-compliance with legislation / standards, in words (published in the public summary). */
  nonCompliance: string;
  /** Another situation that needs emergency action by all States (Part II, 3.1.1), besides life-threat / deaths. */
  otherEmergency: boolean;
}

export interface Accident {
  id: string;
  date: IsoDate | null;
  country: string;
  description: string;
  fatal: boolean;
}

export type MeasureType = 'obligatory' | 'voluntary';
export const MEASURE_SCOPES = ['national', 'regional', 'local'] as const;

export interface Measure {
  id: string;
  type: MeasureType;
  /** Who takes it: an authority (obligatory) or an economic operator (voluntary). */
  takenBy: { kind: 'authority' | 'operator'; name: string };
  /** Rule-set `measureCategory` member, e.g. "recall", "withdrawal", "ban-on-marketing". */
  category: string;
  /** Date of adoption or of the decision to adopt; null when not decided yet. */
  adopted: IsoDate | null;
  /** Date of entry into force; null when unknown. */
  entryIntoForce: IsoDate | null;
  duration: 'permanent' | 'temporary';
  /** For temporary measures. */
  until: IsoDate | null;
  scope: 'national' | 'regional' | 'local';
  description: string;
}

export type AttachmentKind =
  | 'test-report'
  | 'certificate'
  | 'photo'
  | 'business-notification'
  | 'measure-decision'
  | 'supply-document'
  | 'correspondence'
  | 'internal'
  | 'other';

/** What a product photo shows (Appendix 1: "Photos (product, packaging and label)"). */
export type PhotoRole = 'product' | 'packaging' | 'label';
export const PHOTO_ROLES: readonly PhotoRole[] = ['product', 'packaging', 'label'];

export interface Attachment {
  id: string;
  kind: AttachmentKind;
  /** The file name; for a product photo, its caption (and text alternative). */
  name: string;
  /** For a product photo: what it shows. Absent on other attachments and on photos added before it was kept. */
  role?: PhotoRole;
  /** Id of the blob in the store; null when only referenced. */
  blobId: string | null;
  addedOn: IsoDate;
  /** Internal documents and exchanges with operators are never published, whatever else. */
  internal: boolean;
}

/**
 * The parts of a case that can be marked confidential and that a public summary may draw on.
 * Section level, matching the form's sections (Appendix 1).
 */
export type CasePart =
  | 'product-identification'
  | 'photos'
  | 'regulations'
  | 'traceability'
  | 'test-results'
  | 'risk-description'
  | 'accidents'
  | 'measures'
  | 'attachments'
  | 'entries';
export const CASE_PARTS: readonly CasePart[] = [
  'product-identification',
  'photos',
  'regulations',
  'traceability',
  'test-results',
  'risk-description',
  'accidents',
  'measures',
  'attachments',
  'entries',
];

export type ConfidentialityStatus = 'none' | 'requested' | 'accepted' | 'refused' | 'withdrawn';

/** A request for confidentiality (Part II, 3.3): which parts, and why. */
export interface Confidentiality {
  status: ConfidentialityStatus;
  parts: CasePart[];
  justification: string;
  requestedOn: IsoDate | null;
  /** Set when the reason lapsed and the request was withdrawn: the parts become publishable. */
  withdrawnOn: IsoDate | null;
}

/** An addition signed by an authority (ICSMS: several authorities add to one product file). */
export interface SignedEntry {
  id: string;
  authority: string;
  country: string;
  role: Role;
  date: IsoDate;
  /** The part of the case it adds to. */
  part: CasePart | 'general';
  text: string;
}

/**
 * Dated facts that start or end deadlines (interchange `events`; the rule set's `eventKind` enum).
 * The first five are entered by the authority; the lifecycle ones are also derived from the
 * notification's and reactions' history when the case document is built (case-document.ts).
 */
export type CaseEventKind =
  | 'product-found'
  | 'different-risk-assessment'
  | 'additional-information'
  | 'developments'
  | 'followed-up'
  | 'measures-confirmed'
  | 'notification-updated'
  | 'notification-validated'
  | 'reaction-submitted'
  | 'reaction-updated'
  | 'reaction-validated'
  /** The notification was withdrawn or not validated: the deadlines it created end. */
  | 'notification-closed'
  /** A reaction was withdrawn or not validated. */
  | 'reaction-closed';
export const ALL_CASE_EVENT_KINDS: readonly CaseEventKind[] = [
  'product-found',
  'different-risk-assessment',
  'additional-information',
  'developments',
  'followed-up',
  'measures-confirmed',
  'notification-updated',
  'notification-validated',
  'reaction-submitted',
  'reaction-updated',
  'reaction-validated',
  'notification-closed',
  'reaction-closed',
];
/** The kinds an authority records by hand (the others come from the lifecycle). */
export const CASE_EVENT_KINDS: readonly CaseEventKind[] = ['product-found', 'different-risk-assessment', 'additional-information', 'developments', 'followed-up'];

export interface CaseEvent {
  id: string;
  kind: CaseEventKind;
  date: IsoDate;
  note: string;
}

/** The criteria facts the contact point records (Part II, ch. 2), named as in the interchange format. */
export interface CriteriaFacts {
  /** Cannot be excluded that it was sold in more than one State, online, or entered through several channels. */
  crossBorder: boolean;
  ofInterestToOtherStates: boolean;
  underEeaDiscussion: boolean;
  /** It cannot be decided with certainty that the criteria are met (reason e). */
  criteriaUncertain: boolean;
  /** The measure is a generally applicable act on a whole category (not notified through RAPEX). */
  generallyApplicableMeasure: boolean;
}

/** The notification's lifecycle states (lifecycle.md); mirrors the machine in src/machines/notification.ts. */
export type NotificationStatus =
  | 'draft'
  | 'contact-point-check'
  | 'submitted'
  | 'under-examination'
  | 'additional-information-requested'
  | 'investigation'
  | 'validated'
  | 'not-validated'
  | 'updated'
  | 'measures-to-confirm'
  | 'removed-from-public'
  /** The notifying State asked for a permanent withdrawal; the validating authority decides. */
  | 'withdrawal-requested'
  | 'withdrawn'
  /** Closed at the contact-point check: the product was already notified, a reaction was sent instead. */
  | 'replaced-by-reaction';

export const NOTIFICATION_STATUSES: readonly NotificationStatus[] = [
  'draft',
  'contact-point-check',
  'submitted',
  'under-examination',
  'additional-information-requested',
  'investigation',
  'validated',
  'not-validated',
  'updated',
  'measures-to-confirm',
  'removed-from-public',
  'withdrawal-requested',
  'withdrawn',
  'replaced-by-reaction',
];

/** Grounds on which a notification may be permanently withdrawn (Part II, 3.8.1). A redesign alone is not one. */
export type WithdrawalGround =
  | 'wrong-risk-assessment'
  | 'measures-struck-down'
  | 'no-measures-after-pre-measure-notification'
  | 'eea-discussion-not-useful'
  | 'all-items-withdrawn-and-recalled';
export const WITHDRAWAL_GROUNDS: readonly WithdrawalGround[] = [
  'wrong-risk-assessment',
  'measures-struck-down',
  'no-measures-after-pre-measure-notification',
  'eea-discussion-not-useful',
  'all-items-withdrawn-and-recalled',
];

/** A withdrawal asked for (and, once decided, done): ground, justification, supporting documents. */
export interface WithdrawalRecord {
  ground: WithdrawalGround;
  justification: string;
  documents: string[];
  date: IsoDate;
  /** The state the notification was in when the request came (a refused request goes back to it). */
  returnTo?: string;
}

/** A case moved to another rule-set version: an explicit act with a reason (deciding-version.ts). */
export interface RuleSetMove {
  from: string;
  to: string;
  reason: string;
  role: Role;
  actor: string;
  date: IsoDate;
  at: IsoTimestamp;
}

/** A regime chosen explicitly for a case instead of the one in force on its date. */
export interface RegimeChoice {
  regimeId: string;
  reason: string;
  role: Role;
  actor: string;
  date: IsoDate;
}

/** One line of a lifecycle's history: who did what, when. */
export interface LifecycleLogEntry {
  at: IsoTimestamp;
  /** The legal date of the act (deadlines run from it). */
  date: IsoDate;
  role: Role;
  /** Authority or person acting. */
  actor: string;
  /** The machine event type, e.g. "SUBMIT". */
  event: string;
  from: string;
  to: string;
  detail: string;
}

/** The rule set's suggestion, kept as it was when the contact point decided. */
export interface ClassificationSuggestion {
  classification: Classification;
  reason: InfoReason | null;
  /** Plain-language explanation, e.g. "Article 12 notification requiring emergency action because: …". */
  explanation: string;
  /** The deciding rules with citations, e.g. "consumer product (Part II, 2.1)". */
  because: { name: string; label: string; cites: string; negated: boolean; labels?: Record<string, string> }[];
  regimeId: string;
  ruleSetVersion: string;
}

/** A field the form expects that is missing, with the authority's explanation (Part II, 3.2.1). */
export interface MissingExplanation {
  /** Gap id from the completeness check, e.g. "product.barcode". */
  field: string;
  reason: string;
}

export interface NotificationVersion {
  version: number;
  date: IsoDate;
  /** What changed and why (update, reclassification, measures confirmed …). */
  note: string;
  classification: Classification | null;
  status: NotificationStatus;
  /** The sections as sent in this version (absent in versions recorded before it was kept). */
  content?: NotificationContent;
  /** Paths changed since the previous version's content, e.g. "measures[0].adopted". */
  changed?: string[];
}

/** The sections of the case a notification sends and an update may change (Appendix 1; Part II, 3.2.4). */
export interface NotificationContent {
  product: ProductIdentification;
  regulations: RegulationsAndStandards;
  traceability: Traceability;
  testResults: TestResult[];
  risk: RiskDescription;
  accidents: Accident[];
  measures: Measure[];
  attachments: Attachment[];
  confidentiality: Confidentiality;
}

export interface Notification {
  /** Number given by the validating authority once distributed, e.g. "A12/0123/26"; null before. */
  number: string | null;
  notifyingCountry: string;
  contactPoint: string;
  personInCharge: string;
  /** Date of the form. */
  date: IsoDate | null;
  suggested: ClassificationSuggestion | null;
  /** What the contact point chose; null until chosen. */
  chosen: Classification | null;
  /** Required when `chosen` differs from the suggestion. */
  choiceReason: string;
  /** For a notification for information: reason a-e and its justification (Appendix 1, "Additional"). */
  forInformation: { reason: InfoReason; justification: string } | null;
  /** Classification the validating authority validated it under (may differ: reclassified). */
  validatedAs: Classification | null;
  status: NotificationStatus;
  /** Interchange `notification.submitted`. */
  submitted: IsoDate | null;
  validated: IsoDate | null;
  /** Deadline set in a request for additional information. */
  informationDueBy: IsoDate | null;
  /** Measures decided after a pre-measure notification (reason b) were confirmed on this date. */
  measuresConfirmed: IsoDate | null;
  publishedOnPublicSite: boolean;
  /** A withdrawal the notifying State asked for, pending the validating authority's decision. */
  withdrawalRequest: WithdrawalRecord | null;
  withdrawal: WithdrawalRecord | null;
  /** Id of an existing notification found by the duplicate check and reacted to instead. */
  duplicateOf: string | null;
  missing: MissingExplanation[];
  versions: NotificationVersion[];
  log: LifecycleLogEntry[];
  /** XState persisted snapshot of the notification machine, to resume it; null before the first event. */
  machineSnapshot: unknown;
}

/** Another State's notification this case follows up (makes it a follow-up case: interchange `notification.received`). */
export interface ReceivedNotification {
  number: string;
  notifyingCountry: string;
  classification: Classification;
  productName: string;
  received: IsoDate;
}

export type ReactionKind = 'product-found' | 'different-risk-assessment' | 'additional-information';
export type ReactionStatus = 'draft' | 'submitted' | 'examined' | 'validated' | 'not-validated' | 'updated' | 'withdrawn';
export const REACTION_STATUSES: readonly ReactionStatus[] = ['draft', 'submitted', 'examined', 'validated', 'not-validated', 'updated', 'withdrawn'];

/** Appendix 2, "Type of reaction: measures adopted". */
export interface ProductFoundReaction {
  itemsFound: number | null;
  measures: Measure[];
  /** Required when `measures` is empty. */
  noMeasuresReason: string;
}

/** Appendix 2, "different risk assessment": a full risk description on the same product. */
export interface DifferentRiskAssessmentReaction {
  hazard: string;
  testResults: TestResult[];
  failedRequirements: string[];
  assessment: RiskAssessmentRef | null;
  conclusions: string;
  accidents: Accident[];
  /** How it is shown to be the same product: same brand, name, model, production dates, origin. */
  sameProductEvidence: string;
}

export interface AdditionalInformationReaction {
  distributionChannels: string;
  origin: string;
  parties: Party[];
}

export interface Reaction {
  id: string;
  notificationNumber: string;
  notifyingCountry: string;
  notifiedProductName: string;
  /** Classification of the notification reacted to, a type of the case's regime; '' when not known. */
  notificationClassification: Classification;
  date: IsoDate | null;
  reactingCountry: string;
  contactPoint: string;
  personInCharge: string;
  /** The product as found: name, brand, model, batch, bar code. */
  productAsFound: { name: string; brand: string; model: string; batch: string; barcode: string };
  kind: ReactionKind;
  productFound: ProductFoundReaction | null;
  differentRiskAssessment: DifferentRiskAssessmentReaction | null;
  additionalInformation: AdditionalInformationReaction | null;
  confidentiality: Confidentiality;
  attachmentIds: string[];
  missing: MissingExplanation[];
  status: ReactionStatus;
  submitted: IsoDate | null;
  withdrawal: { ground: string; date: IsoDate } | null;
  log: LifecycleLogEntry[];
  machineSnapshot: unknown;
}

export interface CaseFile {
  id: string;
  /** Interchange/schema version of this record. */
  schemaVersion: 1;
  /** Regime the case is decided under, e.g. "rapex-2010". */
  regimeId: string;
  /** Version (fingerprint) of the rule set its classification and deadlines were decided under. */
  ruleSetVersion: string;
  /** Authority that owns the file. */
  authority: string;
  country: string;
  created: IsoDate;
  /**
   * Kept for older records and exports only: the case is named by its product everywhere
   * (product-name.ts), so a title can never go stale. New cases leave it empty.
   */
  title: string;

  product: ProductIdentification;
  regulations: RegulationsAndStandards;
  traceability: Traceability;
  testResults: TestResult[];
  risk: RiskDescription;
  accidents: Accident[];
  measures: Measure[];
  attachments: Attachment[];
  entries: SignedEntry[];
  criteria: CriteriaFacts;
  /** Receipt of information on voluntary measures (a send-notification trigger); null when none. */
  informationReceived: IsoDate | null;
  confidentiality: Confidentiality;
  /** This authority's own notification; null while the case is not (yet) being notified. */
  notification: Notification | null;
  /** Another State's notification this case follows up; null otherwise. */
  followUp: ReceivedNotification | null;
  reactions: Reaction[];
  events: CaseEvent[];
  /** Moves to another rule-set version, oldest first (absent on cases never moved). */
  ruleSetMoves?: RuleSetMove[];
  /** A regime chosen instead of the one in force on the case's date (absent when none was chosen). */
  regimeChoice?: RegimeChoice;
}
