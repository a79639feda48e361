// Impact preview: before a changed rule set is published, every stored case and assessment is
// re-evaluated under the old and the new rules, and whatever would change is listed old beside
// new. A subject that cannot be evaluated under one of them is listed too — never silently dropped.

import type { CompiledRuleSet } from '../rules/api';
import { assessDocument, parseAssessmentDocument } from './assessment';

export interface ImpactSubject {
  id: string;
  title: string;
  kind: 'case' | 'assessment';
  /** The interchange document (case document for cases, assessment document for assessments). */
  document: unknown;
}

export interface ImpactChange {
  subjectId: string;
  title: string;
  kind: ImpactSubject['kind'];
  /** What changed, e.g. 'classification', 'deadline send-notification', 'risk s1'. */
  what: string;
  before: string;
  after: string;
}

/** A flat summary of what a rule set decides for one subject: key → shown value. */
export type Outcomes = Map<string, string>;

export type Summarise = (ruleSet: CompiledRuleSet, subject: ImpactSubject) => Outcomes;

/** Classification (with its reason) and every deadline of a case document. */
export function summariseCase(ruleSet: CompiledRuleSet, subject: ImpactSubject): Outcomes {
  const out: Outcomes = new Map();
  const bound = ruleSet.bindFacts('case', subject.document);
  if (!bound.ok) {
    out.set('input', bound.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    return out;
  }
  const decided = ruleSet.decide('classification', bound.facts);
  if (decided.ok) {
    const reason = decided.value.fields.reason;
    out.set('classification', String(decided.value.value) + (reason ? ` (${String(reason)})` : ''));
  } else out.set('classification', `error: ${decided.error}`);
  const deadlines = ruleSet.deadlines(bound.facts);
  if (deadlines.ok) for (const d of deadlines.value) out.set(`deadline ${d.action}`, d.due.toString());
  else out.set('deadlines', `error: ${deadlines.error}`);
  return out;
}

const ABSENT = '—';

/** The risk level of every scenario (`risk <id>`) and of the product (`overall`) of an assessment document. */
export function summariseAssessment(ruleSet: CompiledRuleSet, subject: ImpactSubject): Outcomes {
  const out: Outcomes = new Map();
  const parsed = parseAssessmentDocument(subject.document);
  if (!parsed.ok) {
    out.set('input', parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    return out;
  }
  const assessed = assessDocument(parsed.doc, ruleSet);
  if (!assessed.ok) {
    out.set('input', assessed.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; '));
    return out;
  }
  for (const s of assessed.result.scenarios) out.set(`risk ${s.id}`, s.risk);
  out.set('overall', assessed.result.overall ?? ABSENT);
  return out;
}

export function impactPreview(
  before: CompiledRuleSet,
  after: CompiledRuleSet,
  subjects: readonly ImpactSubject[],
  summarise: (kind: ImpactSubject['kind']) => Summarise,
): ImpactChange[] {
  const changes: ImpactChange[] = [];
  for (const s of subjects) {
    const fn = summarise(s.kind);
    const a = safely(fn, before, s);
    const b = safely(fn, after, s);
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
    for (const k of keys) {
      const x = a.get(k) ?? ABSENT;
      const y = b.get(k) ?? ABSENT;
      if (x !== y) changes.push({ subjectId: s.id, title: s.title, kind: s.kind, what: k, before: x, after: y });
    }
  }
  return changes;
}

function safely(fn: Summarise, rs: CompiledRuleSet, s: ImpactSubject): Outcomes {
  try {
    return fn(rs, s);
  } catch (e) {
    return new Map([['error', e instanceof Error ? e.message : String(e)]]);
  }
}
