// The risk assessment document of the interchange format (DESIGN.md, v1): what the app exports
// and imports and what `riskcase assess` reads. Parsing checks everything and names each bad field
// by its JSON path (`scenarios[0].steps[2].probability`); nothing half-read ever comes out.
import type { Fraction } from './fraction';
import type { CompiledRuleSet } from '../rules/api';
import { parseStepProbability, stepError } from './risk/probability-text';
import type { Product, Scenario, Step } from './risk/scenario';
import { riskTables, RiskTablesError, type RiskTables } from './risk/risk-tables';
import { assessScenarios, type RiskResult } from './risk/assess';
import { checkAssessmentShape } from './assessment-shape';
import { forbiddenKeys } from './json-shape';
import { CalendarDate } from './calendar-date';

export interface AssessmentDocument {
  product: Product;
  /** Regime the assessor worked under; the command line's --regime wins. */
  regime?: string;
  /** The assessment's date (YYYY-MM-DD): the regime in force on it decides, unless one is named. */
  date?: string;
  scenarios: Scenario[];
}

/** The JSON shapes (probabilities as text, exactly as written). */
export interface StepJson {
  text: string;
  probability: string;
  low?: string;
  high?: string;
  evidence?: string;
}
export interface ScenarioJson {
  id: string;
  title?: string;
  consumer: string;
  hazard: string;
  steps: StepJson[];
  injury: string;
  injuryType?: string;
  severity: number;
  suggestedSeverity?: number;
  severityReason?: string;
}
export interface AssessmentJson {
  product: Product;
  regime?: string;
  date?: string;
  scenarios: ScenarioJson[];
}

export interface FieldError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; doc: AssessmentDocument } | { ok: false; errors: FieldError[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
  errors: FieldError[] = [];
  err(path: string, message: string): void {
    this.errors.push({ path, message });
  }
  text(o: Obj, key: string, path: string, required: boolean): string | undefined {
    const v = o[key];
    if (v === undefined || v === null) {
      if (required) this.err(`${path}${key}`, `${key} is missing`);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.err(`${path}${key}`, `${key} must be text`);
      return undefined;
    }
    if (required && v.trim() === '') {
      this.err(`${path}${key}`, `${key} is empty`);
      return undefined;
    }
    return v;
  }
  level(o: Obj, key: string, path: string, required: boolean): number | undefined {
    const v = o[key];
    if (v === undefined || v === null) {
      if (required) this.err(`${path}${key}`, `${key} is missing`);
      return undefined;
    }
    const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      this.err(`${path}${key}`, `${key} must be a whole number such as 1, 2, 3 or 4 (got ${JSON.stringify(v)})`);
      return undefined;
    }
    return n;
  }
}

function readStep(r: Reader, v: unknown, sid: string, i: number, path: string): Step | null {
  if (!isObj(v)) {
    r.err(path, `scenario ${sid}, step ${i + 1}: must be an object with text and probability`);
    return null;
  }
  const before = r.errors.length;
  const text = r.text(v, 'text', `${path}.`, false) ?? '';
  const evidence = r.text(v, 'evidence', `${path}.`, false);
  const prob = (key: 'probability' | 'low' | 'high', required: boolean): Fraction | undefined => {
    const raw = v[key];
    if (raw === undefined || raw === null || (!required && raw === '')) {
      if (required) r.err(`${path}.${key}`, stepError(sid, i, 'the probability is missing'));
      return undefined;
    }
    const p = parseStepProbability(raw);
    if (!p.ok) {
      r.err(`${path}.${key}`, stepError(sid, i, p.message, key));
      return undefined;
    }
    return p.value;
  };
  const probability = prob('probability', true);
  const low = prob('low', false);
  const high = prob('high', false);
  if (probability && low && low.gt(probability)) r.err(`${path}.low`, stepError(sid, i, `low (${low}) is above the probability (${probability})`, 'low'));
  if (probability && high && high.lt(probability)) r.err(`${path}.high`, stepError(sid, i, `high (${high}) is below the probability (${probability})`, 'high'));
  if (r.errors.length > before || !probability) return null;
  const step: Step = { text, probability };
  if (low) step.low = low;
  if (high) step.high = high;
  if (evidence) step.evidence = evidence;
  return step;
}

