// The authority's server under load, on a real PostgreSQL (a cluster started here, as the tests
// do) with PGlite (the embedded default) measured beside it for information. Prints:
//  - pushes per second with 200 simulated officers (server, database and load generator together
//    on this machine; target ≥ 500/s, p99 ≤ 200 ms);
//  - a change by one person on another's event stream (p95; target ≤ 1 s on loopback);
//  - a fresh client pulling all of 10,000 cases (target ≤ 5 s) and 100,000 (how it grows).
// The load generator is plain fetch (undici, keep-alive) with 200 concurrent loops: autocannon's
// fixed request bodies cannot send a new record id per request.
import '../src/polyfills';
import { buildServer } from '../src/server/app';
import { createSession } from '../src/server/auth/sessions';
import { migrate } from '../src/server/db/migrate';
import { openPglite } from '../src/server/db/pglite';
import { openPostgres } from '../src/server/db/postgres';
import type { Database } from '../src/server/db/sql';
import { DEMO_PASSWORD, seedDemo } from '../src/server/demo-seed';
import { hashPassword } from '../src/server/auth/passwords';
import { caseBody } from '../test/server/bodies';
import { startCluster } from '../test/server/postgres-cluster';

const OFFICERS = 200;
const PUSH_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

interface Person {
  cookie: string;
  csrf: string;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function officers(db: Database, n: number): Promise<Person[]> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const ids = await db.system(async (sql) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await sql.query<{ id: string }>("INSERT INTO people (authority_id, email, name, roles, password_hash) VALUES ('no-dsb', $1, $2, '{case-officer}', $3) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id", [`officer-${i}@no.riskcase.test`, `Officer ${i}`, hash]);
      out.push(r.rows[0].id);
    }
    return out;
  });
  const people: Person[] = [];
  for (const id of ids) {
    const s = await createSession(db, id, { idleMs: 3600_000, absoluteMs: 3600_000 });
    people.push({ cookie: `rc_session=${s.token}`, csrf: s.csrfToken });
  }
  return people;
}

