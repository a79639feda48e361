// Text whose UTF-8 bytes were once read as a single-byte code page: "ÄŤ" for "č" (Windows-1250),
// "Ã¼" for "ü" (Windows-1252 or Latin-1). Such text is found by turning it back into the bytes the
// code page would have written and reading those as UTF-8: when every character has a byte in that
// code page and the bytes are well-formed UTF-8 that differs from the text, it was mis-decoded.
// Real text in these languages almost never passes (a lone "é" is not UTF-8), so the repair is
// safe; text that shows the marks of it but does not pass whole is reported, not changed.

export type CodePage = 'windows-1252' | 'windows-1250' | 'latin-1';
/** Tried in this order; the first that repairs the whole text wins. */
const PAGES: readonly CodePage[] = ['windows-1252', 'windows-1250', 'latin-1'];

const reverse = new Map<CodePage, Map<string, number>>();

/** Character → byte of a code page (bytes below 0x80 are ASCII in all three). */
function bytesOf(page: CodePage): Map<string, number> {
  let map = reverse.get(page);
  if (map) return map;
  map = new Map();
  const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
  // Latin-1 proper: byte n is U+00nn. (The WHATWG 'latin1' label means Windows-1252.)
  const chars = page === 'latin-1' ? [...high].map((b) => String.fromCharCode(b)) : [...new TextDecoder(page).decode(high)];
  chars.forEach((c, i) => {
    if (c !== '\uFFFD' && !map!.has(c)) map!.set(c, 0x80 + i);
  });
  reverse.set(page, map);
  return map;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text as it was before `page` mis-decoded it, or null when it was not so mis-decoded. */
export function undoMisdecoding(text: string, page: CodePage): string | null {
  const map = bytesOf(page);
  const bytes: number[] = [];
  let high = false;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const b = map.get(c);
    if (b === undefined) return null;
    high = true;
    bytes.push(b);
  }
  if (!high) return null;
  try {
    const repaired = utf8.decode(Uint8Array.from(bytes));
    return repaired !== text ? repaired : null;
  } catch {
    return null;
  }
}

// A UTF-8 lead byte as one of these pages shows it, followed by a continuation byte as shown.
const SUSPECT = /[ÂÃÄÅĂĹ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0164\u0165\u0178\u017D\u017E\u0179\u017A\u0102\u0103\u0104\u0105\u2013-\u203A\u20AC\u2122\u0192\u02C6\u02DC]/u;

export type TextCheck = { kind: 'ok' } | { kind: 'repaired'; text: string; page: CodePage } | { kind: 'suspect' };

/** Whether `text` is mis-decoded UTF-8, and its repair when it can be undone whole. */
export function checkEncoding(text: string): TextCheck {
  // Pure ASCII, the common case: nothing to do.
  if (!/[^\x00-\x7F]/.test(text)) return { kind: 'ok' };
  for (const page of PAGES) {
    const repaired = undoMisdecoding(text, page);
    if (repaired !== null) return { kind: 'repaired', text: repaired, page };
  }
  return SUSPECT.test(text) ? { kind: 'suspect' } : { kind: 'ok' };
}

export const CODE_PAGE_NAMES: Readonly<Record<CodePage, string>> = { 'windows-1252': 'Windows-1252', 'windows-1250': 'Windows-1250', 'latin-1': 'Latin-1' };
