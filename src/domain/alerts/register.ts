// The reference register of alerts: one entry per alert number, holding the latest version read
// and the weeks it was published or changed in. Re-importing a file updates what changed and never
// adds an alert twice. A weekly file holds one week, so an alert absent from a later file is left
// as it is (not withdrawn); a file older than the version kept does not overwrite it.
import { changedFields } from './build';
import { weekKey } from './iso-week';
import type { Alert, AlertField } from './types';

export interface RegisterChange {
  week: string;
  file: string;
  /** ISO timestamp of the import (display only). */
  importedAt: string;
  change: 'new' | 'updated';
  /** For an update: the fields that changed. */
  fields: AlertField[];
}

export interface RegisterEntry {
  /** The alert number. */
  id: string;
  alert: Alert;
  /** Week of first publication, "YYYY-Www". */
  firstWeek: string;
  /** Every week the alert was published or changed in, oldest first (indexed: the weekly overview). */
  weeks: string[];
  history: RegisterChange[];
}

export type MergeOutcome =
  | { kind: 'new'; entry: RegisterEntry }
  | { kind: 'updated'; entry: RegisterEntry; fields: AlertField[] }
  | { kind: 'unchanged' }
  /** The file is older than the version kept, and differs from it: the newer version stays. */
  | { kind: 'older'; keptWeek: string };

export const alertWeek = (a: Alert): string => weekKey({ year: a.source.year, week: a.source.week });

export function mergeAlert(existing: RegisterEntry | undefined, incoming: Alert, importedAt: string): MergeOutcome {
  const week = alertWeek(incoming);
  if (!existing) {
    return { kind: 'new', entry: { id: incoming.alertNumber, alert: incoming, firstWeek: week, weeks: [week], history: [{ week, file: incoming.source.file, importedAt, change: 'new', fields: [] }] } };
  }
  const fields = changedFields(existing.alert, incoming);
  if (fields.length === 0) return { kind: 'unchanged' };
  const kept = alertWeek(existing.alert);
  if (week < kept) return { kind: 'older', keptWeek: kept };
  const weeks = existing.weeks.includes(week) ? existing.weeks : [...existing.weeks, week].sort();
  return {
    kind: 'updated',
    fields,
    entry: { ...existing, alert: incoming, weeks, firstWeek: weeks[0], history: [...existing.history, { week, file: incoming.source.file, importedAt, change: 'updated', fields }] },
  };
}

export interface ImportSummary {
  added: string[];
  updated: string[];
  unchanged: number;
  /** Alert numbers whose stored version is newer than the file's. */
  older: string[];
}

export const emptySummary = (): ImportSummary => ({ added: [], updated: [], unchanged: 0, older: [] });

export function tally(summary: ImportSummary, id: string, outcome: MergeOutcome): void {
  if (outcome.kind === 'new') summary.added.push(id);
  else if (outcome.kind === 'updated') summary.updated.push(id);
  else if (outcome.kind === 'older') summary.older.push(id);
  else summary.unchanged++;
}
