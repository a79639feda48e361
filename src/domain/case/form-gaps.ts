// Shared shape of a form completeness check: each gap names its section and field, and whether an
// explanation may stand in for the data (guidelines Part II, 3.2.1 and 4.2.2: missing data is
// marked and explained, then updated when it arrives). Some gaps cannot be explained away — a
// choice of classification without its reason, a confidentiality request without its parts.
import type { MissingExplanation } from './types';

export interface Gap<S extends string = string> {
  section: S;
  /** Path in the case file, with indices: "traceability.importers[0].address". */
  field: string;
  /** The same path without indices, for labels and messages: "traceability.importers.address". */
  fieldKey: string;
  /** Plain-language statement of what is missing (English; the UI translates by fieldKey). */
  message: string;
  /** Whether an explanation of why it is missing lets the form be submitted. */
  explainable: boolean;
  /** The explanation given, if any. */
  explanation: string | null;
}

export interface Completeness<S extends string = string> {
  gaps: Gap<S>[];
  /** Gaps still blocking submission: not explainable, or explainable but not explained. */
  unexplained: Gap<S>[];
  /** No gap at all. */
  complete: boolean;
  /** Every gap is explained (or there is none). */
  submittable: boolean;
}

export const keyOf = (field: string): string => field.replace(/\[\d+\]/g, '');

export const blank = (s: string | null | undefined): boolean => s == null || s.trim() === '';

/** Collects gaps of one form; `explanations` are the authority's answers to "why is it missing?". */
export class GapCollector<S extends string> {
  readonly gaps: Gap<S>[] = [];
  constructor(private readonly explanations: readonly MissingExplanation[]) {}

  add(section: S, field: string, message: string, explainable = true): void {
    const given = explainable ? this.explanations.find((e) => e.field === field && !blank(e.reason)) : undefined;
    this.gaps.push({ section, field, fieldKey: keyOf(field), message, explainable, explanation: given ? given.reason.trim() : null });
  }

  /** Adds a gap when `value` is blank. */
  text(section: S, field: string, value: string | null | undefined, message: string, explainable = true): void {
    if (blank(value)) this.add(section, field, message, explainable);
  }

  result(): Completeness<S> {
    const unexplained = this.gaps.filter((g) => !g.explainable || g.explanation === null);
    return { gaps: this.gaps, unexplained, complete: this.gaps.length === 0, submittable: unexplained.length === 0 };
  }
}

/** Records (or replaces) the explanation for a missing field; an empty reason removes it. */
export function explainMissing(list: readonly MissingExplanation[], field: string, reason: string): MissingExplanation[] {
  const rest = list.filter((e) => e.field !== field);
  return blank(reason) ? rest : [...rest, { field, reason }];
}
