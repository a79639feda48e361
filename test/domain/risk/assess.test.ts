// The RAPEX method against the real rapex-2010 rule set (rules/rapex-2010, loaded from disk).
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { Fraction } from '../../../src/domain/fraction';
import { riskTables, type RiskTables } from '../../../src/domain/risk/risk-tables';
import { assessScenario, assessScenarios } from '../../../src/domain/risk/assess';
import type { Scenario } from '../../../src/domain/risk/scenario';
import { parseAssessmentDocument } from '../../../src/domain/assessment';
import { foldingChair, hammer, socketProtectors } from '../../../src/demo/assessments';

let t: RiskTables;
beforeAll(() => {
  t = riskTables(ruleSet('rapex-2010'));
});

function scenario(probs: string[], severity: number, id = 's'): Scenario {
  return { id, consumer: 'c', hazard: 'h', injury: 'i', severity, steps: probs.map((p) => ({ text: '', probability: parse(p) })) };
}
function parse(p: string): Fraction {
  const [n, d] = p.split('/');
  return Fraction.of(BigInt(n), BigInt(d ?? '1'));
}
function doc(json: unknown) {
  const r = parseAssessmentDocument(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc;
}

describe('risk tables from the rule set', () => {
  it('reads eight bands, four severities and four ordered risk levels', () => {
    expect(t.bands.map((b) => b.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(t.severities).toEqual([1, 2, 3, 4]);
    expect(t.riskLevels).toEqual(['low', 'medium', 'high', 'serious']);
    expect(t.bands[7].above).toBeNull();
  });
  it('bands agree with the evaluator (band()) on and around every bound', () => {
    const rs = ruleSet('rapex-2010');
    for (const b of t.bands) {
      if (!b.above) continue;
      for (const p of [b.above, b.above.mul(Fraction.of(1000001, 1000000)), b.above.mul(Fraction.of(999999, 1000000))]) {
        if (p.gt(Fraction.ONE)) continue;
        const o = rs.band('probabilityBand', p);
        expect(o.ok && o.value).toBe(t.bands[t.bandIndex(p)].value);
      }
    }
  });
});

describe('worked examples (Appendix 5, section 6)', () => {
  it('hammer: 1/10 × 1/10 × 1/3 × 1/20 = 1/6000, severity 3 → high', () => {
    const r = assessScenario(t, doc(hammer).scenarios[0]);
    expect(r.probability.toString()).toBe('1/6000');
    expect(r.band).toBe(5);
    expect(r.risk).toBe('high');
  });
  it('folding chair, the six scenarios of the guidelines: low, low, low, low, high, high → the product is high', () => {
    const r = assessScenarios(t, doc(foldingChair).scenarios);
    expect(r.scenarios.map((s) => [s.probability.toString(), s.risk])).toEqual([
      ['1/500', 'low'],
      ['1/500', 'low'],
      ['1/500000', 'low'],
      ['1/500000', 'low'],
      ['1/6000', 'high'],
      ['1/6000', 'high'],
    ]);
    expect(r.overall).toBe('high');
    expect(r.scenarios.map((s) => s.isProductRisk)).toEqual([false, false, false, false, true, true]);
    expect(r.scenarios.filter((s) => s.mayNeedOwnMeasure).map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
  });
  it('socket protectors: 27/160000, band 5, severity 4 → serious', () => {
    const r = assessScenario(t, doc(socketProtectors).scenarios[0]);
    expect(r.probability.toString()).toBe('27/160000');
    expect(r.band).toBe(5);
    expect(r.risk).toBe('serious');
  });
});

describe('band bounds are strict', () => {
  it('three steps of 1/10 are exactly 1/1000: band 5, not 4', () => {
    const r = assessScenario(t, scenario(['1/10', '1/10', '1/10'], 3));
    expect(r.probability.toString()).toBe('1/1000');
    expect(r.band).toBe(5);
    expect(r.risk).toBe('high');
  });
  it('just above 1/1000 is band 4', () => {
    const r = assessScenario(t, scenario(['1001/1000000'], 3));
    expect(r.band).toBe(4);
    expect(r.risk).toBe('serious');
  });
  it('exactly 1/2 is band 2; above it band 1; certainty is band 1', () => {
    expect(assessScenario(t, scenario(['1/2'], 1)).band).toBe(2);
    expect(assessScenario(t, scenario(['501/1000'], 1)).band).toBe(1);
    expect(assessScenario(t, scenario(['1'], 1)).band).toBe(1);
  });
  it('at or below 1/1000000 is band 8', () => {
    expect(assessScenario(t, scenario(['1/1000', '1/1000'], 4)).band).toBe(8);
    expect(assessScenario(t, scenario(['1/1000', '1/1000'], 4)).risk).toBe('low');
  });
});

describe('product risk', () => {
  it('is the highest scenario risk, never a sum', () => {
    // many medium scenarios stay medium
    const many = Array.from({ length: 20 }, (_, i) => scenario(['1/5000'], 2, `m${i}`));
    expect(assessScenarios(t, many).overall).toBe('medium');
  });
  it('all scenarios at the highest level are the product risk', () => {
    const r = assessScenarios(t, [scenario(['1/6000'], 3, 'a'), scenario(['1/6000'], 3, 'b')]);
    expect(r.scenarios.every((s) => s.isProductRisk && !s.mayNeedOwnMeasure)).toBe(true);
  });
  it('is null without scenarios', () => {
    expect(assessScenarios(t, []).overall).toBeNull();
  });
});
