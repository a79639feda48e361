// The authority's server as the browser reaches it: same origin, the session in an HttpOnly
// cookie, the CSRF token in a header on every change. Without a server (the app opened from a
// static host, or `npm run start:local`) the app works alone, as before.

export interface SessionPerson {
  id: string;
  authorityId: string;
  authorityName: string;
  authorityKind: 'member-state' | 'commission';
  country: string | null;
  email: string;
  name: string;
  roles: string[];
}

export interface SessionInfo {
  person: SessionPerson;
  csrfToken: string;
  permissions: string[];
}

export type ServerProbe = { kind: 'local' } | { kind: 'unreachable' } | { kind: 'signed-out' } | { kind: 'signed-in'; session: SessionInfo };

export interface ServerChange {
  kind: 'assessment' | 'case' | 'rule-set' | 'training-session';
  id: string;
  rev: number;
  seq: number;
  deleted: boolean;
  body: Record<string, unknown> | null;
  updatedByName: string | null;
  updatedAt: string;
}

export type PushResult =
  | { kind: ServerChange['kind']; id: string; status: 'applied'; rev: number; seq: number }
  | { kind: ServerChange['kind']; id: string; status: 'conflict'; server: ServerChange | null };

export class ServerError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly problems?: { field: string; message: string }[],
  ) {
    super(message);
  }
}

const isJson = (r: Response) => (r.headers.get('content-type') ?? '').includes('application/json');
const KNOWN_SERVER = 'riskcase.server';
// Served by a static host (no server answered): remembered for this tab, so that a reload with
// the network off asks nothing (the app then starts from the service worker alone). Per tab, so
// that a server started later on the same address is found by the next tab.
const NO_SERVER = 'riskcase.noServer';

/** Is there a server, and who is signed in? A server once seen but now unreachable is "unreachable" (work goes on offline). */
export async function probeServer(): Promise<ServerProbe> {
  if (sessionStorage.getItem(NO_SERVER) && !localStorage.getItem(KNOWN_SERVER)) return { kind: 'local' };
  let health: Response;
  try {
    health = await fetch('api/health', { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return localStorage.getItem(KNOWN_SERVER) ? { kind: 'unreachable' } : { kind: 'local' };
  }
  if (!health.ok || !isJson(health)) {
    if (localStorage.getItem(KNOWN_SERVER) && health.status >= 500) return { kind: 'unreachable' };
    sessionStorage.setItem(NO_SERVER, '1');
    return { kind: 'local' };
  }
  localStorage.setItem(KNOWN_SERVER, '1');
  const r = await fetch('api/session', { credentials: 'same-origin', cache: 'no-store' });
  if (r.status === 401) return { kind: 'signed-out' };
  if (!r.ok) return { kind: 'unreachable' };
  return { kind: 'signed-in', session: (await r.json()) as SessionInfo };
}

async function call<T>(method: string, path: string, csrf: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (csrf) headers['x-csrf-token'] = csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(path, { method, headers, credentials: 'same-origin', cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body) });
  const data = isJson(r) ? ((await r.json()) as Record<string, unknown>) : {};
  if (!r.ok) throw new ServerError(r.status, typeof data.error === 'string' ? data.error : `the server answered ${r.status}`, data.field as string | undefined, data.problems as never);
  return data as T;
}

export const signIn = (email: string, password: string) => call<SessionInfo>('POST', 'api/session', null, { email, password });
export const signOut = (csrf: string) => call<unknown>('DELETE', 'api/session', csrf);

export class SyncApi {
  constructor(private readonly csrf: string) {}

  pull(since: number): Promise<{ changes: ServerChange[]; checkpoint: number; more: boolean }> {
    return call('GET', `api/sync/pull?since=${since}`, null);
  }

  push(changes: { kind: string; id: string; baseRev: number; body: Record<string, unknown> | null }[]): Promise<{ results: PushResult[] }> {
    return call('POST', 'api/sync/push', this.csrf, { changes });
  }

  people(): Promise<{ people: { id: string; email: string; name: string; roles: string[]; active: boolean; erased: boolean }[] }> {
    return call('GET', 'api/people', null);
  }

  addPerson(p: { email: string; name: string; roles: string[]; password: string }): Promise<{ id: string }> {
    return call('POST', 'api/people', this.csrf, p);
  }
}
