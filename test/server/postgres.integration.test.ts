// Against a real PostgreSQL (Debian's, started by the test): the same migrations, row-level
// security with the careless query, the append-only audit, and two server processes on one
// database — a change through one reaches an event stream on the other (LISTEN/NOTIFY).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, schemaVersion, loadMigrations } from '../../src/server/db/migrate';
import { openPostgres } from '../../src/server/db/postgres';
import type { Database } from '../../src/server/db/sql';
import { caseBody } from './bodies';
import { demoEmail, signedIn, startTestServer, type TestServer } from './harness';
import { binDir, startCluster, type Cluster } from './postgres-cluster';

let cluster: Cluster;
let db: Database;
let server: TestServer;

beforeAll(async () => {
  cluster = await startCluster();
  db = openPostgres(cluster.url);
  server = await startTestServer({ db });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await db?.close();
  cluster?.stop();
});

describe('on PostgreSQL', () => {
  it('runs the same migrations', async () => {
    expect(db.engine).toBe('postgres');
    expect(await schemaVersion(db)).toBe(loadMigrations().length);
    expect(await migrate(db)).toEqual([]);
  });

  it('row-level security: a careless query of Sweden sees and changes none of Norway’s records', async () => {
    const no = await signedIn(server.url, demoEmail('case-officer'));
    const se = await signedIn(server.url, demoEmail('case-officer', 'se'));
    expect((await no.get('/api/sync/pull?since=0')).body.changes.length).toBeGreaterThan(0);
    const ctx = { authorityId: 'se-kov', personId: se.person.id };
    expect((await db.act(ctx, (sql) => sql.query('SELECT * FROM records'))).rows).toEqual([]);
    expect((await db.act(ctx, (sql) => sql.query("UPDATE records SET body = '{}'::jsonb RETURNING id"))).rows).toEqual([]);
    // Records are never deleted as rows (a deletion syncs as a change): the role may not DELETE.
    await expect(db.act(ctx, (sql) => sql.query('DELETE FROM records'))).rejects.toThrow(/permission denied/);
    await expect(db.act(ctx, (sql) => sql.query('SELECT password_hash FROM people'))).rejects.toThrow(/permission denied/);
    expect((await se.get('/api/records/case/demo-case-folding-chair')).status).toBe(404);
  });

  it('the audit trail is append-only, for the owner too', async () => {
    await expect(db.system((sql) => sql.query("UPDATE audit SET summary = 'x'"))).rejects.toThrow(/append-only/);
    await expect(db.system((sql) => sql.query('TRUNCATE audit'))).rejects.toThrow(/append-only/);
  });

  it('a conflicting push is refused with the server’s version', async () => {
    const a = await signedIn(server.url, demoEmail('case-officer'));
    const b = await signedIn(server.url, demoEmail('contact-point'));
    await a.post('/api/sync/push', { changes: [{ kind: 'case', id: 'c-pg-1', baseRev: 0, body: caseBody('c-pg-1') }] });
    await b.post('/api/sync/push', { changes: [{ kind: 'case', id: 'c-pg-1', baseRev: 1, body: caseBody('c-pg-1', 'B') }] });
    const r = await a.post('/api/sync/push', { changes: [{ kind: 'case', id: 'c-pg-1', baseRev: 1, body: caseBody('c-pg-1', 'A') }] });
    expect(r.body.results[0]).toMatchObject({ status: 'conflict', server: { rev: 2, body: { file: { product: { name: 'B' } } } } });
  });
});

describe('backup and restore (docs/server.md)', () => {
  it('pg_dump and pg_restore into a new database keep every record, person and audit entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'riskcase-dump-'));
    const restoredUrl = cluster.url.replace(/\/postgres$/, '/restored');
    try {
      execFileSync(join(binDir(), 'pg_dump'), ['-Fc', '-f', join(dir, 'riskcase.dump'), cluster.url]);
      // CREATE DATABASE cannot run in a transaction: a connection of its own.
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('CREATE DATABASE restored');
      await admin.end();
      execFileSync(join(binDir(), 'pg_restore'), ['--no-owner', '-d', restoredUrl, join(dir, 'riskcase.dump')]);
      const restored = openPostgres(restoredUrl);
      try {
        const count = (d: Database) => d.system(async (sql) => (await sql.query<{ r: string; p: string; a: string }>('SELECT (SELECT count(*) FROM records) AS r, (SELECT count(*) FROM people) AS p, (SELECT count(*) FROM audit) AS a')).rows[0]);
        expect(await count(restored)).toEqual(await count(db));
        expect(await migrate(restored)).toEqual([]);
        // The restored database enforces the same policies.
        const ctx = { authorityId: 'se-kov', personId: '00000000-0000-4000-8000-000000000000' };
        expect((await restored.act(ctx, (sql) => sql.query("SELECT * FROM records WHERE authority_id = 'no-dsb'"))).rows).toEqual([]);
        await expect(restored.system((sql) => sql.query("UPDATE audit SET summary = 'x'"))).rejects.toThrow(/append-only/);
      } finally {
        await restored.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('two server processes on one database', () => {
  const procs: ChildProcess[] = [];
  afterAll(() => procs.forEach((p) => p.kill('SIGTERM')));

  function startProcess(): Promise<string> {
    const p = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'riskcase.mjs'), 'server', 'start', '--port', '0', '--static', '/nonexistent'], {
      env: { ...process.env, DATABASE_URL: cluster.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    procs.push(p);
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server process did not start: ${out}`)), 60_000);
      p.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Riskcase server on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      p.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      p.once('exit', (code) => reject(new Error(`server process ended (${code}): ${out}`)));
    });
  }

  it('a change through one reaches an event stream on the other within a second', async () => {
    const urlA = await startProcess();
    const urlB = await startProcess();
    expect(urlA).not.toBe(urlB);
    const writer = await signedIn(urlA, demoEmail('case-officer'));
    const reader = await signedIn(urlB, demoEmail('contact-point'));
    const controller = new AbortController();
    const res = await fetch(`${urlB}/api/events`, { headers: { cookie: reader.cookie }, signal: controller.signal });
    const stream = res.body!.getReader();
    let seen = '';
    const arrived = (async () => {
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done } = await stream.read();
        if (done) return false;
        seen += decoder.decode(value);
        if (seen.includes('"id":"c-two-processes"')) return true;
      }
    })();
    await new Promise((r) => setTimeout(r, 100));
    await writer.post('/api/sync/push', { changes: [{ kind: 'case', id: 'c-two-processes', baseRev: 0, body: caseBody('c-two-processes') }] });
    expect(await Promise.race([arrived, new Promise<boolean>((r) => setTimeout(() => r(false), 1000))])).toBe(true);
    const pulled = await reader.get('/api/sync/pull?since=0');
    expect(pulled.body.changes.map((c: { id: string }) => c.id)).toContain('c-two-processes');
    controller.abort();
  }, 120_000);
});
