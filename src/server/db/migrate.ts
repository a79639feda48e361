// Numbered SQL migrations (migrations/NNN_name.sql), run at start in order, each in its own
// transaction with its row in schema_migrations. An advisory lock lets several server processes
// start at once on one PostgreSQL: the second waits, then finds the work done.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 7_306_241; // any constant; names this application's migration lock

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const out = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => {
      const m = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(f);
      if (!m) throw new Error(`${join(dir, f)}: a migration is named NNN_words.sql`);
      return { version: Number(m[1]), name: m[2], sql: readFileSync(join(dir, f), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  out.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations: expected number ${i + 1}, found ${m.version} (${m.name}); numbers run 1, 2, 3 … without gaps`);
  });
  return out;
}

/** Runs the migrations above the database's version, up to `upTo` (tests stop early). Returns the versions applied. */
export async function migrate(db: Database, options: { upTo?: number; migrations?: Migration[] } = {}): Promise<number[]> {
  const all = (options.migrations ?? loadMigrations()).filter((m) => options.upTo === undefined || m.version <= options.upTo);
  await db.system(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await sql.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  });
  const applied: number[] = [];
  for (const m of all) {
    const done = await db.system(async (sql) => {
      await sql.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const { rows } = await sql.query<{ version: number }>('SELECT version FROM schema_migrations WHERE version = $1', [m.version]);
      if (rows.length > 0) return true;
      await sql.exec(m.sql);
      await sql.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return false;
    });
    if (!done) applied.push(m.version);
  }
  return applied;
}

/** The schema version: the highest migration applied (0 for an empty database). */
export async function schemaVersion(db: Database): Promise<number> {
  return db.system(async (sql) => {
    const exists = await sql.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
    if (!exists.rows[0]?.t) return 0;
    const { rows } = await sql.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    return Number(rows[0]?.v ?? 0);
  });
}

