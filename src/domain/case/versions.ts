// Every version a notification went through (Part II, 3.2.4 and 3.4: submitted, completed on
// request, updated, measures confirmed), each keeping the sections as sent, so an earlier version
// is never lost and "what changed" can be shown field by field.
import { changedPaths } from '../field-diff';
import type { CaseFile, Notification, NotificationContent, NotificationStatus, NotificationVersion } from './types';

/** The sections a version keeps (and an update may change). */
export function contentOf(c: CaseFile): NotificationContent {
  return structuredClone({
    product: c.product,
    regulations: c.regulations,
    traceability: c.traceability,
    testResults: c.testResults,
    risk: c.risk,
    accidents: c.accidents,
    measures: c.measures,
    attachments: c.attachments,
    confidentiality: c.confidentiality,
  });
}

/** The case with its sections replaced by `content`; everything else (notification, reactions, history) kept. */
export function withContent(c: CaseFile, content: NotificationContent): CaseFile {
  return { ...c, ...structuredClone(content) };
}

export const sameContent = (a: NotificationContent, b: NotificationContent): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The content of the latest version that kept one (at or before index `upTo`), or null. */
export function lastContent(n: Notification, upTo = n.versions.length - 1): NotificationContent | null {
  for (let i = Math.min(upTo, n.versions.length - 1); i >= 0; i--) {
    const content = n.versions[i].content;
    if (content) return content;
  }
  return null;
}

/** Appends a version holding the case's current sections and what changed since the last one. */
export function recordVersion(c: CaseFile, v: { date: string; note: string; status: NotificationStatus }): CaseFile {
  const n = c.notification;
  if (!n) return c;
  const content = contentOf(c);
  const before = lastContent(n);
  const version: NotificationVersion = {
    version: n.versions.length + 1,
    date: v.date,
    note: v.note,
    classification: n.validatedAs ?? n.chosen,
    status: v.status,
    content,
    changed: before ? changedPaths(before, content, { limit: 200 }) : [],
  };
  return { ...c, notification: { ...n, versions: [...n.versions, version] } };
}

/**
 * The content as last validated: the latest version recorded as validated (at validation, an
 * accepted or a refused update), or null when no version kept its content.
 */
export function validatedContent(n: Notification): NotificationContent | null {
  for (let i = n.versions.length - 1; i >= 0; i--) {
    const v = n.versions[i];
    if (v.status === 'validated' && v.content) return v.content;
  }
  return null;
}

/**
 * The content to restore when an update is refused: the version before the latest update
 * (the latest version recorded with status 'updated'), or null when there is none.
 */
export function contentBeforeUpdate(n: Notification): NotificationContent | null {
  for (let i = n.versions.length - 1; i >= 0; i--) {
    if (n.versions[i].status === 'updated') return lastContent(n, i - 1);
  }
  return null;
}

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** The value at a path such as "measures[0].adopted" (undefined when it does not exist). */
export function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** What changed from one version to the next, field by field with both values. */
export function versionChanges(versions: readonly NotificationVersion[], index: number): FieldChange[] {
  const v = versions[index];
  if (!v?.content || !v.changed) return [];
  let prev: NotificationContent | undefined;
  for (let i = index - 1; i >= 0 && !prev; i--) prev = versions[i].content;
  return v.changed.map((path) => ({ path, before: prev ? valueAt(prev, path) : undefined, after: valueAt(v.content, path) }));
}
