// The search index of the cases list, built in chunks between frames after the list is shown, so
// that opening the page stays fast with 10,000 cases and the first search finds it ready. A search
// before it is complete builds the rest at once.
import { buildCaseIndex, caseFacets, type CaseFacets, type CaseIndex } from '../../../domain/search';
import type { CaseFile } from '../../../domain/case/types';

const CHUNK = 500;

// Idle time when the browser reports it (after painting), else the next task.
const later = (fn: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
};

export interface ChunkedIndex {
  /** The complete index parts and facets (finishing the build now if needed). */
  get(): { parts: CaseIndex[]; facets: Map<string, CaseFacets> };
  cancel(): void;
}

export function chunkedIndex(files: readonly CaseFile[]): ChunkedIndex {
  const parts: CaseIndex[] = [];
  const facets = new Map<string, CaseFacets>();
  let next = 0;
  let timer: (() => void) | null = null;
  const step = () => {
    const chunk = files.slice(next, next + CHUNK);
    parts.push(buildCaseIndex(chunk));
    for (const f of chunk) facets.set(f.id, caseFacets(f));
    next += chunk.length;
  };
  const schedule = () => {
    timer = next < files.length
      ? later(() => {
          step();
          schedule();
        })
      : null;
  };
  schedule();
  return {
    get() {
      timer?.();
      timer = null;
      while (next < files.length) step();
      if (parts.length === 0) parts.push(buildCaseIndex([]));
      return { parts, facets };
    },
    cancel() {
      timer?.();
      timer = null;
    },
  };
}
