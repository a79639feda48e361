// Demonstration case files, built on the guidelines' worked examples (src/demo/assessments.ts).
// Names of firms and people are invented. Enum values are the rapex-2010 rule set's members.
//  - socket protectors: serious, life-threatening, obligatory recall, sold online → Article 12
//    notification requiring emergency action; distribution lists marked confidential;
//  - folding chair: high (not serious) risk, obligatory withdrawal, cross-border → Article 11;
//  - baby walker: serious risk, no measures decided yet → for information (b), measures to confirm;
//  - kettle: another State's Article 12 notification, product found here → a reaction is due;
//  - hair straightener: an Article 12 notification validated and published (published-case.ts).
// The published case carries the version id of the rule set it was decided under (the built-in
// rapex-2010); the others are not decided yet and record rapex-2010 as an explicit choice of
// regime (underTheGuidelines), so the version of it in force decides them until their first
// decision records it (deciding-version.ts). Their assessments record the version they were
// computed under.
import { emptyCase, emptyNotification, emptyReaction } from '../domain/case/empty';
import type { CaseFile, Party } from '../domain/case/types';
import type { CompiledRuleSet } from '../rules/api';
import { hairStraightenerCase } from './published-case';

const REGIME = 'rapex-2010';
export const DEMO_RULE_SET_VERSION = 'rapex-2010@builtin';

const party = (name: string, address: string, contact: string, country: string): Party => ({ name, address, contact, country });

/** Built from the socket-protector assessment (Appendix 5, 6.2): 27/160 000, severity 4 → serious. */
export function socketProtectorCase(id = 'demo-case-socket-protectors'): CaseFile {
  const c = emptyCase({ id, created: '2026-03-20', regimeId: REGIME, authority: 'National Product Safety Authority', country: 'NO' });
  return {
    ...c,
    title: 'SafeHome socket protectors SP-12',
    product: {
      ...c.product,
      category: 'childcare articles and children’s equipment',
      name: 'Socket protectors',
      brand: 'SafeHome',
      model: 'SP-12',
      batch: 'L2025-11',
      barcode: '4006381333931',
      customsCode: '3926 90 97',
      description: 'White plastic covers for wall sockets, sold in packs of 12. The holes are so narrow that the plug pins stick: pulling the plug may pull the protector out unnoticed.',
      packaging: 'Blister pack, cardboard back with a picture of a toddler',
      itemsCovered: 4800,
      consumerProduct: true,
    },
    regulations: {
      legalProvisions: ['Directive 2001/95/EC (GPSD), Article 3'],
      standards: ['NEK 502:2005, clause 5.4 (protective covers)'],
      proofOfConformity: 'None presented by the importer',
      counterfeit: 'no',
    },
    traceability: {
      origin: 'CN',
      destinations: ['NO', 'SE', 'DK'],
      manufacturer: party('Ningbo Brightstar Plastics Co.', 'No. 8 Industrial Road, Ningbo', 'sales@brightstar.example', 'CN'),
      exporters: [party('Brightstar Export Ltd', 'Unit 3, Harbour Building, Ningbo', '+86 574 0000 0000', 'CN')],
      importers: [party('Nordic Baby Supplies AS', 'Storgata 1, 0155 Oslo', 'post@nordicbaby.example', 'NO')],
      distributors: [party('Kidz Online AS', 'Industriveien 5, 2000 Lillestrøm', 'shop@kidzonline.example', 'NO')],
      retailers: [],
      soldOnline: true,
    },
    testResults: [
      {
        id: 't1',
        date: '2026-03-12',
        laboratory: 'Nordic Electrical Test Laboratory',
        summary: 'The protector comes out with the plug in 9 of 10 trials; the shutter does not stop a 1 mm wire.',
        failedRequirements: ['NEK 502:2005, clause 5.4'],
        reportAttachmentId: 'a1',
      },
    ],
    risk: {
      hazard: 'electrical-energy',
      assessments: [
        {
          assessmentId: 'demo-socket-protectors',
          level: 'serious',
          lifeThreatening: true,
          fatalAccidents: false,
          hazard: 'electrical-energy',
          summary: 'Protector removed unnoticed; a child inserts a thin metal object and is electrocuted: 27/160 000, severity 4',
          regimeId: REGIME,
          ruleSetVersion: DEMO_RULE_SET_VERSION,
          computedOn: '2026-03-18',
        },
      ],
      decisiveAssessmentId: 'demo-socket-protectors',
      conclusions: 'Serious risk of electric shock for young children: the protector gives a false sense of safety. The risk is life-threatening.',
      nonCompliance: 'The product does not meet the requirements for protective covers (NEK 502:2005, clause 5.4): it comes out with the plug.',
      otherEmergency: false,
    },
    measures: [
      {
        id: 'm1',
        type: 'obligatory',
        takenBy: { kind: 'authority', name: 'National Product Safety Authority' },
        category: 'recall',
        adopted: '2026-03-27',
        entryIntoForce: '2026-03-27',
        duration: 'permanent',
        until: null,
        scope: 'national',
        description: 'Recall from consumers ordered; the importer informs buyers by e-mail and on its web site.',
      },
    ],
    attachments: [
      { id: 'a1', kind: 'test-report', name: 'NETL report 2026-114.pdf', blobId: null, addedOn: '2026-03-12', internal: false },
      { id: 'a2', kind: 'measure-decision', name: 'Recall order 2026-03-27.pdf', blobId: null, addedOn: '2026-03-27', internal: false },
      { id: 'a3', kind: 'correspondence', name: 'Letter from the importer’s lawyer.pdf', blobId: null, addedOn: '2026-03-25', internal: true },
    ],
    criteria: { ...c.criteria, crossBorder: true },
    confidentiality: {
      status: 'requested',
      parts: ['traceability'],
      justification: 'Criminal investigation of the importer under way; the supply chain must not be disclosed.',
      requestedOn: '2026-03-27',
      withdrawnOn: null,
    },
    notification: {
      ...emptyNotification({ notifyingCountry: 'NO', contactPoint: 'RAPEX Contact Point Norway', personInCharge: 'Kari Nordmann' }),
      missing: [
        { field: 'product.photos.product', reason: 'Photos of product, packaging and label follow from the laboratory.' },
        { field: 'product.photos.packaging', reason: 'Photos of product, packaging and label follow from the laboratory.' },
        { field: 'product.photos.label', reason: 'Photos of product, packaging and label follow from the laboratory.' },
        { field: 'accidents', reason: 'No incidents or accidents are known.' },
        { field: 'traceability.retailers', reason: 'Sold online only, by the distributor named.' },
      ],
    },
  };
}

