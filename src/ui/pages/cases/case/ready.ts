// A resource's value once it has one, read without suspending: a resource read under the app's
// Suspense boundary would swap the whole page for "Loading…" on every (re)load, and whoever was
// typing would lose their place.
import type { Resource } from 'solid-js';

export function ready<T>(r: Resource<T>): T | undefined {
  return r.state === 'ready' || r.state === 'refreshing' ? r.latest : undefined;
}
