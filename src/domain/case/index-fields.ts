// The fields of a stored case that indexes read (the browser's IndexedDB and the server's sync body).

/** Text at `path` of a plain object, or ''. Lenient: it also reads records written by old builds. */
function textAt(value: unknown, path: readonly string[]): string {
  let v: unknown = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return '';
    v = (v as Record<string, unknown>)[k];
  }
  return typeof v === 'string' ? v : '';
}

/**
 * The indexed fields of a stored case (v2): its lifecycle state — the own notification's status,
 * 'draft' while there is none — and its bar code.
 */
export function caseIndexFields(file: unknown): { state: string; barcode: string } {
  return { state: textAt(file, ['notification', 'status']) || 'draft', barcode: textAt(file, ['product', 'barcode']).trim() };
}
