// Which local store holds which kind of synced record, and how a stored record and the server's
// body relate: the body is the record without this browser's bookkeeping (rev, updatedAt).
import type { RevisionedStore } from '../records';
import type { SyncKind } from '../db';

export const KIND_OF_STORE: Record<RevisionedStore, SyncKind> = { assessments: 'assessment', cases: 'case', ruleSets: 'rule-set', sessions: 'training-session' };
export const STORE_OF_KIND: Record<SyncKind, RevisionedStore> = { assessment: 'assessments', case: 'cases', 'rule-set': 'ruleSets', 'training-session': 'sessions' };

export const syncKey = (kind: SyncKind, id: string): string => `${kind}:${id}`;

export function bodyOf(kind: SyncKind, record: Record<string, unknown>): Record<string, unknown> {
  const { rev: _rev, updatedAt: _at, ...rest } = record;
  // The rule-set document carries its id; the other bodies are keyed by the record alone.
  if (kind !== 'rule-set') delete (rest as { id?: unknown }).id;
  // Structured data only: drops proxies and functions, as IndexedDB would.
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

export function recordOf(id: string, body: Record<string, unknown>, rev: number, updatedAt: string): Record<string, unknown> & { id: string; rev: number; updatedAt: string } {
  return { ...body, id, rev, updatedAt };
}
