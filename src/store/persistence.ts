// Browsers may evict IndexedDB under storage pressure unless the site holds persistent storage.
// We ask once at start; the answer is shown discreetly (src/ui/components/StorageNotice.tsx),
// because a "not persisted" answer means backups matter more.

export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

interface StorageLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** Asks for persistent storage unless it is already granted; never throws. */
export async function requestPersistentStorage(
  storage: StorageLike | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (storage.persisted && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
