// Sync with the authority's server. IndexedDB stays the working copy: pages read and write it as
// before; the outbox holds what waits to go up. A sync pushes the outbox (each change from the
// server revision it was made from) and then pulls what changed since the checkpoint. A change
// that meets a newer server version is never merged or overwritten: both versions are kept and
// the person chooses (keepMine / takeTheirs). Offline, changes wait; they go when the server
// answers again.
import { publishChange } from '../broadcast';
import type { Db, OutboxEntry, ServerVersion, SyncKind, SyncStateEntry } from '../db';
import { recordOf, STORE_OF_KIND, syncKey } from './kinds';
import { ServerError, type PushResult, type ServerChange, type SyncApi } from './server-api';

export const CHECKPOINT_KEY = 'sync.checkpoint';

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'signed-out';

export interface SyncStatus {
  phase: SyncPhase;
  pending: number;
  conflicts: number;
  refused: number;
  /** ISO time of the last sync that reached the server. */
  lastSynced: string | null;
  message: string | null;
}

export interface Conflict {
  key: string;
  kind: SyncKind;
  id: string;
  mine: Record<string, unknown> | null;
  theirs: ServerVersion;
}

const toServerVersion = (c: ServerChange): ServerVersion => ({ rev: c.rev, body: c.body, deleted: c.deleted, updatedByName: c.updatedByName, updatedAt: c.updatedAt });

export class SyncEngine {
  private running: Promise<void> | null = null;
  private again = false;
  private status: SyncStatus = { phase: 'idle', pending: 0, conflicts: 0, refused: 0, lastSynced: null, message: null };

  constructor(
    private readonly db: Db,
    private readonly api: SyncApi,
    private readonly onStatus: (s: SyncStatus) => void = () => undefined,
  ) {}

