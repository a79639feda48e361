// Changes that could not sync: a conflict (someone changed the record on the server since this
// change was made) shows both versions field by field, and the person chooses; a refused change
// shows the server's reason. Nothing is merged or dropped without that choice.
import { createResource, For, Show, type JSX } from 'solid-js';
import { changedPaths } from '../../../domain/field-diff';
import { pathInWords } from '../../../domain/sync/change-words';
import { fieldLabel } from '../cases/case/field-labels';
import type { OutboxEntry } from '../../../store/db';
import type { Conflict } from '../../../store/sync/engine';
import { t } from '../../i18n';
import { syncEngine, syncStatus } from '../../session/session-state';

const shown = (v: unknown): string => {
  if (v === undefined || v === null) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
};

function at(body: unknown, path: string): unknown {
  let v: unknown = body;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Case fields by their labels, as on the case page; other records' fields in words. */
const labelOf = (path: string): string => (path.startsWith('file.') ? fieldLabel(path.slice(5)) : pathInWords(path));

function titleOf(body: Record<string, unknown> | null, id: string): string {
  const file = body?.file as { product?: { name?: string } } | undefined;
  const doc = body?.doc as { product?: { name?: string }; title?: string } | undefined;
  return file?.product?.name || doc?.product?.name || doc?.title || id;
}

export default function SyncPage(): JSX.Element {
  const [data, { refetch }] = createResource(
    () => syncStatus()?.lastSynced ?? '',
    async () => {
      const engine = syncEngine();
      if (!engine) return { conflicts: [] as Conflict[], refused: [] as OutboxEntry[] };
      const { openRiskcaseDb } = await import('../../../store/db');
      const db = await openRiskcaseDb();
      const refused = (await db.getAll('outbox')).filter((e) => e.refused);
      return { conflicts: await engine.conflicts(), refused };
    },
  );
  const choose = async (c: Conflict, mine: boolean) => {
    const engine = syncEngine();
    if (!engine) return;
    if (mine) await engine.keepMine(c.key);
    else await engine.takeTheirs(c.key);
    await refetch();
  };
  return (
    <section class="page">
      <h1>{t('server.sync.title')}</h1>
      <Show when={data()}>
        {(d) => (
          <>
            <Show when={d().conflicts.length === 0 && d().refused.length === 0}>
              <p data-testid="sync-clean">{t('server.sync.nothing')}</p>
            </Show>
            <For each={d().conflicts}>
              {(c) => {
                const fields = () => (c.theirs.body && c.mine ? changedPaths(c.mine, c.theirs.body, { opaque: new Set(['machineSnapshot', 'wizard', 'progress']), limit: 50 }) : []);
                return (
                  <article class="card conflict" data-testid="sync-conflict" data-key={c.key}>
                    <h2>{titleOf(c.mine ?? c.theirs.body, c.id)}</h2>
                    <p>{t('server.sync.conflictBody', { who: c.theirs.updatedByName ?? '?', rev: c.theirs.rev })}</p>
                    <Show when={fields().length > 0} fallback={<p>{c.theirs.deleted ? t('server.sync.theyDeleted') : t('server.sync.sameFields')}</p>}>
                      <table class="diff">
                        <thead>
                          <tr>
                            <th scope="col">{t('server.sync.field')}</th>
                            <th scope="col">{t('server.sync.mine')}</th>
                            <th scope="col">{t('server.sync.theirs')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          <For each={fields()}>
                            {(f) => (
                              <tr>
                                <th scope="row">{labelOf(f)}</th>
                                <td data-testid="mine">{shown(at(c.mine, f))}</td>
                                <td data-testid="theirs">{shown(at(c.theirs.body, f))}</td>
                              </tr>
                            )}
                          </For>
                        </tbody>
                      </table>
                    </Show>
                    <p class="notice-actions">
                      <button type="button" onClick={() => void choose(c, true)}>{t('server.sync.keepMine')}</button>
                      <button type="button" class="secondary" onClick={() => void choose(c, false)}>{t('server.sync.takeTheirs')}</button>
                    </p>
                  </article>
                );
              }}
            </For>
            <For each={d().refused}>
              {(e) => (
                <article class="card" data-testid="sync-refused">
                  <h2>{titleOf(e.body, e.id)}</h2>
                  <p class="error">{t('server.sync.refusedBody', { message: e.refused ?? '' })}</p>
                </article>
              )}
            </For>
          </>
        )}
      </Show>
    </section>
  );
}
