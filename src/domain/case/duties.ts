// A case's pending deadlines with who owes each (the rule set's `deadlineOwner` table: the
// notifying State, a reacting State, or the Commission), and which of them a case shows: its own
// party's duties apart from the Commission's, never another State's.
import type { CompiledRuleSet, DeadlineOutcome } from '../../rules/api';
import { caseDeadlines, type CaseRulesResult } from './case-rules';
import type { CaseFile } from './types';

/** The table every regime declares for it (owners.rules). */
export const DEADLINE_OWNER_TABLE = 'deadlineOwner';

/** A member of the rule set's `dutyOwner` enum: 'notifying-state', 'reacting-state', 'commission'. */
export type DutyOwner = string;

export interface Duty extends DeadlineOutcome {
  /** Null when the rule set does not say (a regime without the table). */
  owner: DutyOwner | null;
}

/** Who owes an action, by the rule set; null when it does not say. */
export function deadlineOwner(rs: CompiledRuleSet, action: string): DutyOwner | null {
  if (!rs.table(DEADLINE_OWNER_TABLE)) return null;
  const r = rs.lookup(DEADLINE_OWNER_TABLE, [action]);
  return r.ok && typeof r.value === 'string' ? r.value : null;
}

export function caseDuties(rs: CompiledRuleSet, c: CaseFile): CaseRulesResult<Duty[]> {
  const d = caseDeadlines(rs, c);
  if (!d.ok) return d;
  return { ok: true, value: d.value.map((x) => ({ ...x, owner: deadlineOwner(rs, x.action) })) };
}

/** The party this authority is in the case: the notifying State of its own case, the reacting State of a follow-up. */
export function caseParty(c: CaseFile): DutyOwner {
  return c.followUp && !c.notification ? 'reacting-state' : 'notifying-state';
}

export interface ShownDuties<D extends Duty = Duty> {
  /** This authority's own duties. */
  own: D[];
  /** The validating authority's. */
  commission: D[];
}

/** The duties a case shows: its own party's, and the Commission's; another party's never. */
export function dutiesShown<D extends Duty>(c: CaseFile, duties: readonly D[]): ShownDuties<D> {
  const party = caseParty(c);
  return { own: duties.filter((d) => d.owner === party), commission: duties.filter((d) => d.owner === 'commission') };
}
