// Which fields differ between the change a user tried to save and the version another tab saved,
// as leaf paths (e.g. 'scenarios[0].steps[1].probability'), so a conflict can show "theirs".

export interface FieldDifference {
  path: string;
  mine: string;
  theirs: string;
}

/** Bookkeeping fields that always differ and mean nothing to the user. */
const IGNORED = new Set(['rev', 'updatedAt']);

function leaves(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, '');
    value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && path) out.set(path, '');
    for (const [k, v] of entries) {
      if (!path && IGNORED.has(k)) continue;
      leaves(v, path ? `${path}.${k}` : k, out);
    }
  } else {
    out.set(path, value === null || value === undefined ? '' : String(value));
  }
}

/** Differences in document order of `theirs`, then fields only `mine` has. */
export function recordDifferences(mine: unknown, theirs: unknown): FieldDifference[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  leaves(mine, '', a);
  leaves(theirs, '', b);
  const paths = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  return paths
    .filter((p) => a.get(p) !== b.get(p))
    .map((p) => ({ path: p, mine: a.get(p) ?? '', theirs: b.get(p) ?? '' }));
}
