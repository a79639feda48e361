import { createMemo, createUniqueId, For, onMount, Show, type JSX } from 'solid-js';
import { t } from '../i18n';
import { recordDifferences } from './record-diff';

const MAX_ROWS = 25;

export interface ConflictNoticeProps {
  /** What the user tried to save (not saved). */
  mine: unknown;
  /** The version saved in another tab (saveRecord's `current`). */
  theirs: { rev: number } & Record<string, unknown>;
  /** Continue editing from their version (the page reloads its form from `theirs`). */
  onUseTheirs: () => void;
}

/**
 * "Saved in another tab — your change was not saved; here is theirs": the differing fields side by
 * side, so nothing the user typed is lost from view. Takes focus when it appears (it interrupts).
 */
export function ConflictNotice(props: ConflictNoticeProps): JSX.Element {
  const titleId = createUniqueId();
  const diffs = createMemo(() => recordDifferences(props.mine, props.theirs));
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const shown = (v: string) => (v === '' ? t('conflict.empty') : v);
  return (
    <section class="notice notice-conflict" role="alert" aria-labelledby={titleId} data-testid="conflict-notice">
      <h2 id={titleId} tabindex="-1" ref={heading}>{t('conflict.title')}</h2>
      <p>{t('conflict.body', { rev: props.theirs.rev })}</p>
      <Show when={diffs().length > 0} fallback={<p>{t('conflict.same')}</p>}>
        <div class="table-scroll">
          <table class="conflict-table">
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.yours')}</th>
                <th scope="col">{t('conflict.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={diffs().slice(0, MAX_ROWS)}>
                {(d) => (
                  <tr>
                    <th scope="row"><code>{d.path}</code></th>
                    <td>{shown(d.mine)}</td>
                    <td>{shown(d.theirs)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Show when={diffs().length > MAX_ROWS}>
          <p>{t('conflict.more', { count: diffs().length - MAX_ROWS })}</p>
        </Show>
      </Show>
      <div class="notice-actions">
        <button type="button" onClick={() => props.onUseTheirs()}>{t('conflict.useTheirs')}</button>
      </div>
    </section>
  );
}
