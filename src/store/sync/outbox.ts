// The outbox: with a server in use, each local save queues the record's new body (or its
// deletion) in the same IndexedDB transaction. One entry per record: a later save replaces the
// body but keeps the server revision the first waiting change was made from, which is what the
// server checks the push against.
import type { OutboxEntry } from '../db';
import { setSyncWriter, type SyncWriter } from '../records';
import { bodyOf, KIND_OF_STORE, syncKey } from './kinds';

let counter = Date.now();
let listener: (() => void) | null = null;

/** Called after each change is queued (the shell starts a push). */
export function setSyncWriterListener(fn: (() => void) | null): void {
  listener = fn;
}

export const outboxWriter: SyncWriter = async (anyTx, store, id, record) => {
  const tx = anyTx as unknown as { objectStore(n: 'outbox' | 'syncState'): { get(k: string): Promise<any>; put(v: unknown): Promise<unknown> } };
  const kind = KIND_OF_STORE[store];
  const key = syncKey(kind, id);
  const waiting = (await tx.objectStore('outbox').get(key)) as OutboxEntry | undefined;
  const state = await tx.objectStore('syncState').get(key);
  const entry: OutboxEntry = {
    key,
    kind,
    id,
    baseRev: waiting?.baseRev ?? state?.serverRev ?? 0,
    body: record === null ? null : bodyOf(kind, record),
    queued: ++counter,
  };
  await tx.objectStore('outbox').put(entry);
  listener?.();
};

/** From now on local saves are queued for the server (or, with false, no longer). */
export function queueSavesForServer(on: boolean): void {
  setSyncWriter(on ? outboxWriter : null);
}
