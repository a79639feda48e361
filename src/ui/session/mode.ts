// The shell's view of the server connection, as signals only (small: it is in the first screen;
// the code that signs in and syncs loads lazily, see session-state.ts).
import { createSignal } from 'solid-js';
import type { SyncStatus } from '../../store/sync/engine';
import type { SessionInfo } from '../../store/sync/server-api';

export type Mode =
  | { kind: 'checking' }
  | { kind: 'local' }
  | { kind: 'signed-out'; message?: string }
  /** `offline`: the server is not reachable now; work goes on and waits in the outbox. */
  | { kind: 'signed-in'; session: SessionInfo; offline: boolean };

export const [mode, setMode] = createSignal<Mode>({ kind: 'checking' });
export const [syncStatus, setSyncStatus] = createSignal<SyncStatus | null>(null);

export function signedInSession(): SessionInfo | null {
  const m = mode();
  return m.kind === 'signed-in' ? m.session : null;
}

/** What the signed-in person may do (the server's permission table); null without a server. */
export function permissions(): ReadonlySet<string> | null {
  const s = signedInSession();
  return s ? new Set(s.permissions) : null;
}
