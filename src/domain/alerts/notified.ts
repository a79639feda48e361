// What "already notified?" searches: the authority's own cases and the imported alerts as one kind
// of entry, so one search and one duplicate check cover both.
import { notifiedProductOf } from '../case/duplicates';
import type { CaseFile } from '../case/types';
import { countryCode } from './countries';
import type { Alert } from './types';

export interface NotifiedEntry {
  kind: 'case' | 'alert';
  /** Case id, or alert number. */
  id: string;
  /** The notification's or alert's number; null for a case not (yet) numbered. */
  number: string | null;
  /** ISO code where known. */
  notifyingCountry: string;
  /** For a case: its own notification was submitted (and not withdrawn); an alert always is. */
  notified: boolean;
  name: string;
  /** The kind of product (alerts: "Toy car"); '' for cases. */
  product: string;
  brand: string;
  model: string;
  barcodes: string[];
  batches: string[];
  description: string;
  category: string;
  countryOfOrigin: string;
  /** Risk type(s) or hazard. */
  risk: string;
}

export function entryOfAlert(a: Alert): NotifiedEntry {
  return {
    kind: 'alert',
    id: a.alertNumber,
    number: a.alertNumber,
    notifyingCountry: countryCode(a.notifyingCountry),
    notified: true,
    name: a.name,
    product: a.product,
    brand: a.brand,
    model: a.model,
    barcodes: a.barcode,
    batches: a.batch,
    description: a.description,
    category: a.category,
    countryOfOrigin: countryCode(a.countryOfOrigin),
    risk: a.riskType.join(', '),
  };
}

export function entryOfCase(c: CaseFile): NotifiedEntry {
  const p = c.product;
  const n = notifiedProductOf(c);
  return {
    kind: 'case',
    id: c.id,
    number: c.notification?.number ?? null,
    notifyingCountry: countryCode(c.notification?.notifyingCountry || c.country),
    notified: n !== null,
    name: p.name || c.title,
    product: '',
    brand: p.brand,
    model: p.model,
    barcodes: p.barcode ? [p.barcode] : [],
    batches: p.batch ? [p.batch] : [],
    description: p.description,
    category: p.category,
    countryOfOrigin: countryCode(c.traceability.origin),
    risk: c.risk.hazard,
  };
}

/** The app's link to an entry. */
export function entryHref(e: Pick<NotifiedEntry, 'kind' | 'id'>): string {
  return e.kind === 'case' ? `#/cases/${encodeURIComponent(e.id)}` : `#/alerts/${encodeURIComponent(e.id)}`;
}
