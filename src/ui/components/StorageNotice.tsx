import { createResource, Show, type JSX } from 'solid-js';
import { t } from '../i18n';
import { requestPersistentStorage, type PersistenceState } from '../../store/persistence';

const KEYS: Record<PersistenceState, string> = {
  persisted: 'storage.persisted',
  'not-persisted': 'storage.notPersisted',
  unsupported: 'storage.unsupported',
};

/** Asks once for persistent storage and says, discreetly, what the browser answered. */
export function StorageNotice(): JSX.Element {
  const [state] = createResource(() => requestPersistentStorage());
  return (
    <Show when={state()}>
      {(s) => (
        <p class="storage-notice" data-testid="storage-notice" data-state={s()}>
          {t(KEYS[s()])}
        </p>
      )}
    </Show>
  );
}
