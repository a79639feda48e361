// Which rule-set version decides a case — one answer for the case page and the deadlines page. A
// case records the version when it is first decided (a classification chosen, a lifecycle act,
// a reaction sent) and keeps it: a newer version taking effect does not move it. Moving is an
// explicit act with a reason (rule-set-move.ts). A case that records none is decided by the
// version in force (which the caller finds for the day).
import type { CaseFile } from './types';

/** The version id the case was decided under, or null when the version in force decides it. */
export function recordedVersion(file: CaseFile): string | null {
  return file.ruleSetVersion.trim() === '' ? null : file.ruleSetVersion;
}
