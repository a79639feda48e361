// A scenario while the assessor is still writing it: every field as typed (text), so going back
// and forth never loses anything. Validation is per wizard section and gives one error per field
// as a code the UI translates; a complete draft converts to the interchange JSON.
import type { ScenarioJson, StepJson } from '../assessment';
import type { Product } from './scenario';
import { parseStepProbability, type ProbabilityErrorCode } from './probability-text';
import { product } from '../fraction';

export interface StepDraft {
  /** Stable identity for lists (reordering), not exported. */
  key: string;
  text: string;
  probability: string;
  low: string;
  high: string;
  evidence: string;
}

export interface ScenarioDraft {
  id: string;
  title: string;
  hazard: string;
  consumer: string;
  steps: StepDraft[];
  injuryType: string;
  injury: string;
  /** Level of the typical injury the assessor picked (table 3); null until picked. */
  suggestedSeverity: number | null;
  /** The assessor's own level when it differs from (or replaces) the suggestion. */
  severity: number | null;
  severityReason: string;
}

export interface ProductDraft {
  name: string;
  brand: string;
  model: string;
}

export type FieldErrorCode =
  | 'required'
  | 'noSteps'
  | 'lowAboveProbability'
  | 'highBelowProbability'
  | 'reasonRequired'
  | 'severityUnknown'
  | `probability.${ProbabilityErrorCode}`;

export interface DraftError {
  code: FieldErrorCode;
  /** The offending text, for the message. */
  value?: string;
}

/** Field → error; fields are 'product.name', 'hazard', 'steps.2.probability', 'severityReason'… */
export type DraftErrors = Record<string, DraftError>;

export type Section = 'product' | 'hazard' | 'consumer' | 'steps' | 'injury';
export const SECTIONS: readonly Section[] = ['product', 'hazard', 'consumer', 'steps', 'injury'];

export function emptyStep(key: string): StepDraft {
  return { key, text: '', probability: '', low: '', high: '', evidence: '' };
}

export function emptyDraft(id: string, firstStepKey: string): ScenarioDraft {
  return { id, title: '', hazard: '', consumer: '', steps: [emptyStep(firstStepKey)], injuryType: '', injury: '', suggestedSeverity: null, severity: null, severityReason: '' };
}

/** The severity that counts: the assessor's own level, else the suggestion. */
export function effectiveSeverity(d: ScenarioDraft): number | null {
  return d.severity ?? d.suggestedSeverity;
}

export function needsReason(d: ScenarioDraft): boolean {
  return d.severity !== null && d.suggestedSeverity !== null && d.severity !== d.suggestedSeverity;
}

function validateSteps(d: ScenarioDraft, errors: DraftErrors): void {
  if (d.steps.length === 0) errors['steps'] = { code: 'noSteps' };
  d.steps.forEach((s, i) => {
    const p = parseStepProbability(s.probability);
    if (!p.ok) errors[`steps.${i}.probability`] = { code: `probability.${p.code}`, value: s.probability };
    for (const key of ['low', 'high'] as const) {
      if (s[key].trim() === '') continue;
      const b = parseStepProbability(s[key]);
      if (!b.ok) errors[`steps.${i}.${key}`] = { code: `probability.${b.code}`, value: s[key] };
      else if (p.ok && key === 'low' && b.value.gt(p.value)) errors[`steps.${i}.low`] = { code: 'lowAboveProbability', value: s.low };
      else if (p.ok && key === 'high' && b.value.lt(p.value)) errors[`steps.${i}.high`] = { code: 'highBelowProbability', value: s.high };
    }
  });
}

