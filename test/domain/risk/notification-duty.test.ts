// Which risk levels oblige a notification, as each rule set's seriousRisk condition says, and the
// app's borderline warning that follows from it (raised only when the range crosses that line).
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { Fraction } from '../../../src/domain/fraction';
import { riskTables } from '../../../src/domain/risk/risk-tables';
import { assessScenario } from '../../../src/domain/risk/assess';
import { seriousLevels } from '../../../src/domain/risk/notification-duty';
import { warnsBorderline } from '../../../src/domain/risk/sensitivity';
import type { Scenario, Step } from '../../../src/domain/risk/scenario';
import type { CompiledRuleSet } from '../../../src/rules/api';

const f = (n: number, d = 1) => Fraction.of(n, d);
const sc = (steps: Step[], severity: number): Scenario => ({ id: 's1', consumer: 'c', hazard: 'h', injury: 'i', severity, steps });

describe('serious levels come from the rule set', () => {
  it.each(['rapex-2010', 'rapex-2019', 'gpsr-2024'])('%s: only "serious" obliges a notification', (id) => {
    const t = riskTables(ruleSet(id));
    expect(t.riskLevels.filter((l) => t.isSerious(l))).toEqual(['serious']);
  });
  it('a rule set that does not answer gives null, not a guess', () => {
    const silent = { bindFacts: () => ({ ok: true, facts: {} }), evaluate: () => ({ ok: false, error: "no condition 'seriousRisk'" }) } as unknown as CompiledRuleSet;
    expect(seriousLevels(silent, ['low', 'serious'])).toBeNull();
  });
});

describe('the app warns of a borderline only across the serious line', () => {
  const t = riskTables(ruleSet('rapex-2010'));
  it('hammer (medium to serious): crosses, warned', () => {
    const r = assessScenario(t, sc([{ text: 'a', probability: f(1, 10) }, { text: 'b', probability: f(1, 10) }, { text: 'c', probability: f(1, 3) }, { text: 'd', probability: f(1, 20) }], 3));
    expect(r.sensitivity.range).toEqual(['medium', 'serious']);
    expect(r.sensitivity.crossesSerious).toBe(true);
    expect(warnsBorderline(r.sensitivity)).toBe(true);
  });
  it('band 6 at severity 3 (low to high): several levels, but none serious, so no warning', () => {
    const r = assessScenario(t, sc([{ text: 'a', probability: f(1, 50_000) }], 3));
    expect(r.risk).toBe('medium');
    expect(r.sensitivity.range).toEqual(['low', 'high']);
    expect(r.sensitivity.borderline).toBe(true); // the command line's meaning is kept
    expect(r.sensitivity.crossesSerious).toBe(false);
    expect(warnsBorderline(r.sensitivity)).toBe(false);
  });
  it('a serious scenario whose every variation stays serious is not warned of', () => {
    const r = assessScenario(t, sc([{ text: 'a', probability: f(1, 5) }], 3));
    expect(r.sensitivity.range).toEqual(['serious', 'serious']);
    expect(warnsBorderline(r.sensitivity)).toBe(false);
  });
  it('without the rule set\'s answer, the documented meaning (more than one level) stands', () => {
    const r = assessScenario(t, sc([{ text: 'a', probability: f(1, 50_000) }], 3));
    expect(warnsBorderline({ ...r.sensitivity, crossesSerious: null })).toBe(true);
  });
});

describe('band labels say what strict bounds mean', () => {
  it('band 8 holds exactly 1/1 000 000, and its label says "≤"', () => {
    const t = riskTables(ruleSet('rapex-2010'));
    const last = t.bands.length - 1;
    expect(t.bandIndex(f(1, 1_000_000))).toBe(last);
    expect(t.bands[last].label?.en).toBe('≤ 1/1 000 000');
  });
});
