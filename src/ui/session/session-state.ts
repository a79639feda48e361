// The app's connection to an authority's server, as signals for the shell: is there a server, who
// is signed in, how the sync stands. Without a server the app works alone (local only), as
// before. Signed in, every local save is queued for the server and a sync runs on each change,
// each live update, and whenever the connection comes back. The sync code loads only then.
import { probeServer, signIn as apiSignIn, signOut as apiSignOut, ServerError, type SessionInfo } from '../../store/sync/server-api';
import type { SyncEngine } from '../../store/sync/engine';

export { mode, syncStatus, signedInSession, permissions } from './mode';
import { setMode, setSyncStatus, signedInSession } from './mode';

const LAST_SESSION = 'riskcase.lastSession';

let engine: SyncEngine | null = null;
let live: EventSource | null = null;
let timer: ReturnType<typeof setInterval> | undefined;
let soon: ReturnType<typeof setTimeout> | undefined;

export function syncEngine(): SyncEngine | null {
  return engine;
}

function lastSession(): SessionInfo | null {
  try {
    const v = JSON.parse(localStorage.getItem(LAST_SESSION) ?? 'null') as SessionInfo | null;
    return v && typeof v.person?.id === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** Finds out whether a server is there and who is signed in; starts the sync when someone is. */
export async function bootSession(): Promise<void> {
  const probe = await probeServer();
  if (probe.kind === 'local') return void setMode({ kind: 'local' });
  if (probe.kind === 'signed-out') return void setMode({ kind: 'signed-out' });
  if (probe.kind === 'unreachable') {
    // Known server, down now: the last person's work goes on offline and syncs later.
    const last = lastSession();
    if (!last) return void setMode({ kind: 'signed-out', message: 'server.unreachable' });
    await startQueueing();
    setMode({ kind: 'signed-in', session: last, offline: true });
    retryProbeLater();
    return;
  }
  const problem = await startSync(probe.session);
  if (problem) return void setMode({ kind: 'signed-out', message: problem });
  setMode({ kind: 'signed-in', session: probe.session, offline: false });
}

function retryProbeLater(): void {
  clearInterval(timer);
  timer = setInterval(() => {
    void probeServer().then(async (p) => {
      if (p.kind === 'signed-in') {
        clearInterval(timer);
        await startSync(p.session);
        setMode({ kind: 'signed-in', session: p.session, offline: false });
      } else if (p.kind === 'signed-out') {
        clearInterval(timer);
        setMode({ kind: 'signed-out', message: 'server.sessionEnded' });
      }
    });
  }, 5000);
}

async function startQueueing(): Promise<void> {
  const { queueSavesForServer } = await import('../../store/sync/outbox');
  queueSavesForServer(true);
}

/** Starts syncing for `session`; returns a message key when this browser must not (another person's changes wait). */
async function startSync(session: SessionInfo): Promise<string | null> {
  const [{ openRiskcaseDb }, { SyncEngine }, { SyncApi }, { forgetOtherPerson }] = await Promise.all([
    import('../../store/db'),
    import('../../store/sync/engine'),
    import('../../store/sync/server-api'),
    import('../../store/sync/person-switch'),
  ]);
  const db = await openRiskcaseDb();
  const last = lastSession();
  if (last && last.person.id !== session.person.id) {
    const ok = await forgetOtherPerson(db);
    if (!ok) return 'server.otherPersonPending';
  }
  localStorage.setItem(LAST_SESSION, JSON.stringify({ ...session, csrfToken: '' }));
  await startQueueing();
  engine = new SyncEngine(db, new SyncApi(session.csrfToken), (s) => {
    setSyncStatus({ ...s });
    if (s.phase === 'signed-out') void endLocally('server.sessionEnded');
  });
  const { setSyncWriterListener } = await import('../../store/sync/outbox');
  // A local save goes up right away (after its transaction: the push reads the outbox anew).
  setSyncWriterListener(() => {
    clearTimeout(soon);
    soon = setTimeout(() => void engine?.sync(), 30);
  });
  await engine.sync();
  live?.close();
  live = new EventSource('api/events');
  live.addEventListener('change', () => void engine?.sync());
  // After a lost connection the stream reopens by itself: catch up on what was missed.
  live.addEventListener('hello', () => void engine?.sync());
  clearInterval(timer);
  timer = setInterval(() => {
    const s = engine?.current();
    if (s && (s.pending > 0 || s.phase === 'offline')) void engine?.sync();
  }, 5000);
  window.addEventListener('online', () => void engine?.sync());
  return null;
}

export async function signIn(email: string, password: string): Promise<{ field?: string; status?: number; message: string } | null> {
  try {
    const session = await apiSignIn(email, password);
    const problem = await startSync(session);
    if (problem) {
      await apiSignOut(session.csrfToken).catch(() => undefined);
      return { message: problem };
    }
    setMode({ kind: 'signed-in', session, offline: false });
    return null;
  } catch (e) {
    if (e instanceof ServerError) return { field: e.field, status: e.status, message: e.message };
    return { message: 'server.unreachable' };
  }
}

async function endLocally(message?: string): Promise<void> {
  live?.close();
  live = null;
  clearInterval(timer);
  engine = null;
  setSyncStatus(null);
  const { queueSavesForServer } = await import('../../store/sync/outbox');
  queueSavesForServer(false);
  setMode({ kind: 'signed-out', message });
}

export async function signOut(): Promise<void> {
  const s = signedInSession();
  if (s) await apiSignOut(s.csrfToken).catch(() => undefined);
  await endLocally();
}
