// The versions a notification keeps: each with its sections and what changed since the last one.
import { describe, expect, it } from 'vitest';
import { socketProtectorCase } from '../../../src/demo/cases';
import { contentBeforeUpdate, contentOf, recordVersion, valueAt, versionChanges, withContent } from '../../../src/domain/case/versions';
import type { CaseFile } from '../../../src/domain/case/types';

const base = (): CaseFile => socketProtectorCase();

describe('notification versions', () => {
  it('keeps each version\u2019s sections and names what changed, with the values before and after', () => {
    let c = recordVersion(base(), { date: '2026-03-28', note: 'submitted', status: 'submitted' });
    c = { ...c, measures: [{ ...c.measures[0], adopted: '2026-03-29' }], risk: { ...c.risk, conclusions: 'Revised' } };
    c = recordVersion(c, { date: '2026-04-20', note: 'update sent', status: 'updated' });
    const vs = c.notification!.versions;
    expect(vs.map((v) => v.version)).toEqual([1, 2]);
    expect(vs[0].changed).toEqual([]);
    expect(vs[1].changed).toEqual(['risk.conclusions', 'measures[0].adopted']);
    expect(versionChanges(vs, 1)).toEqual([
      { path: 'risk.conclusions', before: base().risk.conclusions, after: 'Revised' },
      { path: 'measures[0].adopted', before: '2026-03-27', after: '2026-03-29' },
    ]);
    // The earlier version is kept as it was, not as the case is now.
    expect(vs[0].content!.measures[0].adopted).toBe('2026-03-27');
  });

  it('a refused update goes back to the version before it', () => {
    let c = recordVersion(base(), { date: '2026-03-31', note: 'validated', status: 'validated' });
    c = recordVersion({ ...c, product: { ...c.product, name: 'Socket covers' } }, { date: '2026-04-20', note: 'update sent', status: 'updated' });
    const before = contentBeforeUpdate(c.notification!);
    expect(before!.product.name).toBe('Socket protectors');
    expect(withContent(c, before!).product.name).toBe('Socket protectors');
    // Only the sections are restored: the lifecycle and the versions stay.
    expect(withContent(c, before!).notification!.versions).toHaveLength(2);
  });

  it('content is a copy: later edits of the case do not change a kept version', () => {
    const c = base();
    const kept = contentOf(c);
    c.product.name = 'changed in place';
    expect(kept.product.name).toBe('Socket protectors');
  });

  it('reads values by path, with indices', () => {
    const content = contentOf(base());
    expect(valueAt(content, 'traceability.importers[0].name')).toBe('Nordic Baby Supplies AS');
    expect(valueAt(content, 'measures[4].adopted')).toBeUndefined();
  });
});
