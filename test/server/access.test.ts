// Who may do what: each route × each role, allowed or refused (the expectations are written out
// here by hand, not derived from the permission table), another authority's records unreachable
// through every route, and the database itself refusing what a careless query would leak.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/domain/access/permissions';
import { assessmentBody, caseBody } from './bodies';
import { demoEmail, signedIn, startTestServer, type Client, type TestServer } from './harness';

let server: TestServer;
const people: Record<string, Client> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const role of ROLES) people[role] = await signedIn(server.url, demoEmail(role));
});
afterAll(() => server.close());

const ruleSetBody = (id: string) => ({ id, regimeId: 'rapex-2010', version: Number(id.split('@')[1]), status: 'draft', effectiveFrom: null, basedOn: 'rapex-2010@builtin', note: '', files: [{ file: 'rules/rapex-2010/deadlines.rules', text: '// draft' }], createdAt: '2026-11-01T00:00:00Z', publishedAt: null });
const sessionBody = () => ({ doc: { kind: 'riskcase-training-session', version: 1, title: 'Class 1', exercises: ['hammer'], answers: {} }, progress: {} });

// role → [push assessment, push case, push rule set, push training session, list people, create person, read audit]
const EXPECTED: Record<string, [boolean, boolean, boolean, boolean, boolean, boolean, boolean]> = {
  assessor: [true, false, false, false, false, false, false],
  'case-officer': [true, true, false, false, false, false, false],
  'contact-point': [false, true, false, false, false, false, false],
  'policy-officer': [false, false, true, false, false, false, false],
  trainer: [false, false, false, true, false, false, false],
  trainee: [false, false, false, true, false, false, false],
  administrator: [false, false, false, false, true, true, true],
};

describe('each route × each role', () => {
  for (const role of ROLES) {
    it(`${role}`, async () => {
      const c = people[role];
      const n = ROLES.indexOf(role);
      const pushes = [
        { kind: 'assessment', id: `a-role-${n}`, baseRev: 0, body: assessmentBody() },
        { kind: 'case', id: `c-role-${n}`, baseRev: 0, body: caseBody(`c-role-${n}`) },
        { kind: 'rule-set', id: `rapex-2010@${n + 10}`, baseRev: 0, body: ruleSetBody(`rapex-2010@${n + 10}`) },
        { kind: 'training-session', id: `t-role-${n}`, baseRev: 0, body: sessionBody() },
      ];
      const got: boolean[] = [];
      for (const p of pushes) {
        const r = await c.post('/api/sync/push', { changes: [p] });
        expect([200, 403]).toContain(r.status);
        got.push(r.status === 200);
        // A refused push wrote nothing, even for people who may read the kind.
        if (r.status === 403) expect((await people['case-officer'].get(`/api/records/${p.kind}/${p.id}`)).status).not.toBe(200);
      }
      got.push((await c.get('/api/people')).status === 200);
      const created = await c.post('/api/people', { email: `new-${n}@no.riskcase.test`, name: 'New Person', roles: ['assessor'], password: 'a-long-password-1' });
      expect([201, 403]).toContain(created.status);
      got.push(created.status === 201);
      got.push((await c.get('/api/audit')).status === 200);
      expect(got).toEqual(EXPECTED[role]);
    });
  }

  it('a signed-out request is refused on every route', async () => {
    const anon = { headers: { 'content-type': 'application/json' } };
    for (const [method, path] of [
      ['GET', '/api/sync/pull?since=0'],
      ['POST', '/api/sync/push'],
      ['GET', '/api/records/case/demo-case-folding-chair'],
      ['GET', '/api/events'],
      ['GET', '/api/people'],
      ['POST', '/api/people'],
      ['GET', '/api/audit'],
      ['GET', '/api/authorities'],
    ]) {
      const res = await fetch(server.url + path, { method, ...anon, body: method === 'POST' ? '{}' : undefined });
      expect(`${method} ${path} ${res.status}`).toBe(`${method} ${path} 401`);
    }
  });
});

