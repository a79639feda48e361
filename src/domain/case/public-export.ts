// The public export: the published cases' public summaries, and nothing else — the file a public
// site or a weekly overview is built from. It is made only from `publicSummary`, so whatever the
// summary withholds (confidential parts, internal documents, distribution lists) never gets here.
import { publicSummary, type PublicSummary } from './public-summary';
import type { CaseFile, IsoDate } from './types';

export const PUBLIC_EXPORT_FORMAT = 'riskcase-public/1';

export interface PublicExport {
  format: typeof PUBLIC_EXPORT_FORMAT;
  generated: IsoDate;
  items: PublicSummary[];
}

export function publicExport(cases: readonly CaseFile[], generated: IsoDate): PublicExport {
  const items = cases.map(publicSummary).filter((s): s is PublicSummary => s !== null);
  // Newest validation first, then by reference, so the file is stable for the same cases.
  items.sort((a, b) => (b.validated ?? '').localeCompare(a.validated ?? '') || a.reference.localeCompare(b.reference));
  return { format: PUBLIC_EXPORT_FORMAT, generated, items };
}

export function publicExportJson(cases: readonly CaseFile[], generated: IsoDate): string {
  return JSON.stringify(publicExport(cases, generated), null, 2);
}
