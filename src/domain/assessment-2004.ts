// The risk assessment document of a rapex-2004 regime (Decision 2004/418/EC, ch. 3.2;
// schema/assessment-2004.v1.schema.json): per scenario the defect probability ("1%", "10%",
// "100%"), the exposure row, the severity level by name, the consumer's vulnerability (Table B)
// and the assessor's judgement of the risk with its reason. Read in two passes, like the 2010
// document: the shape strictly (types, lengths, prototype keys), then the meaning against the
// rule set's enums, naming each bad field by its JSON path.
import type { CompiledRuleSet } from '../rules/api';
import { bool, isoDate, list, obj, optional, run, str, type Parser, type Result } from './json-shape';
import { ASSESSMENT_LIMITS } from './assessment-shape';
import type { FieldError } from './assessment';
import type { Product } from './risk/scenario';
import { RiskTablesError } from './risk/risk-tables';
import { risk2004Tables, type Risk2004Tables } from './risk/tables-2004';
import { assessScenarios2004, Method2004Error, type Risk2004Result, type Scenario2004 } from './risk/assess-2004';

export interface Scenario2004Json {
  id: string;
  title?: string;
  consumer?: string;
  hazard?: string;
  injury: string;
  defectProbability: string;
  exposure: string;
  severity: string;
  vulnerability?: string;
  vulnerablePerson?: string;
  warnings?: boolean;
  obviousHazard?: boolean;
  judgement?: { risk: string; reason: string };
}

export interface Assessment2004Json {
  product: Product;
  regime?: string;
  /** The assessment's date (YYYY-MM-DD): --regime in-force picks the regime in force on it. */
  date?: string;
  scenarios: Scenario2004Json[];
}

const text = str({ max: ASSESSMENT_LIMITS.maxText });
const word = str({ max: ASSESSMENT_LIMITS.maxWord });
const warn = { unknown: 'warn' } as const;

const scenario: Parser<Scenario2004Json> = obj<Scenario2004Json>(
  {
    id: word,
    title: optional(text),
    consumer: optional(word),
    hazard: optional(word),
    injury: text,
    defectProbability: str({ max: 20 }),
    exposure: word,
    severity: word,
    vulnerability: optional(word),
    vulnerablePerson: optional(word),
    warnings: optional(bool),
    obviousHazard: optional(bool),
    judgement: optional(obj<{ risk: string; reason: string }>({ risk: word, reason: text }, warn)),
  },
  warn,
);

const shape: Parser<Assessment2004Json> = obj<Assessment2004Json>(
  {
    product: obj<Product>({ name: text, brand: optional(text), model: optional(text), description: optional(text) }, warn),
    regime: optional(str({ max: 100 })),
    date: optional(isoDate),
    scenarios: list(scenario, ASSESSMENT_LIMITS.maxScenarios),
  },
  warn,
);

/** The fields only a rapex-2004 scenario has: a document with them is read as one. */
const METHOD_2004_KEYS = ['defectProbability', 'exposure', 'judgement', 'vulnerability'];

export function looksLikeMethod2004(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const scenarios = (json as Record<string, unknown>).scenarios;
  return Array.isArray(scenarios) && scenarios.some((s) => typeof s === 'object' && s !== null && METHOD_2004_KEYS.some((k) => Object.prototype.hasOwnProperty.call(s, k)));
}

/** The document's shape, checked; unknown fields come back as warnings. */
export function checkAssessment2004Shape(json: unknown): Result<Assessment2004Json> {
  return run(shape, json);
}

/** "10%", "10 %" → 10; anything else → null. */
export function parseDefectPercent(s: string): number | null {
  const m = /^\s*(\d{1,3})\s*%\s*$/.exec(s);
  return m ? Number(m[1]) : null;
}

const list2 = (values: readonly (string | number)[]) => values.map(String).join(', ');