describe('another authority', () => {
  it('never reads or writes Norway’s records through any route', async () => {
    const se = await signedIn(server.url, demoEmail('case-officer', 'se'));
    const pulled = await se.get('/api/sync/pull?since=0');
    expect(pulled.body.changes.filter((c: { id: string }) => c.id.startsWith('demo-'))).toEqual([]);
    expect((await se.get('/api/records/case/demo-case-folding-chair')).status).toBe(404);
    // Writing "over" Norway's record from its revision: Sweden has no such record, so it is a conflict.
    const over = await se.post('/api/sync/push', { changes: [{ kind: 'case', id: 'demo-case-folding-chair', baseRev: 1, body: caseBody('demo-case-folding-chair', 'Hijacked') }] });
    expect(over.body.results[0]).toMatchObject({ status: 'conflict', server: null });
    // A record of the same id made in Sweden is Sweden's own; Norway's is untouched.
    await se.post('/api/sync/push', { changes: [{ kind: 'case', id: 'demo-case-folding-chair', baseRev: 0, body: caseBody('demo-case-folding-chair', 'Swedish chair') }] });
    const no = await people['case-officer'].get('/api/records/case/demo-case-folding-chair');
    expect(no.body.body.file.product.name).not.toBe('Swedish chair');
    expect((await se.get('/api/records/case/demo-case-folding-chair')).body.body.file.product.name).toBe('Swedish chair');
    // The Swedish administrator sees Sweden's people only, and cannot erase a Norwegian.
    const seAdmin = await signedIn(server.url, demoEmail('administrator', 'se'));
    const list = await seAdmin.get('/api/people');
    expect(list.body.people.every((p: { email: string }) => p.email.endsWith('@se.riskcase.test'))).toBe(true);
    expect((await seAdmin.post(`/api/people/${people.assessor.person.id}/erase`, {})).status).toBe(404);
    // A person created by Sweden's administrator belongs to Sweden whatever the request says.
    await seAdmin.post('/api/people', { email: 'smuggled@se.riskcase.test', name: 'S', roles: ['assessor'], password: 'a-long-password-1', authorityId: 'no-dsb' });
    const smuggled = await signedIn(server.url, 'smuggled@se.riskcase.test', 'a-long-password-1');
    expect(smuggled.person.authorityId).toBe('se-kov');
  });

  it('a careless query without any WHERE still returns and changes nothing of Norway’s', async () => {
    const se = await signedIn(server.url, demoEmail('case-officer', 'se'));
    const ctx = { authorityId: 'se-kov', personId: se.person.id };
    const seen = await server.db.act(ctx, async (sql) => (await sql.query<{ authority_id: string }>('SELECT authority_id FROM records')).rows);
    expect(seen.every((r) => r.authority_id === 'se-kov')).toBe(true);
    // Sweden's own records are the only ones it can touch (it has some from the test above).
    const updated = await server.db.act(ctx, async (sql) => (await sql.query<{ authority_id: string }>("UPDATE records SET body = '{}'::jsonb RETURNING authority_id")).rows);
    expect(updated.length).toBeGreaterThan(0);
    expect(updated.every((r) => r.authority_id === 'se-kov')).toBe(true);
    const people = await server.db.act(ctx, async (sql) => (await sql.query<{ authority_id: string }>('SELECT authority_id FROM people')).rows);
    expect(new Set(people.map((p) => p.authority_id))).toEqual(new Set(['se-kov']));
    await expect(server.db.act(ctx, (sql) => sql.query("INSERT INTO records (authority_id, kind, id, rev, seq, body) VALUES ('no-dsb', 'case', 'x', 1, 999, '{}')"))).rejects.toThrow(/row-level security/);
    await expect(server.db.act(ctx, (sql) => sql.query('SELECT password_hash FROM people'))).rejects.toThrow(/permission denied/);
    await expect(server.db.act(ctx, (sql) => sql.query('SELECT * FROM sessions'))).rejects.toThrow(/permission denied/);
    const no = await bodiesOf(server, 'no-dsb');
    expect(no.some((b) => b === '{}')).toBe(false);
  });
});

