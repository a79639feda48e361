// The one interface the server's code sees over both databases: PGlite in-process (the embedded
// default) and a PostgreSQL server through `pg` (DATABASE_URL). Every act of a person runs in one
// transaction as the non-owner role `riskcase_app`, with the person and their authority set for
// row-level security; only start-up, sign-in and seeding run as the owner (`system`).

export interface QueryResult<T> {
  rows: T[];
}

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

/** Who acts: set as `app.authority` and `app.person` for the policies of the transaction. */
export interface ActContext {
  authorityId: string;
  personId: string;
}

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  /** One transaction as `riskcase_app`, scoped by row-level security to `ctx`. */
  act<T>(ctx: ActContext, fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** One transaction as the owner: migrations, sign-in, seeding, maintenance. */
  system<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** Calls `onMessage` for every NOTIFY on `channel` (from any process on PostgreSQL). */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const APP_ROLE = 'riskcase_app';

/** The statements that open an act's transaction (after BEGIN). Values go in as parameters. */
export async function enterAct(sql: Sql, ctx: ActContext): Promise<void> {
  await sql.query(`SET LOCAL ROLE ${APP_ROLE}`);
  await sql.query("SELECT set_config('app.authority', $1, true), set_config('app.person', $2, true)", [ctx.authorityId, ctx.personId]);
}

/** Channel names are identifiers we choose, never user text. */
export function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`bad channel name ${JSON.stringify(channel)}`);
  return channel;
}
