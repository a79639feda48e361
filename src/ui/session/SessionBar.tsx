// The header's part for a server: who is signed in (and for which authority), how the sync
// stands, and sign-out. Nothing shows in local-only mode.
import { Show, type JSX } from 'solid-js';
import { t } from '../i18n';
import { mode, syncStatus } from './mode';

const signOut = () => import('./session-state').then((m) => m.signOut());

export function SessionBar(): JSX.Element {
  const signedIn = () => {
    const m = mode();
    return m.kind === 'signed-in' ? m : null;
  };
  const statusText = () => {
    const m = signedIn();
    const s = syncStatus();
    if (!m) return '';
    if (m.offline || s?.phase === 'offline') return t('session.sync.offline', { count: s?.pending ?? 0 });
    if (!s || s.phase === 'syncing') return t('session.sync.syncing');
    if (s.conflicts > 0) return t('session.sync.conflicts', { count: s.conflicts });
    if (s.refused > 0) return t('session.sync.refused', { count: s.refused });
    if (s.pending > 0) return t('session.sync.pending', { count: s.pending });
    return t('session.sync.synced');
  };
  const attention = () => (syncStatus()?.conflicts ?? 0) > 0 || (syncStatus()?.refused ?? 0) > 0;
  return (
    <Show when={signedIn()}>
      {(m) => (
        <div class="session-bar" data-testid="session-bar">
          <span class="session-person">
            <span data-testid="session-person">{m().session.person.name}</span>
            <span class="session-authority">{m().session.person.authorityName}</span>
          </span>
          <Show when={attention()} fallback={<span class="sync-status" role="status" data-testid="sync-status" data-phase={syncStatus()?.phase ?? 'syncing'}>{statusText()}</span>}>
            <a class="sync-status attention" href="#/sync" role="status" data-testid="sync-status" data-phase={syncStatus()?.phase}>
              {statusText()}
            </a>
          </Show>
          <button type="button" class="secondary" onClick={() => void signOut()}>
            {t('session.signOut')}
          </button>
        </div>
      )}
    </Show>
  );
}
