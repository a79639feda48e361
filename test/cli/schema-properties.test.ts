// The schema says exactly what the command line accepts, tested both ways on generated documents:
// any document schema/case.v1.schema.json rejects gets exit 2 from classify, any it accepts exit 0
// (and so for assessments, within documents whose probabilities and severities make sense — the
// checks a schema cannot state are listed in its description).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers';
import { schemaValidators } from './schemas';
import { ruleSet } from '../helpers/regimes';

const { validCase, validAssessment } = schemaValidators();
const REGIMES = ['rapex-2010', 'rapex-2004', 'rapex-2019', 'gpsr-2024'];
const members = (name: string) => [...new Set(REGIMES.flatMap((id) => ruleSet(id).enumeration(name)!.members.map((m) => m.value as string)))];

/**
 * A field left out (undefined keys are dropped by JSON.stringify), or mostly the first (good)
 * values, now and then one of the others: about half the documents come out valid.
 */
const field = <T>(good: fc.Arbitrary<T>, ...rare: fc.Arbitrary<unknown>[]) =>
  fc.option(fc.oneof({ weight: 60, arbitrary: good as fc.Arbitrary<unknown> }, ...rare.map((arbitrary) => ({ weight: 1, arbitrary }))), { nil: undefined, freq: 4 });
/** As field, for a required field: left out now and then only. */
const needed = <T>(good: fc.Arbitrary<T>, ...rare: fc.Arbitrary<unknown>[]) =>
  fc.option(fc.oneof({ weight: 60, arbitrary: good as fc.Arbitrary<unknown> }, ...rare.map((arbitrary) => ({ weight: 1, arbitrary }))), { nil: undefined, freq: 40 });
const junk = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true }), fc.string({ maxLength: 6 }), fc.constant([]), fc.constant({}), fc.boolean());
const enumOf = (name: string, nullable: boolean) => (nullable ? field(fc.constantFrom(...members(name), null), junk) : needed(fc.constantFrom(...members(name)), junk));
const date = (nullable: boolean) =>
  field(
    fc.oneof(
      fc.integer({ min: 0, max: 3_000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
      fc.constantFrom(...(nullable ? [null] : []), '2024-02-29', '0001-01-01', '9999-12-31'),
    ),
    fc.constantFrom('2026-02-30', '2023-02-29', '2026-13-01', '2026-03-27 ', ' 2026-03-27', '27.03.2026', '0000-01-01'),
    junk,
  );
const long = (max: number) => fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), '😀'.repeat(max), '😀'.repeat(max + 1));
const text = (max: number) => field(fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null)), long(max), junk);
/** Text that may be left out, never null. */
const plainText = (max: number) => field(fc.string({ maxLength: 8 }), long(max), junk);
const flag = field(fc.boolean(), junk);
/** Enum values of every regime mixed: one regime's value is bad under another (gpsr's serious-risk under rapex-2010). */
/** Extra keys: unknown ones (allowed, warned of) and prototype keys (refused). */
const extras = fc.dictionary(fc.constantFrom('colour', 'weight', 'notes', 'toString', 'constructor', '__proto__', 'prototype'), fc.oneof({ weight: 10, arbitrary: junk }, { weight: 1, arbitrary: fc.constant({ constructor: 1 }) }), { maxKeys: 1 });

function withExtras<T extends object>(obj: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(obj, fc.option(extras, { nil: undefined, freq: 40 })).map(([o, e]) => (e ? Object.assign(Object.create(null), o, e) : o));
}

const measure = withExtras(
  fc.record({ type: enumOf('measureType', false), category: enumOf('measureCategory', false), adopted: date(true), scope: enumOf('measureScope', true), duration: enumOf('measureDuration', true) }),
);
const event = withExtras(fc.record({ kind: enumOf('eventKind', false), date: needed(fc.integer({ min: 0, max: 3_000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)), fc.constantFrom('2026-02-30', '2026-03-27 '), junk) }));
const product = withExtras(
  fc.record({
    name: text(20_000),
    brand: text(20_000),
    barcode: text(200),
    photos: field(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(100_000, 2.0, null)), fc.constantFrom(-1, 100_001, 1.5), junk),
    category: text(20_000),
    consumerProduct: fc.option(fc.oneof({ weight: 30, arbitrary: fc.boolean() as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk }), { nil: undefined, freq: 30 }),
    excludedRegime: enumOf('excludedRegime', true),
    // rapex-2010 and rapex-2019 only (the other regimes ignore it), so not from every regime's enums
    secondHand: field(fc.constantFrom('antique', 'to-be-repaired', null), junk),
  }),
);
const caseDocument = withExtras(
  fc.record({
    product: fc.option(fc.oneof({ weight: 30, arbitrary: product as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk }), { nil: undefined, freq: 30 }),
    risk: fc.option(
      fc.oneof({ weight: 30, arbitrary: withExtras(fc.record({ level: fc.option(fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...members('riskLevel'), null) as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk }), { nil: undefined, freq: 30 }), lifeThreatening: flag, fatalAccidents: flag, emergencyAction: flag })) as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk }),
      { nil: undefined, freq: 10 },
    ),
    crossBorder: flag,
    ofInterestToOtherStates: flag,
    underEeaDiscussion: flag,
    criteriaUncertain: flag,
    generallyApplicableMeasure: flag,
    otherProcedure: flag,
    productOriginHere: flag,
    measures: field(fc.array(fc.oneof({ weight: 30, arbitrary: measure as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk }), { maxLength: 3 }), junk),
    informationReceived: date(true),
    notification: field(withExtras(fc.record({ type: enumOf('notificationType', true), submitted: date(true), received: date(true) })), junk),
    events: field(fc.array(fc.oneof({ weight: 30, arbitrary: event as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk }), { maxLength: 3 }), junk),
    regime: field(fc.constantFrom(...REGIMES), fc.constant('rapex-1999'), junk),
    notifyingCountry: plainText(200),
    riskType: plainText(200),
  }),
);

