// Parses an untrusted JSON value (from an import file) into a CaseFile, field by field, with errors
// naming the path (`measures[0].adopted: expected a date YYYY-MM-DD`). The shapes are typed
// against src/domain/case/types.ts, so a field added there without a parser here fails to compile.
import { CASE_EVENT_KINDS, CASE_PARTS, MEASURE_SCOPES, NOTIFICATION_STATUSES, PHOTO_ROLES, ROLES, WITHDRAWAL_GROUNDS } from './case/types';
import type {
  NotificationContent,
  Accident,
  AdditionalInformationReaction,
  Attachment,
  CaseEvent,
  CaseFile,
  ClassificationSuggestion,
  Confidentiality,
  CriteriaFacts,
  DifferentRiskAssessmentReaction,
  LifecycleLogEntry,
  Measure,
  MissingExplanation,
  Notification,
  NotificationVersion,
  Party,
  ProductFoundReaction,
  ProductIdentification,
  Reaction,
  ReceivedNotification,
  RegulationsAndStandards,
  RiskAssessmentRef,
  RiskDescription,
  RegimeChoice,
  RuleSetMove,
  SignedEntry,
  TestResult,
  Traceability,
} from './case/types';
import { anyJson, bool, dict, literal, optional, int, isoDate, isoTimestamp, list, nullable, obj, oneOf, run, str, type Parser, type Result } from './json-shape';

const text = str();
const shortText = str({ max: 500 });
const id = str({ max: 200, pattern: /^[\p{L}\p{N}._:/-]+$/u, what: 'an id (letters, digits, . _ : / -)' });
const texts = list(text);
// Notification types and reasons for information belong to the deciding regime's rule files
// (`notificationType`, `infoReason`): read here as their names, checked against the rule set
// where the case is decided (classification.ts checkChoice).
const notificationType = str({ max: 60, pattern: /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, what: 'a notification type (lower-case words joined by -)' });
// '' where the classification of the notification reacted to is not known (a public alert's, say).
const notificationTypeOrUnknown = str({ max: 60, pattern: /^([a-z][a-z0-9]*(-[a-z0-9]+)*)?$/, what: 'a notification type (lower-case words joined by -), or "" when not known' });
const infoReason = str({ max: 20, pattern: /^[a-z0-9]*$/, what: 'a reason for information (a letter; "" under a regime without reasons)' });

const REACTION_STATUSES = ['draft', 'submitted', 'examined', 'validated', 'not-validated', 'updated', 'withdrawn'] as const;
const ATTACHMENT_KINDS = ['test-report', 'certificate', 'photo', 'business-notification', 'measure-decision', 'supply-document', 'correspondence', 'internal', 'other'] as const;

const party: Parser<Party> = obj<Party>({ name: text, address: text, contact: text, country: shortText });

const product: Parser<ProductIdentification> = obj<ProductIdentification>({
  category: shortText,
  name: text,
  brand: text,
  model: text,
  batch: text,
  barcode: shortText,
  customsCode: shortText,
  description: text,
  packaging: text,
  photoIds: list(id, 200),
  itemsCovered: nullable(int()),
  consumerProduct: bool,
  excludedRegime: nullable(shortText),
});

const regulations: Parser<RegulationsAndStandards> = obj<RegulationsAndStandards>({
  legalProvisions: texts,
  standards: texts,
  proofOfConformity: text,
  counterfeit: oneOf(['yes', 'no', 'unknown']),
});

const traceability: Parser<Traceability> = obj<Traceability>({
  origin: shortText,
  destinations: list(shortText),
  manufacturer: nullable(party),
  exporters: list(party),
  importers: list(party),
  distributors: list(party),
  retailers: list(party),
  soldOnline: bool,
});

const testResult: Parser<TestResult> = obj<TestResult>({
  id,
  date: nullable(isoDate),
  laboratory: text,
  summary: text,
  failedRequirements: texts,
  reportAttachmentId: nullable(id),
});

const assessmentRef: Parser<RiskAssessmentRef> = obj<RiskAssessmentRef>({
  assessmentId: id,
  level: shortText,
  lifeThreatening: bool,
  fatalAccidents: bool,
  hazard: shortText,
  summary: text,
  regimeId: shortText,
  ruleSetVersion: shortText,
  computedOn: isoDate,
});

