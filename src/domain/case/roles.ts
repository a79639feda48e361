// Who may see and do what (lifecycle.md "Actors"; Part II, 3.3-3.8, 4.3-4.6, 5.1):
// - the national authority builds the case and hands it to its contact point;
// - the contact point checks, classifies, submits, answers requests, updates, asks for withdrawal;
// - the validating authority examines, requests information, investigates, validates, removes
//   from and re-publishes on the public site, withdraws;
// - another State sees what was distributed (confidential parts included — they go to all
//   authorities) but not the notifying authority's internal documents, and reacts;
// - the public sees published summaries only.
import type { CaseFile, Role } from './types';

export const NOTIFICATION_EVENTS = [
  'EDIT',
  'SEND_TO_CONTACT_POINT',
  'RETURN_TO_AUTHORITY',
  'SUBMIT',
  'REACT_INSTEAD',
  'START_EXAMINATION',
  'REQUEST_INFORMATION',
  'PROVIDE_INFORMATION',
  'OPEN_INVESTIGATION',
  'VALIDATE',
  'REJECT',
  'UPDATE',
  'ACCEPT_UPDATE',
  'REFUSE_UPDATE',
  'CONFIRM_MEASURES',
  'REMOVE_FROM_PUBLIC',
  'REPUBLISH',
  'REQUEST_WITHDRAWAL',
  'REFUSE_WITHDRAWAL',
  'WITHDRAW',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENTS)[number];

export const REACTION_EVENTS = ['EDIT', 'SUBMIT', 'START_EXAMINATION', 'VALIDATE', 'REJECT', 'UPDATE', 'ACCEPT_UPDATE', 'REFUSE_UPDATE', 'WITHDRAW'] as const;
export type ReactionEventType = (typeof REACTION_EVENTS)[number];

const NOTIFICATION_ROLES: Record<NotificationEventType, readonly Role[]> = {
  EDIT: ['national-authority', 'contact-point'],
  SEND_TO_CONTACT_POINT: ['national-authority'],
  RETURN_TO_AUTHORITY: ['contact-point'],
  SUBMIT: ['contact-point'],
  REACT_INSTEAD: ['contact-point'],
  START_EXAMINATION: ['validating-authority'],
  REQUEST_INFORMATION: ['validating-authority'],
  PROVIDE_INFORMATION: ['contact-point'],
  OPEN_INVESTIGATION: ['validating-authority'],
  VALIDATE: ['validating-authority'],
  REJECT: ['validating-authority'],
  UPDATE: ['contact-point'],
  ACCEPT_UPDATE: ['validating-authority'],
  REFUSE_UPDATE: ['validating-authority'],
  CONFIRM_MEASURES: ['contact-point'],
  REMOVE_FROM_PUBLIC: ['validating-authority'],
  REPUBLISH: ['validating-authority'],
  // Only the notifying State may ask (3.8.2); only the validating authority decides (3.8.4).
  REQUEST_WITHDRAWAL: ['contact-point'],
  REFUSE_WITHDRAWAL: ['validating-authority'],
  WITHDRAW: ['validating-authority'],
};

const REACTION_ROLES: Record<ReactionEventType, readonly Role[]> = {
  EDIT: ['contact-point', 'other-state'],
  // The reacting State's contact point: our own when we follow up, another State when it reacts to ours.
  SUBMIT: ['contact-point', 'other-state'],
  START_EXAMINATION: ['validating-authority'],
  VALIDATE: ['validating-authority'],
  REJECT: ['validating-authority'],
  UPDATE: ['contact-point', 'other-state'],
  ACCEPT_UPDATE: ['validating-authority'],
  REFUSE_UPDATE: ['validating-authority'],
  WITHDRAW: ['validating-authority'],
};

export function mayActOnNotification(role: Role, event: NotificationEventType): boolean {
  return NOTIFICATION_ROLES[event].includes(role);
}

export function mayActOnReaction(role: Role, event: ReactionEventType): boolean {
  return REACTION_ROLES[event].includes(role);
}

/** The parts of the case file page a role may see. */
export type CaseView = 'case-file' | 'internal-documents' | 'confidential-parts' | 'notification' | 'reactions' | 'history' | 'public-summary';

const VIEWS: Record<Role, readonly CaseView[]> = {
  'national-authority': ['case-file', 'internal-documents', 'confidential-parts', 'notification', 'reactions', 'history', 'public-summary'],
  'contact-point': ['case-file', 'internal-documents', 'confidential-parts', 'notification', 'reactions', 'history', 'public-summary'],
  'validating-authority': ['case-file', 'confidential-parts', 'notification', 'reactions', 'history', 'public-summary'],
  'other-state': ['case-file', 'confidential-parts', 'notification', 'reactions', 'public-summary'],
  public: ['public-summary'],
};

export function maySee(role: Role, view: CaseView): boolean {
  return VIEWS[role].includes(view);
}

/** Only the authority that owns the case edits its file (other authorities add signed entries). */
export function mayEditCase(role: Role): boolean {
  return role === 'national-authority' || role === 'contact-point';
}

/** Authorities add signed entries to a product file (ICSMS); the public never does. */
export function mayAddEntry(role: Role): boolean {
  return role !== 'public';
}

/**
 * The case as a role may see it (for the case file page of a non-owning authority): internal
 * documents and exchanges with economic operators removed. The public gets no case file at all —
 * it sees `publicSummary` only.
 */
export function caseFileFor(role: Role, c: CaseFile): CaseFile | null {
  if (!maySee(role, 'case-file')) return null;
  if (maySee(role, 'internal-documents')) return c;
  return {
    ...c,
    attachments: c.attachments.filter((a) => !a.internal && a.kind !== 'internal' && a.kind !== 'correspondence'),
  };
}
