// The embedded default: real PostgreSQL compiled to WebAssembly, in this process. It serves one
// connection, so this process is the only server on its data folder; PGlite queues queries and
// transactions itself, and its own LISTEN delivers live updates in-process.
import { PGlite } from '@electric-sql/pglite';
import { checkChannel, enterAct, type ActContext, type Database, type Sql } from './sql';

export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  const wrap = (tx: { query: PGlite['query']; exec: PGlite['exec'] }): Sql => ({
    query: async (text, params) => {
      const r = await tx.query(text, params ? [...params] : undefined);
      return { rows: r.rows as never };
    },
    exec: async (text) => {
      await tx.exec(text);
    },
  });
  return {
    engine: 'pglite',
    act: <T>(ctx: ActContext, fn: (sql: Sql) => Promise<T>) =>
      pg.transaction(async (tx) => {
        const sql = wrap(tx);
        await enterAct(sql, ctx);
        return fn(sql);
      }) as Promise<T>,
    system: <T>(fn: (sql: Sql) => Promise<T>) => pg.transaction((tx) => fn(wrap(tx))) as Promise<T>,
    listen: async (channel, onMessage) => {
      const unsubscribe = await pg.listen(checkChannel(channel), onMessage);
      return () => unsubscribe();
    },
    close: () => pg.close(),
  };
}
