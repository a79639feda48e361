// What the service worker told us, as signals the shell can show. Kept apart from the
// registration (which needs the build-time virtual module) so components are testable anywhere.
import { createSignal } from 'solid-js';

const [updateReady, setUpdateReady] = createSignal(false);
const [offlineReady, setOfflineReady] = createSignal(false);
let applyUpdate: () => Promise<void> = async () => undefined;

export { updateReady, offlineReady, setOfflineReady };

/** Called by the registration when a new version is installed and waiting. */
export function announceUpdate(apply: () => Promise<void>): void {
  applyUpdate = apply;
  setUpdateReady(true);
}

/** The user chose to reload into the new version (the page reloads once it takes control). */
export function reloadIntoUpdate(): Promise<void> {
  return applyUpdate();
}

/** The user chose to stay on this version for now (the update applies on the next visit). */
export function postponeUpdate(): void {
  setUpdateReady(false);
}
