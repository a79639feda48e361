// The rapex-2004 method in the domain (Decision 2004/418/EC, ch. 3.2): the tables read from the
// rule files, the assessment (judged risk, pending without a judgement) and the wizard's draft.
import { describe, expect, it } from 'vitest';
import { assessScenarios2004, type Scenario2004 } from '../../../src/domain/risk/assess-2004';
import { emptyDraft2004, scenarioJsonOf, viewDraft2004 } from '../../../src/domain/risk/draft-2004';
import { risk2004Tables } from '../../../src/domain/risk/tables-2004';
import { RiskTablesError } from '../../../src/domain/risk/risk-tables';
import { ruleSet } from '../../helpers/regimes';

const t = () => risk2004Tables(ruleSet('rapex-2004'));
const base: Scenario2004 = { id: 'a', injury: 'cut', defectProbability: 10, exposure: 'improbable-or-two-conditions', severity: 'slight', vulnerability: 'normal-adult' };

describe('rapex-2004 tables', () => {
  it('reads the levels and the overall-probability table from the rule files', () => {
    expect(t().defectProbabilities).toEqual([1, 10, 100]);
    expect(t().severities.map((s) => s.value)).toEqual(['slight', 'serious', 'very-serious']);
    expect(t().probabilityClass('improbable-or-two-conditions', 10)).toBe('medium');
    expect(t().vulnerabilityOf('young')).toBe('vulnerable');
  });

  it('a step-method rule set has none of them', () => {
    expect(() => risk2004Tables(ruleSet('rapex-2010'))).toThrow(RiskTablesError);
  });
});

describe('assessScenarios2004', () => {
  it('the product risk is the highest judged risk; lower ones may need their own measure', () => {
    const r = assessScenarios2004(t(), [
      { ...base, judgement: { risk: 'medium', reason: 'r' } },
      { ...base, id: 'b', judgement: { risk: 'serious', reason: 'r' } },
    ]);
    expect(r.overall).toBe('serious');
    expect(r.scenarios.map((s) => [s.isProductRisk, s.mayNeedOwnMeasure])).toEqual([[false, true], [true, false]]);
  });

  it('one unjudged scenario leaves the product risk pending, not the highest of the others', () => {
    const r = assessScenarios2004(t(), [{ ...base, judgement: { risk: 'low', reason: 'r' } }, { ...base, id: 'b' }]);
    expect(r.overall).toBeNull();
    expect(r.pending).toEqual(['b']);
    expect(r.scenarios[1].risk).toBeNull();
    expect(r.scenarios.every((s) => !s.isProductRisk)).toBe(true);
  });
});

describe('the wizard draft', () => {
  it('says what is missing, and gives the probability class once both inputs are chosen', () => {
    const d = emptyDraft2004('s1');
    expect(viewDraft2004(t(), d).missing).toEqual(['injury', 'defectProbability', 'exposure', 'severity', 'vulnerability']);
    const full = { ...d, injury: 'choking', defectProbability: '100', exposure: 'hazard-always-present', severity: 'very-serious', vulnerablePerson: 'very-young' };
    const v = viewDraft2004(t(), full);
    expect(v).toMatchObject({ probabilityClass: 'very-high', vulnerability: 'very-vulnerable', vulnerabilityFixed: true, pending: true, canSave: true, asksWarnings: false });
    expect(v.typicalInjuries).toMatch(/loss of limbs/);
  });

  it('a judgement needs its reason; a taken id is refused', () => {
    const d = { ...emptyDraft2004('s1'), injury: 'i', defectProbability: '1', exposure: 'hazard-always-present', severity: 'slight', vulnerability: 'normal-adult', judgementRisk: 'low' };
    expect(viewDraft2004(t(), d).missing).toEqual(['judgementReason']);
    expect(viewDraft2004(t(), { ...d, judgementReason: 'minor' }, ['s1']).missing).toEqual(['id']);
    expect(scenarioJsonOf(t(), { ...d, judgementReason: 'minor' })).toEqual({
      id: 's1', injury: 'i', defectProbability: '1%', exposure: 'hazard-always-present', severity: 'slight', vulnerability: 'normal-adult',
      warnings: false, obviousHazard: false, judgement: { risk: 'low', reason: 'minor' },
    });
  });
});
