// A path in the case file ("traceability.importers[0].address") in words for people: "Importer 1 —
// Address". Every message, history line and version difference on the case pages names fields
// this way, never by their path. Labels come from the message catalog (cases.field.*, cases.item.*).
import { t } from '../../../i18n';

/** Lists of the case and how one item is called ("Importer {n}"), with the catalog prefix of its fields. */
const LISTS: readonly { key: string; item: string; fields: string }[] = [
  { key: 'traceability.exporters', item: 'cases.item.exporter', fields: 'cases.field.party.' },
  { key: 'traceability.importers', item: 'cases.item.importer', fields: 'cases.field.party.' },
  { key: 'traceability.distributors', item: 'cases.item.distributor', fields: 'cases.field.party.' },
  { key: 'traceability.retailers', item: 'cases.item.retailer', fields: 'cases.field.party.' },
  { key: 'traceability.destinations', item: 'cases.item.destination', fields: 'cases.field.party.' },
  { key: 'measures', item: 'cases.item.measure', fields: 'cases.field.measure.' },
  { key: 'testResults', item: 'cases.item.test', fields: 'cases.field.test.' },
  { key: 'accidents', item: 'cases.item.accident', fields: 'cases.field.accident.' },
  { key: 'attachments', item: 'cases.item.attachment', fields: 'cases.field.attachment.' },
  { key: 'product.photos', item: 'cases.item.photo', fields: 'cases.field.photo.' },
  { key: 'product.photoIds', item: 'cases.item.photo', fields: 'cases.field.photo.' },
  { key: 'events', item: 'cases.item.event', fields: 'cases.field.event.' },
  { key: 'entries', item: 'cases.item.entry', fields: 'cases.field.entry.' },
  { key: 'reactions', item: 'cases.item.reaction', fields: 'cases.field.reaction.' },
  { key: 'risk.assessments', item: 'cases.item.assessment', fields: 'cases.field.assessment.' },
  { key: 'regulations.legalProvisions', item: 'cases.item.provision', fields: '' },
  { key: 'regulations.standards', item: 'cases.item.standard', fields: '' },
];

/** The parts inside a reaction are labelled as the reaction form labels them. */
const REACTION_LISTS: readonly { key: string; item: string; fields: string }[] = [
  { key: 'productFound.measures', item: 'cases.item.measure', fields: 'cases.field.measure.' },
  { key: 'differentRiskAssessment.testResults', item: 'cases.item.test', fields: 'cases.field.test.' },
  { key: 'differentRiskAssessment.accidents', item: 'cases.item.accident', fields: 'cases.field.accident.' },
  { key: 'additionalInformation.parties', item: 'cases.item.party', fields: 'cases.field.party.' },
];

function known(key: string, params?: Record<string, string | number>): string | null {
  const s = t(key, params);
  return s === key ? null : s;
}

/** "machineSnapshot" → "machine snapshot": the last resort, still words and never a path. */
function words(segment: string): string {
  const w = segment.replace(/\[\d+\]/g, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_.]/g, ' ').toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function labelIn(path: string, lists: readonly { key: string; item: string; fields: string }[], prefix: string): string {
  for (const l of lists) {
    const m = new RegExp(`^${l.key.replace(/\./g, '\\.')}(?:\\[(\\d+)\\])?(?:\\.(.+))?$`).exec(path);
    // A field below a list is one of its items' ("measures[0].adopted"); "product.photos.label" is not.
    if (!m || (m[1] === undefined && m[2] !== undefined)) continue;
    if (m[1] === undefined && m[2] === undefined) return known(`cases.field.${prefix}${l.key}`) ?? known(`cases.list.${prefix}${l.key}`) ?? words(l.key.split('.').pop()!);
    const item = m[1] !== undefined ? known(l.item, { n: Number(m[1]) + 1 }) ?? words(l.key) : known(`cases.list.${prefix}${l.key}`) ?? words(l.key);
    if (m[2] === undefined) return item;
    const rest = m[2].replace(/\[\d+\]/g, '');
    const field = (l.fields && known(`${l.fields}${rest}`)) ?? known(`cases.field.${prefix}${l.key}.${rest}`) ?? words(rest.split('.').pop()!);
    return `${item} — ${field}`;
  }
  const exact = known(`cases.field.${prefix}${path.replace(/\[\d+\]/g, '')}`);
  return exact ?? words(path.split('.').pop()!);
}

/** A field of the case file in words. */
export function fieldLabel(path: string): string {
  const r = /^reactions\[(\d+)\]\.(.+)$/.exec(path);
  if (r) return `${t('cases.item.reaction', { n: Number(r[1]) + 1 })} — ${labelIn(r[2], REACTION_LISTS, 'reaction.')}`;
  return labelIn(path, LISTS, '');
}

/** A field of one reaction (paths relative to the reaction) in words. */
export function reactionFieldLabel(path: string): string {
  return labelIn(path, REACTION_LISTS, 'reaction.');
}

/** Labels of several fields, each once, in order: "Product name, Brand". */
export function fieldList(paths: readonly string[]): string {
  return [...new Set(paths.map(fieldLabel))].join(', ');
}