function readScenario(r: Reader, v: unknown, index: number, ids: Set<string>): Scenario | null {
  const path = `scenarios[${index}]`;
  if (!isObj(v)) {
    r.err(path, `scenario ${index + 1} must be an object`);
    return null;
  }
  const before = r.errors.length;
  const id = r.text(v, 'id', `${path}.`, true) ?? `#${index + 1}`;
  if (ids.has(id)) r.err(`${path}.id`, `scenario id "${id}" is used twice`);
  ids.add(id);
  const title = r.text(v, 'title', `${path}.`, false);
  const consumer = r.text(v, 'consumer', `${path}.`, true);
  const hazard = r.text(v, 'hazard', `${path}.`, true);
  const injury = r.text(v, 'injury', `${path}.`, true);
  const injuryType = r.text(v, 'injuryType', `${path}.`, false);
  const severity = r.level(v, 'severity', `${path}.`, true);
  const suggestedSeverity = r.level(v, 'suggestedSeverity', `${path}.`, false);
  const severityReason = r.text(v, 'severityReason', `${path}.`, false);
  if (suggestedSeverity !== undefined && severity !== undefined && suggestedSeverity !== severity && !(severityReason ?? '').trim())
    r.err(`${path}.severityReason`, `scenario ${id}: severity ${severity} differs from the suggested ${suggestedSeverity}; say why in severityReason`);
  const steps: Step[] = [];
  if (!Array.isArray(v.steps)) r.err(`${path}.steps`, `scenario ${id}: steps must be a list`);
  else if (v.steps.length === 0) r.err(`${path}.steps`, `scenario ${id}: a scenario needs at least one step`);
  else v.steps.forEach((s, i) => {
    const step = readStep(r, s, id, i, `${path}.steps[${i}]`);
    if (step) steps.push(step);
  });
  if (r.errors.length > before) return null;
  const sc: Scenario = { id, consumer: consumer!, hazard: hazard!, steps, injury: injury!, severity: severity! };
  if (title) sc.title = title;
  if (injuryType) sc.injuryType = injuryType;
  if (suggestedSeverity !== undefined) sc.suggestedSeverity = suggestedSeverity;
  if (severityReason) sc.severityReason = severityReason;
  return sc;
}

/** Reads a risk assessment document; either all of it, or every error found, each with its path. */
export function parseAssessmentDocument(json: unknown): ParseResult {
  const r = new Reader();
  if (!isObj(json)) return { ok: false, errors: [{ path: '', message: 'a risk assessment document must be a JSON object with product and scenarios' }] };
  let product: Product | undefined;
  if (!isObj(json.product)) r.err('product', 'product is missing (an object with at least a name)');
  else {
    const name = r.text(json.product, 'name', 'product.', true);
    const brand = r.text(json.product, 'brand', 'product.', false);
    const model = r.text(json.product, 'model', 'product.', false);
    const description = r.text(json.product, 'description', 'product.', false);
    if (name !== undefined) {
      product = { name };
      if (brand) product.brand = brand;
      if (model) product.model = model;
      if (description) product.description = description;
    }
  }
  const regime = r.text(json, 'regime', '', false);
  const date = r.text(json, 'date', '', false);
  if (date !== undefined && date !== '' && !CalendarDate.parse(date)) r.err('date', `date: "${date.slice(0, 40)}" is not a calendar date (YYYY-MM-DD)`);
  const scenarios: Scenario[] = [];
  if (!Array.isArray(json.scenarios)) r.err('scenarios', 'scenarios must be a list');
  else {
    const ids = new Set<string>();
    json.scenarios.forEach((s, i) => {
      const sc = readScenario(r, s, i, ids);
      if (sc) scenarios.push(sc);
    });
  }
  if (r.errors.length || !product) return { ok: false, errors: r.errors };
  const doc: AssessmentDocument = { product, scenarios };
  if (regime) doc.regime = regime;
  if (date) doc.date = date;
  return { ok: true, doc };
}

