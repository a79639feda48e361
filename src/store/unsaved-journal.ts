// A synchronous copy of the latest change that is not yet written to IndexedDB, kept in the tab's
// sessionStorage. An IndexedDB write still running when the page unloads is aborted, so a reload
// right after typing could lose the last keystrokes; sessionStorage writes are synchronous and
// survive a reload of the same tab. The copy is cleared as soon as IndexedDB holds it.

export interface Journal<D> {
  /**
   * Records the latest change, made on top of stored revision `rev`; `inflight` is the earlier
   * change of this tab still being written on top of `rev`, if any.
   */
  write(draft: D, rev: number, inflight?: D | null): void;
  clear(): void;
}

export interface JournalEntry<D> {
  draft: D;
  rev: number;
  inflight?: D | null;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage disabled: the journal is then only a best effort that does nothing
  }
}

export function sessionJournal<D>(key: string, storage: Storage | null = sessionStore()): Journal<D> & { read(): JournalEntry<D> | null } {
  const k = `riskcase.unsaved.${key}`;
  return {
    write(draft, rev, inflight = null) {
      try {
        storage?.setItem(k, JSON.stringify({ draft, rev, inflight }));
      } catch {
        // Quota: IndexedDB still gets the change; only the reload-safety copy is missing.
      }
    },
    clear() {
      storage?.removeItem(k);
    },
    read() {
      const text = storage?.getItem(k);
      if (!text) return null;
      try {
        const v = JSON.parse(text) as Partial<JournalEntry<D>>;
        return typeof v.rev === 'number' && v.draft !== undefined ? { draft: v.draft as D, rev: v.rev, inflight: (v.inflight ?? null) as D | null } : null;
      } catch {
        return null;
      }
    },
  };
}

/**
 * The journalled change to restore over a stored record, or null. The change was made on top of
 * revision `entry.rev`; one revision more is ours only when the stored content is the write this
 * tab had in flight (`holds`). Anything else means another tab wrote since: its version stands.
 */
export function recoverable<D>(entry: JournalEntry<D> | null, storedRev: number, holds: (d: D) => boolean): D | null {
  if (!entry) return null;
  if (storedRev === entry.rev) return entry.draft;
  return storedRev === entry.rev + 1 && entry.inflight != null && holds(entry.inflight) ? entry.draft : null;
}
