import { Show, type JSX } from 'solid-js';
import { t } from '../i18n';
import { offlineReady, postponeUpdate, reloadIntoUpdate, setOfflineReady, updateReady } from '../../pwa/update-state';

/**
 * "A new version is available — reload": a polite live region, never a modal and never a
 * reload without asking (a half-filled form must survive). Focus is left where the user is.
 */
export function UpdatePrompt(): JSX.Element {
  return (
    <div class="shell-notices" role="status" aria-live="polite">
      <Show when={updateReady()}>
        <div class="notice notice-update" data-testid="update-prompt">
          <p>
            <strong>{t('update.available')}</strong> {t('update.hint')}
          </p>
          <div class="notice-actions">
            <button type="button" onClick={() => void reloadIntoUpdate()}>{t('update.reload')}</button>
            <button type="button" class="secondary" onClick={postponeUpdate}>{t('update.later')}</button>
          </div>
        </div>
      </Show>
      <Show when={offlineReady() && !updateReady()}>
        <div class="notice notice-offline" data-testid="offline-ready">
          <p>{t('offline.ready')}</p>
          <div class="notice-actions">
            <button type="button" class="secondary" onClick={() => setOfflineReady(false)}>{t('offline.dismiss')}</button>
          </div>
        </div>
      </Show>
    </div>
  );
}
