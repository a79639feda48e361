// The notification lifecycle (lifecycle.md; guidelines Part II, 3.2-3.10, Appendix 6), headless.
// Every event carries the acting role and the legal date; guards check the role (roles.ts) and the
// case against the rule set given as input (classification, completeness, the confirm-measures
// deadline). The case file in context is the single copy the page saves: the machine owns the
// notification's lifecycle fields, events that carry an edited case file bring in the rest.
import { and, assign, setup } from 'xstate';
import type { CompiledRuleSet } from '../rules/api';
import { emptyNotification } from '../domain/case/empty';
import {
  asValidated,
  isNotifiable,
  measuresConfirmationDeadline,
  measuresConfirmationProblems,
  submitProblems,
  withdrawalProblems,
} from '../domain/case/lifecycle-checks';
import { isPublishable } from '../domain/case/publication';
import { notificationNumberProblems } from '../domain/case/notification-number';
import { CalendarDate } from '../domain/calendar-date';
import { mayActOnNotification, type NotificationEventType } from '../domain/case/roles';
import type { CaseFile, Classification, IsoDate, Notification, NotificationStatus, WithdrawalGround } from '../domain/case/types';
import { contentBeforeUpdate, contentOf, recordVersion, withContent } from '../domain/case/versions';
import { isActingEvent, logEntry, type ActingEvent } from './lifecycle-events';

export type NotificationEvent =
  | (ActingEvent & { type: 'EDIT'; caseFile: CaseFile })
  | (ActingEvent & { type: 'SEND_TO_CONTACT_POINT' })
  | (ActingEvent & { type: 'RETURN_TO_AUTHORITY' })
  /** `duplicates`: how many possible duplicates the check found; `notADuplicateReason` when going ahead anyway. */
  | (ActingEvent & { type: 'SUBMIT'; duplicates?: number; notADuplicateReason?: string })
  | (ActingEvent & { type: 'REACT_INSTEAD'; existing: string })
  | (ActingEvent & { type: 'START_EXAMINATION' })
  | (ActingEvent & { type: 'REQUEST_INFORMATION'; dueBy: IsoDate })
  | (ActingEvent & { type: 'PROVIDE_INFORMATION'; caseFile?: CaseFile })
  | (ActingEvent & { type: 'OPEN_INVESTIGATION' })
  /**
   * `as`: the classification validated (another one than chosen = reclassified); `number`: the
   * notification number (needed unless it has one); `numbersInUse`: the numbers already given,
   * looked up by the sender (the store, later the server), so the guard stays a pure function.
   */
  | (ActingEvent & { type: 'VALIDATE'; as?: Classification; number?: string; numbersInUse?: readonly string[] })
  | (ActingEvent & { type: 'REJECT' })
  | (ActingEvent & { type: 'UPDATE'; caseFile?: CaseFile })
  | (ActingEvent & { type: 'ACCEPT_UPDATE' })
  | (ActingEvent & { type: 'REFUSE_UPDATE' })
  | (ActingEvent & { type: 'CONFIRM_MEASURES'; caseFile?: CaseFile; noMeasuresReason?: string })
  | (ActingEvent & { type: 'REMOVE_FROM_PUBLIC' })
  | (ActingEvent & { type: 'REPUBLISH' })
  | (ActingEvent & { type: 'REQUEST_WITHDRAWAL'; ground: string; justification: string; documents: string[] })
  | (ActingEvent & { type: 'REFUSE_WITHDRAWAL' })
  | (ActingEvent & { type: 'WITHDRAW' });

export interface NotificationInput {
  ruleSet: CompiledRuleSet;
  caseFile: CaseFile;
}

export interface NotificationContext {
  ruleSet: CompiledRuleSet;
  /** Always has a notification. */
  caseFile: CaseFile;
  /** The file as validated before an update, restored when the update is refused. */
  beforeUpdate: CaseFile | null;
}

type Ctx = NotificationContext;
type Ev = NotificationEvent;

const notif = (c: CaseFile): Notification => c.notification!;

function withNotification(c: CaseFile, patch: Partial<Notification>): CaseFile {
  return { ...c, notification: { ...notif(c), ...patch } };
}

/** Fields of the notification the authority and contact point edit; the rest is lifecycle, owned here. */
function mergeEdit(current: CaseFile, edited: CaseFile): CaseFile {
  const n = notif(current);
  const e = edited.notification ?? n;
  return {
    ...edited,
    id: current.id,
    notification: {
      ...n,
      notifyingCountry: e.notifyingCountry,
      contactPoint: e.contactPoint,
      personInCharge: e.personInCharge,
      date: e.date,
      suggested: e.suggested,
      chosen: e.chosen,
      choiceReason: e.choiceReason,
      forInformation: e.forInformation,
      missing: e.missing,
      duplicateOf: e.duplicateOf,
    },
  };
}

