// Starting a server: open the database (PGlite in a data folder, or DATABASE_URL), run the
// migrations, seed the demo data when asked, and listen.
import { buildServer, type ServerOptions } from './app';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import type { Database } from './db/sql';
import { seedDemo } from './demo-seed';

export interface StartOptions {
  host: string;
  port: number;
  staticDir?: string;
  demo: boolean;
  env?: { DATABASE_URL?: string; RISKCASE_DATA?: string };
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions, extra: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const log = options.log ?? (() => undefined);
  const db = await openDatabase(options.env ?? process.env);
  const applied = await migrate(db);
  if (applied.length > 0) log(`database (${db.engine}): migrations ${applied.join(', ')} applied`);
  if (options.demo) {
    const seeded = await seedDemo(db);
    if (seeded.people > 0 || seeded.records > 0) log(`demo data: ${seeded.people} people, ${seeded.records} records`);
  }
  const { app } = await buildServer({ db, staticDir: options.staticDir, demo: options.demo, ...extra });
  const address = await app.listen({ host: options.host, port: options.port });
  log(`Riskcase server on ${address} (${db.engine})`);
  return {
    url: address,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
