// A demonstration case that went all the way: an Article 12 notification validated and
// distributed, with its traceability marked confidential and a reaction from another State that
// was examined and validated. Its lifecycle is not written by hand: the draft below is run through
// the notification and reaction machines with the acts of each actor, so its state, history,
// versions and `publishedOnPublicSite` (decided by the rule set, publication.ts) are ones the
// machines really reach. Names of firms and people are invented.
import { createActor } from 'xstate';
import { emptyCase, emptyNotification, emptyReaction } from '../domain/case/empty';
import { acceptSuggestion, suggestClassification } from '../domain/case/classification';
import type { CaseFile, Party, Reaction } from '../domain/case/types';
import type { CompiledRuleSet } from '../rules/api';
import { notificationMachine, type NotificationEvent } from '../machines/notification';
import { reactionMachine, type ReactionEvent } from '../machines/reaction';

const REGIME = 'rapex-2010';
export const PUBLISHED_CASE_ID = 'demo-case-hair-straightener';
export const PUBLISHED_CASE_NUMBER = 'A12/0107/26';

const party = (name: string, address: string, contact: string, country: string): Party => ({ name, address, contact, country });

/** The case as the national authority hands it to its contact point: nothing decided yet. */
export function hairStraightenerDraft(ruleSetVersion: string, id = PUBLISHED_CASE_ID): CaseFile {
  const c = emptyCase({ id, created: '2026-02-02', regimeId: REGIME, ruleSetVersion, authority: 'National Product Safety Authority', country: 'NO' });
  return {
    ...c,
    title: 'Glossa hair straightener HS-900',
    product: {
      ...c.product,
      category: 'electrical appliances and equipment',
      name: 'Hair straightener',
      brand: 'Glossa',
      model: 'HS-900',
      batch: '2025-W38',
      barcode: '7090012345674',
      customsCode: '8516 32 00',
      description: 'Ceramic hair straightener with a swivel cord. The insulation of the cord cracks at the swivel joint after short use, leaving live parts accessible.',
      packaging: 'Black cardboard box with a transparent window',
      itemsCovered: 2300,
      consumerProduct: true,
    },
    regulations: {
      legalProvisions: ['Directive 2014/35/EU (Low Voltage Directive)'],
      standards: ['EN 60335-2-23, clause 25.14 (flexing test of the cord)'],
      proofOfConformity: 'EU declaration of conformity without test reports',
      counterfeit: 'no',
    },
    traceability: {
      origin: 'CN',
      destinations: ['NO', 'SE', 'FI'],
      manufacturer: party('Shenzhen Lumina Appliances Co.', 'Bao’an District, Shenzhen', 'export@lumina.example', 'CN'),
      exporters: [],
      importers: [party('Scandi Beauty Import AS', 'Havnegata 12, 7010 Trondheim', 'post@scandibeauty.example', 'NO')],
      distributors: [party('HairPro Grossist AS', 'Lagerveien 3, 1400 Ski', 'ordre@hairpro.example', 'NO')],
      retailers: [party('Salongutstyr Oslo', 'Karl Johans gate 20, 0159 Oslo', 'butikk@salongutstyr.example', 'NO')],
      soldOnline: true,
    },
    testResults: [
      {
        id: 't1',
        date: '2026-01-22',
        laboratory: 'Nordic Electrical Test Laboratory',
        summary: 'The cord insulation cracks at the swivel after 2 400 of the 10 000 flexings required; the conductors become accessible.',
        failedRequirements: ['EN 60335-2-23, clause 25.14'],
        reportAttachmentId: 'a1',
      },
    ],
    risk: {
      hazard: 'electrical-energy',
      assessments: [
        {
          assessmentId: 'demo-hair-straightener',
          level: 'serious',
          lifeThreatening: false,
          fatalAccidents: false,
          hazard: 'electrical-energy',
          summary: 'Cord cracks at the swivel; the user touches a live conductor and gets a shock with burns to the hand',
          regimeId: REGIME,
          ruleSetVersion,
          computedOn: '2026-01-26',
        },
      ],
      decisiveAssessmentId: 'demo-hair-straightener',
      conclusions: 'Serious risk of electric shock and burns: the insulation fails in normal use.',
      nonCompliance: 'The cord does not withstand the flexing test of EN 60335-2-23, clause 25.14.',
      otherEmergency: false,
    },
    measures: [
      {
        id: 'm1',
        type: 'obligatory',
        takenBy: { kind: 'authority', name: 'National Product Safety Authority' },
        category: 'recall',
        adopted: '2026-02-05',
        entryIntoForce: '2026-02-06',
        duration: 'permanent',
        until: null,
        scope: 'national',
        description: 'Recall from consumers ordered; the importer refunds buyers.',
      },
    ],
    attachments: [
      { id: 'a1', kind: 'test-report', name: 'NETL report 2026-031.pdf', blobId: null, addedOn: '2026-01-22', internal: false },
      { id: 'a2', kind: 'measure-decision', name: 'Recall order 2026-02-05.pdf', blobId: null, addedOn: '2026-02-05', internal: false },
    ],
    criteria: { ...c.criteria, crossBorder: true },
    confidentiality: {
      status: 'requested',
      parts: ['traceability'],
      justification: 'Customs investigation of the importer’s supply chain under way.',
      requestedOn: '2026-02-06',
      withdrawnOn: null,
    },
    notification: {
      ...emptyNotification({ notifyingCountry: 'NO', contactPoint: 'RAPEX Contact Point Norway', personInCharge: 'Kari Nordmann' }),
      missing: [
        { field: 'product.photos.product', reason: 'Photos of product, packaging and label are sent with the first update.' },
        { field: 'product.photos.packaging', reason: 'Photos of product, packaging and label are sent with the first update.' },
        { field: 'product.photos.label', reason: 'Photos of product, packaging and label are sent with the first update.' },
        { field: 'accidents', reason: 'No incidents or accidents are known.' },
        { field: 'traceability.exporters', reason: 'The manufacturer ships to the importer directly; there is no exporter.' },
      ],
    },
  };
}

