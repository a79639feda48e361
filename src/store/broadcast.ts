// Keeps open tabs fresh: after a save, a tab publishes { store, id, rev } on the 'riskcase'
// BroadcastChannel; other tabs showing that record reload it (or warn before the user's next save
// would be refused). A tab does not receive its own messages (one channel object per tab).

export interface ChangeMessage {
  store: string;
  id: string;
  rev: number;
}

export const CHANNEL_NAME = 'riskcase';

let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  return channel;
}

/** Messages come from other tabs, possibly of another app version: accept only the known shape. */
export function parseChangeMessage(data: unknown): ChangeMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { store, id, rev } = data as Record<string, unknown>;
  if (typeof store !== 'string' || typeof id !== 'string' || typeof rev !== 'number' || !Number.isInteger(rev)) return null;
  return { store, id, rev };
}

// Changes that came from the server reach this tab's pages too (BroadcastChannel skips its sender).
const thisTab: EventTarget | null = typeof EventTarget === 'function' ? new EventTarget() : null;

/**
 * Tells the other tabs that a record was saved with revision `rev`; with `alsoThisTab`, this tab's
 * pages as well (a change pulled from the server, which no page of this tab made).
 */
export function publishChange(change: ChangeMessage, options: { alsoThisTab?: boolean } = {}): void {
  getChannel()?.postMessage({ store: change.store, id: change.id, rev: change.rev });
  if (options.alsoThisTab) thisTab?.dispatchEvent(new MessageEvent('message', { data: { store: change.store, id: change.id, rev: change.rev } }));
}

/**
 * Calls `onChange` for every save made in another tab (optionally only of one store, or one
 * record). Returns the function that stops listening (call it in onCleanup).
 */
export function subscribeChanges(
  onChange: (change: ChangeMessage) => void,
  only?: { store?: string; id?: string },
): () => void {
  const ch = getChannel();
  const listener = (e: MessageEvent) => {
    const change = parseChangeMessage(e.data);
    if (!change) return;
    if (only?.store !== undefined && change.store !== only.store) return;
    if (only?.id !== undefined && change.id !== only.id) return;
    onChange(change);
  };
  ch?.addEventListener('message', listener);
  thisTab?.addEventListener('message', listener as EventListener);
  return () => {
    ch?.removeEventListener('message', listener);
    thisTab?.removeEventListener('message', listener as EventListener);
  };
}