/** The meaning of each scenario against the rule set's enums; every error, each with its path. */
export function readScenarios2004(doc: Assessment2004Json, t: Risk2004Tables): { ok: true; scenarios: Scenario2004[] } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!doc.product.name.trim()) errors.push({ path: 'product.name', message: 'name is empty' });
  const scenarios: Scenario2004[] = [];
  const ids = new Set<string>();
  const member = (choices: readonly { value: string | number }[], v: string | undefined, path: string, what: string): boolean => {
    if (v === undefined) return true;
    if (choices.some((c) => String(c.value) === v)) return true;
    errors.push({ path, message: `${what} must be one of ${list2(choices.map((c) => c.value))} (got ${JSON.stringify(v)})` });
    return false;
  };
  doc.scenarios.forEach((s, i) => {
    const p = `scenarios[${i}]`;
    const before = errors.length;
    if (ids.has(s.id)) errors.push({ path: `${p}.id`, message: `scenario id "${s.id}" is used twice` });
    ids.add(s.id);
    if (!s.id.trim()) errors.push({ path: `${p}.id`, message: `scenario ${i + 1}: id is empty` });
    if (!s.injury.trim()) errors.push({ path: `${p}.injury`, message: `scenario ${s.id}: injury is empty` });
    const percent = parseDefectPercent(s.defectProbability);
    if (percent === null || !t.defectProbabilities.includes(percent))
      errors.push({ path: `${p}.defectProbability`, message: `scenario ${s.id}: defectProbability must be one of ${t.defectProbabilities.map((d) => `${d}%`).join(', ')} (got ${JSON.stringify(s.defectProbability)})` });
    member(t.exposures, s.exposure, `${p}.exposure`, `scenario ${s.id}: exposure`);
    member(t.severities, s.severity, `${p}.severity`, `scenario ${s.id}: severity`);
    let vulnerability = s.vulnerability;
    if (member(t.vulnerablePersons, s.vulnerablePerson, `${p}.vulnerablePerson`, `scenario ${s.id}: vulnerablePerson`) && s.vulnerablePerson) {
      const of = t.vulnerabilityOf(s.vulnerablePerson);
      if (vulnerability === undefined) vulnerability = of ?? undefined;
      else if (of !== null && of !== vulnerability)
        errors.push({ path: `${p}.vulnerability`, message: `scenario ${s.id}: a ${s.vulnerablePerson} person is ${of} in Table B, not ${vulnerability}` });
    }
    if (vulnerability === undefined) errors.push({ path: `${p}.vulnerability`, message: `scenario ${s.id}: vulnerability is missing (one of ${list2(t.vulnerabilities.map((c) => c.value))})` });
    else member(t.vulnerabilities, vulnerability, `${p}.vulnerability`, `scenario ${s.id}: vulnerability`);
    if (s.judgement) {
      member(t.riskLevels, s.judgement.risk, `${p}.judgement.risk`, `scenario ${s.id}: judgement.risk`);
      if (!s.judgement.reason.trim()) errors.push({ path: `${p}.judgement.reason`, message: `scenario ${s.id}: a judgement of the risk needs its reason (Tables A and B are applied by the assessor)` });
    }
    if (errors.length > before) return;
    const sc: Scenario2004 = { id: s.id, injury: s.injury, defectProbability: percent!, exposure: s.exposure, severity: s.severity, vulnerability: vulnerability! };
    if (s.title) sc.title = s.title;
    if (s.consumer) sc.consumer = s.consumer;
    if (s.hazard) sc.hazard = s.hazard;
    if (s.vulnerablePerson) sc.vulnerablePerson = s.vulnerablePerson;
    if (s.warnings !== undefined) sc.warnings = s.warnings;
    if (s.obviousHazard !== undefined) sc.obviousHazard = s.obviousHazard;
    if (s.judgement) sc.judgement = { risk: s.judgement.risk, reason: s.judgement.reason };
    scenarios.push(sc);
  });
  return errors.length ? { ok: false, errors } : { ok: true, scenarios };
}

export type Assess2004Outcome = { ok: true; result: Risk2004Result } | { ok: false; errors: FieldError[] };

/** Assesses a rapex-2004 document under a rule set of that method. */
export function assessDocument2004(doc: Assessment2004Json, ruleSet: CompiledRuleSet): Assess2004Outcome {
  let t: Risk2004Tables;
  try {
    t = risk2004Tables(ruleSet);
  } catch (e) {
    if (e instanceof RiskTablesError) return { ok: false, errors: [{ path: '', message: e.message }] };
    throw e;
  }
  const read = readScenarios2004(doc, t);
  if (!read.ok) return read;
  try {
    return { ok: true, result: assessScenarios2004(t, read.scenarios) };
  } catch (e) {
    if (e instanceof Method2004Error) return { ok: false, errors: [{ path: '', message: e.message }] };
    throw e;
  }
}

/** The `assess --json` shape for a rapex-2004 regime (schema/assessment-2004-result.v1.schema.json). */
export function assessment2004ResultJson(r: Risk2004Result) {
  return {
    regime: r.regime,
    method: 'rapex-2004' as const,
    scenarios: r.scenarios.map((s) => ({
      id: s.id,
      defectProbability: `${s.defectProbability}%`,
      exposure: s.exposure,
      probabilityClass: s.probabilityClass,
      severity: s.severity,
      typicalInjuries: s.typicalInjuries,
      vulnerability: s.vulnerability,
      ...(s.vulnerablePerson ? { vulnerablePerson: s.vulnerablePerson } : {}),
      ...(s.warnings !== undefined ? { warnings: s.warnings } : {}),
      ...(s.obviousHazard !== undefined ? { obviousHazard: s.obviousHazard } : {}),
      risk: s.risk,
      ...(s.risk === null ? { pending: 'judgement' as const } : { reason: s.reason ?? '' }),
      productRisk: s.isProductRisk,
      mayNeedOwnMeasure: s.mayNeedOwnMeasure,
    })),
    overall: r.overall,
    ...(r.pending.length ? { pending: 'judgement' as const, pendingScenarios: r.pending } : {}),
  };
}
