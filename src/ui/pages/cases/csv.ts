// CSV for spreadsheets (RFC 4180): fields quoted where needed, quotes doubled, CRLF between rows,
// and a byte-order mark so spreadsheet programs read UTF-8. A cell that a spreadsheet would take
// for a formula (=, +, -, @ first) is prefixed with an apostrophe: an exported product name must
// never run as a formula on someone's machine. Numbers are written as numbers.
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(v: string | number | null | undefined): string {
  if (typeof v === 'number') return String(v);
  let s = v ?? '';
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