async function bodiesOf(s: TestServer, authorityId: string): Promise<string[]> {
  return s.db.system(async (sql) => (await sql.query<{ body: unknown }>('SELECT body FROM records WHERE authority_id = $1', [authorityId])).rows.map((r) => JSON.stringify(r.body)));
}

describe('the audit trail', () => {
  it('cannot be changed or removed, not even by the owner', async () => {
    const ctx = { authorityId: 'no-dsb', personId: people.administrator.person.id };
    await expect(server.db.act(ctx, (sql) => sql.query("UPDATE audit SET summary = 'nothing happened'"))).rejects.toThrow();
    await expect(server.db.act(ctx, (sql) => sql.query('DELETE FROM audit'))).rejects.toThrow();
    await expect(server.db.system((sql) => sql.query("UPDATE audit SET summary = 'x'"))).rejects.toThrow(/append-only/);
    await expect(server.db.system((sql) => sql.query('DELETE FROM audit'))).rejects.toThrow(/append-only/);
    await expect(server.db.system((sql) => sql.query('TRUNCATE audit'))).rejects.toThrow(/append-only/);
  });

  it('cannot be written in another person’s name or authority', async () => {
    const ctx = { authorityId: 'no-dsb', personId: people.assessor.person.id };
    const insert = (authority: string, person: string) =>
      server.db.act(ctx, (sql) => sql.query("INSERT INTO audit (authority_id, person_id, action, summary) VALUES ($1, $2, 'case.update', 'forged')", [authority, person]));
    await expect(insert('no-dsb', people.administrator.person.id)).rejects.toThrow(/row-level security/);
    await expect(insert('se-kov', people.assessor.person.id)).rejects.toThrow(/row-level security/);
    await expect(insert('no-dsb', people.assessor.person.id)).resolves.toBeDefined();
  });
});

describe('erasure', () => {
  it('pseudonymises the person, ends their sessions, keeps their acts', async () => {
    const admin = people.administrator;
    const created = await admin.post('/api/people', { email: 'leaving@no.riskcase.test', name: 'Leaving Person', roles: ['assessor'], password: 'a-long-password-1' });
    expect(created.status).toBe(201);
    const leaving = await signedIn(server.url, 'leaving@no.riskcase.test', 'a-long-password-1');
    await leaving.post('/api/sync/push', { changes: [{ kind: 'assessment', id: 'a-leaving', baseRev: 0, body: assessmentBody('Saw') }] });
    expect((await admin.post(`/api/people/${created.body.id}/erase`, {})).body.erased).toBe(true);
    expect((await leaving.get('/api/session')).status).toBe(401);
    expect((await leaving.signIn('leaving@no.riskcase.test', 'a-long-password-1')).status).toBe(401);
    const audit = await admin.get('/api/audit?kind=assessment&id=a-leaving');
    expect(audit.body.entries[0].personId).toBe(created.body.id);
    expect(audit.body.entries[0].personName).toMatch(/^Erased person /);
    const dump = JSON.stringify(await server.db.system(async (sql) => (await sql.query('SELECT * FROM people WHERE id = $1', [created.body.id])).rows));
    expect(dump).not.toContain('Leaving Person');
    expect(dump).not.toContain('leaving@no.riskcase.test');
  });

  it('refuses a new person with bad fields, naming each, and writes nothing', async () => {
    const r = await people.administrator.post('/api/people', { email: 'not-an-email', name: '', roles: ['wizard'], password: 'short' });
    expect(r.status).toBe(400);
    expect(r.body.problems.map((p: { field: string }) => p.field)).toEqual(['email', 'name', 'roles[0]', 'password']);
  });
});
