// The exact and normalised keys the duplicate check compares: bar codes and batch numbers exactly
// (spacing and punctuation aside; a GTIN's leading zeros aside, so GTIN-13 matches its GTIN-14
// form), brand and model normalised for case, spaces, hyphens and diacritics ("SP-12" = "sp 12",
// "Bébé-Confort" = "BEBE CONFORT").
import { normalise } from '../search';

/** "L 2025-11" → "L202511". */
export function codeKey(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A bar code's key: its digits and letters, leading zeros dropped from an all-digit code. */
export function barcodeKey(text: string): string {
  const k = codeKey(text);
  return /^\d+$/.test(k) ? k.replace(/^0+(?=\d)/, '') : k;
}

/** Brand or model without case, spaces, hyphens, punctuation or diacritics. */
export function compactText(text: string): string {
  return normalise(text).replace(/ /g, '');
}