/**
 * After submission the notifying State changes only the notification's sections (product, risk,
 * measures, traceability, confidentiality …) and its explanations of missing data; the rest of
 * the case (reactions, entries, lifecycle) is not its to send.
 */
function mergeContent(current: CaseFile, edited: CaseFile): CaseFile {
  const c = withContent(current, contentOf(edited));
  return edited.notification ? withNotification(c, { missing: edited.notification.missing }) : c;
}

function addVersion(c: CaseFile, date: IsoDate, note: string, status: NotificationStatus): CaseFile {
  return recordVersion(c, { date, note, status });
}

function validatedAs(ctx: Ctx, e: Ev): Classification | null {
  if (e.type !== 'VALIDATE') return null;
  return e.as ?? notif(ctx.caseFile).chosen;
}

/** A state entry: status, state path and a history line (not for the initial entry). */
function enter(status: NotificationStatus, path: string) {
  return {
    type: 'enter' as const,
    params: { status, path },
  };
}

export const notificationMachine = setup({
  types: {
    context: {} as NotificationContext,
    events: {} as NotificationEvent,
    input: {} as NotificationInput,
  },
  guards: {
    /** The acting role may send this event (roles.ts), dated with a real calendar date. */
    mayAct: ({ event }) => isActingEvent(event) && CalendarDate.parse(event.date) !== null && mayActOnNotification(event.role, event.type as NotificationEventType),
    /** The number given has the form of the type validated, and no other notification has it (Part II, 3.5). */
    numbered: ({ context, event }) => {
      if (event.type !== 'VALIDATE') return false;
      const as = validatedAs(context, event);
      const number = event.number ?? notif(context.caseFile).number;
      return as !== null && notificationNumberProblems(context.ruleSet, as, number, event.date, event.numbersInUse ?? []).length === 0;
    },
    /** Where a refused withdrawal request goes back to. */
    returnsTo: ({ context }, p: { path: string }) => notif(context.caseFile).withdrawalRequest?.returnTo === p.path,
    readyToSubmit: ({ context, event }) =>
      event.type === 'SUBMIT' &&
      submitProblems(context.ruleSet, context.caseFile, { count: event.duplicates ?? 0, notADuplicateReason: event.notADuplicateReason ?? '' }).length === 0,
    /** A request for information sets a deadline after the request. */
    dueDateAfterRequest: ({ event }) => {
      if (event.type !== 'REQUEST_INFORMATION') return false;
      const due = CalendarDate.parse(event.dueBy);
      const on = CalendarDate.parse(event.date);
      return due !== null && on !== null && due.compare(on) > 0;
    },
    /** Unanswered by the deadline set in the request: decided on what is there. */
    informationDeadlinePassed: ({ context, event }) => {
      const due = notif(context.caseFile).informationDueBy;
      return isActingEvent(event) && due !== null && event.date > due;
    },
    notifiableClassification: ({ context, event }) => isNotifiable(context.ruleSet, validatedAs(context, event)),
    /** Validated as another classification than the contact point chose. */
    reclassified: ({ context, event }) => validatedAs(context, event) !== notif(context.caseFile).chosen,
    /** The rule set gives a confirm-measures deadline for the case as validated: measures are still to come. */
    measuresToConfirm: ({ context, event }) => {
      const as = validatedAs(context, event);
      return as !== null && isActingEvent(event) && measuresConfirmationDeadline(context.ruleSet, asValidated(context.caseFile, as, event.date)) !== null;
    },
    measuresConfirmed: ({ context, event }) =>
      event.type === 'CONFIRM_MEASURES' && measuresConfirmationProblems(event.caseFile ?? context.caseFile, event.noMeasuresReason ?? '').length === 0,
    withdrawalAdmissible: ({ context, event }) =>
      event.type === 'REQUEST_WITHDRAWAL' && withdrawalProblems(context.ruleSet, context.caseFile, event, event.date).length === 0,
  },
  actions: {
    enter: assign(({ context, event }, p: { status: NotificationStatus; path: string }) => {
      const n = notif(context.caseFile);
      const from = typeof n.machineSnapshot === 'string' ? n.machineSnapshot : n.status;
      const log = isActingEvent(event) ? [...n.log, logEntry(event, from, p.path)] : n.log;
      return { caseFile: withNotification(context.caseFile, { status: p.status, machineSnapshot: p.path, log }) };
    }),
    applyEdit: assign(({ context, event }) => {
      const edited = 'caseFile' in event ? event.caseFile : undefined;
      return edited ? { caseFile: mergeEdit(context.caseFile, edited) } : {};
    }),
    markSubmitted: assign(({ context, event }) => {
      const e = event as Ev;
      const c = withNotification(context.caseFile, { submitted: e.date, date: notif(context.caseFile).date ?? e.date });
      return { caseFile: addVersion(c, e.date, 'submitted', 'submitted') };
    }),
    markDuplicate: assign(({ context, event }) =>
      event.type === 'REACT_INSTEAD' ? { caseFile: withNotification(context.caseFile, { duplicateOf: event.existing }) } : {},
    ),
    setInformationDue: assign(({ context, event }) =>
      event.type === 'REQUEST_INFORMATION' ? { caseFile: withNotification(context.caseFile, { informationDueBy: event.dueBy }) } : {},
    ),
    clearInformationDue: assign(({ context }) => ({ caseFile: withNotification(context.caseFile, { informationDueBy: null }) })),
    markValidated: assign(({ context, event }) => {
      if (event.type !== 'VALIDATE') return {};
      const as = validatedAs(context, event);
      const n = notif(context.caseFile);
      const c = withNotification(context.caseFile, {
        validatedAs: as,
        validated: event.date,
        number: event.number ?? n.number,
        // The rule set decides which validated types get a public summary (publication.ts).
        publishedOnPublicSite: as !== null && isPublishable(context.ruleSet, asValidated(context.caseFile, as, event.date)),
        informationDueBy: null,
      });
      return { caseFile: addVersion(c, event.date, as !== n.chosen ? `validated as ${as} (reclassified from ${n.chosen})` : 'validated', 'validated') };
    }),
    keepBeforeUpdate: assign(({ context }) => ({ beforeUpdate: context.caseFile })),
    /** The sections sent with an update or with the information requested, kept as a new version. */
    applyContentEdit: assign(({ context, event }) => {
      if (!isActingEvent(event)) return {};
      const edited = ('caseFile' in event ? event.caseFile : undefined) ?? context.caseFile;
      const sent = event.type === 'PROVIDE_INFORMATION' ? { note: event.note ?? 'information provided', status: 'under-examination' as const } : { note: event.note ?? 'update sent', status: 'updated' as const };
      return { caseFile: addVersion(mergeContent(context.caseFile, edited), event.date, sent.note, sent.status) };
    }),
    acceptUpdate: assign(({ context, event }) => ({
      beforeUpdate: null,
      caseFile: addVersion(context.caseFile, (event as Ev).date, (event as Ev).note ?? 'update accepted', 'validated'),
    })),
    refuseUpdate: assign(({ context, event }) => {
      // Restore the content of the version before the update (kept in the case, so this works on a
      // resumed machine too); keep the history that has happened since.
      const n = notif(context.caseFile);
      const before = contentBeforeUpdate(n);
      const restored = before
        ? withContent(context.caseFile, before)
        : context.beforeUpdate
          ? withNotification(context.beforeUpdate, { log: n.log, versions: n.versions, machineSnapshot: n.machineSnapshot })
          : context.caseFile;
      return { beforeUpdate: null, caseFile: addVersion(restored, (event as Ev).date, (event as Ev).note ?? 'update refused: the earlier version stands', 'validated') };
    }),
    markMeasuresConfirmed: assign(({ context, event }) => {
      if (event.type !== 'CONFIRM_MEASURES') return {};
      const base = event.caseFile ? mergeContent(context.caseFile, event.caseFile) : context.caseFile;
      const confirmed = withNotification(base, { measuresConfirmed: event.date });
      return { beforeUpdate: context.caseFile, caseFile: addVersion(confirmed, event.date, event.note ?? 'measures confirmed', 'updated') };
    }),
    unpublish: assign(({ context }) => ({ caseFile: withNotification(context.caseFile, { publishedOnPublicSite: false }) })),
    republish: assign(({ context }) => ({ caseFile: withNotification(context.caseFile, { publishedOnPublicSite: isPublishable(context.ruleSet, context.caseFile) }) })),
    recordWithdrawalRequest: assign(({ context, event }) => {
      if (event.type !== 'REQUEST_WITHDRAWAL') return {};
      const here = notif(context.caseFile).machineSnapshot;
      const req = { ground: event.ground as WithdrawalGround, justification: event.justification, documents: [...event.documents], date: event.date, ...(typeof here === 'string' ? { returnTo: here } : {}) };
      return { caseFile: withNotification(context.caseFile, { withdrawalRequest: req }) };
    }),
    clearWithdrawalRequest: assign(({ context }) => ({ caseFile: withNotification(context.caseFile, { withdrawalRequest: null }) })),
    markWithdrawn: assign(({ context }) => {
      const n = notif(context.caseFile);
      const withdrawal = n.withdrawalRequest ? { ground: n.withdrawalRequest.ground, justification: n.withdrawalRequest.justification, documents: n.withdrawalRequest.documents, date: n.withdrawalRequest.date } : null;
      return { caseFile: withNotification(context.caseFile, { withdrawal, withdrawalRequest: null, publishedOnPublicSite: false }) };
    }),
  },
}).createMachine({
  id: 'notification',
  context: ({ input }) => ({
    ruleSet: input.ruleSet,
    caseFile: input.caseFile.notification ? input.caseFile : { ...input.caseFile, notification: emptyNotification({ notifyingCountry: input.caseFile.country }) },
    beforeUpdate: null,
  }),
  initial: 'draft',
  states: {
    draft: {
      entry: enter('draft', 'draft'),
      on: {
        EDIT: { guard: 'mayAct', actions: 'applyEdit' },
        SEND_TO_CONTACT_POINT: { guard: 'mayAct', target: 'contact-point-check' },
      },
    },
    'contact-point-check': {
      entry: enter('contact-point-check', 'contact-point-check'),
      on: {
        EDIT: { guard: 'mayAct', actions: 'applyEdit' },
        RETURN_TO_AUTHORITY: { guard: 'mayAct', target: 'draft' },
        SUBMIT: { guard: and(['mayAct', 'readyToSubmit']), target: 'submitted', actions: 'markSubmitted' },
        REACT_INSTEAD: { guard: 'mayAct', target: 'replaced-by-reaction', actions: 'markDuplicate' },
      },
    },
    'replaced-by-reaction': { entry: enter('replaced-by-reaction', 'replaced-by-reaction'), type: 'final' },
    submitted: {
      entry: enter('submitted', 'submitted'),
      on: { START_EXAMINATION: { guard: 'mayAct', target: 'under-examination' } },
    },
    'under-examination': {
      entry: enter('under-examination', 'under-examination'),
      on: {
        REQUEST_INFORMATION: { guard: and(['mayAct', 'dueDateAfterRequest']), target: 'additional-information-requested', actions: 'setInformationDue' },
        OPEN_INVESTIGATION: { guard: 'mayAct', target: 'investigation' },
        VALIDATE: [
          { guard: and(['mayAct', 'notifiableClassification', 'numbered', 'measuresToConfirm']), target: 'measures-to-confirm', actions: 'markValidated' },
          { guard: and(['mayAct', 'notifiableClassification', 'numbered', 'reclassified']), target: 'validated.reclassified', actions: 'markValidated' },
          { guard: and(['mayAct', 'notifiableClassification', 'numbered']), target: 'validated.distributed', actions: 'markValidated' },
        ],
        REJECT: { guard: 'mayAct', target: 'not-validated' },
      },
    },
    'additional-information-requested': {
      // Validation is suspended until the notifying State answers by the deadline set in the request.
      entry: enter('additional-information-requested', 'additional-information-requested'),
      on: {
        PROVIDE_INFORMATION: { guard: 'mayAct', target: 'under-examination', actions: ['applyContentEdit', 'clearInformationDue'] },
        // Unanswered by the deadline: decided on what is there.
        VALIDATE: [
          { guard: and(['mayAct', 'informationDeadlinePassed', 'notifiableClassification', 'numbered', 'measuresToConfirm']), target: 'measures-to-confirm', actions: 'markValidated' },
          { guard: and(['mayAct', 'informationDeadlinePassed', 'notifiableClassification', 'numbered', 'reclassified']), target: 'validated.reclassified', actions: 'markValidated' },
          { guard: and(['mayAct', 'informationDeadlinePassed', 'notifiableClassification', 'numbered']), target: 'validated.distributed', actions: 'markValidated' },
        ],
        REJECT: { guard: and(['mayAct', 'informationDeadlinePassed']), target: 'not-validated', actions: 'clearInformationDue' },
      },
    },
    investigation: {
      // Serious doubts on the risk suspend validation.
      entry: enter('investigation', 'investigation'),
      on: {
        VALIDATE: [
          { guard: and(['mayAct', 'notifiableClassification', 'numbered', 'measuresToConfirm']), target: 'measures-to-confirm', actions: 'markValidated' },
          { guard: and(['mayAct', 'notifiableClassification', 'numbered', 'reclassified']), target: 'validated.reclassified', actions: 'markValidated' },
          { guard: and(['mayAct', 'notifiableClassification', 'numbered']), target: 'validated.distributed', actions: 'markValidated' },
        ],
        REJECT: { guard: 'mayAct', target: 'not-validated' },
      },
    },
    'not-validated': { entry: enter('not-validated', 'not-validated'), type: 'final' },
    validated: {
      initial: 'distributed',
      on: {
        UPDATE: { guard: 'mayAct', target: 'updated', actions: ['keepBeforeUpdate', 'applyContentEdit'] },
        REMOVE_FROM_PUBLIC: { guard: 'mayAct', target: 'removed-from-public', actions: 'unpublish' },
        REQUEST_WITHDRAWAL: { guard: and(['mayAct', 'withdrawalAdmissible']), target: 'withdrawal-requested', actions: 'recordWithdrawalRequest' },
      },
      states: {
        distributed: { entry: enter('validated', 'validated.distributed') },
        reclassified: { entry: enter('validated', 'validated.reclassified') },
        republished: { entry: enter('validated', 'validated.republished') },
      },
    },
    updated: {
      // Developments reported by the notifying State are examined again before distribution.
      entry: enter('updated', 'updated'),
      on: {
        ACCEPT_UPDATE: { guard: 'mayAct', target: 'validated.distributed', actions: 'acceptUpdate' },
        REFUSE_UPDATE: { guard: 'mayAct', target: 'validated.distributed', actions: 'refuseUpdate' },
      },
    },
    'measures-to-confirm': {
      // Sent before measures were decided: the final decision is due by the rule set's deadline.
      entry: enter('measures-to-confirm', 'measures-to-confirm'),
      on: {
        CONFIRM_MEASURES: { guard: and(['mayAct', 'measuresConfirmed']), target: 'updated', actions: 'markMeasuresConfirmed' },
        REQUEST_WITHDRAWAL: { guard: and(['mayAct', 'withdrawalAdmissible']), target: 'withdrawal-requested', actions: 'recordWithdrawalRequest' },
      },
    },
    'removed-from-public': {
      // Temporarily off the public site while a suspect risk assessment is clarified.
      entry: enter('removed-from-public', 'removed-from-public'),
      on: {
        REPUBLISH: { guard: 'mayAct', target: 'validated.republished', actions: 'republish' },
        REQUEST_WITHDRAWAL: { guard: and(['mayAct', 'withdrawalAdmissible']), target: 'withdrawal-requested', actions: 'recordWithdrawalRequest' },
      },
    },
    'withdrawal-requested': {
      // Only the notifying State asks (3.8.2); the validating authority sees the ground, the
      // justification and the documents, and withdraws or refuses (3.8.4).
      entry: enter('withdrawal-requested', 'withdrawal-requested'),
      on: {
        WITHDRAW: { guard: 'mayAct', target: 'withdrawn', actions: 'markWithdrawn' },
        REFUSE_WITHDRAWAL: [
          { guard: and(['mayAct', { type: 'returnsTo', params: { path: 'measures-to-confirm' } }]), target: 'measures-to-confirm', actions: 'clearWithdrawalRequest' },
          { guard: and(['mayAct', { type: 'returnsTo', params: { path: 'removed-from-public' } }]), target: 'removed-from-public', actions: 'clearWithdrawalRequest' },
          { guard: 'mayAct', target: 'validated.distributed', actions: 'clearWithdrawalRequest' },
        ],
      },
    },
    withdrawn: { entry: enter('withdrawn', 'withdrawn'), type: 'final' },
  },
});

export type NotificationMachine = typeof notificationMachine;

/** A state path as stored in `notification.machineSnapshot` ("validated.reclassified") → state value. */
function stateValueOf(path: string): string | Record<string, string> {
  const [head, child] = path.split('.');
  return child ? { [head]: child } : head;
}

/**
 * The snapshot to resume a saved case's notification from: the stored state path and the case
 * file. The rule set is never stored (it is code and data loaded at start), so it comes in again.
 */
export function resumeNotification(input: NotificationInput) {
  const n = input.caseFile.notification;
  const path = n && typeof n.machineSnapshot === 'string' ? n.machineSnapshot : 'draft';
  const caseFile = n ? input.caseFile : { ...input.caseFile, notification: emptyNotification({ notifyingCountry: input.caseFile.country }) };
  return notificationMachine.resolveState({ value: stateValueOf(path), context: { ruleSet: input.ruleSet, caseFile, beforeUpdate: null } });
}