/** Folding chair (Appendix 5, 6.1): high risk, obligatory withdrawal, sold in several States → Article 11. */
export function foldingChairCase(id = 'demo-case-folding-chair'): CaseFile {
  const c = emptyCase({ id, created: '2026-02-10', regimeId: REGIME, authority: 'National Product Safety Authority', country: 'NO' });
  return {
    ...c,
    title: 'Relaxa folding chair FC-3',
    product: { ...c.product, category: 'furniture', name: 'Folding chair', brand: 'Relaxa', model: 'FC-3', barcode: '7311250004361', description: 'Wooden folding chair; the folding mechanism can trap fingers.' },
    risk: {
      ...c.risk,
      hazard: 'kinetic-energy',
      assessments: [
        {
          assessmentId: 'demo-folding-chair',
          level: 'high',
          lifeThreatening: false,
          fatalAccidents: false,
          hazard: 'kinetic-energy',
          summary: 'Lifts the chair while sitting; loss of part of a finger: 1/6 000, severity 3',
          regimeId: REGIME,
          ruleSetVersion: DEMO_RULE_SET_VERSION,
          computedOn: '2026-02-12',
        },
      ],
      decisiveAssessmentId: 'demo-folding-chair',
      conclusions: 'High risk of finger injuries.',
      nonCompliance: 'Gaps in the folding mechanism exceed the limits of EN 581-1.',
    },
    measures: [
      {
        id: 'm1',
        type: 'obligatory',
        takenBy: { kind: 'authority', name: 'National Product Safety Authority' },
        category: 'withdrawal',
        adopted: '2026-02-20',
        entryIntoForce: '2026-02-21',
        duration: 'permanent',
        until: null,
        scope: 'national',
        description: 'Withdrawal from the market ordered.',
      },
    ],
    criteria: { ...c.criteria, crossBorder: true },
  };
}

