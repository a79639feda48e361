// Before submission the contact point checks the product was not notified already (Part II, 3.2.1);
// if it was, it reacts to the existing notification instead of notifying again. Matches on the same
// bar code, the same brand and model, or a close name (typos, word order, punctuation).
import { emptyReaction } from './empty';
import { compactName, normaliseName } from './reaction-form';
import type { CaseFile, Classification, Reaction } from './types';

/** What the duplicate check needs to know of an existing notification. */
export interface NotifiedProduct {
  caseId: string;
  notificationNumber: string | null;
  notifyingCountry: string;
  classification: Classification | null;
  name: string;
  brand: string;
  model: string;
  barcode: string;
}

export type DuplicateBasis = 'barcode' | 'brand-model' | 'name';

export interface DuplicateMatch {
  existing: NotifiedProduct;
  basis: DuplicateBasis;
  /** 1 for an exact bar code or brand + model; the name similarity otherwise. */
  score: number;
}

/** How close two names must be to be offered as a possible duplicate (a search heuristic, not law). */
export const NAME_SIMILARITY = 0.8;

/** The notification of a case as the duplicate check sees it; null while it has not been submitted. */
export function notifiedProductOf(c: CaseFile): NotifiedProduct | null {
  const n = c.notification;
  if (!n || !n.submitted || n.status === 'withdrawn' || n.status === 'not-validated') return null;
  return {
    caseId: c.id,
    notificationNumber: n.number,
    notifyingCountry: n.notifyingCountry,
    classification: n.validatedAs ?? n.chosen,
    name: c.product.name,
    brand: c.product.brand,
    model: c.product.model,
    barcode: c.product.barcode,
  };
}

const digits = (s: string): string => s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();

/** Levenshtein distance (two rows). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

function trigrams(s: string): Set<string> {
  const padded = `  ${s} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Similarity of two prepared strings: the better of normalised edit distance and trigram (Dice) overlap. */
function similarity(a: string, b: string): number {
  const lev = 1 - editDistance(a, b) / Math.max([...a].length, [...b].length);
  const ta = trigrams(a);
  const tb = trigrams(b);
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return Math.max(lev, (2 * common) / (ta.size + tb.size));
}

/** Similarity in [0, 1] of two names, ignoring case, accents, punctuation, word order and spacing. */
export function nameSimilarity(a: string, b: string): number {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (na === '' || nb === '') return 0;
  if (na === nb) return 1;
  const sortWords = (s: string): string => s.split(' ').sort().join(' ');
  return Math.max(similarity(na, nb), similarity(sortWords(na), sortWords(nb)), similarity(na.replace(/ /g, ''), nb.replace(/ /g, '')));
}

/** Possible duplicates of `c` among `existing` (the case itself excluded), best first. */
export function findDuplicates(c: Pick<CaseFile, 'id' | 'product'>, existing: readonly NotifiedProduct[], threshold = NAME_SIMILARITY): DuplicateMatch[] {
  const p = c.product;
  const out: DuplicateMatch[] = [];
  for (const e of existing) {
    if (e.caseId === c.id) continue;
    if (digits(p.barcode) !== '' && digits(p.barcode) === digits(e.barcode)) {
      out.push({ existing: e, basis: 'barcode', score: 1 });
      continue;
    }
    const sameText = (a: string, b: string): boolean => compactName(a) !== '' && compactName(a) === compactName(b);
    if (sameText(p.brand, e.brand) && sameText(p.model, e.model)) {
      out.push({ existing: e, basis: 'brand-model', score: 1 });
      continue;
    }
    const score = nameSimilarity(`${p.brand} ${p.name}`, `${e.brand} ${e.name}`);
    if (score >= threshold) out.push({ existing: e, basis: 'name', score });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Instead of notifying again: a reaction to the existing notification, prefilled from the case. */
export function reactionInsteadOf(match: DuplicateMatch, c: CaseFile, reactionId: string): Reaction {
  const r = emptyReaction({
    id: reactionId,
    kind: 'additional-information',
    notificationNumber: match.existing.notificationNumber ?? '',
    notifyingCountry: match.existing.notifyingCountry,
    reactingCountry: c.country,
    notifiedProductName: match.existing.name,
    notificationClassification: match.existing.classification ?? '',
  });
  return {
    ...r,
    productAsFound: { name: c.product.name, brand: c.product.brand, model: c.product.model, batch: c.product.batch, barcode: c.product.barcode },
  };
}
