// Which fields changed between two versions of a JSON record, as paths ("product.name",
// "measures[0].adopted", "measures[2]" for an added or removed item). Pure; used for the one-line
// "what changed" of a case's history.

export interface DiffOptions {
  /** Keys compared as a whole, never descended into (e.g. machine snapshots). */
  opaque?: ReadonlySet<string>;
  /** Stop after this many paths (the summary only shows a few). */
  limit?: number;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function changedPaths(before: unknown, after: unknown, options: DiffOptions = {}): string[] {
  const out: string[] = [];
  const limit = options.limit ?? Infinity;
  const opaque = options.opaque ?? new Set<string>();
  const walk = (a: unknown, b: unknown, path: string, key: string): void => {
    if (out.length >= limit) return;
    if (opaque.has(key)) {
      if (!sameJson(a, b)) out.push(path);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        const p = `${path}[${i}]`;
        if (i >= a.length || i >= b.length) out.push(p);
        else walk(a[i], b[i], p, '');
        if (out.length >= limit) return;
      }
      return;
    }
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) {
        walk(a[k], b[k], path ? `${path}.${k}` : k, k);
        if (out.length >= limit) return;
      }
      return;
    }
    if (a !== b) out.push(path || '(whole record)');
  };
  walk(before, after, '', '');
  return out;
}