const risk: Parser<RiskDescription> = obj<RiskDescription>({
  hazard: shortText,
  assessments: list(assessmentRef),
  decisiveAssessmentId: nullable(id),
  conclusions: text,
  nonCompliance: text,
  otherEmergency: bool,
});

const accident: Parser<Accident> = obj<Accident>({ id, date: nullable(isoDate), country: shortText, description: text, fatal: bool });

const measure: Parser<Measure> = obj<Measure>({
  id,
  type: oneOf(['obligatory', 'voluntary']),
  takenBy: obj<Measure['takenBy']>({ kind: oneOf(['authority', 'operator']), name: text }),
  category: shortText,
  adopted: nullable(isoDate),
  entryIntoForce: nullable(isoDate),
  duration: oneOf(['permanent', 'temporary']),
  until: nullable(isoDate),
  scope: oneOf(MEASURE_SCOPES),
  description: text,
});

const attachment: Parser<Attachment> = obj<Attachment>({
  id,
  kind: oneOf(ATTACHMENT_KINDS),
  name: text,
  role: optional(oneOf(PHOTO_ROLES)),
  blobId: nullable(id),
  addedOn: isoDate,
  internal: bool,
});

const confidentiality: Parser<Confidentiality> = obj<Confidentiality>({
  status: oneOf(['none', 'requested', 'accepted', 'refused', 'withdrawn']),
  parts: list(oneOf(CASE_PARTS)),
  justification: text,
  requestedOn: nullable(isoDate),
  withdrawnOn: nullable(isoDate),
});

const entry: Parser<SignedEntry> = obj<SignedEntry>({
  id,
  authority: text,
  country: shortText,
  role: oneOf(ROLES),
  date: isoDate,
  part: oneOf([...CASE_PARTS, 'general']),
  text,
});

const criteria: Parser<CriteriaFacts> = obj<CriteriaFacts>({
  crossBorder: bool,
  ofInterestToOtherStates: bool,
  underEeaDiscussion: bool,
  criteriaUncertain: bool,
  generallyApplicableMeasure: bool,
});

const logEntry: Parser<LifecycleLogEntry> = obj<LifecycleLogEntry>({
  at: isoTimestamp,
  date: isoDate,
  role: oneOf(ROLES),
  actor: text,
  event: shortText,
  from: shortText,
  to: shortText,
  detail: text,
});

const missing: Parser<MissingExplanation> = obj<MissingExplanation>({ field: shortText, reason: text });

const suggestion: Parser<ClassificationSuggestion> = obj<ClassificationSuggestion>({
  classification: notificationType,
  reason: nullable(infoReason),
  explanation: text,
  because: list(obj<ClassificationSuggestion['because'][number]>({ name: shortText, label: text, cites: shortText, negated: bool, labels: optional(dict(text)) })),
  regimeId: shortText,
  ruleSetVersion: shortText,
});

const notificationContent: Parser<NotificationContent> = obj<NotificationContent>({
  product,
  regulations,
  traceability,
  testResults: list(testResult),
  risk,
  accidents: list(accident),
  measures: list(measure),
  attachments: list(attachment),
  confidentiality,
});

const version: Parser<NotificationVersion> = obj<NotificationVersion>({
  version: int({ min: 0, max: 100_000 }),
  content: optional(notificationContent),
  changed: optional(list(str({ max: 1000 }))),
  date: isoDate,
  note: text,
  classification: nullable(notificationType),
  status: oneOf(NOTIFICATION_STATUSES),
});

const withdrawal: Parser<NonNullable<Notification['withdrawal']>> = obj<NonNullable<Notification['withdrawal']>>({
  ground: oneOf(WITHDRAWAL_GROUNDS),
  justification: text,
  documents: texts,
  date: isoDate,
  returnTo: optional(shortText),
});