/** Serious risk known, no measures decided yet → for information (b); measures to be confirmed. */
export function babyWalkerCase(id = 'demo-case-baby-walker'): CaseFile {
  const c = emptyCase({ id, created: '2026-01-10', regimeId: REGIME, authority: 'National Product Safety Authority', country: 'NO' });
  return {
    ...c,
    title: 'Tumble baby walker BW-1',
    product: { ...c.product, category: 'childcare articles and children’s equipment', name: 'Baby walker', brand: 'Tumble', model: 'BW-1', description: 'Baby walker that tips over at a step.' },
    risk: {
      ...c.risk,
      hazard: 'potential-energy',
      assessments: [
        {
          assessmentId: 'demo-baby-walker',
          level: 'serious',
          lifeThreatening: false,
          fatalAccidents: false,
          hazard: 'potential-energy',
          summary: 'Walker tips over at a stair edge; head injury',
          regimeId: REGIME,
          ruleSetVersion: DEMO_RULE_SET_VERSION,
          computedOn: '2026-01-12',
        },
      ],
      decisiveAssessmentId: 'demo-baby-walker',
      conclusions: 'Serious risk of falls down stairs.',
    },
    criteria: { ...c.criteria, crossBorder: true },
  };
}

/** A follow-up case: another State's Article 12 notification; the product was found here. */
export function kettleFollowUpCase(id = 'demo-case-kettle-follow-up'): CaseFile {
  const c = emptyCase({ id, created: '2026-03-03', regimeId: REGIME, authority: 'National Product Safety Authority', country: 'NO' });
  const reaction = emptyReaction({
    id: 'r1',
    kind: 'product-found',
    notificationNumber: 'A12/0042/26',
    notifyingCountry: 'SE',
    reactingCountry: 'NO',
    notifiedProductName: 'Electric kettle',
    notificationClassification: 'article-12',
  });
  return {
    ...c,
    title: 'Follow-up: Brewmaster kettle K-200 (A12/0042/26)',
    product: { ...c.product, category: 'electrical appliances and equipment', name: 'Electric kettle', brand: 'Brewmaster', model: 'K-200', barcode: '5012345678900' },
    followUp: { number: 'A12/0042/26', notifyingCountry: 'SE', classification: 'article-12', productName: 'Electric kettle', received: '2026-03-02' },
    events: [{ id: 'e1', kind: 'product-found', date: '2026-03-10', note: '35 kettles found at two retailers in Bergen' }],
    reactions: [
      {
        ...reaction,
        contactPoint: 'RAPEX Contact Point Norway',
        personInCharge: 'Kari Nordmann',
        productAsFound: { name: 'Electric kettle', brand: 'Brewmaster', model: 'K-200', batch: '2025-40', barcode: '5012345678900' },
        productFound: {
          itemsFound: 35,
          measures: [
            {
              id: 'm1',
              type: 'voluntary',
              takenBy: { kind: 'operator', name: 'Bergen Home Electric AS' },
              category: 'withdrawal',
              adopted: '2026-03-11',
              entryIntoForce: '2026-03-11',
              duration: 'permanent',
              until: null,
              scope: 'national',
              description: 'Withdrawn from sale by the distributor.',
            },
          ],
          noMeasuresReason: '',
        },
      },
    ],
  };
}

/**
 * `ruleSet`: the built-in rapex-2010 one, compiled by the caller (the app from its bundled rule
 * texts, the server from rules/ on disk: this module must not depend on either).
 */
export function demoCases(ruleSet: CompiledRuleSet): CaseFile[] {
  return [...[socketProtectorCase(), foldingChairCase(), babyWalkerCase(), kettleFollowUpCase()].map(underTheGuidelines), hairStraightenerCase(ruleSet, DEMO_RULE_SET_VERSION)];
}

/**
 * The demo cases are dated 2026, when the GPSR is in force, but are built on the 2010 guidelines'
 * worked examples: they say so by an explicit choice of rapex-2010, as a training case would.
 */
export function underTheGuidelines(c: CaseFile): CaseFile {
  if (c.ruleSetVersion) return c;
  return {
    ...c,
    regimeId: REGIME,
    regimeChoice: { regimeId: REGIME, reason: 'Demonstration case built on the worked examples of the 2010 RAPEX guidelines', role: 'national-authority', actor: 'Riskcase demo data', date: c.created },
  };
}
