// What changed in a record, in words for the audit trail: "changed product name, measure 1 →
// adopted". Paths become words (camelCase split, list positions counted from 1); values are never
// quoted, since they may hold personal data that an erasure must be able to remove.
import { changedPaths } from '../field-diff';

const OPAQUE = new Set(['machineSnapshot', 'wizard', 'progress']);
const SHOWN = 8;

export function pathInWords(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1}`)
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' → ');
}

export function changeInWords(kindLabel: string, before: unknown, after: unknown | null): string {
  if (after === null) return `${kindLabel} deleted`;
  if (before === null || before === undefined) return `${kindLabel} created`;
  const paths = changedPaths(before, after, { opaque: OPAQUE, limit: 200 });
  if (paths.length === 0) return `${kindLabel} saved, nothing changed`;
  const shown = paths.slice(0, SHOWN).map(pathInWords).join(', ');
  const more = paths.length > SHOWN ? ` and ${paths.length - SHOWN} more` : '';
  return `${kindLabel} changed: ${shown}${more}`;
}
