// How long a text field of the case may be. The limits are those an import accepts back (the
// case-file parser: 500 characters for short fields, 20,000 for texts) or tighter where the form
// knows the field (a bar code, a model number): a 5,000-character model number is refused with
// the limit named, never cut off, and whatever the form saves can be exported and imported again.
import { keyOf } from './form-gaps';
import type { CaseFile } from './types';

/** Longest text the parser takes for any field. */
export const LONG_TEXT = 20_000;
/** Short fields of the parser (codes, countries, categories). */
export const SHORT_TEXT = 500;

const BY_KEY = new Map<string, number>([
  ['product.name', SHORT_TEXT],
  ['product.brand', 200],
  ['product.model', 200],
  ['product.batch', 200],
  ['product.barcode', 100],
  ['product.customsCode', 100],
  ['product.category', SHORT_TEXT],
  ['traceability.origin', SHORT_TEXT],
  ['traceability.destinations', SHORT_TEXT],
  ['reactions.productAsFound.barcode', 100],
  ['reactions.productAsFound.model', 200],
  ['reactions.productAsFound.brand', 200],
  ['reactions.productAsFound.batch', 200],
  ['reactions.reactingCountry', SHORT_TEXT],
  ['notification.notifyingCountry', SHORT_TEXT],
  ['notification.number', SHORT_TEXT],
]);

/** Keys whose last segment is a short field wherever it appears (a party's country, a measure's category). */
const SHORT_LEAVES = new Set(['country', 'category', 'hazard', 'origin']);

export function limitOf(fieldKey: string): number {
  const k = keyOf(fieldKey);
  return BY_KEY.get(k) ?? (SHORT_LEAVES.has(k.slice(k.lastIndexOf('.') + 1)) ? SHORT_TEXT : LONG_TEXT);
}

export interface LengthProblem {
  field: string;
  length: number;
  limit: number;
}

/** Parts of the file that are records of what happened, not typed in the form. */
const NOT_TYPED = new Set(['versions', 'log', 'machineSnapshot', 'suggested', 'ruleSetMoves', 'regimeChoice']);

/** Every text of the case longer than its limit, with its path. */
export function lengthProblems(c: CaseFile): LengthProblem[] {
  const out: LengthProblem[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      const limit = limitOf(path);
      if (v.length > limit) out.push({ field: path, length: v.length, limit });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (!NOT_TYPED.has(k)) walk(x, path ? `${path}.${k}` : k);
    }
  };
  walk(c, '');
  return out;
}
