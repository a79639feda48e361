// A file's bytes as text: UTF-8 unless the XML declaration names another encoding. Bytes that are
// not the encoding they claim are refused with the line they are on (never silently replaced).

export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

/** The encoding named by `<?xml … encoding="…"?>` at the start, lower case; null when none. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const m = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstBadUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const declared = declaredEncoding(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declared, { fatal: true });
    } catch {
      return { ok: false, line: 1, message: `the file declares the encoding "${declared}", which cannot be read` };
    }
    try {
      return { ok: true, text: decoder.decode(bytes) };
    } catch {
      return { ok: false, line: 1, message: `the file is not in the encoding it declares ("${declared}")` };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const at = firstBadUtf8(bytes);
    return {
      ok: false,
      line: lineAt(bytes, at),
      message: `byte 0x${bytes[at]?.toString(16).toUpperCase().padStart(2, '0')} is not UTF-8 (the file declares no other encoding): it was probably saved in a single-byte code page such as Windows-1250 or Latin-1`,
    };
  }
}

/** A function from a character offset in `text` to its 1-based line (binary search over line starts). */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
