// One entry point for an alert file, whatever its format: an .xlsx workbook (a zip, "PK…") is read
// as the portal's Excel export, anything that starts like XML as a weekly report.
import { refusal } from './build';
import { parseAlertRows } from './excel';
import type { AlertFileResult } from './types';
import { parseAlertXml } from './xml';
import { readXlsxRows } from './xlsx-rows';

/** Larger files are refused before they are read (a weekly report is well under 5 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type AlertFormat = 'xml' | 'xlsx';

export function sniffFormat(bytes: Uint8Array): AlertFormat | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c ? 'xml' : null;
}

export async function readAlertFile(bytes: Uint8Array, file: string): Promise<AlertFileResult> {
  if (bytes.length > MAX_FILE_BYTES) return refusal(file, null, [{ severity: 'error', where: '', field: '', message: `the file is ${(bytes.length / 1048576).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1048576} MB are read` }]);
  const format = sniffFormat(bytes);
  if (format === 'xml') return parseAlertXml(bytes, file);
  if (format === 'xlsx') {
    const wb = await readXlsxRows(bytes);
    if (!wb.ok) return refusal(file, 'xlsx', [{ severity: 'error', where: '', field: '', message: wb.message }]);
    return parseAlertRows(wb.rows, file, wb.sheet);
  }
  return refusal(file, null, [{ severity: 'error', where: 'line 1', field: '', message: 'neither a Safety Gate weekly report (XML) nor the portal\u2019s Excel export (.xlsx)' }]);
}
