// Mis-decoded UTF-8 is found and undone whole; real text in the languages of the EU is left alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEncoding, undoMisdecoding, type CodePage } from '../../../src/domain/alerts/mojibake';

/** What a program does when it reads UTF-8 bytes as a single-byte code page. */
function misread(text: string, page: CodePage): string {
  const bytes = new TextEncoder().encode(text);
  return page === 'latin-1' ? String.fromCharCode(...bytes) : new TextDecoder(page).decode(bytes);
}

const REAL = ['Bügeleisen', 'Čarobni svijet', 'Łódź', 'Øresund', 'Ærø', 'crème brûlée', 'Sørensen', 'Žlutý kůň', 'Ελλάδα', 'Größe 38 – „gut“', 'naïve café', 'Şişli', 'Ó Fiach'];

describe('mojibake', () => {
  it('repairs "ÄŤ" for "č" (Windows-1250) and "Ã¼" for "ü" (Windows-1252)', () => {
    expect(checkEncoding('ÄŤarobni')).toEqual({ kind: 'repaired', text: 'čarobni', page: 'windows-1250' });
    expect(checkEncoding('BÃ¼geleisen')).toEqual({ kind: 'repaired', text: 'Bügeleisen', page: 'windows-1252' });
  });

  it('undoes a misreading in each code page', () => {
    for (const page of ['windows-1250', 'windows-1252', 'latin-1'] as const) {
      const original = page === 'windows-1250' ? 'Žlutý kůň' : 'Größe – Bügeleisen';
      expect(undoMisdecoding(misread(original, page), page)).toBe(original);
    }
  });

  it('leaves real text alone', () => {
    for (const t of REAL) expect(checkEncoding(t), t).toEqual({ kind: 'ok' });
  });

  it('repairs any misread Latin, Czech or Polish text (property)', () => {
    const letters = fc.constantFrom(...'aeiouzsc ÄäÖöÜüßéèêàçñøåæČčŠšŽžŘřĚěŮůÝýÁáÍíŁłŚśŹźŻżĄąĘęŃńÓó'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 30 }), (chars) => {
        const text = chars.join('');
        if (!/[^\x00-\x7F]/.test(text)) return;
        const page: CodePage = /[ČčŠšŽžŘřĚěŮůŁłŚśŹźŻżĄąĘęŃń]/.test(text) ? 'windows-1250' : 'windows-1252';
        const check = checkEncoding(misread(text, page));
        expect(check.kind).toBe('repaired');
        expect(check.kind === 'repaired' && check.text).toBe(text);
      }),
    );
  });

  it('reports text that looks misread but cannot be undone whole', () => {
    // A misread "č" next to a real "€" that Windows-1250 has, but whose bytes are no UTF-8.
    expect(checkEncoding('ÄŤarobni ž€')).toEqual({ kind: 'suspect' });
  });
});
