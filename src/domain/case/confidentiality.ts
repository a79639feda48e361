// Confidentiality of a notification or reaction (Part II, 3.3 and 4.3): the State names the parts
// and justifies the request; the validating authority decides; confidential parts still go to the
// authorities but are never published; the State withdraws the request when the reason lapses,
// and the parts become publishable.
import { blank } from './form-gaps';
import type { CasePart, Confidentiality, IsoDate } from './types';
import { CASE_PARTS } from './types';

export type ConfidentialityResult = { ok: true; value: Confidentiality } | { ok: false; field: 'parts' | 'justification' | 'status'; message: string };

export function requestConfidentiality(parts: readonly CasePart[], justification: string, on: IsoDate): ConfidentialityResult {
  const known = [...new Set(parts)].filter((p) => CASE_PARTS.includes(p));
  if (known.length === 0) return { ok: false, field: 'parts', message: 'name the parts of the case that are confidential' };
  if (blank(justification)) return { ok: false, field: 'justification', message: 'a confidentiality request needs a justification' };
  return { ok: true, value: { status: 'requested', parts: known, justification: justification.trim(), requestedOn: on, withdrawnOn: null } };
}

/** The validating authority's decision: complete and justified, or not. */
export function decideConfidentiality(c: Confidentiality, accepted: boolean): ConfidentialityResult {
  if (c.status !== 'requested') return { ok: false, field: 'status', message: 'there is no pending confidentiality request' };
  return { ok: true, value: { ...c, status: accepted ? 'accepted' : 'refused' } };
}

/** The State withdraws its request once the reasons no longer hold (3.3.5). */
export function withdrawConfidentiality(c: Confidentiality, on: IsoDate): ConfidentialityResult {
  if (c.status !== 'requested' && c.status !== 'accepted') return { ok: false, field: 'status', message: 'there is no confidentiality request to withdraw' };
  return { ok: true, value: { ...c, status: 'withdrawn', withdrawnOn: on } };
}

/**
 * The parts that must not be published now. A pending request already protects its parts: nothing
 * is published on the assumption that a request will be refused.
 */
export function confidentialParts(c: Confidentiality): ReadonlySet<CasePart> {
  return new Set(c.status === 'requested' || c.status === 'accepted' ? c.parts : []);
}

export function isConfidential(c: Confidentiality, part: CasePart): boolean {
  return confidentialParts(c).has(part);
}
