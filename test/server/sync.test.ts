// Sync through the HTTP API on PGlite: pull from a checkpoint, push from a revision, conflicts
// refused with both versions, bad bodies refused naming the field, live updates, audit entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentBody, caseBody } from './bodies';
import { demoEmail, signedIn, startTestServer, type Client, type TestServer } from './harness';

let server: TestServer;
let ola: Client; // case officer
let kari: Client; // contact point

beforeAll(async () => {
  server = await startTestServer();
  ola = await signedIn(server.url, demoEmail('case-officer'));
  kari = await signedIn(server.url, demoEmail('contact-point'));
});
afterAll(() => server.close());

describe('pull', () => {
  it('gives the authority’s demo records in change order, then nothing new after the checkpoint', async () => {
    const first = await ola.get('/api/sync/pull?since=0');
    expect(first.status).toBe(200);
    const ids = first.body.changes.map((c: { id: string }) => c.id);
    expect(ids).toContain('demo-case-socket-protectors');
    expect(ids).toContain('demo-hammer');
    const seqs = first.body.changes.map((c: { seq: number }) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const again = await ola.get(`/api/sync/pull?since=${first.body.checkpoint}`);
    expect(again.body.changes).toEqual([]);
    expect(again.body.checkpoint).toBe(first.body.checkpoint);
  });

  it('refuses a checkpoint that is not a whole number, naming it', async () => {
    const r = await ola.get('/api/sync/pull?since=abc');
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('since');
  });
});

describe('push', () => {
  it('stores a new case at revision 1; the colleague pulls it; a stale push is refused with the server’s version', async () => {
    const { body: before } = await kari.get('/api/sync/pull?since=0');
    const created = await ola.post('/api/sync/push', { changes: [{ kind: 'case', id: 'c-sync-1', baseRev: 0, body: caseBody('c-sync-1') }] });
    expect(created.status).toBe(200);
    expect(created.body.results[0]).toMatchObject({ status: 'applied', rev: 1 });

    const seen = await kari.get(`/api/sync/pull?since=${before.checkpoint}`);
    expect(seen.body.changes.map((c: { id: string }) => c.id)).toEqual(['c-sync-1']);
    expect(seen.body.changes[0].body.file.product.name).toBe('Kettle K-1');
    expect(seen.body.changes[0].updatedByName).toBe('Ola Case-Officer');

    // Kari edits from revision 1 and wins; Ola, still on revision 1, is refused and shown Kari's.
    const kariEdit = await kari.post('/api/sync/push', { changes: [{ kind: 'case', id: 'c-sync-1', baseRev: 1, body: caseBody('c-sync-1', 'Kettle K-1 (blue)') }] });
    expect(kariEdit.body.results[0]).toMatchObject({ status: 'applied', rev: 2 });
    const olaEdit = await ola.post('/api/sync/push', { changes: [{ kind: 'case', id: 'c-sync-1', baseRev: 1, body: caseBody('c-sync-1', 'Kettle K-1 (red)') }] });
    expect(olaEdit.status).toBe(200);
    expect(olaEdit.body.results[0].status).toBe('conflict');
    expect(olaEdit.body.results[0].server.rev).toBe(2);
    expect(olaEdit.body.results[0].server.body.file.product.name).toBe('Kettle K-1 (blue)');
    const stored = await ola.get('/api/records/case/c-sync-1');
    expect(stored.body.body.file.product.name).toBe('Kettle K-1 (blue)');
  });

  it('refuses a bad body with 400 naming the field, and writes nothing of the push', async () => {
    const { body: before } = await ola.get('/api/sync/pull?since=0');
    const bad = caseBody('c-sync-bad');
    (bad.file as any).measures = [{ type: 'recall', adopted: '2026-02-30' }];
    const r = await ola.post('/api/sync/push', {
      changes: [
        { kind: 'assessment', id: 'a-fine', baseRev: 0, body: assessmentBody() },
        { kind: 'case', id: 'c-sync-bad', baseRev: 0, body: bad },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.field).toMatch(/^changes\[1\]\.body\.file\.measures\[0\]/);
    const after = await ola.get(`/api/sync/pull?since=${before.checkpoint}`);
    expect(after.body.changes).toEqual([]);
    expect((await ola.get('/api/records/assessment/a-fine')).status).toBe(404);
  });

  it('names each malformed field of the request itself', async () => {
    const r = await ola.post('/api/sync/push', { changes: [{ kind: 'photo', id: '../x', baseRev: -1, body: 3, extra: 1 }] });
    expect(r.status).toBe(400);
    const fields = r.body.problems.map((p: { field: string }) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['changes[0].kind', 'changes[0].id', 'changes[0].baseRev', 'changes[0].body', 'changes[0].extra']));
  });

  it('a request with a prototype key is refused, naming the field', async () => {
    const text = `{"changes":[{"kind":"assessment","id":"a-proto","baseRev":0,"body":{"doc":${JSON.stringify(assessmentBody().doc)},"wizard":{"__proto__":{"x":1}}}}]}`;
    const res = await fetch(`${server.url}/api/sync/push`, { method: 'POST', headers: { cookie: ola.cookie, 'x-csrf-token': ola.csrf, 'content-type': 'application/json' }, body: text });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { field: string }).field).toBe('changes[0].body.wizard.__proto__');
    expect((await ola.get('/api/records/assessment/a-proto')).status).toBe(404);
  });

  it('deletes as a change that syncs, and writes an audit entry in words for every act', async () => {
    await ola.post('/api/sync/push', { changes: [{ kind: 'assessment', id: 'a-gone', baseRev: 0, body: assessmentBody('Chisel') }] });
    await ola.post('/api/sync/push', { changes: [{ kind: 'assessment', id: 'a-gone', baseRev: 1, body: assessmentBody('Chisel C2') }] });
    const del = await ola.post('/api/sync/push', { changes: [{ kind: 'assessment', id: 'a-gone', baseRev: 2, body: null }] });
    expect(del.body.results[0]).toMatchObject({ status: 'applied', rev: 3 });
    const rec = await ola.get('/api/records/assessment/a-gone');
    expect(rec.body).toMatchObject({ deleted: true, body: null, rev: 3 });
    const admin = await signedIn(server.url, demoEmail('administrator'));
    const audit = await admin.get('/api/audit?kind=assessment&id=a-gone');
    expect(audit.body.entries.map((e: { summary: string }) => e.summary)).toEqual([
      'Assessment deleted (revision 3)',
      'Assessment changed: doc → product → name (revision 2)',
      'Assessment created (revision 1)',
    ]);
    expect(audit.body.entries[0].personName).toBe('Ola Case-Officer');
  });

  it('stores text that looks like SQL as text', async () => {
    const name = "'); DROP TABLE records; --";
    const r = await ola.post('/api/sync/push', { changes: [{ kind: 'case', id: 'c-sqli', baseRev: 0, body: caseBody('c-sqli', name) }] });
    expect(r.body.results[0].status).toBe('applied');
    expect((await ola.get('/api/records/case/c-sqli')).body.body.file.product.name).toBe(name);
    expect((await ola.get('/api/sync/pull?since=0')).status).toBe(200);
  });
});

describe('live updates', () => {
  it('a change by one person reaches the other’s event stream within a second', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/events`, { headers: { cookie: kari.cookie }, signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const arrived = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return false;
        seen += decoder.decode(value);
        if (seen.includes('"id":"c-live"')) return true;
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    await ola.post('/api/sync/push', { changes: [{ kind: 'case', id: 'c-live', baseRev: 0, body: caseBody('c-live') }] });
    const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), 1000));
    expect(await Promise.race([arrived, timeout])).toBe(true);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(seen).toMatch(/event: change\ndata: \{"kind":"case","id":"c-live","rev":1/);
    controller.abort();
  });
});
