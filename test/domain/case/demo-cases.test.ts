// The demo cases are what they claim: the socket-protector case's risk is the one its assessment
// computes, and it classifies as Article 12 requiring emergency action.
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { DEMO_ASSESSMENTS } from '../../../src/demo/assessments';
import { demoCases, socketProtectorCase } from '../../../src/demo/cases';
import { assessDocument, parseAssessmentDocument } from '../../../src/domain/assessment';
import { suggestClassification } from '../../../src/domain/case/classification';
import { riskAssessmentRef } from '../../../src/domain/case/assessment-ref';
import type { CompiledRuleSet } from '../../../src/rules/api';

let rs: CompiledRuleSet;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
});

describe('demo cases', () => {
  it('each referenced demo assessment computes the level the case keeps', () => {
    for (const c of demoCases(ruleSet('rapex-2010'))) {
      for (const ref of c.risk.assessments) {
        const demo = DEMO_ASSESSMENTS.find((d) => d.id === ref.assessmentId);
        if (!demo) continue;
        const parsed = parseAssessmentDocument(demo.doc);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        const r = assessDocument(parsed.doc, rs);
        expect(r.ok && [ref.assessmentId, r.result.overall]).toEqual([ref.assessmentId, ref.level]);
      }
    }
  });

  it('the socket-protector case references the socket-protector assessment and is an Article 12 emergency', () => {
    const c = socketProtectorCase();
    expect(c.risk.assessments[0].assessmentId).toBe('demo-socket-protectors');
    const s = suggestClassification(rs, c);
    expect(s.ok && s.suggestion.classification).toBe('article-12-emergency');
  });

  it('a case built from an assessment keeps its computed level; severity 4 pre-sets life-threatening', () => {
    const refOf = (id: string) => {
      const demo = DEMO_ASSESSMENTS.find((d) => d.id === id)!;
      const parsed = parseAssessmentDocument(demo.doc);
      if (!parsed.ok) throw new Error('parse');
      const r = assessDocument(parsed.doc, rs);
      if (!r.ok) throw new Error('assess');
      return riskAssessmentRef(rs, id, parsed.doc.scenarios, r.result, '2026-03-18');
    };
    expect(refOf('demo-socket-protectors')).toMatchObject({ level: 'serious', lifeThreatening: true, hazard: 'electrical-energy', regimeId: 'rapex-2010' });
    expect(refOf('demo-socket-protectors')!.summary).toContain('27/160000, severity 4');
    expect(refOf('demo-folding-chair')).toMatchObject({ level: 'high', lifeThreatening: false });
  });

  it('ids are unique', () => {
    const ids = demoCases(ruleSet('rapex-2010')).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
