// The reaction lifecycle (lifecycle.md "Reaction"; guidelines Part II, 4.2-4.6): draft → submitted →
// examined → validated / not validated → updated → withdrawn. A different risk assessment is
// validated only when complete, well documented and about the same product (4.5). A validated
// reaction is withdrawn only when its notification was withdrawn or it proves wrong (4.6).
import { and, assign, setup } from 'xstate';
import type { CompiledRuleSet } from '../rules/api';
import { REACTION_WITHDRAWAL_GROUNDS, reactionSubmitProblems } from '../domain/case/lifecycle-checks';
import { blank } from '../domain/case/form-gaps';
import { CalendarDate } from '../domain/calendar-date';
import { mayActOnReaction, type ReactionEventType } from '../domain/case/roles';
import type { ProductIdentification, Reaction, ReactionStatus } from '../domain/case/types';
import { isActingEvent, logEntry, type ActingEvent } from './lifecycle-events';

export type ReactionEvent =
  | (ActingEvent & { type: 'EDIT'; reaction: Reaction })
  | (ActingEvent & { type: 'SUBMIT' })
  | (ActingEvent & { type: 'START_EXAMINATION' })
  | (ActingEvent & { type: 'VALIDATE' })
  | (ActingEvent & { type: 'REJECT' })
  | (ActingEvent & { type: 'UPDATE'; reaction?: Reaction })
  | (ActingEvent & { type: 'ACCEPT_UPDATE' })
  | (ActingEvent & { type: 'REFUSE_UPDATE' })
  | (ActingEvent & { type: 'WITHDRAW'; ground: string; justification: string });

export interface ReactionInput {
  ruleSet: CompiledRuleSet;
  reaction: Reaction;
  /** The notified product, to check a different risk assessment is about the same product. */
  notifiedProduct?: Pick<ProductIdentification, 'brand' | 'model' | 'barcode'>;
}

export interface ReactionContext {
  ruleSet: CompiledRuleSet;
  reaction: Reaction;
  notifiedProduct: Pick<ProductIdentification, 'brand' | 'model' | 'barcode'> | null;
  beforeUpdate: Reaction | null;
}

/** Fields the reacting State edits; status, dates and history are owned by the machine. */
function mergeEdit(current: Reaction, edited: Reaction): Reaction {
  return { ...edited, id: current.id, status: current.status, submitted: current.submitted, withdrawal: current.withdrawal, log: current.log, machineSnapshot: current.machineSnapshot };
}

function enter(status: ReactionStatus) {
  return { type: 'enter' as const, params: { status } };
}

export const reactionMachine = setup({
  types: {
    context: {} as ReactionContext,
    events: {} as ReactionEvent,
    input: {} as ReactionInput,
  },
  guards: {
    /** The acting role may send this event (roles.ts), dated with a real calendar date. */
    mayAct: ({ event }) => isActingEvent(event) && CalendarDate.parse(event.date) !== null && mayActOnReaction(event.role, event.type as ReactionEventType),
    /** Complete, or each gap explained; a different risk assessment complete and about the same product. */
    complete: ({ context }) => reactionSubmitProblems(context.reaction, context.notifiedProduct ?? undefined).length === 0,
    withdrawalGround: ({ event }) =>
      event.type === 'WITHDRAW' && (REACTION_WITHDRAWAL_GROUNDS as readonly string[]).includes(event.ground) && !blank(event.justification),
  },
  actions: {
    enter: assign(({ context, event }, p: { status: ReactionStatus }) => {
      const r = context.reaction;
      const from = typeof r.machineSnapshot === 'string' ? r.machineSnapshot : r.status;
      const log = isActingEvent(event) ? [...r.log, logEntry(event, from, p.status)] : r.log;
      return { reaction: { ...r, status: p.status, machineSnapshot: p.status, log } };
    }),
    applyEdit: assign(({ context, event }) => {
      const edited = 'reaction' in event ? event.reaction : undefined;
      return edited ? { reaction: mergeEdit(context.reaction, edited) } : {};
    }),
    markSubmitted: assign(({ context, event }) => ({
      reaction: { ...context.reaction, submitted: (event as ReactionEvent).date, date: context.reaction.date ?? (event as ReactionEvent).date },
    })),
    keepBeforeUpdate: assign(({ context }) => ({ beforeUpdate: context.reaction })),
    acceptUpdate: assign({ beforeUpdate: null }),
    refuseUpdate: assign(({ context }) => {
      if (!context.beforeUpdate) return { beforeUpdate: null };
      const r = context.reaction;
      return { beforeUpdate: null, reaction: { ...context.beforeUpdate, log: r.log, machineSnapshot: r.machineSnapshot } };
    }),
    markWithdrawn: assign(({ context, event }) =>
      event.type === 'WITHDRAW' ? { reaction: { ...context.reaction, withdrawal: { ground: event.ground, date: event.date } } } : {},
    ),
  },
}).createMachine({
  id: 'reaction',
  context: ({ input }) => ({ ruleSet: input.ruleSet, reaction: input.reaction, notifiedProduct: input.notifiedProduct ?? null, beforeUpdate: null }),
  initial: 'draft',
  states: {
    draft: {
      entry: enter('draft'),
      on: {
        EDIT: { guard: 'mayAct', actions: 'applyEdit' },
        SUBMIT: { guard: and(['mayAct', 'complete']), target: 'submitted', actions: 'markSubmitted' },
      },
    },
    submitted: {
      entry: enter('submitted'),
      on: { START_EXAMINATION: { guard: 'mayAct', target: 'examined' } },
    },
    examined: {
      // Correctness, then completeness (4.4.1); a different risk assessment must relate to the same product.
      entry: enter('examined'),
      on: {
        VALIDATE: { guard: and(['mayAct', 'complete']), target: 'validated' },
        REJECT: { guard: 'mayAct', target: 'not-validated' },
      },
    },
    'not-validated': { entry: enter('not-validated'), type: 'final' },
    validated: {
      entry: enter('validated'),
      on: {
        UPDATE: { guard: 'mayAct', target: 'updated', actions: ['keepBeforeUpdate', 'applyEdit'] },
        WITHDRAW: { guard: and(['mayAct', 'withdrawalGround']), target: 'withdrawn', actions: 'markWithdrawn' },
      },
    },
    updated: {
      entry: enter('updated'),
      on: {
        ACCEPT_UPDATE: { guard: and(['mayAct', 'complete']), target: 'validated', actions: 'acceptUpdate' },
        REFUSE_UPDATE: { guard: 'mayAct', target: 'validated', actions: 'refuseUpdate' },
        WITHDRAW: { guard: and(['mayAct', 'withdrawalGround']), target: 'withdrawn', actions: 'markWithdrawn' },
      },
    },
    withdrawn: { entry: enter('withdrawn'), type: 'final' },
  },
});

export type ReactionMachine = typeof reactionMachine;

/** The snapshot to resume a saved reaction from (its stored status), with the rule set given again. */
export function resumeReaction(input: ReactionInput) {
  const r = input.reaction;
  const value = typeof r.machineSnapshot === 'string' ? r.machineSnapshot : 'draft';
  return reactionMachine.resolveState({ value, context: { ruleSet: input.ruleSet, reaction: r, notifiedProduct: input.notifiedProduct ?? null, beforeUpdate: null } });
}
