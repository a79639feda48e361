// Numbered migrations: an upgrade from every earlier schema version, with data in it, keeps the data.
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, schemaVersion } from '../../src/server/db/migrate';
import { openPglite } from '../../src/server/db/pglite';
import type { Database } from '../../src/server/db/sql';

// Data as each version could hold it, written with that version's columns only.
const FILL: Record<number, (db: Database) => Promise<unknown>> = {
  1: (db) =>
    db.system(async (sql) => {
      await sql.query("INSERT INTO authorities (id, name, kind, country) VALUES ('no-dsb', 'DSB', 'member-state', 'NO')");
      await sql.query("INSERT INTO people (id, authority_id, email, name, roles, password_hash) VALUES ('00000000-0000-4000-8000-000000000001', 'no-dsb', 'a@no.riskcase.test', 'A', '{assessor}', 'x')");
    }),
  2: (db) =>
    db.act({ authorityId: 'no-dsb', personId: '00000000-0000-4000-8000-000000000001' }, async (sql) => {
      await sql.query("INSERT INTO change_clock (authority_id, seq) VALUES ('no-dsb', 1)");
      await sql.query(`INSERT INTO records (authority_id, kind, id, rev, seq, body, updated_by) VALUES ('no-dsb', 'case', 'c-1', 1, 1, '{"file": {"id": "c-1"}}', '00000000-0000-4000-8000-000000000001')`);
    }),
  3: (db) =>
    db.act({ authorityId: 'no-dsb', personId: '00000000-0000-4000-8000-000000000001' }, (sql) =>
      sql.query("INSERT INTO audit (authority_id, person_id, action, summary) VALUES ('no-dsb', '00000000-0000-4000-8000-000000000001', 'case.create', 'Case file created')"),
    ),
};

describe('migrations', () => {
  const all = loadMigrations();

  it('are numbered 1, 2, 3 … and every one has its test data here', () => {
    expect(all.map((m) => m.version)).toEqual(all.map((_, i) => i + 1));
    for (const m of all) expect(FILL[m.version], `test data for migration ${m.version}`).toBeDefined();
  });

  for (const m of all) {
    it(`upgrade from version ${m.version} with data keeps it`, async () => {
      const db = await openPglite();
      try {
        for (let v = 1; v <= m.version; v++) {
          await migrate(db, { upTo: v });
          await FILL[v](db);
        }
        expect(await schemaVersion(db)).toBe(m.version);
        const applied = await migrate(db);
        expect(applied).toEqual(all.filter((x) => x.version > m.version).map((x) => x.version));
        expect(await schemaVersion(db)).toBe(all.length);
        const counts = await db.system(async (sql) => (await sql.query<{ p: string; r: string }>('SELECT (SELECT count(*) FROM people) AS p, (SELECT count(*) FROM records) AS r')).rows[0]);
        expect(Number(counts.p)).toBe(1);
        expect(Number(counts.r)).toBe(m.version >= 2 ? 1 : 0);
        expect(await migrate(db)).toEqual([]);
      } finally {
        await db.close();
      }
    });
  }

  it('a failing migration leaves the database at the version before it', async () => {
    const db = await openPglite();
    try {
      const broken = [...all, { version: all.length + 1, name: 'broken', sql: 'CREATE TABLE x (a int); SELECT no_such_function();' }];
      await expect(migrate(db, { migrations: broken })).rejects.toThrow(/no_such_function/);
      expect(await schemaVersion(db)).toBe(all.length);
      const x = await db.system(async (sql) => (await sql.query<{ t: string | null }>("SELECT to_regclass('x')::text AS t")).rows[0].t);
      expect(x).toBeNull();
    } finally {
      await db.close();
    }
  });
});
