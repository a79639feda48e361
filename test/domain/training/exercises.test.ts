// The exercise catalogue: every model answer reads as an interchange scenario, uses the rule set's
// vocabulary, documents each step, and gives — through the rule set, not through stored values —
// the probability, band and risk a trainer expects (the guidelines' own figures for the worked
// examples, Appendix 5, section 6).
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { riskTables, type RiskTables } from '../../../src/domain/risk/risk-tables';
import { assessScenario } from '../../../src/domain/risk/assess';
import { parseAssessmentDocument, type ScenarioJson } from '../../../src/domain/assessment';
import { EXERCISES, exerciseById } from '../../../src/domain/training/exercises';
import { foldingChair, hammer, socketProtectors } from '../../../src/demo/assessments';

let t: RiskTables;
beforeAll(() => {
  t = riskTables(ruleSet('rapex-2010'));
});

const scenario = (json: ScenarioJson) => {
  const r = parseAssessmentDocument({ product: { name: 'x' }, scenarios: [json] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.doc.scenarios[0];
};

// What a trainer expects of each model answer under rapex-2010 (table 4 of the guidelines).
const EXPECTED: Record<string, [probability: string, band: number, risk: string]> = {
  hammer: ['1/6000', 5, 'high'],
  'folding-chair': ['1/6000', 5, 'high'],
  'socket-protectors': ['27/160000', 5, 'serious'],
  'toy-small-parts': ['1/400', 4, 'serious'],
  'hair-dryer': ['1/4000', 5, 'serious'],
  'hoodie-drawstrings': ['9/20000', 5, 'serious'],
  'hob-cleaner': ['1/200', 4, 'serious'],
  'bicycle-helmet': ['1/1000', 5, 'high'],
  'flaring-candle': ['1/2000', 5, 'medium'],
  'kettle-lid': ['1/1000', 5, 'medium'],
};

describe('exercise catalogue', () => {
  it('starts with the three worked examples and has at least five more, with unique ids', () => {
    expect(EXERCISES.slice(0, 3).map((e) => [e.id, e.origin])).toEqual([
      ['hammer', 'worked-example'],
      ['folding-chair', 'worked-example'],
      ['socket-protectors', 'worked-example'],
    ]);
    expect(EXERCISES.filter((e) => e.origin === 'practice').length).toBeGreaterThanOrEqual(5);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
    expect(Object.keys(EXPECTED).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s: probability, band and risk from the rule set are the expected ones', (id, e) => {
    const r = assessScenario(t, scenario(e.model));
    expect([r.probability.toString(), r.band, r.risk]).toEqual(EXPECTED[id]);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s: documented (evidence on every step, severity reasoning, citations) in the rule set’s vocabulary', (_id, e) => {
    expect(e.product.name.trim()).not.toBe('');
    expect(e.defect.trim()).not.toBe('');
    expect(e.brief.trim()).not.toBe('');
    expect(e.severityReasoning.trim()).not.toBe('');
    expect(e.reasoning.length).toBeGreaterThanOrEqual(2);
    for (const r of e.reasoning) expect(r.cite).toMatch(/^Appendix 5\b/);
    for (const s of e.model.steps) expect(s.evidence?.trim(), s.text).toBeTruthy();
    expect(t.consumerGroups.map((c) => c.value)).toContain(e.model.consumer);
    expect(t.hazardGroups.map((c) => c.value)).toContain(e.model.hazard);
    expect(t.injuryTypes.map((c) => c.value)).toContain(e.model.injuryType);
    // The suggested severity is a level at which table 3 describes this injury type.
    expect(t.typicalInjury(e.model.injuryType!, e.model.suggestedSeverity!)).not.toBeNull();
  });

  it('the worked examples use the guidelines’ figures, as the demo assessments do', () => {
    const probs = (s: ScenarioJson) => s.steps.map((x) => x.probability);
    expect(probs(exerciseById('hammer')!.model)).toEqual(probs(hammer.scenarios[0]));
    expect(probs(exerciseById('folding-chair')!.model)).toEqual(probs(foldingChair.scenarios[4]));
    expect(probs(exerciseById('socket-protectors')!.model)).toEqual(probs(socketProtectors.scenarios[0]));
    expect(exerciseById('socket-protectors')!.model.severity).toBe(socketProtectors.scenarios[0].severity);
  });

  it('a change of the rule set’s matrix reaches the exercises (nothing is stored but steps and severity)', () => {
    const helmet = scenario(exerciseById('bicycle-helmet')!.model);
    const shifted: RiskTables = { ...t, riskAt: (b, s) => (b === 4 && s === 3 ? 'serious' : t.riskAt(b, s)) };
    expect(assessScenario(t, helmet).risk).toBe('high');
    expect(assessScenario(shifted, helmet).risk).toBe('serious');
  });
});
