// Re-importing: a changed alert is updated (with what changed and the week), an unchanged one
// left, none duplicated; an alert absent from a later week stays as it was; an older file does
// not overwrite a newer version.
import { describe, expect, it } from 'vitest';
import { mergeAlert, type RegisterEntry } from '../../../src/domain/alerts/register';
import type { Alert } from '../../../src/domain/alerts/types';
import { parseAlertXml } from '../../../src/domain/alerts/xml';
import { bytes, KETTLE, weeklyReportXml } from './files';

function alertOf(week: number, patch: Record<string, string | null> = {}): Alert {
  const r = parseAlertXml(bytes(weeklyReportXml({ week, alerts: [{ ...KETTLE, ...patch }] })), `w${week}.xml`);
  if (!r.ok) throw new Error('fixture');
  return r.value.alerts[0];
}

const AT = '2026-12-01T10:00:00.000Z';

function entryOf(a: Alert): RegisterEntry {
  const m = mergeAlert(undefined, a, AT);
  if (m.kind !== 'new') throw new Error('expected new');
  return m.entry;
}

describe('register merge', () => {
  it('adds a new alert with the week it was published in', () => {
    const e = entryOf(alertOf(48));
    expect(e).toMatchObject({ id: 'A12/01234/26', firstWeek: '2026-W48', weeks: ['2026-W48'], history: [{ change: 'new', week: '2026-W48', file: 'w48.xml' }] });
  });

  it('leaves an unchanged alert, even from another file', () => {
    expect(mergeAlert(entryOf(alertOf(48)), alertOf(48), AT)).toEqual({ kind: 'unchanged' });
  });

  it('updates a changed alert and names the fields', () => {
    const m = mergeAlert(entryOf(alertOf(48)), alertOf(50, { measures: 'Recall of the product from end users', level: 'High risk' }), AT);
    expect(m.kind).toBe('updated');
    if (m.kind !== 'updated') return;
    expect(m.fields).toEqual(['riskLevel', 'measures']);
    expect(m.entry).toMatchObject({ firstWeek: '2026-W48', weeks: ['2026-W48', '2026-W50'], alert: { riskLevel: 'High risk', source: { week: 50 } } });
    expect(m.entry.history.map((h) => h.change)).toEqual(['new', 'updated']);
  });

  it('keeps a newer version when an older file comes in later', () => {
    const newer = mergeAlert(entryOf(alertOf(48)), alertOf(50, { level: 'High risk' }), AT);
    if (newer.kind !== 'updated') throw new Error('expected update');
    expect(mergeAlert(newer.entry, alertOf(48), AT)).toEqual({ kind: 'older', keptWeek: '2026-W50' });
  });
});
