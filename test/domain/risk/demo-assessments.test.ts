// The seeded worked examples use the rule set's own vocabularies and read cleanly.
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { DEMO_ASSESSMENTS } from '../../../src/demo/assessments';
import { parseAssessmentDocument } from '../../../src/domain/assessment';

describe('demo assessments', () => {
  const rs = ruleSet('rapex-2010');
  const members = (name: string) => rs.enumeration(name)!.members.map((m) => String(m.value));
  it.each(DEMO_ASSESSMENTS.map((d) => [d.id, d.doc] as const))('%s parses and uses rapex-2010 enum members', (_id, doc) => {
    expect(parseAssessmentDocument(doc).ok).toBe(true);
    for (const s of doc.scenarios) {
      expect(members('consumerGroup')).toContain(s.consumer);
      expect(members('hazardGroup')).toContain(s.hazard);
      expect(members('injuryType')).toContain(s.injuryType);
    }
  });
  it('suggested severities match the typical-injury table where it describes the level', () => {
    const hammer = DEMO_ASSESSMENTS[0].doc.scenarios[0];
    const o = rs.lookup('typicalInjury', [hammer.injuryType!, hammer.severity]);
    expect(o.ok && typeof o.value).toBe('string');
  });
});
