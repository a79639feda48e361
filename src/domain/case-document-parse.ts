// The interchange case document (DESIGN.md, v1; schema/case.v1.schema.json) read strictly, with the
// same parsers as the app's import: types, nulls, dates, lengths and prototype keys are checked
// here, field by field with its path; enum values are the regime's own, checked when the rule set
// binds the document. A field the format does not know is a warning (the format may grow), never
// an error, and it is left out of the value.
import { bool, forbiddenKeys, int, isoDate, list, LIMITS, nullable, obj, optional, run, str, type Parser, type Result, type ShapeError } from './json-shape';

/** Limits of one case document (the schema says the same with maxLength and maxItems). */
export const CASE_DOCUMENT_LIMITS = {
  /** Names, brands, models, categories, free text. */
  maxText: LIMITS.maxString,
  /** Enum values, regime ids, countries, bar codes. */
  maxWord: 200,
  maxPhotos: 100_000,
  maxMeasures: LIMITS.maxArray,
  maxEvents: LIMITS.maxArray,
};

const text = str({ max: CASE_DOCUMENT_LIMITS.maxText });
const word = str({ max: CASE_DOCUMENT_LIMITS.maxWord });
const maybe = <T>(p: Parser<T>) => optional(nullable(p));
const flag = optional(bool);
const date = maybe(isoDate);

export interface CaseDocumentMeasureInput {
  type: string;
  category: string;
  adopted?: string | null;
  scope?: string | null;
  duration?: string | null;
}

export interface CaseDocumentInput {
  product: {
    name?: string | null;
    brand?: string | null;
    model?: string | null;
    barcode?: string | null;
    photos?: number | null;
    category?: string | null;
    consumerProduct: boolean;
    excludedRegime?: string | null;
    /** Extension of v1: second-hand supply as an antique or to be repaired (enum secondHandSupply). */
    secondHand?: string | null;
  };
  risk?: { level: string | null; lifeThreatening?: boolean; fatalAccidents?: boolean; emergencyAction?: boolean };
  crossBorder?: boolean;
  ofInterestToOtherStates?: boolean;
  underEeaDiscussion?: boolean;
  criteriaUncertain?: boolean;
  generallyApplicableMeasure?: boolean;
  /** Extension of v1: the measures are to be notified under another EEA procedure (Article 11 criterion). */
  otherProcedure?: boolean;
  productOriginHere?: boolean;
  measures?: CaseDocumentMeasureInput[];
  informationReceived?: string | null;
  notification?: { type?: string | null; submitted?: string | null; received?: string | null } | null;
  events?: { kind: string; date: string }[];
  /** The regime the case is decided under; the command line's --regime wins. */
  regime?: string;
  /** The day the case was opened (--regime in-force uses it when no measure is adopted). */
  opened?: string | null;
  /** Extensions for Safety Gate alerts (optional text). */
  notifyingCountry?: string;
  countryOfOrigin?: string;
  riskType?: string;
}

const warnUnknown = { unknown: 'warn' } as const;

const caseDocument: Parser<CaseDocumentInput> = obj<CaseDocumentInput>(
  {
    product: obj<CaseDocumentInput['product']>(
      {
        name: maybe(text),
        brand: maybe(text),
        model: maybe(text),
        barcode: maybe(word),
        photos: maybe(int({ min: 0, max: CASE_DOCUMENT_LIMITS.maxPhotos })),
        category: maybe(text),
        consumerProduct: bool,
        excludedRegime: maybe(word),
        secondHand: maybe(word),
      },
      warnUnknown,
    ),
    risk: optional(obj<NonNullable<CaseDocumentInput['risk']>>({ level: nullable(word), lifeThreatening: flag, fatalAccidents: flag, emergencyAction: flag }, warnUnknown)),
    crossBorder: flag,
    ofInterestToOtherStates: flag,
    underEeaDiscussion: flag,
    criteriaUncertain: flag,
    generallyApplicableMeasure: flag,
    otherProcedure: flag,
    productOriginHere: flag,
    measures: optional(
      list(obj<CaseDocumentMeasureInput>({ type: word, category: word, adopted: date, scope: maybe(word), duration: maybe(word) }, warnUnknown), CASE_DOCUMENT_LIMITS.maxMeasures),
    ),
    informationReceived: date,
    notification: maybe(obj<NonNullable<CaseDocumentInput['notification']>>({ type: maybe(word), submitted: date, received: date }, warnUnknown)),
    events: optional(list(obj<{ kind: string; date: string }>({ kind: word, date: isoDate }, warnUnknown), CASE_DOCUMENT_LIMITS.maxEvents)),
    regime: optional(str({ max: 100, pattern: /^[a-z0-9][a-z0-9-]*$/, what: 'a regime id such as rapex-2010' })),
    opened: date,
    notifyingCountry: optional(word),
    countryOfOrigin: optional(word),
    riskType: optional(word),
  },
  warnUnknown,
);

/**
 * The case document in `json`, or every problem, each naming its field. `risk` may be left out
 * only by a follow-up case (`notification.received`): the risk is then the notifying State's.
 */
export function parseCaseDocument(json: unknown): Result<CaseDocumentInput> {
  // Anywhere, unknown fields included: nothing read from the file may reach a prototype.
  const forbidden = forbiddenKeys(json);
  if (forbidden.length) return { ok: false, errors: forbidden };
  const r = run(caseDocument, json);
  if (!r.ok) return r;
  if (r.value.risk === undefined && !r.value.notification?.received) {
    const missing: ShapeError = { path: 'risk', message: 'missing: a case is classified by its risk (give at least risk.level, null when not assessed); only a follow-up case, with notification.received, may leave it out' };
    return { ok: false, errors: [missing], warnings: r.warnings };
  }
  return r;
}
