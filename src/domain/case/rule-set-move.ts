// Moving a case to another rule-set version (deciding-version.ts): only the owning authority, only
// with a reason, and recorded in the case so the history shows who moved it, when and why.
import { blank } from './form-gaps';
import { mayEditCase } from './roles';
import type { CaseFile, RuleSetMove } from './types';

/** A move as asked for: everything the record keeps but where it came from. */
export type MoveRequest = Omit<RuleSetMove, 'from'>;

export type MoveProblem = 'role' | 'reason' | 'same-version' | 'no-version';
export type MoveResult = { ok: true; value: CaseFile } | { ok: false; problems: MoveProblem[] };

export function moveRuleSet(c: CaseFile, r: MoveRequest): MoveResult {
  const problems: MoveProblem[] = [];
  if (!mayEditCase(r.role)) problems.push('role');
  if (blank(r.reason)) problems.push('reason');
  if (blank(r.to)) problems.push('no-version');
  else if (r.to === c.ruleSetVersion) problems.push('same-version');
  if (problems.length > 0) return { ok: false, problems };
  const move = { from: c.ruleSetVersion, to: r.to, reason: r.reason.trim(), role: r.role, actor: r.actor, date: r.date, at: r.at };
  return { ok: true, value: { ...c, ruleSetVersion: r.to, ruleSetMoves: [...(c.ruleSetMoves ?? []), move] } };
}
