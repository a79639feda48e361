import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/domain/calendar-date';
import {
  builtinDocument,
  draftFrom,
  envelopeOf,
  parseRuleSetEnvelope,
  versionInForce,
  type RuleSetDocument,
} from '../../src/domain/rule-set-document';

const files = [{ file: 'rules/rapex-2010/regime.rules', text: 'regime "rapex-2010"' }];
const builtin = builtinDocument('rapex-2010', files);

function published(version: number, effectiveFrom: string): RuleSetDocument {
  return { ...draftFrom(builtin, version, '2026-01-01T00:00:00Z'), status: 'published', effectiveFrom };
}

describe('rule-set versions', () => {
  it('a draft copy is the next version, based on its source, with its own copy of the files', () => {
    const d = draftFrom(builtin, 3, 'now');
    expect(d.id).toBe('rapex-2010@3');
    expect(d.basedOn).toBe('rapex-2010@builtin');
    expect(d.status).toBe('draft');
    d.files[0].text = 'changed';
    expect(builtin.files[0].text).toBe('regime "rapex-2010"');
  });

  it('the version in force is the latest published one effective on or before the date', () => {
    const docs = [builtin, published(1, '2026-03-01'), published(2, '2026-06-01'), { ...draftFrom(builtin, 3, 'x') }];
    const on = (d: string) => versionInForce(docs, 'rapex-2010', CalendarDate.parse(d)!)?.id;
    expect(on('2026-02-28')).toBe('rapex-2010@builtin');
    expect(on('2026-03-01')).toBe('rapex-2010@1');
    expect(on('2026-05-31')).toBe('rapex-2010@1');
    expect(on('2026-06-01')).toBe('rapex-2010@2');
    expect(versionInForce(docs, 'rapex-2004', CalendarDate.parse('2026-06-01')!)).toBeUndefined();
  });

  it('drafts never come into force', () => {
    const draft = { ...draftFrom(builtin, 1, 'x'), effectiveFrom: '2020-01-01' };
    expect(versionInForce([builtin, draft], 'rapex-2010', CalendarDate.parse('2026-01-01')!)?.id).toBe('rapex-2010@builtin');
  });
});

describe('rule-set files', () => {
  it('round-trips through the export envelope', () => {
    const doc = published(2, '2026-06-01');
    const r = parseRuleSetEnvelope(JSON.parse(JSON.stringify(envelopeOf(doc))));
    expect(r).toEqual({ ok: true, value: doc });
  });

  it.each([
    [null, 'not a Riskcase rule-set export'],
    [{ format: 'other' }, 'format: expected "riskcase-ruleset"'],
    [{ format: 'riskcase-ruleset', formatVersion: 2 }, 'formatVersion'],
    [{ format: 'riskcase-ruleset', formatVersion: 1, document: { regimeId: 'Bad Id!', version: 1, status: 'draft', files: [] } }, 'document.regimeId'],
    [{ format: 'riskcase-ruleset', formatVersion: 1, document: { regimeId: 'x', version: 1, status: 'published', effectiveFrom: '2026-02-30', files: files } }, 'document.effectiveFrom: "2026-02-30" is not a calendar date'],
    [{ format: 'riskcase-ruleset', formatVersion: 1, document: { regimeId: 'x', version: 1, status: 'published', files: files } }, 'needs its effective date'],
    [{ format: 'riskcase-ruleset', formatVersion: 1, document: { regimeId: 'x', version: 1, status: 'draft', files: [{ file: '../../etc/passwd.rules', text: '' }] } }, 'document.files[0].file'],
    [{ format: 'riskcase-ruleset', formatVersion: 1, document: { regimeId: 'x', version: 1, status: 'draft', files: [{ file: 'a.rules', text: 42 }] } }, 'document.files[0].text'],
  ])('rejects %j naming the problem', (json, message) => {
    const r = parseRuleSetEnvelope(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
