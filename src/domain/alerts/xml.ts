// Safety Gate's weekly report XML: root `Safety-Gate` with `report_date`, `report_year`,
// `report_week`, then one `notifications` element per alert. Values come in CDATA sections or as
// plain text; an empty value is `xsi:nil="true"`. Read with fast-xml-parser, whose validator
// gives the line and column of a well-formedness error; each alert's line comes from the
// parser's metadata. A file with any error is refused whole.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CalendarDate } from '../calendar-date';
import { AlertsByNumber, cleanValue, emptyAlert, fileResult, refusal, setField } from './build';
import { decodeText, lineFinder } from './decode';
import { LIST_FIELDS, XML_ELEMENTS } from './fields';
import { weeksInYear } from './iso-week';
import type { AlertFileResult, AlertSource, ImportProblem } from './types';

const ROOT = 'Safety-Gate';
const ITEM = 'notifications';
const HEADER = new Set(['report_date', 'report_year', 'report_week']);
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // CDATA is merged into the element's text: `<name><![CDATA[a & b]]></name>` is "a & b".
  cdataPropName: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  isArray: (_name, jpath) => jpath === `${ROOT}.${ITEM}`,
});

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function isNil(v: Node): boolean {
  return Object.entries(v).some(([k, x]) => /^@(?:[\w.-]+:)?nil$/.test(k) && (x === 'true' || x === '1'));
}

/** The text of an element: a string, '' for xsi:nil or an empty element, or null when it holds elements. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (!isNode(v)) return null;
  if (isNil(v)) return '';
  const children = Object.keys(v).filter((k) => !k.startsWith('@') && k !== '#text');
  if (children.length > 0) return null;
  const t = v['#text'];
  return typeof t === 'string' ? t : t === undefined ? '' : String(t);
}

/** Every text inside an element (for `pictures`, which may hold one element per picture). */
function leaves(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) leaves(x, out);
  else if (isNode(v) && !isNil(v)) for (const [k, x] of Object.entries(v)) if (!k.startsWith('@')) leaves(x, out);
  return out;
}

/** "27/11/2026", "27.11.2026" or "2026-11-27" → "2026-11-27"; null otherwise. */
export function reportDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return CalendarDate.of(+iso[1], +iso[2], +iso[3])?.toString() ?? null;
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (dmy) return CalendarDate.of(+dmy[3], +dmy[2], +dmy[1])?.toString() ?? null;
  return null;
}

/** Reads a weekly report; `bytes` as read from disk or from a file input. */
export function parseAlertXml(bytes: Uint8Array, file: string): AlertFileResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refusal(file, 'xml', [{ severity: 'error', where: `line ${decoded.line}`, field: '', message: decoded.message }]);
  return parseAlertXmlText(decoded.text, file);
}

