import { createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { t } from '../i18n';
import { subscribeChanges } from '../../store/broadcast';

export interface StaleNoticeProps {
  store: string;
  id: string;
  /** The revision this tab shows (read on every message, so pass a getter's current value). */
  rev: () => number;
  /** Load the newer version (e.g. refetch the record, or location.reload()). */
  onReload: () => void;
}

/**
 * Keeps an open tab honest: when another tab saves this record, says so before the user's next
 * save would be refused, and offers to load the newer version. Polite: it never takes focus.
 */
export function StaleNotice(props: StaleNoticeProps): JSX.Element {
  const [newer, setNewer] = createSignal<number | null>(null);
  const stop = subscribeChanges((c) => {
    if (c.rev > props.rev()) setNewer(c.rev);
  }, { store: props.store, id: props.id });
  onCleanup(stop);
  return (
    <div role="status" class="stale-region">
      <Show when={newer() !== null && newer()! > props.rev()}>
        <div class="notice notice-conflict" data-testid="stale-notice">
          <p>{t('stale.body', { rev: newer()! })}</p>
          <div class="notice-actions">
            <button type="button" onClick={() => props.onReload()}>{t('stale.reload')}</button>
          </div>
        </div>
      </Show>
    </div>
  );
}
