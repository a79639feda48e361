// The risk assessment document (DESIGN.md, v1; schema/assessment.v1.schema.json) as an import reads
// it: the same strict parsers as the case import (types, lengths, counts, prototype keys), before
// parseAssessmentDocument reads its meaning (probabilities, severities). A field the format does
// not know is a warning, and the command line says so; the app's import refuses it, as it refuses
// one in a case file.
import type { AssessmentJson, ScenarioJson, StepJson } from './assessment';
import { int, isoDate, list, LIMITS, obj, optional, run, str, type Parser, type Result } from './json-shape';

/** Limits of one assessment document (the schema says the same with maxLength and maxItems). */
export const ASSESSMENT_LIMITS = {
  maxText: LIMITS.maxString,
  /** Ids, consumer and hazard names, regime ids. */
  maxWord: 200,
  /** A probability as written: "1/1 000 000" is 11 characters. */
  maxProbability: 100,
  maxScenarios: 1_000,
  maxSteps: 100,
};

const text = str({ max: ASSESSMENT_LIMITS.maxText });
const word = str({ max: ASSESSMENT_LIMITS.maxWord });
const probability = str({ max: ASSESSMENT_LIMITS.maxProbability });
const severity = int({ min: 1, max: 4 });
const warn = { unknown: 'warn' } as const;

const step: Parser<StepJson> = obj<StepJson>({ text, probability, low: optional(probability), high: optional(probability), evidence: optional(text) }, warn);

const scenario: Parser<ScenarioJson> = obj<ScenarioJson>(
  {
    id: word,
    title: optional(text),
    consumer: word,
    hazard: word,
    steps: list(step, ASSESSMENT_LIMITS.maxSteps),
    injury: text,
    injuryType: optional(word),
    severity,
    suggestedSeverity: optional(severity),
    severityReason: optional(text),
  },
  warn,
);

const assessmentShape: Parser<AssessmentJson> = obj<AssessmentJson>(
  {
    product: obj<AssessmentJson['product']>({ name: text, brand: optional(text), model: optional(text), description: optional(text) }, warn),
    regime: optional(str({ max: 100 })),
    date: optional(isoDate),
    scenarios: list(scenario, ASSESSMENT_LIMITS.maxScenarios),
  },
  warn,
);

/** The document's shape, checked; unknown fields come back as warnings. */
export function checkAssessmentShape(json: unknown): Result<AssessmentJson> {
  return run(assessmentShape, json);
}
