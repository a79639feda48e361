// Lifecycle acts on a stored case, without a long-lived actor: resume the machine from the case
// file, send one event, take the case file back. The case file stays the one copy that is saved,
// so two tabs or a reload can never disagree with a machine held in memory.
import { createActor, type AnyStateNode } from 'xstate';
import type { CompiledRuleSet } from '../rules/api';
import { NOTIFICATION_EVENTS, REACTION_EVENTS, mayActOnNotification, mayActOnReaction, type NotificationEventType, type ReactionEventType } from '../domain/case/roles';
import type { CaseFile, Reaction, Role } from '../domain/case/types';
import { notificationMachine, resumeNotification, type NotificationEvent } from './notification';
import { reactionMachine, resumeReaction, type ReactionEvent } from './reaction';

export type ActResult<T> = { ok: true; value: T } | { ok: false };

/** Event types the state handles (whatever the guards say), in a stable order. */
function handled(root: AnyStateNode, value: unknown, all: readonly string[]): string[] {
  const nodes: AnyStateNode[] = [];
  let node = root;
  let v = value;
  for (;;) {
    const key = typeof v === 'string' ? v : Object.keys(v as object)[0];
    node = node.states[key];
    nodes.push(node);
    if (typeof v === 'string') break;
    v = (v as Record<string, unknown>)[key];
  }
  const types = new Set(nodes.flatMap((n) => Object.keys(n.config.on ?? {})));
  return all.filter((t) => types.has(t));
}

export function notificationState(rs: CompiledRuleSet, file: CaseFile) {
  return resumeNotification({ ruleSet: rs, caseFile: file });
}

/** The notification acts open to `role` in the case's current state (EDIT excluded). */
export function notificationActs(rs: CompiledRuleSet, file: CaseFile, role: Role): NotificationEventType[] {
  const s = notificationState(rs, file);
  return (handled(notificationMachine.root, s.value, NOTIFICATION_EVENTS) as NotificationEventType[]).filter((t) => t !== 'EDIT' && mayActOnNotification(role, t));
}

export function canActOnNotification(rs: CompiledRuleSet, file: CaseFile, event: NotificationEvent): boolean {
  return notificationState(rs, file).can(event);
}

export function actOnNotification(rs: CompiledRuleSet, file: CaseFile, event: NotificationEvent): ActResult<CaseFile> {
  const snapshot = notificationState(rs, file);
  if (!snapshot.can(event)) return { ok: false };
  const actor = createActor(notificationMachine, { snapshot, input: { ruleSet: rs, caseFile: file } }).start();
  actor.send(event);
  const next = actor.getSnapshot().context.caseFile;
  actor.stop();
  return { ok: true, value: next };
}

function reactionInput(rs: CompiledRuleSet, file: CaseFile, reaction: Reaction) {
  return { ruleSet: rs, reaction, notifiedProduct: file.product };
}

export function reactionActs(rs: CompiledRuleSet, file: CaseFile, reaction: Reaction, role: Role): ReactionEventType[] {
  const s = resumeReaction(reactionInput(rs, file, reaction));
  return (handled(reactionMachine.root, s.value, REACTION_EVENTS) as ReactionEventType[]).filter((t) => t !== 'EDIT' && mayActOnReaction(role, t));
}

export function canActOnReaction(rs: CompiledRuleSet, file: CaseFile, reaction: Reaction, event: ReactionEvent): boolean {
  return resumeReaction(reactionInput(rs, file, reaction)).can(event);
}

/** Sends one event to one reaction of the case; the case file comes back with that reaction replaced. */
export function actOnReaction(rs: CompiledRuleSet, file: CaseFile, reactionId: string, event: ReactionEvent): ActResult<CaseFile> {
  const reaction = file.reactions.find((r) => r.id === reactionId);
  if (!reaction) return { ok: false };
  const input = reactionInput(rs, file, reaction);
  const snapshot = resumeReaction(input);
  if (!snapshot.can(event)) return { ok: false };
  const actor = createActor(reactionMachine, { snapshot, input }).start();
  actor.send(event);
  const next = actor.getSnapshot().context.reaction;
  actor.stop();
  return { ok: true, value: { ...file, reactions: file.reactions.map((r) => (r.id === reactionId ? next : r)) } };
}
