// Which stored subjects a new rule-set version governs from its effective date: a case decided
// under a recorded version keeps it; an undecided case and an undated assessment are governed from
// the date (only if still undecided, while the date is ahead); a dated assessment by its date;
// a later published version takes over from its own date. Then the scoped preview over the real
// rapex-2010 rules compares only what the version governs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/domain/calendar-date';
import { impactScope, type ScopeFacts, type VersionWindow } from '../../src/domain/impact-scope';
import { scopedImpactPreview, type ImpactSubject } from '../../src/domain/impact';
import type { CompiledRuleSet, RuleSource } from '../../src/rules/api';
import { loadRegime } from '../../src/rules/load';
import { assessmentSubject, summariserFor } from '../../src/ui/pages/rulesets/impact-subjects';
import { regimeSources, ruleSet } from '../helpers/regimes';

const d = (s: string) => CalendarDate.parse(s)!;
const TODAY = d('2026-12-05');
const undecidedCase: ScopeFacts = { kind: 'case', decidedUnder: null, date: null };
const undated: ScopeFacts = { kind: 'assessment', decidedUnder: null, date: null };
const dated = (s: string): ScopeFacts => ({ kind: 'assessment', decidedUnder: null, date: d(s) });
const from = (s: string, until?: [string, string]): VersionWindow => ({ from: d(s), until: until ? { id: until[0], from: d(until[1]) } : null });

describe('impact scope', () => {
  it('leaves a case decided under a recorded version alone, whatever the dates', () => {
    const decided: ScopeFacts = { kind: 'case', decidedUnder: 'rapex-2010@builtin', date: null };
    expect(impactScope(decided, from('2026-01-01'), TODAY)).toEqual({ governed: false, reason: 'decided-under', version: 'rapex-2010@builtin' });
    expect(impactScope(decided, from('2027-01-01'), TODAY).governed).toBe(false);
  });

  it('governs an undecided case from the effective date: at once when it has come, conditionally while ahead', () => {
    expect(impactScope(undecidedCase, from('2026-12-05'), TODAY)).toEqual({ governed: true, reason: 'undecided', from: '2026-12-05', pending: false });
    expect(impactScope(undecidedCase, from('2026-12-06'), TODAY)).toEqual({ governed: true, reason: 'undecided', from: '2026-12-06', pending: true });
    expect(impactScope(undated, from('2027-01-01'), TODAY)).toEqual({ governed: true, reason: 'undated', from: '2027-01-01', pending: true });
  });

  it('decides a dated assessment by its own date, from the effective date until the next version', () => {
    const w = from('2026-06-01', ['rapex-2010@3', '2027-03-01']);
    expect(impactScope(dated('2026-05-31'), w, TODAY)).toEqual({ governed: false, reason: 'dated-before', date: '2026-05-31', from: '2026-06-01' });
    expect(impactScope(dated('2026-06-01'), w, TODAY)).toEqual({ governed: true, reason: 'dated', date: '2026-06-01' });
    expect(impactScope(dated('2027-02-28'), w, TODAY)).toEqual({ governed: true, reason: 'dated', date: '2027-02-28' });
    expect(impactScope(dated('2027-03-01'), w, TODAY)).toEqual({ governed: false, reason: 'later-version', version: 'rapex-2010@3', from: '2027-03-01' });
  });

  it('gives undecided subjects to a later version already in force today', () => {
    // Published for 2026-01-01, but rapex-2010@3 took over on 2026-11-01: today that one decides.
    const w = from('2026-01-01', ['rapex-2010@3', '2026-11-01']);
    expect(impactScope(undecidedCase, w, TODAY)).toEqual({ governed: false, reason: 'later-version', version: 'rapex-2010@3', from: '2026-11-01' });
    expect(impactScope(undated, w, TODAY).governed).toBe(false);
    // Taking over next year: the undecided case is governed until then.
    expect(impactScope(undecidedCase, from('2026-01-01', ['rapex-2010@3', '2027-01-01']), TODAY).governed).toBe(true);
  });
});

function compiled(file: string, change: (text: string) => string): CompiledRuleSet {
  const sources: RuleSource[] = regimeSources('rapex-2010').map((s) => (s.file.endsWith(`/${file}`) ? { file: s.file, text: change(s.text) } : s));
  const r = loadRegime(sources, (id) => regimeSources(id));
  if (!r.ruleSet) throw new Error(r.diagnostics.map((x) => `${x.file}:${x.line}:${x.column}: ${x.message}`).join('\n'));
  return r.ruleSet;
}

const caseDoc = (name: string) => JSON.parse(readFileSync(`examples/cases/${name}.json`, 'utf8')) as unknown;
const chairDoc = () => JSON.parse(readFileSync('examples/assessments/folding-chair.json', 'utf8')) as Record<string, unknown>;

describe('scoped impact preview', () => {
  it('compares only what the version governs and says why the rest stays', () => {
    const sevenDays = compiled('deadlines.rules', (t) => t.replace('due 10 calendar days after obligatoryAdopted', 'due 7 calendar days after obligatoryAdopted'));
    const subjects: ImpactSubject[] = [
      { id: 'open', title: 'Open case', kind: 'case', document: caseDoc('article-11-measure'), decidedUnder: null },
      { id: 'decided', title: 'Decided case', kind: 'case', document: caseDoc('article-11-measure'), decidedUnder: 'rapex-2010@builtin' },
    ];
    const r = scopedImpactPreview(ruleSet(), sevenDays, subjects, summariserFor, from('2027-01-01'), TODAY);
    // Both cases would move under the new period; only the undecided one will be decided by it.
    expect(r.changes.map((c) => [c.subjectId, c.what, c.before, c.after])).toEqual([['open', 'deadline send-notification', '2026-03-02', '2026-02-27']]);
    expect(r.governed.map((g) => [g.subjectId, g.scope.reason])).toEqual([['open', 'undecided']]);
    expect(r.notGoverned).toEqual([{ subjectId: 'decided', title: 'Decided case', kind: 'case', scope: { governed: false, reason: 'decided-under', version: 'rapex-2010@builtin' } }]);
  });

  it('leaves an assessment dated before the effective date out of the comparison', () => {
    // Folding chair s1 and s2 sit in the matrix cell band 4 × severity 1 (Appendix 5, table 4).
    const matrix = compiled('risk.rules', (t) => t.replace(/^(\s+4\s+)low(\s+high)/m, '$1medium$2'));
    const before = assessmentSubject({ id: 'before', doc: { ...chairDoc(), date: '2026-12-31' } });
    const on = assessmentSubject({ id: 'on', doc: { ...chairDoc(), date: '2027-01-01' } });
    const r = scopedImpactPreview(ruleSet(), matrix, [before, on], summariserFor, from('2027-01-01'), TODAY);
    expect(r.changes.map((c) => [c.subjectId, c.what])).toEqual([['on', 'risk s1'], ['on', 'risk s2']]);
    expect(r.notGoverned.map((s) => [s.subjectId, s.scope])).toEqual([['before', { governed: false, reason: 'dated-before', date: '2026-12-31', from: '2027-01-01' }]]);
  });
});
