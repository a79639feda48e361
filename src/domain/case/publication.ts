// Whether a validated notification gets a public summary. The law decides it, so the rule set
// does: each regime's `condition publishedSummary` (rapex-2010: Part II, 3.3.1 — Article 12
// notifications only). The lifecycle asks at validation and re-publication and records the answer
// in `notification.publishedOnPublicSite`; the public summary reads that record.
import type { CompiledRuleSet, TraceEntry } from '../../rules/api';
import { bindCase } from './case-rules';
import type { CaseFile } from './types';

/** The condition every regime declares for this question. */
export const PUBLISHED_SUMMARY_CONDITION = 'publishedSummary';

export interface PublicationDecision {
  published: boolean;
  /** The rule that decided, with its citation. */
  because: TraceEntry[];
}

export type PublicationResult = { ok: true; value: PublicationDecision } | { ok: false; errors: { path: string; message: string }[] };

/** The rule set's answer for the case as it stands (normally: as validated). */
export function publicationDecision(rs: CompiledRuleSet, c: CaseFile): PublicationResult {
  const facts = bindCase(rs, c);
  if (!facts.ok) return facts;
  const r = rs.evaluate(PUBLISHED_SUMMARY_CONDITION, facts.value);
  if (!r.ok) return { ok: false, errors: [{ path: PUBLISHED_SUMMARY_CONDITION, message: r.error }] };
  if (typeof r.value !== 'boolean') return { ok: false, errors: [{ path: PUBLISHED_SUMMARY_CONDITION, message: `expected a condition (true or false), got ${String(r.value)}` }] };
  return { ok: true, value: { published: r.value, because: r.trace } };
}

/** Published only when the rule set says so: an error (missing condition, unbindable case) publishes nothing. */
export function isPublishable(rs: CompiledRuleSet, c: CaseFile): boolean {
  const d = publicationDecision(rs, c);
  return d.ok && d.value.published;
}
