// A PostgreSQL server (DATABASE_URL): a connection pool for acts, and one dedicated connection per
// LISTEN so that several server processes on one database hear each other's changes.
import pg from 'pg';
import { checkChannel, enterAct, type ActContext, type Database, type Sql } from './sql';

export function openPostgres(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const listeners: pg.Client[] = [];

  async function inTransaction<T>(fn: (sql: Sql) => Promise<T>, ctx?: ActContext): Promise<T> {
    const client = await pool.connect();
    const sql: Sql = {
      query: async (text, params) => ({ rows: (await client.query(text, params ? [...params] : undefined)).rows }),
      // Without parameters pg sends a simple query, which may hold several statements.
      exec: async (text) => {
        await client.query(text);
      },
    };
    try {
      await client.query('BEGIN');
      if (ctx) await enterAct(sql, ctx);
      const out = await fn(sql);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  return {
    engine: 'postgres',
    act: (ctx, fn) => inTransaction(fn, ctx),
    system: (fn) => inTransaction(fn),
    listen: async (channel, onMessage) => {
      const client = new pg.Client({ connectionString });
      client.on('error', () => undefined);
      await client.connect();
      client.on('notification', (m) => {
        if (m.channel === channel && m.payload !== undefined) onMessage(m.payload);
      });
      await client.query(`LISTEN ${checkChannel(channel)}`);
      listeners.push(client);
      return async () => {
        const i = listeners.indexOf(client);
        if (i >= 0) listeners.splice(i, 1);
        await client.end().catch(() => undefined);
      };
    },
    close: async () => {
      await Promise.all(listeners.splice(0).map((c) => c.end().catch(() => undefined)));
      await pool.end();
    },
  };
}