  /** Runs a sync now, or once more right after the one under way. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.once();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async once(): Promise<void> {
    this.report({ phase: 'syncing', message: null });
    try {
      await this.push();
      await this.pull();
      await this.report({ phase: 'idle', lastSynced: new Date().toISOString() });
    } catch (e) {
      if (e instanceof ServerError && e.status === 401) await this.report({ phase: 'signed-out', message: e.message });
      else if (e instanceof ServerError) await this.report({ phase: 'idle', message: e.message });
      else await this.report({ phase: 'offline', message: null });
    }
  }

  private async report(patch: Partial<SyncStatus>): Promise<void> {
    const [outbox, states] = await Promise.all([this.db.getAll('outbox'), this.db.getAll('syncState')]);
    this.status = {
      ...this.status,
      ...patch,
      pending: outbox.filter((e) => !e.refused).length,
      refused: outbox.filter((e) => e.refused).length,
      conflicts: states.filter((s) => s.conflict).length,
    };
    this.onStatus(this.status);
  }

  current(): SyncStatus {
    return this.status;
  }

  async push(): Promise<void> {
    const states = new Map((await this.db.getAll('syncState')).map((s) => [s.key, s]));
    const waiting = (await this.db.getAllFromIndex('outbox', 'byQueued')).filter((e) => !e.refused && !states.get(e.key)?.conflict);
    for (let i = 0; i < waiting.length; i += 50) {
      const batch = waiting.slice(i, i + 50);
      try {
        const { results } = await this.api.push(batch.map((e) => ({ kind: e.kind, id: e.id, baseRev: e.baseRev, body: e.body })));
        for (let j = 0; j < batch.length; j++) await this.settle(batch[j], results[j]);
      } catch (e) {
        if (!(e instanceof ServerError) || (e.status !== 400 && e.status !== 403) || batch.length === 1) {
          if (e instanceof ServerError && (e.status === 400 || e.status === 403)) await this.refuse(batch[0], e.message);
          else throw e;
          continue;
        }
        // One bad change refuses the whole push: send them one by one to find which.
        for (const entry of batch) {
          try {
            const { results } = await this.api.push([{ kind: entry.kind, id: entry.id, baseRev: entry.baseRev, body: entry.body }]);
            await this.settle(entry, results[0]);
          } catch (one) {
            if (one instanceof ServerError && (one.status === 400 || one.status === 403)) await this.refuse(entry, one.message);
            else throw one;
          }
        }
      }
    }
  }

  private async settle(sent: OutboxEntry, result: PushResult): Promise<void> {
    const tx = this.db.transaction(['outbox', 'syncState'], 'readwrite');
    const now = await tx.objectStore('outbox').get(sent.key);
    const state: SyncStateEntry = (await tx.objectStore('syncState').get(sent.key)) ?? { key: sent.key, kind: sent.kind, id: sent.id, serverRev: 0 };
    if (result.status === 'applied') {
      state.serverRev = result.rev;
      delete state.conflict;
      // A save made while the push was under way stays queued, now based on the new revision.
      if (now && now.queued === sent.queued) await tx.objectStore('outbox').delete(sent.key);
      else if (now) await tx.objectStore('outbox').put({ ...now, baseRev: result.rev });
    } else {
      state.conflict = result.server ? toServerVersion(result.server) : { rev: 0, body: null, deleted: true, updatedByName: null, updatedAt: '' };
    }
    await tx.objectStore('syncState').put(state);
    await tx.done;
  }

  private async refuse(entry: OutboxEntry, message: string): Promise<void> {
    const tx = this.db.transaction('outbox', 'readwrite');
    const now = await tx.store.get(entry.key);
    if (now && now.queued === entry.queued) await tx.store.put({ ...now, refused: message });
    await tx.done;
  }

  async pull(): Promise<void> {
    for (;;) {
      const since = Number((await this.db.get('meta', CHECKPOINT_KEY)) ?? 0);
      const page = await this.api.pull(since);
      const changed: { store: string; id: string; rev: number }[] = [];
      const stores = [...new Set(page.changes.map((c) => STORE_OF_KIND[c.kind]))];
      const tx = this.db.transaction([...stores, 'outbox', 'syncState', 'meta', 'history'], 'readwrite');
      for (const c of page.changes) {
        const key = syncKey(c.kind, c.id);
        const store = STORE_OF_KIND[c.kind];
        const waiting = await tx.objectStore('outbox').get(key);
        const state: SyncStateEntry = (await tx.objectStore('syncState').get(key)) ?? { key, kind: c.kind, id: c.id, serverRev: 0 };
        if (waiting) {
          // Our own change coming back, or one the server has not moved beyond: nothing to do.
          if (c.rev > waiting.baseRev && !(state.serverRev >= c.rev)) state.conflict = toServerVersion(c);
        } else if (c.rev > state.serverRev) {
          const os = tx.objectStore(store);
          const local = (await os.get(c.id)) as { rev?: number } | undefined;
          const rev = (local?.rev ?? 0) + 1;
          if (c.deleted || c.body === null) await os.delete(c.id);
          else await os.put(recordOf(c.id, c.body, rev, c.updatedAt) as never);
          if (store === 'cases') {
            await tx.objectStore('history').add({ caseId: c.id, at: c.updatedAt, role: 'server', person: c.updatedByName ?? '', summary: c.deleted ? 'deleted (synced from the server)' : 'changed on the server (synced)', fields: [], rev });
          }
          state.serverRev = c.rev;
          delete state.conflict;
          changed.push({ store, id: c.id, rev });
        }
        await tx.objectStore('syncState').put(state);
      }
      await tx.objectStore('meta').put(page.checkpoint, CHECKPOINT_KEY);
      await tx.done;
      for (const ch of changed) publishChange(ch, { alsoThisTab: true });
      if (!page.more) return;
    }
  }

  async conflicts(): Promise<Conflict[]> {
    const states = (await this.db.getAll('syncState')).filter((s) => s.conflict);
    const out: Conflict[] = [];
    for (const s of states) {
      const waiting = await this.db.get('outbox', s.key);
      out.push({ key: s.key, kind: s.kind, id: s.id, mine: waiting?.body ?? null, theirs: s.conflict! });
    }
    return out;
  }

  /** Sends the waiting change over the server's newer version (an explicit choice, recorded in the audit). */
  async keepMine(key: string): Promise<void> {
    const tx = this.db.transaction(['outbox', 'syncState'], 'readwrite');
    const state = await tx.objectStore('syncState').get(key);
    const waiting = await tx.objectStore('outbox').get(key);
    if (state?.conflict && waiting) {
      await tx.objectStore('outbox').put({ ...waiting, baseRev: state.conflict.rev });
      const { conflict: _c, ...rest } = state;
      await tx.objectStore('syncState').put(rest);
    }
    await tx.done;
    await this.sync();
  }

  /** Takes the server's version: the waiting change is dropped, the local record becomes theirs. */
  async takeTheirs(key: string): Promise<void> {
    const state = await this.db.get('syncState', key);
    if (!state?.conflict) return;
    const store = STORE_OF_KIND[state.kind];
    const tx = this.db.transaction([store, 'outbox', 'syncState'], 'readwrite');
    const os = tx.objectStore(store);
    const local = (await os.get(state.id)) as { rev?: number } | undefined;
    const rev = (local?.rev ?? 0) + 1;
    const theirs = state.conflict;
    if (theirs.deleted || theirs.body === null) await os.delete(state.id);
    else await os.put(recordOf(state.id, theirs.body, rev, theirs.updatedAt) as never);
    await tx.objectStore('outbox').delete(key);
    await tx.objectStore('syncState').put({ key, kind: state.kind, id: state.id, serverRev: theirs.rev });
    await tx.done;
    publishChange({ store, id: state.id, rev }, { alsoThisTab: true });
    await this.sync();
  }
}
