// The authority's HTTP server, on Fastify (route-level body limits, hooks for the session and CSRF
// checks in one place, cookies and static files from its own maintained plugins; faster than
// Express on the same machine). Routes parse input, check the permission table and call the domain
// and sync code; none of them decides a rule itself.
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { allowedActions, may, RECORD_KINDS, readAction, isRecordKind, writeAction, type Action } from '../domain/access/permissions';
import { CSP_HEADER } from '../pwa/csp';
import { listAudit } from './audit';
import { verifyPassword } from './auth/passwords';
import { createSession, DEFAULT_SESSION_POLICY, endAllSessions, endSession, readSession, type SessionPolicy, type SignedIn } from './auth/sessions';
import { DEFAULT_THROTTLE, recordAttempt, throttledFor, type ThrottlePolicy } from './auth/throttle';
import { sameToken } from './auth/tokens';
import type { Database } from './db/sql';
import { badRequest, forbidden, HttpError, unauthorized } from './http-errors';
import { LiveHub } from './live';
import { erasePerson, insertPerson, listPeople, parseNewPerson } from './people';
import { applyChange, getRecord, parsePushChanges, pull, type PushResult } from './sync';
import { writeAudit } from './audit';

export const SESSION_COOKIE = 'rc_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface ServerOptions {
  db: Database;
  sessionPolicy?: SessionPolicy;
  throttle?: ThrottlePolicy;
  /** The built app to serve on the same origin (cookies are SameSite=Strict). */
  staticDir?: string;
  /** Secure cookies (behind HTTPS). */
  secureCookies?: boolean;
  /** Trust X-Forwarded-For from a reverse proxy in front. */
  trustProxy?: boolean;
  /** The demo people exist: the sign-in page may list them. */
  demo?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildServer(options: ServerOptions): Promise<{ app: FastifyInstance; live: LiveHub }> {
  const { db } = options;
  const sessionPolicy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const throttle = options.throttle ?? DEFAULT_THROTTLE;
  const app = Fastify({ logger: false, bodyLimit: 16 * 1024 * 1024, trustProxy: options.trustProxy ?? false });
  const live = new LiveHub();
  await live.start(db);
  app.addHook('onClose', async () => live.close());

  // Our own JSON reading: JSON.parse keeps a "__proto__" key as plain data (it never sets a
  // prototype), so the request parsers can refuse it naming the field, as the app's imports do.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, text, done) => {
    if (text === '') return done(null, null);
    try {
      done(null, JSON.parse(text as string));
    } catch (e) {
      done(new HttpError(400, `body: not valid JSON (${(e as Error).message.slice(0, 80)})`, 'body'), undefined);
    }
  });
  await app.register(fastifyCookie);
  app.decorateRequest('signedIn', null);

  app.addHook('onSend', async (_req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Content-Security-Policy', CSP_HEADER);
    if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
  });

  // Who is asking, and — for anything that changes state — the CSRF token of their session. The
  // session cookie is SameSite=Strict as well; the token covers older browsers and same-site pages.
  app.addHook('preHandler', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    req.signedIn = token ? await readSession(db, token, sessionPolicy) : null;
    if (SAFE_METHODS.has(req.method) || (req.method === 'POST' && req.routeOptions.url === '/api/session')) return;
    if (!req.signedIn) throw unauthorized();
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, req.signedIn.csrfToken)) throw new HttpError(403, `the ${CSRF_HEADER} header is missing or does not match the session: reload the page`, CSRF_HEADER);
  });

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof HttpError) {
      return reply.status(err.status).send({ error: err.message, ...(err.field ? { field: err.field } : {}), ...(err.problems ? { problems: err.problems } : {}) });
    }
    const e = err as { statusCode?: number; code?: string; message: string };
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      const field = e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'content-type' : 'body';
      return reply.status(e.statusCode).send({ error: `${field}: ${e.message}`, field });
    }
    // Nothing about the inside goes out; the act's transaction has rolled back.
    return reply.status(500).send({ error: 'the server could not do this; nothing was changed' });
  });

  const need = (req: FastifyRequest): SignedIn => {
    if (!req.signedIn) throw unauthorized();
    return req.signedIn;
  };
  const needAction = (req: FastifyRequest, action: Action): SignedIn => {
    const s = need(req);
    if (!may(s.person.roles, action)) throw forbidden(action);
    return s;
  };
  const ctxOf = (s: SignedIn) => ({ authorityId: s.person.authorityId, personId: s.person.id });
  const sessionBody = (s: SignedIn) => ({ person: s.person, csrfToken: s.csrfToken, permissions: [...allowedActions(s.person.roles)] });
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure: options.secureCookies ?? false, maxAge: Math.floor(sessionPolicy.absoluteMs / 1000) });

  app.get('/api/health', async () => ({ ok: true, engine: db.engine, demo: options.demo ?? false }));

  // ---- sessions ----
  app.post('/api/session', async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const problems = [];
    if (typeof body.email !== 'string' || body.email.trim() === '' || body.email.length > 254) problems.push({ field: 'email', message: 'required' });
    if (typeof body.password !== 'string' || body.password === '' || body.password.length > 200) problems.push({ field: 'password', message: 'required' });
    if (problems.length > 0) throw badRequest(problems);
    const email = (body.email as string).trim().toLowerCase();
    const wait = await throttledFor(db, email, req.ip, throttle);
    if (wait > 0) {
      reply.header('Retry-After', String(wait));
      throw new HttpError(429, `too many failed sign-ins: try again in ${Math.ceil(wait / 60)} minute(s)`);
    }
    const person = await db.system(async (sql) => (await sql.query<{ id: string; password_hash: string | null; active: boolean; authority_id: string }>('SELECT id, password_hash, active, authority_id FROM people WHERE email = $1', [email])).rows[0]);
    const ok = await verifyPassword(person?.active ? person.password_hash : null, body.password as string);
    await recordAttempt(db, email, req.ip, ok);
    if (!ok || !person) throw new HttpError(401, 'the e-mail or the password is wrong');
    // A session id the browser already had (planted or old) is never reused: always a new one.
    const old = req.cookies[SESSION_COOKIE];
    if (old) {
      const s = await readSession(db, old, sessionPolicy);
      if (s) await endSession(db, s.sessionDigest);
    }
    const { token } = await createSession(db, person.id, sessionPolicy);
    await db.act({ authorityId: person.authority_id, personId: person.id }, (sql) => writeAudit(sql, person.authority_id, person.id, { action: 'session.sign-in', summary: 'signed in' }));
    const signedIn = await readSession(db, token, sessionPolicy);
    setSessionCookie(reply, token);
    return sessionBody(signedIn!);
  });

  app.get('/api/session', async (req) => sessionBody(need(req)));

  app.delete('/api/session', async (req, reply) => {
    const s = need(req);
    await endSession(db, s.sessionDigest);
    live.endSession(s.sessionDigest);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { signedOut: true };
  });

  app.post('/api/session/everywhere', async (req, reply) => {
    const s = need(req);
    const ended = await endAllSessions(db, s.person.id);
    await db.act(ctxOf(s), (sql) => writeAudit(sql, s.person.authorityId, s.person.id, { action: 'session.sign-out-everywhere', summary: `signed out everywhere (${ended} session(s) ended)` }));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ended };
  });

  // ---- the authorities' directory and people ----
  app.get('/api/authorities', async (req) => {
    const s = need(req);
    return db.act(ctxOf(s), async (sql) => ({ authorities: (await sql.query('SELECT id, name, kind, country FROM authorities ORDER BY name')).rows }));
  });

  app.get('/api/people', async (req) => {
    const s = needAction(req, 'people.read');
    return db.act(ctxOf(s), async (sql) => ({ people: await listPeople(sql) }));
  });

  app.post('/api/people', async (req, reply) => {
    const s = needAction(req, 'people.manage');
    const read = parseNewPerson((req.body ?? {}) as Record<string, unknown>, s.person.authorityId);
    if (!read.ok) throw badRequest(read.problems);
    const id = await db.act(ctxOf(s), async (sql) => {
      const created = await insertPerson(sql, read.value);
      if (created) await writeAudit(sql, s.person.authorityId, s.person.id, { action: 'people.create', recordKind: 'person', recordId: created, summary: `person created with roles ${read.value.roles.join(', ')}` });
      return created;
    });
    if (!id) throw new HttpError(409, 'email: a person with this e-mail address exists already', 'email');
    reply.status(201);
    return { id };
  });

  app.post('/api/people/:id/erase', async (req) => {
    const s = needAction(req, 'people.manage');
    const id = (req.params as { id: string }).id;
    if (!/^[0-9a-f-]{36}$/.test(id)) throw badRequest([{ field: 'id', message: 'not a person id' }]);
    // The person must be visible to the administrator's own authority (row-level security decides).
    const visible = await db.act(ctxOf(s), async (sql) => (await sql.query('SELECT id FROM people WHERE id = $1', [id])).rows.length > 0);
    if (!visible) throw new HttpError(404, 'id: no such person in your authority', 'id');
    const erased = await db.system((sql) => erasePerson(sql, s.person.authorityId, id));
    if (erased) await db.act(ctxOf(s), (sql) => writeAudit(sql, s.person.authorityId, s.person.id, { action: 'people.erase', recordKind: 'person', recordId: id, summary: 'personal data erased on request (name, e-mail, password); the acts stay' }));
    return { erased };
  });

  app.get('/api/audit', async (req) => {
    const s = needAction(req, 'audit.read');
    const q = req.query as Record<string, string | undefined>;
    if (q.before !== undefined && !/^\d{1,18}$/.test(q.before)) throw badRequest([{ field: 'before', message: 'an entry number' }]);
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badRequest([{ field: 'limit', message: 'a whole number from 1 to 1000' }]);
    return db.act(ctxOf(s), async (sql) => ({ entries: await listAudit(sql, { before: q.before, limit, recordKind: q.kind, recordId: q.id }) }));
  });

  // ---- sync ----
  app.get('/api/sync/pull', async (req) => {
    const s = need(req);
    const q = req.query as Record<string, string | undefined>;
    const since = q.since === undefined ? 0 : Number(q.since);
    if (!Number.isSafeInteger(since) || since < 0) throw badRequest([{ field: 'since', message: 'a checkpoint (a whole number, 0 for everything)' }]);
    const kinds = RECORD_KINDS.filter((k) => may(s.person.roles, readAction(k)));
    return db.act(ctxOf(s), (sql) => pull(sql, since, kinds));
  });

  app.get('/api/records/:kind/:id', async (req) => {
    const s = need(req);
    const { kind, id } = req.params as { kind: string; id: string };
    if (!isRecordKind(kind)) throw badRequest([{ field: 'kind', message: 'assessment, case, rule-set or training-session' }]);
    if (!may(s.person.roles, readAction(kind))) throw forbidden(readAction(kind));
    const record = await db.act(ctxOf(s), (sql) => getRecord(sql, kind, id));
    if (!record) throw new HttpError(404, 'no such record', 'id');
    return record;
  });

  app.post('/api/sync/push', async (req) => {
    const s = need(req);
    const read = parsePushChanges(req.body);
    if (!read.ok) throw badRequest(read.problems);
    const refusedKinds = [...new Set(read.changes.map((c) => c.kind))].filter((k) => !may(s.person.roles, writeAction(k)));
    if (refusedKinds.length > 0) throw forbidden(refusedKinds.map(writeAction).join(', '));
    const results: PushResult[] = [];
    // One change, one act: a refused or conflicting change leaves the others as they are.
    for (const change of read.changes) results.push((await db.act(ctxOf(s), (sql) => applyChange(sql, ctxOf(s), change))).result);
    return { results };
  });

  app.get('/api/events', async (req, reply) => {
    const s = need(req);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Content-Type-Options': 'nosniff' });
    res.write(`event: hello\ndata: ${JSON.stringify({ person: s.person.id })}\n\n`);
    const remove = live.add({ authorityId: s.person.authorityId, roles: s.person.roles, sessionDigest: s.sessionDigest, res });
    req.raw.on('close', remove);
  });

  app.all('/api/*', async () => {
    throw new HttpError(404, 'no such route');
  });

  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, prefix: '/', index: 'index.html' });
  }

  return { app, live };
}
