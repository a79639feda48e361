// A trainee's answer against the model: step ratios as exact fractions, band, severity and risk
// differences, the step that diverges most, and the verdict.
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { riskTables, type RiskTables } from '../../../src/domain/risk/risk-tables';
import { parseAssessmentDocument, type ScenarioJson } from '../../../src/domain/assessment';
import { exerciseById } from '../../../src/domain/training/exercises';
import { compareAnswer, describeRatio, divergenceFactor } from '../../../src/domain/training/compare';
import { Fraction } from '../../../src/domain/fraction';

let t: RiskTables;
beforeAll(() => {
  t = riskTables(ruleSet('rapex-2010'));
});

const scenario = (json: ScenarioJson) => {
  const r = parseAssessmentDocument({ product: { name: 'x' }, scenarios: [json] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc.scenarios[0];
};
const model = (id: string) => structuredClone(exerciseById(id)!.model);

describe('compareAnswer', () => {
  it('the model compared with itself is identical everywhere', () => {
    const m = scenario(model('hammer'));
    const c = compareAnswer(t, m, m);
    expect(c.verdict).toBe('identical');
    expect(c.agrees).toBe(true);
    expect(c.largestStep).toBeNull();
    expect(c.steps.map((s) => s.ratio?.toString())).toEqual(['1', '1', '1', '1']);
    expect([c.band.higher, c.severity.higher, c.risk.higher, c.missingSteps]).toEqual([0, 0, 0, 0]);
    expect([c.consumer.same, c.hazard.same]).toEqual([true, true]);
  });

  it('names another consumer or hazard group than the model’s', () => {
    const m = model('toy-small-parts');
    const c = compareAnswer(t, scenario(m), scenario({ ...m, consumer: 'young-children', hazard: 'kinetic-energy' }));
    expect(c.consumer).toEqual({ model: 'very-young-children', answer: 'young-children', same: false });
    expect(c.hazard).toEqual({ model: 'size-shape-surface', answer: 'kinetic-energy', same: false });
    expect(c.verdict).toBe('sameRisk');
  });

  it('one step at 1/10 instead of 1/100: ×10 on that step and the whole, one band higher, and the risk it gives', () => {
    const m = model('hoodie-drawstrings'); // step 2 is 1/100; 9/20000 is band 5, serious at severity 4
    const a = structuredClone(m);
    a.steps[1].probability = '1/10';
    const c = compareAnswer(t, scenario(m), scenario(a));
    expect(c.steps[1].ratio?.toString()).toBe('10');
    expect(c.largestStep).toBe(1);
    expect(c.probability.ratio.toString()).toBe('10');
    expect(c.probability.answer.toString()).toBe('9/2000');
    expect(c.band).toEqual({ model: 5, answer: 4, higher: 1 });
    // still serious at severity 4: same risk by another route
    expect(c.risk).toEqual({ model: 'serious', answer: 'serious', higher: 0 });
    expect(c.verdict).toBe('sameRisk');
  });

  it('×3 on a step keeps the hammer in its band; ×10 moves it one band and one risk level up', () => {
    const m = model('hammer');
    const a = structuredClone(m);
    a.steps[2].probability = '1'; // model 1/3
    const c = compareAnswer(t, scenario(m), scenario(a));
    expect(c.steps[2].ratio?.toString()).toBe('3');
    expect(c.probability.answer.toString()).toBe('1/2000');
    expect(c.band).toEqual({ model: 5, answer: 5, higher: 0 });
    expect(c.verdict).toBe('sameRisk');
    const b = structuredClone(m);
    b.steps[0].probability = '1'; // model 1/10
    const d = compareAnswer(t, scenario(m), scenario(b));
    expect(d.probability.answer.toString()).toBe('1/600');
    expect(d.band).toEqual({ model: 5, answer: 4, higher: 1 });
    expect(d.risk).toEqual({ model: 'high', answer: 'serious', higher: 1 });
    expect(d.verdict).toBe('oneLevel');
    expect(d.agrees).toBe(false);
    expect(describeRatio(d.probability.ratio)).toEqual({ factor: Fraction.of(10), direction: 'higher' });
  });

  it('the largest divergence is by factor either way: ÷20 beats ×10', () => {
    const m = model('hammer');
    const a = structuredClone(m);
    a.steps[0].probability = '1'; // ×10
    a.steps[3].probability = '1/400'; // ÷20
    const c = compareAnswer(t, scenario(m), scenario(a));
    expect(c.largestStep).toBe(3);
    expect(describeRatio(c.steps[3].ratio!)).toEqual({ factor: Fraction.of(20), direction: 'lower' });
    expect(c.probability.ratio.toString()).toBe('1/2');
    expect(divergenceFactor(Fraction.of(1, 2)).toString()).toBe('2');
  });

  it('reports missing steps, a lower severity and a risk several levels lower', () => {
    const m = model('socket-protectors');
    const a = { ...structuredClone(m), severity: 3, suggestedSeverity: 3, steps: m.steps.slice(0, 5) };
    const c = compareAnswer(t, scenario(m), scenario(a));
    expect(c.steps).toHaveLength(7);
    expect(c.missingSteps).toBe(2);
    expect(c.steps[6]).toMatchObject({ answer: null, ratio: null, modelText: m.steps[6].text });
    expect(c.severity).toEqual({ model: 4, answer: 3, higher: -1 });
    // 27/20000 is band 4: one band higher; severity 3 × band 4 is still serious
    expect(c.band.higher).toBe(1);
    expect(c.verdict).toBe('sameRisk');
    const low = compareAnswer(t, scenario(m), scenario({ ...m, severity: 1, suggestedSeverity: 1 }));
    expect(low.risk).toEqual({ model: 'serious', answer: 'low', higher: -3 });
    expect(low.verdict).toBe('severalLevels');
    const extra = compareAnswer(t, scenario(a), scenario(m));
    expect(extra.missingSteps).toBe(-2);
    expect(extra.steps[5]).toMatchObject({ model: null, ratio: null, answerText: m.steps[5].text });
  });

  it('the strict band bound: three steps of 1/10 are band 5, so 1/999 would be one band higher', () => {
    const m = model('bicycle-helmet'); // 1/1000 exactly
    const a = structuredClone(m);
    a.steps[2].probability = '100/999';
    const c = compareAnswer(t, scenario(m), scenario(a));
    expect(c.probability.answer.toString()).toBe('1/999');
    expect(c.band).toEqual({ model: 5, answer: 4, higher: 1 });
    expect(c.risk).toEqual({ model: 'high', answer: 'serious', higher: 1 });
  });
});
