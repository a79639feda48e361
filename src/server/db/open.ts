// Which database: DATABASE_URL names a PostgreSQL server; without it, PGlite in a data folder.
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './sql';

export async function openDatabase(env: { DATABASE_URL?: string; RISKCASE_DATA?: string } = process.env): Promise<Database> {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL);
  return openPglite(env.RISKCASE_DATA ?? 'data/pglite');
}
