// Impact preview: before a changed rule set is published, every stored case and assessment is
// re-evaluated under the old and the new rules, and whatever would change is listed old beside
// new. A subject that cannot be evaluated under one of them is listed too — never silently dropped.
// With an effective date, only the subjects the new version will govern are compared; the others
// are listed with the reason they stay as they are (impact-scope.ts).

import type { CompiledRuleSet } from '../rules/api';
import { assessDocument, parseAssessmentDocument } from './assessment';
import { CalendarDate } from './calendar-date';
import { impactScope, type Scope, type VersionWindow } from './impact-scope';

export interface ImpactSubject {
  id: string;
  title: string;
  kind: 'case' | 'assessment';
  /** The interchange document (case document for cases, assessment document for assessments). */
  document: unknown;
  /** A case's recorded rule-set version (null while undecided). */
  decidedUnder?: string | null;
  /** An assessment's own date (YYYY-MM-DD), when it has one. */
  date?: string | null;
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

export interface ScopedSubject {
  subjectId: string;
  title: string;
  kind: ImpactSubject['kind'];
  scope: Scope;
}

export interface ScopedImpact {
  /** The subjects the new version will decide (some only if still undecided on its effective date). */
  governed: ScopedSubject[];
  /** The subjects it will not decide, each with its reason. */
  notGoverned: ScopedSubject[];
  /** What changes for the governed subjects, old beside new. */
  changes: ImpactChange[];
}

/** The impact of publishing `after` for the days of `window`, compared with `before` (the version it replaces then). */
export function scopedImpactPreview(
  before: CompiledRuleSet,
  after: CompiledRuleSet,
  subjects: readonly ImpactSubject[],
  summarise: (kind: ImpactSubject['kind']) => Summarise,
  window: VersionWindow,
  today: CalendarDate,
): ScopedImpact {
  const governed: ScopedSubject[] = [];
  const notGoverned: ScopedSubject[] = [];
  const compared: ImpactSubject[] = [];
  for (const s of subjects) {
    const scope = impactScope({ kind: s.kind, decidedUnder: s.decidedUnder ?? null, date: CalendarDate.parse(s.date ?? '') }, window, today);
    const entry = { subjectId: s.id, title: s.title, kind: s.kind, scope };
    if (scope.governed) {
      governed.push(entry);
      compared.push(s);
    } else notGoverned.push(entry);
  }
  return { governed, notGoverned, changes: impactPreview(before, after, compared, summarise) };
}
