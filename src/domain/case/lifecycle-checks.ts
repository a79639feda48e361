// The checks behind the lifecycle machines' guards, as plain functions: the machines use them as
// guards, and the case page uses them to say why an action is not available yet. Each returns the
// list of problems (empty = allowed), each naming its field.
import type { CompiledRuleSet, DeadlineOutcome } from '../../rules/api';
import { CalendarDate } from '../calendar-date';
import { caseDeadlines, decideClassification } from './case-rules';
import { checkChoice, notificationTypes } from './classification';
import { blank } from './form-gaps';
import { notificationCompleteness } from './notification-form';
import { reactionCompleteness } from './reaction-form';
import type { CaseFile, Classification, IsoDate, ProductIdentification, Reaction, WithdrawalGround } from './types';
import { NOT_NOTIFIED, WITHDRAWAL_GROUNDS } from './types';

export interface Problem {
  field: string;
  message: string;
}

/** Everything the contact point must settle before submitting (Part II, 3.2.1 and 3.1). */
export function submitProblems(rs: CompiledRuleSet, c: CaseFile, duplicates: { count: number; notADuplicateReason: string }): Problem[] {
  const out: Problem[] = [];
  const decided = decideClassification(rs, c);
  if (!decided.ok) out.push(...decided.errors.map((e) => ({ field: e.path, message: e.message })));
  if (!c.notification) return [...out, { field: 'notification', message: 'no notification has been started' }];
  for (const e of checkChoice(c.notification, rs)) out.push({ field: `notification.${e.field}`, message: e.message });
  for (const g of notificationCompleteness(c, rs).unexplained) {
    if (!out.some((p) => p.field === g.field)) out.push({ field: g.field, message: g.explainable ? `${g.message} — say why it is missing` : g.message });
  }
  if (duplicates.count > 0 && blank(duplicates.notADuplicateReason)) {
    out.push({ field: 'duplicates', message: 'the product may already be notified: react to the existing notification, or say why it is a different product' });
  }
  return out;
}

/** The case as it would stand once validated as `as` on `date`. */
export function asValidated(c: CaseFile, as: Classification, date: IsoDate): CaseFile {
  const n = c.notification;
  if (!n) return c;
  return { ...c, notification: { ...n, validatedAs: as, validated: date, status: 'validated' } };
}

/** The rule set's confirm-measures deadline for the case, if one applies (reason b, Appendix 3). */
export function measuresConfirmationDeadline(rs: CompiledRuleSet, c: CaseFile): DeadlineOutcome | null {
  if (c.notification?.measuresConfirmed) return null;
  const d = caseDeadlines(rs, c);
  if (!d.ok) return null;
  return d.value.find((x) => x.action === 'confirm-measures') ?? null;
}

/** Whether the validating authority can validate a notification as `c`: one of the rule set's notification types but `none`. */
export function isNotifiable(rs: CompiledRuleSet, c: unknown): c is Classification {
  return typeof c === 'string' && c !== NOT_NOTIFIED && notificationTypes(rs).includes(c);
}

export interface WithdrawalRequest {
  ground: string;
  justification: string;
  documents: readonly string[];
}

/**
 * A withdrawal request is admissible only on the grounds of Part II, 3.8.1, with a justification
 * and supporting documents (3.8.3). A redesign of the product alone is not a ground.
 */
export function withdrawalProblems(rs: CompiledRuleSet, c: CaseFile, r: WithdrawalRequest, date: IsoDate): Problem[] {
  const out: Problem[] = [];
  if (!(WITHDRAWAL_GROUNDS as readonly string[]).includes(r.ground)) {
    out.push({ field: 'withdrawal.ground', message: `'${r.ground}' is not a ground for withdrawal (Part II, 3.8.1)` });
  }
  if (blank(r.justification)) out.push({ field: 'withdrawal.justification', message: 'a withdrawal request needs a justification' });
  if (r.documents.filter((d) => !blank(d)).length === 0) out.push({ field: 'withdrawal.documents', message: 'a withdrawal request needs supporting documents' });
  const ground = r.ground as WithdrawalGround;
  if (ground === 'no-measures-after-pre-measure-notification') {
    // Only for a notification sent before measures, once the rule set's confirmation period is over.
    const due = measuresConfirmationDeadline(rs, c);
    const day = CalendarDate.parse(date);
    if (!due) out.push({ field: 'withdrawal.ground', message: 'the notification was not sent before measures were decided, or measures were confirmed' });
    else if (!day || day.compare(due.due) <= 0) out.push({ field: 'withdrawal.ground', message: `the period to confirm measures runs until ${due.due.toString()}` });
    else if (c.measures.length > 0) out.push({ field: 'withdrawal.ground', message: 'measures were taken' });
  }
  if (ground === 'eea-discussion-not-useful' && !c.criteria.underEeaDiscussion) {
    out.push({ field: 'withdrawal.ground', message: 'the product was not under discussion at EEA level' });
  }
  return out;
}

/** Whether the measures of a pre-measure notification can be confirmed: measures now, or why none. */
export function measuresConfirmationProblems(c: CaseFile, noMeasuresReason: string): Problem[] {
  if (c.measures.length > 0 || !blank(noMeasuresReason)) return [];
  return [{ field: 'measures', message: 'enter the measures taken, or the reasons why none were taken' }];
}

export function reactionSubmitProblems(r: Reaction, notified?: Pick<ProductIdentification, 'brand' | 'model' | 'barcode'>): Problem[] {
  return reactionCompleteness(r, notified).unexplained.map((g) => ({ field: g.field, message: g.explainable ? `${g.message} — say why it is missing` : g.message }));
}

export const REACTION_WITHDRAWAL_GROUNDS = ['notification-withdrawn', 'different-product', 'measures-struck-down', 'wrong-risk-assessment'] as const;
export type ReactionWithdrawalGround = (typeof REACTION_WITHDRAWAL_GROUNDS)[number];
