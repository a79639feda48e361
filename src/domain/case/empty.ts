// Blank case files, notifications and reactions: every field present, nothing decided yet.
import type { CaseFile, Confidentiality, IsoDate, Notification, Reaction, ReactionKind } from './types';

export function noConfidentiality(): Confidentiality {
  return { status: 'none', parts: [], justification: '', requestedOn: null, withdrawnOn: null };
}

export function emptyCase(init: { id: string; created: IsoDate; regimeId: string; ruleSetVersion?: string; authority?: string; country?: string }): CaseFile {
  return {
    id: init.id,
    schemaVersion: 1,
    regimeId: init.regimeId,
    ruleSetVersion: init.ruleSetVersion ?? '',
    authority: init.authority ?? '',
    country: init.country ?? '',
    created: init.created,
    title: '',
    product: {
      category: '',
      name: '',
      brand: '',
      model: '',
      batch: '',
      barcode: '',
      customsCode: '',
      description: '',
      packaging: '',
      photoIds: [],
      itemsCovered: null,
      consumerProduct: true,
      excludedRegime: null,
    },
    regulations: { legalProvisions: [], standards: [], proofOfConformity: '', counterfeit: 'unknown' },
    traceability: {
      origin: '',
      destinations: [],
      manufacturer: null,
      exporters: [],
      importers: [],
      distributors: [],
      retailers: [],
      soldOnline: false,
    },
    testResults: [],
    risk: { hazard: '', assessments: [], decisiveAssessmentId: null, conclusions: '', nonCompliance: '', otherEmergency: false },
    accidents: [],
    measures: [],
    attachments: [],
    entries: [],
    criteria: {
      crossBorder: false,
      ofInterestToOtherStates: false,
      underEeaDiscussion: false,
      criteriaUncertain: false,
      generallyApplicableMeasure: false,
    },
    informationReceived: null,
    confidentiality: noConfidentiality(),
    notification: null,
    followUp: null,
    reactions: [],
    events: [],
  };
}

export function emptyNotification(init: { notifyingCountry: string; contactPoint?: string; personInCharge?: string }): Notification {
  return {
    number: null,
    notifyingCountry: init.notifyingCountry,
    contactPoint: init.contactPoint ?? '',
    personInCharge: init.personInCharge ?? '',
    date: null,
    suggested: null,
    chosen: null,
    choiceReason: '',
    forInformation: null,
    validatedAs: null,
    status: 'draft',
    submitted: null,
    validated: null,
    informationDueBy: null,
    measuresConfirmed: null,
    publishedOnPublicSite: false,
    withdrawalRequest: null,
    withdrawal: null,
    duplicateOf: null,
    missing: [],
    versions: [],
    log: [],
    machineSnapshot: null,
  };
}

export function emptyReaction(init: {
  id: string;
  kind: ReactionKind;
  notificationNumber: string;
  notifyingCountry: string;
  reactingCountry: string;
  notifiedProductName?: string;
  notificationClassification?: Reaction['notificationClassification'];
}): Reaction {
  return {
    id: init.id,
    notificationNumber: init.notificationNumber,
    notifyingCountry: init.notifyingCountry,
    notifiedProductName: init.notifiedProductName ?? '',
    notificationClassification: init.notificationClassification ?? '',
    date: null,
    reactingCountry: init.reactingCountry,
    contactPoint: '',
    personInCharge: '',
    productAsFound: { name: '', brand: '', model: '', batch: '', barcode: '' },
    kind: init.kind,
    productFound: init.kind === 'product-found' ? { itemsFound: null, measures: [], noMeasuresReason: '' } : null,
    differentRiskAssessment:
      init.kind === 'different-risk-assessment'
        ? { hazard: '', testResults: [], failedRequirements: [], assessment: null, conclusions: '', accidents: [], sameProductEvidence: '' }
        : null,
    additionalInformation: init.kind === 'additional-information' ? { distributionChannels: '', origin: '', parties: [] } : null,
    confidentiality: noConfidentiality(),
    attachmentIds: [],
    missing: [],
    status: 'draft',
    submitted: null,
    withdrawal: null,
    log: [],
    machineSnapshot: null,
  };
}
