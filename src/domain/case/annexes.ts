// Photos, attachments and accidents of a case file (Appendix 1: product photos — product,
// packaging, label; annexes — test reports, certificates, photographs, the business notification,
// the measures adopted; known incidents and accidents). Pure edits of the case file; the blobs
// themselves live in the casework store, the case keeps their ids.
//
// A photo is an attachment of kind 'photo' whose blob id is listed in `product.photoIds`; its
// `name` is the caption, which is also the photo's alternative text.
import { blank } from './form-gaps';
import { PHOTO_ROLES, type Accident, type Attachment, type AttachmentKind, type CaseFile, type IsoDate, type PhotoRole } from './types';

export { PHOTO_ROLES, type PhotoRole };

/** Attachment kinds entered as annexes (photos are entered with the product). */
export const ANNEX_KINDS: readonly AttachmentKind[] = ['test-report', 'certificate', 'business-notification', 'measure-decision', 'supply-document', 'correspondence', 'internal', 'other'];

/** What the casework store can keep and export (the import accepts these types only). */
export const PHOTO_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const DOCUMENT_TYPES: readonly string[] = [...PHOTO_TYPES, 'application/pdf'];
/** Largest blob the store's import accepts back (10 MiB). */
export const MAX_BLOB_BYTES = 10 * 1024 * 1024;

export type FileProblem = { field: 'file'; code: 'type' | 'size' | 'empty' };

/** Checks an uploaded file before anything is stored: a refused file changes nothing. */
export function checkUpload(file: { type: string; size: number }, accepted: readonly string[]): FileProblem | null {
  if (file.size === 0) return { field: 'file', code: 'empty' };
  if (!accepted.includes(file.type)) return { field: 'file', code: 'type' };
  if (file.size > MAX_BLOB_BYTES) return { field: 'file', code: 'size' };
  return null;
}

export interface CasePhoto {
  id: string;
  caption: string;
  /** What it shows; null when not recorded. */
  role: PhotoRole | null;
}

/** The product photos in their order, each with its caption (blank when none was given) and role. */
export function photosOf(c: CaseFile): CasePhoto[] {
  return c.product.photoIds.map((id) => {
    const a = c.attachments.find((x) => x.kind === 'photo' && x.blobId === id);
    return { id, caption: a?.name ?? '', role: a?.role ?? null };
  });
}

/** The photo that shows the product itself: the first with that role, else the first whose role is not recorded. */
export function productPhoto<P extends { role: PhotoRole | null }>(photos: readonly P[]): P | null {
  return photos.find((p) => p.role === 'product') ?? photos.find((p) => p.role === null) ?? null;
}

export function addPhoto(c: CaseFile, photo: { id: string; caption: string; addedOn: IsoDate; role?: PhotoRole }): CaseFile {
  const att: Attachment = { id: photo.id, kind: 'photo', name: photo.caption.trim(), blobId: photo.id, addedOn: photo.addedOn, internal: false, ...(photo.role ? { role: photo.role } : {}) };
  return { ...c, product: { ...c.product, photoIds: [...c.product.photoIds.filter((x) => x !== photo.id), photo.id] }, attachments: [...c.attachments.filter((a) => a.id !== photo.id), att] };
}

export function setPhotoCaption(c: CaseFile, id: string, caption: string): CaseFile {
  const exists = c.attachments.some((a) => a.kind === 'photo' && a.blobId === id);
  if (!exists) return addPhoto(c, { id, caption, addedOn: c.created });
  return { ...c, attachments: c.attachments.map((a) => (a.kind === 'photo' && a.blobId === id ? { ...a, name: caption } : a)) };
}

export function removePhoto(c: CaseFile, id: string): CaseFile {
  return { ...c, product: { ...c.product, photoIds: c.product.photoIds.filter((x) => x !== id) }, attachments: c.attachments.filter((a) => !(a.kind === 'photo' && a.blobId === id)) };
}

/** The annexes (attachments other than product photos), with their index in `attachments`. */
export function annexesOf(c: CaseFile): { index: number; attachment: Attachment }[] {
  return c.attachments.flatMap((attachment, index) => (attachment.kind === 'photo' && attachment.blobId && c.product.photoIds.includes(attachment.blobId) ? [] : [{ index, attachment }]));
}

export function addAttachment(c: CaseFile, a: Attachment): CaseFile {
  return { ...c, attachments: [...c.attachments.filter((x) => x.id !== a.id), a] };
}

export function updateAttachment(c: CaseFile, id: string, patch: Partial<Pick<Attachment, 'name' | 'kind' | 'internal'>>): CaseFile {
  return { ...c, attachments: c.attachments.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

/** Removes an attachment; a test result that pointed at it keeps its summary but loses the link. */
export function removeAttachment(c: CaseFile, id: string): CaseFile {
  return {
    ...c,
    attachments: c.attachments.filter((a) => a.id !== id),
    testResults: c.testResults.map((t) => (t.reportAttachmentId === id ? { ...t, reportAttachmentId: null } : t)),
  };
}

export function newAccident(id: string): Accident {
  return { id, date: null, country: '', description: '', fatal: false };
}

export function updateAccident(c: CaseFile, id: string, patch: Partial<Omit<Accident, 'id'>>): CaseFile {
  return { ...c, accidents: c.accidents.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

export function removeAccident(c: CaseFile, id: string): CaseFile {
  return { ...c, accidents: c.accidents.filter((a) => a.id !== id) };
}

/** A caption is the photo's text alternative: without one, a photo cannot be described. */
export const hasCaption = (p: CasePhoto): boolean => !blank(p.caption);
