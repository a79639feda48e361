// Choosing a case's regime instead of the one in force on its date (deciding-regime.ts): only the
// owning authority, only with a reason, only while nothing is decided (a decided case moves
// between versions of its regime instead, rule-set-move.ts), and recorded with the case.
import { blank } from './form-gaps';
import { recordedVersion } from './deciding-version';
import { mayEditCase } from './roles';
import type { CaseFile, RegimeChoice } from './types';

export type ChoiceProblem = 'role' | 'reason' | 'unknown-regime' | 'decided';
export type ChoiceResult = { ok: true; value: CaseFile } | { ok: false; problems: ChoiceProblem[] };

/** `known`: the regimes that may decide cases here. `null` as regime goes back to the one in force by date. */
export function chooseRegime(c: CaseFile, choice: Omit<RegimeChoice, 'regimeId'> & { regimeId: string | null }, known: readonly string[]): ChoiceResult {
  const problems: ChoiceProblem[] = [];
  if (!mayEditCase(choice.role)) problems.push('role');
  if (recordedVersion(c) !== null) problems.push('decided');
  if (choice.regimeId !== null) {
    if (blank(choice.reason)) problems.push('reason');
    if (!known.includes(choice.regimeId)) problems.push('unknown-regime');
  }
  if (problems.length > 0) return { ok: false, problems };
  if (choice.regimeId === null) {
    const { regimeChoice: _dropped, ...rest } = c;
    return { ok: true, value: rest };
  }
  const value: RegimeChoice = { regimeId: choice.regimeId, reason: choice.reason.trim(), role: choice.role, actor: choice.actor, date: choice.date };
  return { ok: true, value: { ...c, regimeId: choice.regimeId, regimeChoice: value } };
}