/** Errors of one wizard section (empty object: the section is complete). */
export function validateSection(section: Section, product: ProductDraft, d: ScenarioDraft, severities: readonly number[]): DraftErrors {
  const errors: DraftErrors = {};
  switch (section) {
    case 'product':
      if (!product.name.trim()) errors['product.name'] = { code: 'required' };
      break;
    case 'hazard':
      if (!d.hazard.trim()) errors['hazard'] = { code: 'required' };
      break;
    case 'consumer':
      if (!d.consumer.trim()) errors['consumer'] = { code: 'required' };
      break;
    case 'steps':
      validateSteps(d, errors);
      break;
    case 'injury': {
      if (!d.injury.trim()) errors['injury'] = { code: 'required' };
      const sev = effectiveSeverity(d);
      if (sev === null) errors['severity'] = { code: 'required' };
      else if (!severities.includes(sev)) errors['severity'] = { code: 'severityUnknown', value: String(sev) };
      if (needsReason(d) && !d.severityReason.trim()) errors['severityReason'] = { code: 'reasonRequired' };
      break;
    }
  }
  return errors;
}

export function isSectionValid(section: Section, product: ProductDraft, d: ScenarioDraft, severities: readonly number[]): boolean {
  return Object.keys(validateSection(section, product, d, severities)).length === 0;
}

/** The interchange JSON of a complete draft (call after every section validates). */
export function draftToJson(d: ScenarioDraft): ScenarioJson {
  const steps: StepJson[] = d.steps.map((s) => ({
    text: s.text,
    probability: s.probability.trim(),
    ...(s.low.trim() ? { low: s.low.trim() } : {}),
    ...(s.high.trim() ? { high: s.high.trim() } : {}),
    ...(s.evidence.trim() ? { evidence: s.evidence } : {}),
  }));
  const json: ScenarioJson = { id: d.id, consumer: d.consumer, hazard: d.hazard, steps, injury: d.injury, severity: effectiveSeverity(d) ?? 0 };
  if (d.title.trim()) json.title = d.title;
  if (d.injuryType) json.injuryType = d.injuryType;
  if (d.suggestedSeverity !== null) json.suggestedSeverity = d.suggestedSeverity;
  if (d.severityReason.trim()) json.severityReason = d.severityReason;
  return json;
}

/** A stored scenario back into an editable draft (editing an existing scenario). */
export function jsonToDraft(s: ScenarioJson, keyOf: (i: number) => string): ScenarioDraft {
  const suggested = s.suggestedSeverity ?? null;
  return {
    id: s.id,
    title: s.title ?? '',
    hazard: s.hazard,
    consumer: s.consumer,
    steps: s.steps.map((st, i) => ({ key: keyOf(i), text: st.text ?? '', probability: String(st.probability ?? ''), low: st.low ?? '', high: st.high ?? '', evidence: st.evidence ?? '' })),
    injuryType: s.injuryType ?? '',
    injury: s.injury,
    suggestedSeverity: suggested,
    severity: suggested === s.severity ? null : s.severity,
    severityReason: s.severityReason ?? '',
  };
}

/** The first id "s1", "s2", … not yet taken. */
export function nextScenarioId(taken: Iterable<string>): string {
  const set = new Set(taken);
  for (let i = 1; ; i++) if (!set.has(`s${i}`)) return `s${i}`;
}

export function productDraft(p: Product | undefined): ProductDraft {
  return { name: p?.name ?? '', brand: p?.brand ?? '', model: p?.model ?? '' };
}

export interface DraftPreview {
  probability: import('../fraction').Fraction;
  bandIndex: number;
  /** Null until a severity is known. */
  risk: string | null;
}

/** Live figures while the steps are typed: null while any step's probability does not read. */
export function previewDraft(t: import('./risk-tables').RiskTables, d: ScenarioDraft): DraftPreview | null {
  if (d.steps.length === 0) return null;
  const ps = [];
  for (const s of d.steps) {
    const p = parseStepProbability(s.probability);
    if (!p.ok) return null;
    ps.push(p.value);
  }
  const probability = product(ps);
  const bandIndex = t.bandIndex(probability);
  const sev = effectiveSeverity(d);
  return { probability, bandIndex, risk: sev !== null && t.severities.includes(sev) ? t.riskAt(bandIndex, sev) : null };
}
