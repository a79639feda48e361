// Hash routes (#/cases/42): they work offline, from a file server, and need no server rewrite.
import { createSignal } from 'solid-js';

export interface Route {
  /** '/cases/:id' — segments starting with ':' are parameters. */
  path: string;
  /** Loaded lazily so the first screen stays small. */
  load: () => Promise<{ default: (props: { params: Record<string, string> }) => unknown }>;
  /** i18n key of the page title. */
  title: string;
}

function currentPath(): string {
  const h = globalThis.location?.hash ?? '';
  const p = h.startsWith('#') ? h.slice(1) : h;
  return p === '' ? '/' : p.split('?')[0];
}

const [path, setPath] = createSignal(currentPath());
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => setPath(currentPath()));
export { path };

export function navigate(to: string): void {
  if (typeof window === 'undefined') return;
  window.location.hash = to;
}

export function match(routes: readonly Route[], p: string): { route: Route; params: Record<string, string> } | null {
  const segs = p.split('/').filter(Boolean);
  for (const route of routes) {
    const rs = route.path.split('/').filter(Boolean);
    if (rs.length !== segs.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < rs.length; i++) {
      if (rs[i].startsWith(':')) {
        const value = decoded(segs[i]);
        // A malformed address (`%E0%A4%A`) matches no route: the not-found page, not a throw.
        if (value === null) return null;
        params[rs[i].slice(1)] = value;
      } else if (rs[i] !== segs[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return { route, params };
  }
  return null;
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
