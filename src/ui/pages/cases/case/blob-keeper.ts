// The case page's photos and attachment files: those already stored (loaded from the casework
// store) and those added since the last save, which the next save writes in the same transaction
// as the case. A removed blob is deleted from the store by that save too — not before, so an
// unsaved removal loses nothing.
import { createSignal, onCleanup } from 'solid-js';
import type { PhotoInput } from '../../../../store/cases';
import type { CaseFile } from '../../../../domain/case/types';
import type { BlobKeeper } from './AnnexSections';

export interface PageBlobs extends BlobKeeper {
  /** Sets the blobs the store holds for the case (after loading, or after a save). */
  setStored: (blobs: ReadonlyMap<string, Blob>) => void;
  /** What the next save must write: blobs still referenced by the file, and stored blobs it dropped. */
  changes: (file: CaseFile) => { addPhotos: PhotoInput[]; removePhotoIds: string[] };
  /** After a successful save: the pending blobs are stored now. */
  saved: (file: CaseFile) => void;
}

/** Blob ids the case file refers to: product photos and attachment files. */
export function referencedBlobIds(c: CaseFile): Set<string> {
  return new Set([...c.product.photoIds, ...c.attachments.flatMap((a) => (a.blobId ? [a.blobId] : []))]);
}

export function createPageBlobs(): PageBlobs {
  const [stored, setStoredSignal] = createSignal<ReadonlyMap<string, Blob>>(new Map());
  const [pending, setPending] = createSignal<PhotoInput[]>([]);
  const [removed, setRemoved] = createSignal<string[]>([]);
  const urls = new Map<Blob, string>();
  onCleanup(() => urls.forEach((u) => URL.revokeObjectURL(u)));

  const blobOf = (id: string): Blob | undefined => pending().find((x) => x.id === id)?.blob ?? stored().get(id);
  return {
    add: (b) => {
      setPending([...pending().filter((x) => x.id !== b.id), b]);
      setRemoved(removed().filter((x) => x !== b.id));
    },
    forget: (id) => {
      setPending(pending().filter((x) => x.id !== id));
      if (stored().has(id)) setRemoved([...new Set([...removed(), id])]);
    },
    url: (id) => {
      const blob = blobOf(id);
      if (!blob) return null;
      let u = urls.get(blob);
      if (!u) {
        u = URL.createObjectURL(blob);
        urls.set(blob, u);
      }
      return u;
    },
    setStored: (blobs) => setStoredSignal(blobs),
    changes: (file) => {
      const used = referencedBlobIds(file);
      return { addPhotos: pending().filter((x) => used.has(x.id)), removePhotoIds: removed().filter((id) => !used.has(id)) };
    },
    saved: (file) => {
      const used = referencedBlobIds(file);
      const next = new Map([...stored()].filter(([id]) => used.has(id)));
      for (const x of pending()) if (used.has(x.id)) next.set(x.id, x.blob);
      setStoredSignal(next);
      setPending([]);
      setRemoved([]);
    },
  };
}