export type ImportParseResult = { ok: true; doc: AssessmentDocument; unknownFields: FieldError[] } | { ok: false; errors: FieldError[] };

/**
 * A document from outside (an import file, the command line): its shape strictly first — types,
 * lengths, counts, no prototype keys anywhere — then its meaning, as parseAssessmentDocument.
 * Fields the format does not know come back in `unknownFields`, for the caller to warn of or refuse.
 */
export function parseAssessmentImport(json: unknown): ImportParseResult {
  const forbidden = forbiddenKeys(json);
  if (forbidden.length) return { ok: false, errors: forbidden };
  const shape = checkAssessmentShape(json);
  if (!shape.ok) return { ok: false, errors: shape.errors };
  const parsed = parseAssessmentDocument(json);
  return parsed.ok ? { ok: true, doc: parsed.doc, unknownFields: shape.warnings } : parsed;
}

export type AssessOutcome = { ok: true; result: AssessmentResult } | { ok: false; errors: FieldError[] };

export interface AssessmentResult extends RiskResult {
  tables: RiskTables;
}

/**
 * Assesses every scenario under a rule set. Fails (naming the field) when a scenario's severity is
 * not a level of the rule set, or when the rule set lacks the risk tables.
 */
export function assessDocument(doc: AssessmentDocument, ruleSet: CompiledRuleSet): AssessOutcome {
  let tables: RiskTables;
  try {
    tables = riskTables(ruleSet);
  } catch (e) {
    if (e instanceof RiskTablesError) return { ok: false, errors: [{ path: '', message: e.message }] };
    throw e;
  }
  const errors: FieldError[] = [];
  doc.scenarios.forEach((s, i) => {
    if (!tables.severities.includes(s.severity))
      errors.push({ path: `scenarios[${i}].severity`, message: `scenario ${s.id}: severity ${s.severity} is not a level of ${tables.regime} (${tables.severities.join(', ')})` });
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, result: { ...assessScenarios(tables, doc.scenarios), tables } };
}

/** The `assess --json` shape of DESIGN.md (fields may be added, never renamed). */
export function assessmentResultJson(result: RiskResult) {
  return {
    regime: result.regime,
    scenarios: result.scenarios.map((s) => ({
      id: s.id,
      probability: s.probability.toString(),
      band: s.band,
      severity: s.severity,
      risk: s.risk,
      sensitivity: {
        range: [s.sensitivity.range[0], s.sensitivity.range[1]] as [string, string],
        borderline: s.sensitivity.borderline,
        steps: s.sensitivity.steps.map((st) => ({
          step: st.step + 1,
          up: st.up && { above: st.up.probability.toString(), factor: st.up.factor.toString(), risk: st.up.risk, reachable: st.up.reachable },
          down: st.down && { atMost: st.down.probability.toString(), factor: st.down.factor.toString(), risk: st.down.risk },
        })),
      },
      productRisk: s.isProductRisk,
      mayNeedOwnMeasure: s.mayNeedOwnMeasure,
    })),
    overall: result.overall,
  };
}

/** Back to the interchange JSON (probabilities as reduced fractions). */
export function assessmentToJson(doc: AssessmentDocument): AssessmentJson {
  return {
    product: { ...doc.product },
    ...(doc.regime ? { regime: doc.regime } : {}),
    ...(doc.date ? { date: doc.date } : {}),
    scenarios: doc.scenarios.map((s) => ({
      ...s,
      steps: s.steps.map((st) => ({
        text: st.text,
        probability: st.probability.toString(),
        ...(st.low ? { low: st.low.toString() } : {}),
        ...(st.high ? { high: st.high.toString() } : {}),
        ...(st.evidence ? { evidence: st.evidence } : {}),
      })),
    })),
  };
}