describe('the case schema and classify agree', () => {
  it('schema rejects ⇔ exit 2; schema accepts ⇔ exit 0', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(caseDocument, async (doc) => {
        const text = JSON.stringify(doc);
        const valid = validCase(JSON.parse(text));
        const r = await cli(['classify', '-', '--json'], { stdin: text });
        if (valid) accepted++;
        expect({ status: r.status, stderr: r.stderr.slice(0, 300), schema: valid ? 'accepts' : JSON.stringify(validCase.errors?.slice(0, 2)) }).toMatchObject({ status: valid ? 0 : 2 });
      }),
      { numRuns: 1_500, seed: 1203 },
    );
    // Both ways were tried: the generator is not all bad or all good.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(1_400);
  }, 120_000);
});

const PROBABILITIES = ['1', '1/2', '1/50', '0.02', '2%', '1/1 000', '1/1000000'];
const step = withExtras(
  fc.record({
    text: fc.oneof(fc.string({ maxLength: 6 }), junk),
    probability: fc.option(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PROBABILITIES) }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: fc.constant('1'.repeat(101)) }), { nil: undefined, freq: 10 }),
  }),
);
const scenario = fc.integer({ min: 0, max: 1_000 }).chain((n) =>
  withExtras(
    fc.record({
      id: fc.oneof({ weight: 8, arbitrary: fc.constant(`s${n}`) }, { weight: 1, arbitrary: fc.constantFrom('', '  ', 'x'.repeat(201)) }, { weight: 1, arbitrary: junk }),
      consumer: fc.oneof({ weight: 8, arbitrary: fc.constant('adult') }, { weight: 1, arbitrary: junk }),
      hazard: fc.oneof({ weight: 8, arbitrary: fc.constant('entrapment') }, { weight: 1, arbitrary: junk }),
      steps: fc.oneof({ weight: 8, arbitrary: fc.array(step, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: junk }),
      injury: fc.oneof({ weight: 8, arbitrary: fc.constant('cut') }, { weight: 1, arbitrary: junk }),
      severity: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 5, '2', 2.5) }),
    }),
  ),
);
const assessment = withExtras(
  fc.record({
    product: fc.oneof({ weight: 8, arbitrary: withExtras(fc.record({ name: fc.oneof({ weight: 8, arbitrary: fc.constant('Hammer') }, { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(20_001)) }, { weight: 1, arbitrary: junk }), brand: field(fc.string({ maxLength: 5 }), junk) })) }, { weight: 1, arbitrary: junk }),
    scenarios: fc.oneof({ weight: 8, arbitrary: fc.uniqueArray(scenario, { maxLength: 3, selector: (s) => JSON.stringify((s as { id: unknown }).id) }) }, { weight: 1, arbitrary: junk }),
  }),
);

describe('the assessment schema and assess agree', () => {
  it('schema rejects ⇔ exit 2; schema accepts ⇔ exit 0 (probabilities and severities in range)', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(assessment, async (doc) => {
        const text = JSON.stringify(doc);
        const valid = validAssessment(JSON.parse(text));
        const r = await cli(['assess', '-', '--json'], { stdin: text });
        if (valid) accepted++;
        expect({ status: r.status, stderr: r.stderr.slice(0, 300), schema: valid ? 'accepts' : JSON.stringify(validAssessment.errors?.slice(0, 2)) }).toMatchObject({ status: valid ? 0 : 2 });
      }),
      { numRuns: 1_000, seed: 1203 },
    );
    expect(accepted).toBeGreaterThan(50);
  }, 120_000);
});
