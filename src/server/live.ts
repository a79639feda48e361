// Live updates: each server process listens once on the changes channel (NOTIFY on PostgreSQL
// reaches every process on the database; PGlite's in-process listen serves the embedded default)
// and forwards each notice to the Server-Sent-Events streams of that authority's signed-in people
// who may read the record's kind. The browser then pulls; the notice itself carries no content.
import type { ServerResponse } from 'node:http';
import { may, readAction, type AccountRole } from '../domain/access/permissions';
import type { Database } from './db/sql';
import { CHANGES_CHANNEL, type ChangeNotice } from './sync';

interface Client {
  authorityId: string;
  roles: readonly AccountRole[];
  sessionDigest: string;
  res: ServerResponse;
}

export class LiveHub {
  private clients = new Set<Client>();
  private stop?: () => Promise<void>;
  private heartbeat?: ReturnType<typeof setInterval>;

  async start(db: Database): Promise<void> {
    this.stop = await db.listen(CHANGES_CHANNEL, (payload) => this.deliver(payload));
    // Proxies close quiet connections; a comment line every 25 s keeps the stream open.
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) c.res.write(': keep-alive\n\n');
    }, 25_000);
    this.heartbeat.unref();
  }

  add(client: Client): () => void {
    this.clients.add(client);
    return () => this.clients.delete(client);
  }

  /** A signed-out session's streams end at once. */
  endSession(sessionDigest: string): void {
    for (const c of this.clients) if (c.sessionDigest === sessionDigest) c.res.end();
  }

  get size(): number {
    return this.clients.size;
  }

  private deliver(payload: string): void {
    let notice: ChangeNotice;
    try {
      notice = JSON.parse(payload) as ChangeNotice;
    } catch {
      return;
    }
    const data = JSON.stringify({ kind: notice.kind, id: notice.id, rev: notice.rev, seq: notice.seq });
    for (const c of this.clients) {
      if (c.authorityId === notice.authorityId && may(c.roles, readAction(notice.kind))) c.res.write(`event: change\ndata: ${data}\n\n`);
    }
  }

  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const c of this.clients) c.res.end();
    this.clients.clear();
    await this.stop?.();
  }
}