/** Sweden found the product and recalled it: its reaction to our notification, before submission. */
export function swedishReactionDraft(): Reaction {
  const r = emptyReaction({
    id: 'r1',
    kind: 'product-found',
    notificationNumber: PUBLISHED_CASE_NUMBER,
    notifyingCountry: 'NO',
    reactingCountry: 'SE',
    notifiedProductName: 'Hair straightener',
    notificationClassification: 'article-12',
  });
  return {
    ...r,
    contactPoint: 'RAPEX Contact Point Sweden',
    personInCharge: 'Sven Svensson',
    productAsFound: { name: 'Hair straightener', brand: 'Glossa', model: 'HS-900', batch: '2025-W38', barcode: '7090012345674' },
    productFound: {
      itemsFound: 140,
      measures: [
        {
          id: 'm1',
          type: 'obligatory',
          takenBy: { kind: 'authority', name: 'Swedish Electrical Safety Board' },
          category: 'recall',
          adopted: '2026-03-02',
          entryIntoForce: '2026-03-02',
          duration: 'permanent',
          until: null,
          scope: 'national',
          description: 'Recall ordered from the online seller.',
        },
      ],
      noMeasuresReason: '',
    },
  };
}

const cp = { role: 'contact-point', actor: 'RAPEX Contact Point Norway' } as const;
const commission = { role: 'validating-authority', actor: 'European Commission' } as const;

/** Each actor's acts on the notification, in order (the classification is accepted as suggested). */
function notificationActs(accepted: CaseFile): NotificationEvent[] {
  return [
    { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', actor: 'National Product Safety Authority', date: '2026-02-06' },
    { type: 'EDIT', ...cp, date: '2026-02-09', caseFile: accepted },
    { type: 'SUBMIT', ...cp, date: '2026-02-09' },
    { type: 'START_EXAMINATION', ...commission, date: '2026-02-10' },
    { type: 'VALIDATE', ...commission, date: '2026-02-12', number: PUBLISHED_CASE_NUMBER },
  ];
}

const REACTION_ACTS: ReactionEvent[] = [
  { type: 'SUBMIT', role: 'other-state', actor: 'RAPEX Contact Point Sweden', date: '2026-03-04' },
  { type: 'START_EXAMINATION', ...commission, date: '2026-03-05' },
  { type: 'VALIDATE', ...commission, date: '2026-03-09' },
];

/** Sends the acts to a machine; an act the machine refuses is a broken demo, so it throws. */
function run<S extends { value: unknown }>(actor: { getSnapshot(): S; send(e: never): void; start(): unknown; stop(): unknown }, acts: readonly unknown[], what: string): S {
  actor.start();
  for (const act of acts) {
    const before = JSON.stringify(actor.getSnapshot().value);
    actor.send(act as never);
    if (JSON.stringify(actor.getSnapshot().value) === before && (act as { type: string }).type !== 'EDIT') {
      throw new Error(`demo ${what}: ${(act as { type: string }).type} was refused in state ${before}`);
    }
  }
  const end = actor.getSnapshot();
  actor.stop();
  return end;
}

/**
 * The published demo case under `ruleSet` (the rapex-2010 rule set `ruleSetVersion` names): the
 * suggestion is the rule set's, and the machines decide the rest.
 */
export function hairStraightenerCase(ruleSet: CompiledRuleSet, ruleSetVersion: string): CaseFile {
  const draft = hairStraightenerDraft(ruleSetVersion);
  const s = suggestClassification(ruleSet, draft, ruleSetVersion);
  if (!s.ok) throw new Error(`demo case: ${s.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const accepted: CaseFile = { ...draft, notification: acceptSuggestion(draft.notification!, s.suggestion) };
  const notified = run(createActor(notificationMachine, { input: { ruleSet, caseFile: draft } }), notificationActs(accepted), 'notification').context.caseFile;
  const reacted = run(
    createActor(reactionMachine, { input: { ruleSet, reaction: swedishReactionDraft(), notifiedProduct: notified.product } }),
    REACTION_ACTS,
    'reaction',
  ).context.reaction;
  return { ...notified, reactions: [reacted] };
}