const notification: Parser<Notification> = obj<Notification>({
  number: nullable(shortText),
  notifyingCountry: shortText,
  contactPoint: text,
  personInCharge: text,
  date: nullable(isoDate),
  suggested: nullable(suggestion),
  chosen: nullable(notificationType),
  choiceReason: text,
  forInformation: nullable(obj<NonNullable<Notification['forInformation']>>({ reason: infoReason, justification: text })),
  validatedAs: nullable(notificationType),
  status: oneOf(NOTIFICATION_STATUSES),
  submitted: nullable(isoDate),
  validated: nullable(isoDate),
  informationDueBy: nullable(isoDate),
  measuresConfirmed: nullable(isoDate),
  publishedOnPublicSite: bool,
  withdrawalRequest: nullable(withdrawal),
  withdrawal: nullable(withdrawal),
  duplicateOf: nullable(shortText),
  missing: list(missing),
  versions: list(version),
  log: list(logEntry, 10_000),
  machineSnapshot: anyJson(),
});

const received: Parser<ReceivedNotification> = obj<ReceivedNotification>({
  number: shortText,
  notifyingCountry: shortText,
  classification: notificationType,
  productName: text,
  received: isoDate,
});

const productFound: Parser<ProductFoundReaction> = obj<ProductFoundReaction>({ itemsFound: nullable(int()), measures: list(measure), noMeasuresReason: text });

const differentRisk: Parser<DifferentRiskAssessmentReaction> = obj<DifferentRiskAssessmentReaction>({
  hazard: shortText,
  testResults: list(testResult),
  failedRequirements: texts,
  assessment: nullable(assessmentRef),
  conclusions: text,
  accidents: list(accident),
  sameProductEvidence: text,
});

const additionalInformation: Parser<AdditionalInformationReaction> = obj<AdditionalInformationReaction>({ distributionChannels: text, origin: shortText, parties: list(party) });

const reaction: Parser<Reaction> = obj<Reaction>({
  id,
  notificationNumber: shortText,
  notifyingCountry: shortText,
  notifiedProductName: text,
  notificationClassification: notificationTypeOrUnknown,
  date: nullable(isoDate),
  reactingCountry: shortText,
  contactPoint: text,
  personInCharge: text,
  productAsFound: obj<Reaction['productAsFound']>({ name: text, brand: text, model: text, batch: text, barcode: shortText }),
  kind: oneOf(['product-found', 'different-risk-assessment', 'additional-information']),
  productFound: nullable(productFound),
  differentRiskAssessment: nullable(differentRisk),
  additionalInformation: nullable(additionalInformation),
  confidentiality,
  attachmentIds: list(id),
  missing: list(missing),
  status: oneOf(REACTION_STATUSES),
  submitted: nullable(isoDate),
  withdrawal: nullable(obj<NonNullable<Reaction['withdrawal']>>({ ground: shortText, date: isoDate })),
  log: list(logEntry, 10_000),
  machineSnapshot: anyJson(),
});

const ruleSetMove: Parser<RuleSetMove> = obj<RuleSetMove>({ from: shortText, to: shortText, reason: text, role: oneOf(ROLES), actor: text, date: isoDate, at: isoTimestamp });

const regimeChoice: Parser<RegimeChoice> = obj<RegimeChoice>({ regimeId: shortText, reason: text, role: oneOf(ROLES), actor: text, date: isoDate });

const event: Parser<CaseEvent> = obj<CaseEvent>({ id, kind: oneOf(CASE_EVENT_KINDS), date: isoDate, note: text });

export const caseFileParser: Parser<CaseFile> = obj<CaseFile>({
  id,
  schemaVersion: literal(1),
  regimeId: shortText,
  ruleSetVersion: shortText,
  authority: text,
  country: shortText,
  created: isoDate,
  title: text,
  product,
  regulations,
  traceability,
  testResults: list(testResult),
  risk,
  accidents: list(accident),
  measures: list(measure),
  attachments: list(attachment),
  entries: list(entry, 10_000),
  criteria,
  informationReceived: nullable(isoDate),
  confidentiality,
  notification: nullable(notification),
  followUp: nullable(received),
  reactions: list(reaction),
  events: list(event),
  ruleSetMoves: optional(list(ruleSetMove)),
  regimeChoice: optional(regimeChoice),
});

/** The CaseFile in `json`, or every problem found, each naming its field. */
export function parseCaseFile(json: unknown, path = 'case'): Result<CaseFile> {
  return run(caseFileParser, json, path);
}