export function parseAlertXmlText(text: string, file: string): AlertFileResult {
  const line = lineFinder(text);
  const doctype = text.search(/<!DOCTYPE/i);
  if (doctype !== -1) {
    // Entity declarations can expand without bound; the published reports have none.
    return refusal(file, 'xml', [{ severity: 'error', where: `line ${line(doctype)}`, field: '', message: 'a DOCTYPE declaration is not allowed in a weekly report' }]);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return refusal(file, 'xml', [{ severity: 'error', where: `line ${valid.err.line}`, field: '', message: `not well-formed XML (column ${valid.err.col}): ${valid.err.msg}` }]);
  }
  const doc = parser.parse(text) as Node;
  const roots = Object.keys(doc).filter((k) => !k.startsWith('?') && !k.startsWith('#'));
  if (roots.length !== 1 || roots[0] !== ROOT || !isNode(doc[ROOT])) {
    return refusal(file, 'xml', [{ severity: 'error', where: 'line 1', field: '', message: `the root element must be <${ROOT}> (found ${roots.map((r) => `<${r}>`).join(', ') || 'none'}): this is not a Safety Gate weekly report` }]);
  }
  const root = doc[ROOT] as Node;
  const problems: ImportProblem[] = [];
  const lineOfTag = (name: string, from = 0): string => {
    const at = text.indexOf(`<${name}`, from);
    return `line ${line(at === -1 ? from : at)}`;
  };

  const header = (name: string): string => {
    const t = textOf(root[name]);
    if (Array.isArray(root[name]) || t === null) {
      problems.push({ severity: 'error', where: lineOfTag(name), field: name, message: 'must be given once, as text' });
      return '';
    }
    return t.trim();
  };
  const yearText = header('report_year');
  const weekText = header('report_week');
  const dateText = header('report_date');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  const week = /^\d{1,2}$/.test(weekText) ? Number(weekText) : NaN;
  if (!Number.isInteger(year)) problems.push({ severity: 'error', where: lineOfTag('report_year'), field: 'report_year', message: yearText ? `"${yearText}" is not a year` : 'is missing' });
  if (Number.isInteger(year) && !(week >= 1 && week <= weeksInYear(year))) {
    problems.push({ severity: 'error', where: lineOfTag('report_week'), field: 'report_week', message: weekText ? `"${weekText}" is not a week of ${year} (1-${weeksInYear(year)})` : 'is missing' });
  }
  const date = dateText ? reportDate(dateText) : null;
  if (dateText && !date) problems.push({ severity: 'warning', where: lineOfTag('report_date'), field: 'report_date', message: `"${dateText}" is not a date; the report's week is used` });

  for (const k of Object.keys(root)) {
    if (k.startsWith('@') || k === '#text' || k === ITEM || HEADER.has(k)) continue;
    problems.push({ severity: 'warning', where: lineOfTag(k), field: k, message: 'is not part of the weekly report format; ignored' });
  }

  const items = (root[ITEM] as unknown[] | undefined) ?? [];
  if (items.length === 0) problems.push({ severity: 'warning', where: '', field: ITEM, message: 'the report holds no alerts' });
  const collected = new AlertsByNumber('line');
  const unknown = new Map<string, string>();
  items.forEach((item, i) => {
    const meta = isNode(item) ? (item as Record<symbol, { startIndex?: number } | undefined>)[META] : undefined;
    const start = meta?.startIndex ?? 0;
    const where = `line ${line(start)}`;
    if (!isNode(item)) {
      problems.push({ severity: 'error', where, field: ITEM, message: `alert ${i + 1} holds no fields` });
      return;
    }
    const source: AlertSource = { file, format: 'xml', reportDate: date, year, week, at: line(start) };
    const alert = emptyAlert('', source);
    for (const [name, value] of Object.entries(item)) {
      if (name.startsWith('@') || name === '#text') continue;
      const field = XML_ELEMENTS.get(name);
      if (!field) {
        if (!unknown.has(name)) unknown.set(name, lineOfTag(name, start));
        continue;
      }
      const at = lineOfTag(name, start);
      const values = Array.isArray(value) ? value : [value];
      if (values.length > 1 && !LIST_FIELDS.has(field)) {
        problems.push({ severity: 'error', where: at, field: name, message: `is given ${values.length} times in one alert` });
        continue;
      }
      for (const v of values) {
        const t = field === 'pictures' ? leaves(v).join('\n') : textOf(v);
        if (t === null) {
          problems.push({ severity: 'error', where: at, field: name, message: 'must hold text, not elements' });
          continue;
        }
        setField(alert, field, cleanValue(t, at, name, problems));
      }
    }
    if (!alert.alertNumber) {
      problems.push({ severity: 'error', where, field: 'caseNumber', message: `alert ${i + 1} has no caseNumber (the alert number that identifies it)` });
      return;
    }
    collected.add(alert, where, 'caseNumber', problems);
  });
  for (const [name, where] of unknown) problems.push({ severity: 'warning', where, field: name, message: 'is not part of the weekly report format; ignored' });

  return fileResult(file, 'xml', collected.alerts, problems);
}
