// Which rule-set version decides a case — one answer for the case page and the deadlines page. Once
// the case's notification is past the undecided states, or a reaction has been sent, the version it
// recorded then; before that, the version in force (which the caller finds for the day).
import type { CaseFile } from './types';

/** Notification states in which nothing is decided yet: decisions are taken under the rules in force. */
const UNDECIDED = new Set(['draft', 'contact-point-check']);

/** The version id the case was decided under, or null when the version in force decides it. */
export function recordedVersion(file: CaseFile): string | null {
  const undecided = !file.notification || UNDECIDED.has(file.notification.status);
  if (!file.ruleSetVersion || (undecided && !file.reactions.some((r) => r.status !== 'draft'))) return null;
  return file.ruleSetVersion;
}
