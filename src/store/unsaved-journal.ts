// A synchronous copy of the latest change that is not yet written to IndexedDB, kept in the tab's
// sessionStorage. An IndexedDB write still running when the page unloads is aborted, so a reload
// right after typing could lose the last keystrokes; sessionStorage writes are synchronous and
// survive a reload of the same tab. The copy is cleared as soon as IndexedDB holds it.

export interface Journal<D> {
  /** Records the latest change, made on top of stored revision `rev`. */
  write(draft: D, rev: number): void;
  clear(): void;
}

export interface JournalEntry<D> {
  draft: D;
  rev: number;
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
    write(draft, rev) {
      try {
        storage?.setItem(k, JSON.stringify({ draft, rev }));
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
        return typeof v.rev === 'number' && v.draft !== undefined ? { draft: v.draft as D, rev: v.rev } : null;
      } catch {
        return null;
      }
    },
  };
}

/**
 * The journalled change to restore over a stored record, or null. The change was made on top of
 * revision `entry.rev`; the write in flight before it may have landed (one revision more). A
 * stored revision beyond that means someone else wrote since: their version stands.
 */
export function recoverable<D>(entry: JournalEntry<D> | null, storedRev: number): D | null {
  if (!entry) return null;
  return storedRev === entry.rev || storedRev === entry.rev + 1 ? entry.draft : null;
}