async function pushLoad(url: string, people: Person[], concurrency: number): Promise<{ perSecond: number; p50: number; p99: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + PUSH_SECONDS * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, i) => {
      const p = people[i % people.length];
      while (Date.now() < end) {
        const id = `c-bench-${i}-${n++}`;
        const t0 = performance.now();
        const r = await fetch(`${url}/api/sync/push`, {
          method: 'POST',
          headers: { cookie: p.cookie, 'x-csrf-token': p.csrf, 'content-type': 'application/json' },
          body: JSON.stringify({ changes: [{ kind: 'case', id, baseRev: 0, body: caseBody(id) }] }),
        });
        await r.arrayBuffer();
        if (r.status !== 200) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { perSecond: latencies.length / PUSH_SECONDS, p50: pct(latencies, 50), p99: pct(latencies, 99), errors };
}

async function liveLatency(url: string, writer: Person, reader: Person, rounds = 40): Promise<{ p50: number; p95: number }> {
  const res = await fetch(`${url}/api/events`, { headers: { cookie: reader.cookie } });
  const stream = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const waiters = new Map<string, () => void>();
  void (async () => {
    for (;;) {
      const { value, done } = await stream.read();
      if (done) return;
      buffer += decoder.decode(value);
      for (const [id, resolve] of waiters) if (buffer.includes(`"id":"${id}"`)) { waiters.delete(id); resolve(); }
      if (buffer.length > 100_000) buffer = buffer.slice(-10_000);
    }
  })();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const id = `c-live-${Date.now()}-${i}`;
    const arrived = new Promise<void>((r) => waiters.set(id, r));
    const t0 = performance.now();
    await fetch(`${url}/api/sync/push`, { method: 'POST', headers: { cookie: writer.cookie, 'x-csrf-token': writer.csrf, 'content-type': 'application/json' }, body: JSON.stringify({ changes: [{ kind: 'case', id, baseRev: 0, body: caseBody(id) }] }) }).then((r) => r.arrayBuffer());
    await arrived;
    times.push(performance.now() - t0);
  }
  await stream.cancel();
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

/** Adds cases straight in SQL (as a year of an authority's work would have left them). */
async function fill(db: Database, authorityId: string, count: number): Promise<void> {
  const body = JSON.stringify(caseBody('TEMPLATE'));
  await db.act({ authorityId, personId: '00000000-0000-4000-8000-000000000000' }, async (sql) => {
    const start = Number((await sql.query<{ seq: string }>(`INSERT INTO change_clock (authority_id, seq) VALUES ($1, 0) ON CONFLICT (authority_id) DO UPDATE SET seq = change_clock.seq RETURNING seq`, [authorityId])).rows[0].seq);
    await sql.query(
      `INSERT INTO records (authority_id, kind, id, rev, seq, body)
       SELECT $1, 'case', 'c-fill-' || g, 1, $2 + g, replace($3, 'TEMPLATE', 'c-fill-' || g)::jsonb FROM generate_series(1, $4) g`,
      [authorityId, start, body, count],
    );
    await sql.query('UPDATE change_clock SET seq = $2 WHERE authority_id = $1', [authorityId, start + count]);
  });
  // What autovacuum does after a bulk load; without it the planner scans instead of using the index.
  await db.system((sql) => sql.query('ANALYZE records'));
}

async function freshPull(url: string, p: Person): Promise<{ ms: number; records: number }> {
  const t0 = performance.now();
  let since = 0;
  let records = 0;
  for (;;) {
    const r = (await (await fetch(`${url}/api/sync/pull?since=${since}`, { headers: { cookie: p.cookie } })).json()) as { changes: unknown[]; checkpoint: number; more: boolean };
    records += r.changes.length;
    since = r.checkpoint;
    if (!r.more) break;
  }
  return { ms: performance.now() - t0, records };
}

async function measure(name: string, db: Database): Promise<void> {
  await migrate(db);
  await seedDemo(db, { records: false });
  await db.system((sql) => sql.query("INSERT INTO authorities (id, name, kind, country) VALUES ('bench-10k', 'Bench 10k', 'member-state', 'FI'), ('bench-100k', 'Bench 100k', 'member-state', 'IS') ON CONFLICT DO NOTHING"));
  const { app } = await buildServer({ db });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const people = await officers(db, OFFICERS);
  const concurrency = db.engine === 'pglite' ? 20 : OFFICERS;
  const load = await pushLoad(url, people, concurrency);
  console.log(`${name}: pushes with ${concurrency} concurrent officers: ${load.perSecond.toFixed(0)}/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms, ${load.errors} errors`);
  const live = await liveLatency(url, people[0], people[1]);
  console.log(`${name}: a change on another's event stream: p50 ${live.p50.toFixed(1)} ms, p95 ${live.p95.toFixed(1)} ms`);
  for (const [authority, count, email] of [['bench-10k', 10_000, 'pull10k'], ['bench-100k', 100_000, 'pull100k']] as const) {
    await fill(db, authority, count);
    const id = await db.system(async (sql) => (await sql.query<{ id: string }>("INSERT INTO people (authority_id, email, name, roles, password_hash) VALUES ($1, $2, 'Reader', '{case-officer}', 'x') RETURNING id", [authority, `${email}@bench.riskcase.test`])).rows[0].id);
    const s = await createSession(db, id, { idleMs: 3600_000, absoluteMs: 3600_000 });
    const pulled = await freshPull(url, { cookie: `rc_session=${s.token}`, csrf: s.csrfToken });
    console.log(`${name}: a fresh client pulls ${pulled.records} cases in ${(pulled.ms / 1000).toFixed(2)} s (${((pulled.ms / pulled.records) * 1000).toFixed(0)} µs per case)`);
  }
  await app.close();
}

const cluster = await startCluster();
try {
  const pg = openPostgres(cluster.url, 20);
  await measure('PostgreSQL 15', pg);
  await pg.close();
} finally {
  cluster.stop();
}
const lite = await openPglite();
await measure('PGlite (embedded default, for information)', lite);
await lite.close();
