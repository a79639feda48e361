import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { sealed } from '../../src/domain/export-envelope';
import { builtinDocument } from '../../src/domain/rule-set-document';
import { openRiskcaseDb, type Db } from '../../src/store/db';
import { copyToEdit, exportRuleSet, getRuleSet, importRuleSet, listRuleSets, publish, saveDraftFiles } from '../../src/store/rule-sets';

const files = [{ file: 'rules/rapex-2010/deadlines.rules', text: '-- ten days' }];
const builtin = builtinDocument('rapex-2010', files);
const accept = () => ({ ok: true as const });

let db: Db;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRiskcaseDb();
});

describe('rule-set store', () => {
  it('copy to edit creates numbered drafts; editing keeps the revision chain', async () => {
    const a = await copyToEdit(db, builtin);
    const b = await copyToEdit(db, builtin);
    expect(a.ok && a.record.id).toBe('rapex-2010@1');
    expect(b.ok && b.record.id).toBe('rapex-2010@2');
    if (!a.ok) return;
    const edited = await saveDraftFiles(db, a.record, [{ file: files[0].file, text: '-- five days' }]);
    expect(edited.ok).toBe(true);
    expect((await getRuleSet(db, 'rapex-2010@1'))?.files[0].text).toBe('-- five days');
    // A second save from the stale copy is refused, the other change kept.
    const stale = await saveDraftFiles(db, a.record, [{ file: files[0].file, text: '-- stale' }]);
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await getRuleSet(db, 'rapex-2010@1'))?.files[0].text).toBe('-- five days');
  });

  it('publishes only what the check accepts, and a published version is immutable', async () => {
    const a = await copyToEdit(db, builtin);
    if (!a.ok) throw new Error('copy failed');
    const refused = await publish(db, a.record, '2026-12-01', 'shorter deadline', () => ({ ok: false, problems: ['x.rules:1:1: boom'] }));
    expect(refused).toEqual({ ok: false, reason: 'invalid', problems: ['x.rules:1:1: boom'] });
    expect((await getRuleSet(db, a.record.id))?.status).toBe('draft');
    const badDate = await publish(db, a.record, '2026-13-01', '', accept);
    expect(badDate).toMatchObject({ ok: false, reason: 'invalid' });
    const ok = await publish(db, a.record, '2026-12-01', 'shorter deadline', accept, '2026-11-21T10:00:00Z');
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.record).toMatchObject({ status: 'published', effectiveFrom: '2026-12-01', note: 'shorter deadline' });
    const again = await saveDraftFiles(db, ok.record, []);
    expect(again).toMatchObject({ ok: false, reason: 'immutable' });
  });

  it('imports a file as a new draft and refuses a bad one without writing', async () => {
    const a = await copyToEdit(db, builtin);
    if (!a.ok) throw new Error('copy failed');
    const exported = JSON.parse(JSON.stringify(await exportRuleSet(a.record)));
    expect(exported.document.rev).toBeUndefined();
    const imported = await importRuleSet(db, exported);
    expect(imported.ok && imported.record.id).toBe('rapex-2010@2');
    const before = await listRuleSets(db);
    const { sha256: _s, ...body } = exported;
    const bad = await importRuleSet(db, await sealed({ ...body, document: { ...exported.document, files: 'nope' } }));
    expect(bad).toEqual({ ok: false, message: 'document.files: at least one rule file' });
    expect(await listRuleSets(db)).toEqual(before);
  });

  it('refuses a file changed after its export, and one with fields the format does not know', async () => {
    const a = await copyToEdit(db, builtin);
    if (!a.ok) throw new Error('copy failed');
    const exported = JSON.parse(JSON.stringify(await exportRuleSet(a.record)));
    expect(exported.sha256).toMatch(/^[0-9a-f]{64}$/);
    const before = await listRuleSets(db);
    const changed = { ...exported, document: { ...exported.document, note: 'edited by hand' } };
    expect(await importRuleSet(db, changed)).toEqual({ ok: false, message: 'sha256: the checksum does not match: the file was changed or damaged after it was exported' });
    const { sha256: _s, ...body } = exported;
    expect(await importRuleSet(db, body)).toEqual({ ok: false, message: 'sha256: the checksum is missing or is not a SHA-256 value (64 hexadecimal digits)' });
    const extra = await importRuleSet(db, await sealed({ ...body, document: { ...exported.document, payload: 'x'.repeat(30_000_000) } }));
    expect(extra).toEqual({ ok: false, message: 'document.payload: unknown field' });
    const proto = await importRuleSet(db, await sealed(JSON.parse(JSON.stringify(body).replace('"document":{', '"document":{"constructor":{"prototype":{}},'))));
    expect(proto).toEqual({ ok: false, message: 'document.constructor: the key "constructor" is not allowed' });
    expect(await listRuleSets(db)).toEqual(before);
  });
});
