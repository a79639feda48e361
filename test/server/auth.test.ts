// Sign-in, sessions and CSRF through real HTTP on PGlite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseBody } from './bodies';
import { Client, demoEmail, signedIn, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ records: false, sessionPolicy: { idleMs: 60 * 60_000, absoluteMs: 24 * 3600_000 } });
});
afterAll(() => server.close());

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and says who is signed in', async () => {
    const c = new Client(server.url);
    const r = await c.signIn(demoEmail('assessor'));
    expect(r.status).toBe(200);
    const cookie = r.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/rc_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(r.body.person).toMatchObject({ authorityId: 'no-dsb', roles: ['assessor'], name: 'Ingrid Assessor' });
    expect(r.body).not.toHaveProperty('person.passwordHash');
    expect((await c.get('/api/session')).body.person.email).toBe(demoEmail('assessor'));
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrong = await new Client(server.url).signIn(demoEmail('trainer'), 'not-the-password');
    const unknown = await new Client(server.url).signIn('nobody@no.riskcase.test', 'not-the-password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error).toBe(unknown.body.error);
  });

  it('names the missing field', async () => {
    const r = await new Client(server.url).request('POST', '/api/session', { email: 'x@y.zz' });
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('password');
  });

  it('never promotes a session id the browser already had (no fixation)', async () => {
    const planted = await signedIn(server.url, demoEmail('trainee'));
    const victim = new Client(server.url);
    victim.cookie = planted.cookie; // an attacker's session cookie, planted in the victim's browser
    await victim.signIn(demoEmail('policy-officer'));
    expect(victim.cookie).not.toBe(planted.cookie);
    // The planted session no longer exists, and it never became the policy officer's.
    expect((await planted.get('/api/session')).status).toBe(401);
    expect((await victim.get('/api/session')).body.person.roles).toEqual(['policy-officer']);
  });

  it('after 10 wrong passwords for an e-mail, refuses even the right one for a while (429)', async () => {
    const email = demoEmail('contact-point');
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await new Client(server.url).signIn(email, `guess-${i}-xxxxxxxx`)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    const right = await new Client(server.url).signIn(email);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 60_000);
});

describe('CSRF', () => {
  it('refuses a state-changing request without the session’s token, and writes nothing', async () => {
    const c = await signedIn(server.url, demoEmail('case-officer'));
    const change = { changes: [{ kind: 'case', id: 'c-csrf', baseRev: 0, body: caseBody('c-csrf') }] };
    const none = await c.request('POST', '/api/sync/push', change, { 'x-csrf-token': '' });
    const wrong = await c.request('POST', '/api/sync/push', change, { 'x-csrf-token': 'A'.repeat(43) });
    expect([none.status, wrong.status]).toEqual([403, 403]);
    expect(none.body.field).toBe('x-csrf-token');
    expect((await c.get('/api/records/case/c-csrf')).status).toBe(404);
    expect((await c.post('/api/sync/push', change)).status).toBe(200);
  });

  it('a cross-site form post (not JSON) is refused', async () => {
    const c = await signedIn(server.url, demoEmail('case-officer'));
    const res = await fetch(`${server.url}/api/sync/push`, { method: 'POST', headers: { cookie: c.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'changes=1' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('sessions end', () => {
  it('at sign-out, and everywhere at once', async () => {
    const a = await signedIn(server.url, demoEmail('assessor'));
    const b = await signedIn(server.url, demoEmail('assessor'));
    expect((await a.request('DELETE', '/api/session')).status).toBe(200);
    expect((await a.get('/api/session')).status).toBe(401);
    expect((await b.get('/api/session')).status).toBe(200);
    const c = await signedIn(server.url, demoEmail('assessor'));
    expect((await c.post('/api/session/everywhere', {})).body.ended).toBeGreaterThanOrEqual(2);
    expect((await b.get('/api/session')).status).toBe(401);
    expect((await c.get('/api/session')).status).toBe(401);
  });

  it('when idle longer than the policy allows', async () => {
    const short = await startTestServer({ records: false, sessionPolicy: { idleMs: 300, absoluteMs: 3600_000 } });
    try {
      const c = await signedIn(short.url, demoEmail('assessor'));
      expect((await c.get('/api/session')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 400));
      const r = await c.get('/api/sync/pull?since=0');
      expect(r.status).toBe(401);
      expect(r.body.error).toMatch(/sign in again/);
    } finally {
      await short.close();
    }
  });
});
