// Registers the service worker in `prompt` mode: a new version never reloads the page by itself;
// the update prompt (src/ui/components/UpdatePrompt.tsx) asks first.
import { registerSW } from 'virtual:pwa-register';
import { announceUpdate, setOfflineReady } from './update-state';

/** Activates the waiting version, then reloads once it controls the page (the user asked). */
function activateWaiting(registration: ServiceWorkerRegistration): Promise<void> {
  const waiting = registration.waiting;
  if (!waiting) return Promise.resolve();
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return Promise.resolve();
}

export function registerServiceWorker(): void {
  let registration: ServiceWorkerRegistration | undefined;
  const apply = () => (registration ? activateWaiting(registration) : Promise.resolve());
  registerSW({
    immediate: true,
    onNeedRefresh: () => announceUpdate(apply),
    onOfflineReady: () => setOfflineReady(true),
    onRegisteredSW: (_url: string, r: ServiceWorkerRegistration | undefined) => {
      registration = r;
      // workbox-window reports only the first update of a page's life; a user who chose "later"
      // must still hear of the next deployment, so we watch the registration ourselves too.
      r?.addEventListener('updatefound', () => {
        const installing = r.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) announceUpdate(apply);
        });
      });
    },
    onRegisterError: (e: unknown) => console.warn('service worker registration failed', e),
  });
}
