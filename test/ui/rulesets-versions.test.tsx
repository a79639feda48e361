// The app's view of rule-set versions (src/ui/regimes.ts): the version in force on a date — the
// built-in one until a published version's effective date — and any version by its exact id,
// which is what a case stores as the version it was decided under.
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/domain/calendar-date';
import { copyToEdit, publish, saveDraftFiles } from '../../src/store/rule-sets';
import { builtinRuleSetDocument } from '../../src/ui/builtin-documents';
import { getRuleSetVersion, ruleSetDocuments, ruleSetInForce, ruleSetVersionsDb } from '../../src/ui/regimes';

const date = (s: string) => CalendarDate.parse(s)!;
// examples/cases/article-11-measure.json: obligatory withdrawal adopted 2026-02-20.
const article11Case = {
  product: { name: 'Night light', consumerProduct: true },
  risk: { level: 'medium' },
  crossBorder: true,
  measures: [{ type: 'obligatory', category: 'withdrawal', adopted: '2026-02-20', scope: 'national' }],
  events: [],
};

function sendBy(rs: Awaited<ReturnType<typeof getRuleSetVersion>>): string | undefined {
  const bound = rs.bindFacts('case', article11Case);
  if (!bound.ok) throw new Error(JSON.stringify(bound.errors));
  const d = rs.deadlines(bound.facts);
  return d.ok ? d.value.find((x) => x.action === 'send-notification')?.due.toString() : undefined;
}

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  const db = await ruleSetVersionsDb();
  // Version 1 of rapex-2010: Article 11 in 7 days, published from 2027-01-01.
  const draft = await copyToEdit(db, builtinRuleSetDocument('rapex-2010')!);
  if (!draft.ok) throw new Error('copy failed');
  const files = draft.record.files.map((f) =>
    f.file.endsWith('deadlines.rules') ? { ...f, text: f.text.replace('due 10 calendar days after obligatoryAdopted', 'due 7 calendar days after obligatoryAdopted') } : f,
  );
  const saved = await saveDraftFiles(db, draft.record, files);
  if (!saved.ok) throw new Error('save failed');
  const published = await publish(db, saved.record, '2027-01-01', 'seven days', () => ({ ok: true }));
  if (!published.ok) throw new Error('publish failed');
  // Version 2: a draft, which decides nothing.
  await copyToEdit(db, published.record);
});

describe('rule-set versions in the app', () => {
  it('lists the built-in version first, then the stored ones', async () => {
    const docs = await ruleSetDocuments('rapex-2010');
    expect(docs.map((d) => [d.id, d.status])).toEqual([
      ['rapex-2010@builtin', 'builtin'],
      ['rapex-2010@1', 'published'],
      ['rapex-2010@2', 'draft'],
    ]);
  });

  it('gives the built-in version before the effective date and the published one from it', async () => {
    const before = await ruleSetInForce('rapex-2010', date('2026-12-31'));
    expect(before.version).toBe('rapex-2010@builtin');
    expect(sendBy(before.ruleSet)).toBe('2026-03-02');
    const from = await ruleSetInForce('rapex-2010', date('2027-01-01'));
    expect(from.version).toBe('rapex-2010@1');
    expect(sendBy(from.ruleSet)).toBe('2026-02-27');
    // Another regime is not affected.
    expect((await ruleSetInForce('rapex-2004', date('2027-06-01'))).version).toBe('rapex-2004@builtin');
  });

  it('gives a version by its exact id, compiled once', async () => {
    const a = await getRuleSetVersion('rapex-2010@1');
    expect(await getRuleSetVersion('rapex-2010@1')).toBe(a);
    expect(sendBy(a)).toBe('2026-02-27');
    expect(sendBy(await getRuleSetVersion('rapex-2010@builtin'))).toBe('2026-03-02');
  });

  it('refuses drafts and unknown versions', async () => {
    await expect(getRuleSetVersion('rapex-2010@2')).rejects.toThrow('rapex-2010@2 is a draft: only published versions decide cases');
    await expect(getRuleSetVersion('rapex-2010@9')).rejects.toThrow('rapex-2010@9 is not stored in this browser');
  });
});
