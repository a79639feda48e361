import { describe, expect, it } from 'vitest';
import { hammer } from '../../src/demo/assessments';
import { emptyCase } from '../../src/domain/case/empty';
import { parseRecordBody } from '../../src/domain/sync/record-body';
import { changeInWords, pathInWords } from '../../src/domain/sync/change-words';

describe('parseRecordBody', () => {
  it('reads a case body with the import parser and names a bad field by its path', () => {
    const file = emptyCase({ id: 'c-1', created: '2026-11-02', regimeId: 'rapex-2010' });
    expect(parseRecordBody('case', 'c-1', { file, state: 'draft', barcode: '' }).ok).toBe(true);
    const bad = parseRecordBody('case', 'c-1', { file: { ...file, created: '2026-02-30' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0].field).toBe('file.created');
  });

  it('refuses a case body whose id is not the record’s', () => {
    const file = emptyCase({ id: 'c-2', created: '2026-11-02', regimeId: 'rapex-2010' });
    const r = parseRecordBody('case', 'c-1', { file });
    expect(r.ok ? null : r.errors[0].field).toBe('file.id');
  });

  it('refuses prototype keys anywhere, and unknown top-level fields', () => {
    const withProto = JSON.parse('{"doc": {}, "wizard": {"constructor": 1}}');
    const r = parseRecordBody('assessment', 'a-1', withProto);
    expect(r.ok ? null : r.errors[0]).toEqual({ field: 'wizard.constructor', message: 'the key "constructor" is not allowed' });
    const extra = parseRecordBody('assessment', 'a-1', { doc: hammer, junk: 1 });
    expect(extra.ok ? null : extra.errors.map((e) => e.field)).toEqual(['junk']);
  });

  it('reads an assessment and a rule-set body', () => {
    expect(parseRecordBody('assessment', 'a-1', { doc: hammer, wizard: null }).ok).toBe(true);
    const rs = { id: 'rapex-2010@1', regimeId: 'rapex-2010', version: 1, status: 'draft', effectiveFrom: null, basedOn: 'rapex-2010@builtin', note: '', files: [{ file: 'rules/rapex-2010/x.rules', text: 'x' }], createdAt: '2026-01-01T00:00:00Z', publishedAt: null };
    expect(parseRecordBody('rule-set', 'rapex-2010@1', rs).ok).toBe(true);
    const wrong = parseRecordBody('rule-set', 'rapex-2010@2', rs);
    expect(wrong.ok ? null : wrong.errors[0].field).toBe('id');
  });
});

describe('changeInWords', () => {
  it('says what changed with words, never values', () => {
    expect(pathInWords('traceability.importers[0].contactPerson')).toBe('traceability → importers 1 → contact person');
    const s = changeInWords('Case file', { product: { name: 'A' } }, { product: { name: 'Secret name' } });
    expect(s).toBe('Case file changed: product → name');
    expect(s).not.toContain('Secret');
    expect(changeInWords('Case file', null, {})).toBe('Case file created');
    expect(changeInWords('Case file', {}, null)).toBe('Case file deleted');
  });
});
