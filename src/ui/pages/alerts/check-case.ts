// The case page's "already notified?" check, loaded when it is asked for.
import { checkAlreadyNotified, type AlreadyNotifiedHit } from '../../../domain/alerts/already-notified';
import type { CaseFile } from '../../../domain/case/types';
import { duplicateIndex } from './alerts-data';

export async function checkCase(c: CaseFile): Promise<AlreadyNotifiedHit[]> {
  const p = c.product;
  return checkAlreadyNotified(await duplicateIndex(), { caseId: c.id, name: p.name || c.title, brand: p.brand, model: p.model, barcode: p.barcode, batch: p.batch, description: p.description, country: c.notification?.notifyingCountry || c.country });
}
