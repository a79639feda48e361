// Every pending action across all cases, with its legal due date and the days left from a given
// today, overdue first. Each case goes the same way as the `deadlines` command of the CLI: its
// interchange case document → ruleSet.bindFacts('case') → ruleSet.deadlines(); which actions are
// pending and when they are due is decided by the rule files only.
import type { CalendarGap, CompiledRuleSet, FactError } from '../rules/api';
import type { CalendarDate } from './calendar-date';
import { caseDuties, dutiesShown, type Duty } from './case/duties';
import type { CaseFile } from './case/types';
import { productTitle } from './case/product-name';

export interface DashboardRow {
  caseId: string;
  caseTitle: string;
  regimeId: string;
  /** Member of the rule set's `action` enum, e.g. 'send-notification'. */
  action: string;
  /** Who owes it (the rule set's `deadlineOwner`): the case's own party or the Commission; null when the rule set does not say. */
  owner: string | null;
  due: CalendarDate;
  /** Days from today to the due date: negative when overdue, 0 when due today. */
  daysLeft: number;
  overdue: boolean;
  basis: string;
  cites: string;
  /** Working days only: the calendar counted, and why its holidays may be incomplete (DeadlineOutcome). */
  calendar?: string;
  calendarGap?: CalendarGap;
}

/** A case whose deadlines could not be computed: shown, never silently left out. */
export interface DashboardProblem {
  caseId: string;
  caseTitle: string;
  errors: FactError[];
}

export interface Dashboard {
  rows: DashboardRow[];
  problems: DashboardProblem[];
}

/** The rule set that decides a case (its regime's, in the version that applies); undefined when not loaded. */
export type RuleSetFor = (c: CaseFile) => CompiledRuleSet | undefined;

/** The case's name in lists: its product's (product-name.ts), else its id. */
export function caseTitle(c: CaseFile): string {
  return productTitle(c.product) || c.id;
}

/** One case's deadlines (independent of today), as kept in a cache. */
export type CaseDeadlinesResult = { ok: true; regimeId: string; value: Duty[] } | { ok: false; errors: FactError[] };

/**
 * Remembers each case's deadlines between computations (e.g. page visits): `keyOf` must change
 * whenever the case or its rule set does (the UI uses id, stored revision and regime).
 */
export interface DeadlineCache {
  keyOf(c: CaseFile): string | null;
  results: Map<string, CaseDeadlinesResult>;
}

function deadlinesOf(ruleSetFor: RuleSetFor, c: CaseFile): CaseDeadlinesResult {
  const rs = ruleSetFor(c);
  if (!rs) return { ok: false, errors: [{ path: 'regimeId', message: `the rule set "${c.regimeId}" is not available` }] };
  const result = caseDuties(rs, c);
  if (!result.ok) return result;
  // The case's own party's duties and the Commission's; another State's never (duties.ts).
  const shown = dutiesShown(c, result.value);
  return { ok: true, regimeId: rs.meta.id, value: [...shown.own, ...shown.commission] };
}

const collator = new Intl.Collator();

export function deadlineDashboard(ruleSets: CompiledRuleSet | RuleSetFor, cases: readonly CaseFile[], today: CalendarDate, cache?: DeadlineCache): Dashboard {
  const ruleSetFor: RuleSetFor = typeof ruleSets === 'function' ? ruleSets : () => ruleSets;
  const rows: DashboardRow[] = [];
  const problems: DashboardProblem[] = [];
  for (const c of cases) {
    const title = caseTitle(c);
    const key = cache?.keyOf(c) ?? null;
    let result = key !== null ? cache!.results.get(key) : undefined;
    if (!result) {
      result = deadlinesOf(ruleSetFor, c);
      if (key !== null) cache!.results.set(key, result);
    }
    if (!result.ok) {
      problems.push({ caseId: c.id, caseTitle: title, errors: result.errors });
      continue;
    }
    for (const d of result.value) {
      const daysLeft = today.daysUntil(d.due);
      const row: DashboardRow = { caseId: c.id, caseTitle: title, regimeId: result.regimeId, action: d.action, owner: d.owner, due: d.due, daysLeft, overdue: daysLeft < 0, basis: d.basis, cites: d.cites };
      if (d.calendar !== undefined) row.calendar = d.calendar;
      if (d.calendarGap) row.calendarGap = d.calendarGap;
      rows.push(row);
    }
  }
  // Earliest due first puts the overdue ones (most overdue at the top) before the rest.
  rows.sort((a, b) => a.due.day - b.due.day || collator.compare(a.caseTitle, b.caseTitle) || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
  return { rows, problems };
}
