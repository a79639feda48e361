// A server on real HTTP over loopback, with its own database: PGlite in memory by default, or a
// given Database (the PostgreSQL integration tests). People sign in through the API itself.
import { buildServer, CSRF_HEADER, SESSION_COOKIE, type ServerOptions } from '../../src/server/app';
import { migrate } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import type { Database } from '../../src/server/db/sql';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo-seed';

export interface TestServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

export async function startTestServer(options: { db?: Database; records?: boolean } & Partial<ServerOptions> = {}): Promise<TestServer> {
  const db = options.db ?? (await openPglite());
  await migrate(db);
  await seedDemo(db, { records: options.records ?? true });
  const { app } = await buildServer({ demo: true, ...options, db });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    db,
    close: async () => {
      await app.close();
      if (!options.db) await db.close();
    },
  };
}

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

/** One browser's view of the server: its session cookie and CSRF token. */
export class Client {
  cookie = '';
  csrf = '';
  person: any = null;

  constructor(readonly base: string) {}

  async request(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...extra };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && !(CSRF_HEADER in extra)) headers[CSRF_HEADER] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const set = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (set) this.cookie = set.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (static files)
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<Reply> {
    const r = await this.request('POST', '/api/session', { email, password });
    if (r.status === 200) {
      this.csrf = r.body.csrfToken;
      this.person = r.body.person;
    }
    return r;
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown) => this.request('POST', path, body);
}

export async function signedIn(base: string, email: string, password = DEMO_PASSWORD): Promise<Client> {
  const c = new Client(base);
  const r = await c.signIn(email, password);
  if (r.status !== 200) throw new Error(`sign-in as ${email}: ${r.status} ${JSON.stringify(r.body)}`);
  return c;
}

export const demoEmail = (role: string, cc = 'no') => `${role}@${cc}.riskcase.test`;
