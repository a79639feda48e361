// The impact preview with the real rapex-2010 rules: a shorter Article 11 period moves the due date
// of the example case, old beside new; a changed risk matrix changes an assessment's risk level;
// unchanged subjects list nothing; a subject that cannot be evaluated is listed, not dropped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { impactPreview, summariseAssessment, type ImpactSubject } from '../../src/domain/impact';
import type { CompiledRuleSet, RuleSource } from '../../src/rules/api';
import { loadRegime } from '../../src/rules/load';
import { foldingChairCase } from '../../src/demo/cases';
import { assessmentSubject, caseSubject, summariserFor } from '../../src/ui/pages/rulesets/impact-subjects';
import { regimeSources, ruleSet } from '../helpers/regimes';

function compiled(file: string, change: (text: string) => string): CompiledRuleSet {
  let changed = false;
  const sources: RuleSource[] = regimeSources('rapex-2010').map((s) => {
    if (!s.file.endsWith(`/${file}`)) return s;
    const text = change(s.text);
    changed = text !== s.text;
    return { file: s.file, text };
  });
  expect(changed, `the edit of ${file} changed nothing`).toBe(true);
  const r = loadRegime(sources, (id) => regimeSources(id));
  if (!r.ruleSet) throw new Error(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
  return r.ruleSet;
}

const exampleCase = (name: string): ImpactSubject => ({
  id: name,
  title: name,
  kind: 'case',
  document: JSON.parse(readFileSync(`examples/cases/${name}.json`, 'utf8')),
});
const exampleAssessment = (name: string): ImpactSubject =>
  assessmentSubject({ id: name, doc: JSON.parse(readFileSync(`examples/assessments/${name}.json`, 'utf8')) });

// Article 11 notifications: 7 calendar days instead of 10 (Appendix 3).
const sevenDays = () => compiled('deadlines.rules', (t) => t.replace('due 10 calendar days after obligatoryAdopted', 'due 7 calendar days after obligatoryAdopted'));

describe('impact preview', () => {
  it('lists the moved due date of an Article 11 case, old beside new', () => {
    // examples/cases/article-11-measure.json: obligatory withdrawal adopted 2026-02-20.
    const changes = impactPreview(ruleSet(), sevenDays(), [exampleCase('article-11-measure')], summariserFor);
    expect(changes).toEqual([
      { subjectId: 'article-11-measure', title: 'article-11-measure', kind: 'case', what: 'deadline send-notification', before: '2026-03-02', after: '2026-02-27' },
    ]);
  });

  it('lists nothing for cases the change does not touch', () => {
    // An Article 12 emergency runs on 3 days; a follow-up case has no Article 11 deadline.
    const subjects = [exampleCase('emergency-recall'), exampleCase('follow-up-emergency')];
    expect(impactPreview(ruleSet(), sevenDays(), subjects, summariserFor)).toEqual([]);
  });

  it('re-evaluates a stored case file through its interchange document', () => {
    const demo = caseSubject(foldingChairCase());
    const changes = impactPreview(ruleSet(), sevenDays(), [demo], summariserFor);
    expect(changes.map((c) => [c.subjectId, c.what, c.before, c.after])).toEqual([['demo-case-folding-chair', 'deadline send-notification', '2026-03-02', '2026-02-27']]);
    expect(changes[0].title).toBe(foldingChairCase().title);
  });

  it('summarises an assessment as the risk of each scenario and the overall risk', () => {
    // The guidelines' folding chair (Appendix 5, 6): s1 and s2 1/500 at 1 → low, s3 1/500 000 at 2
    // → low, s4 1/6000 at 3 → high; the product takes the highest.
    const out = summariseAssessment(ruleSet(), exampleAssessment('folding-chair'));
    expect(Object.fromEntries(out)).toEqual({ 'risk s1': 'low', 'risk s2': 'low', 'risk s3': 'low', 'risk s4': 'high', overall: 'high' });
  });

  it('shows a changed risk matrix cell as the scenario and overall risk changing', () => {
    // Folding chair s1: 1 × 1/10 × 1/50 = 1/500, band 4, severity 1 → low (Appendix 5, table 4).
    const subject = exampleAssessment('folding-chair');
    expect(summariseAssessment(ruleSet(), subject).get('risk s1')).toBe('low');
    const after = compiled('risk.rules', (t) => t.replace(/^(\s+4\s+)low(\s+high)/m, '$1medium$2'));
    const changes = impactPreview(ruleSet(), after, [subject], summariserFor);
    expect(changes).toContainEqual({ subjectId: 'folding-chair', title: 'Folding chair', kind: 'assessment', what: 'risk s1', before: 'low', after: 'medium' });
    // s2 sits in the same cell; the product's risk stays s4's high.
    expect(changes.map((c) => c.what)).toEqual(['risk s1', 'risk s2']);
  });

  it('names the field when the rule set cannot assess a readable document', () => {
    const subject = exampleAssessment('folding-chair');
    const doc = subject.document as { scenarios: { hazard: string }[] };
    const odd: ImpactSubject = { ...subject, document: { ...doc, scenarios: doc.scenarios.map((s, i) => (i === 1 ? { ...s, severity: 9 } : s)) } };
    const out = summariseAssessment(ruleSet(), odd);
    expect([...out.keys()]).toEqual(['input']);
    expect(out.get('input')).toMatch(/scenarios\[1\]/);
  });

  it('lists a document that cannot be read instead of dropping it', () => {
    const broken: ImpactSubject = { id: 'x', title: 'Broken', kind: 'assessment', document: { scenarios: [] } };
    const sub = summariseAssessment(ruleSet(), broken);
    expect(sub.get('input')).toMatch(/product/);
    // Unreadable under both versions in the same way: nothing changes, nothing is invented.
    expect(impactPreview(ruleSet(), sevenDays(), [broken], summariserFor)).toEqual([]);
  });
});
