// Sensitivity against the real rapex-2010 rule set: ranges, borderline, and the per-step
// thresholds checked by recomputing the risk at and beyond them.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ruleSet } from '../../helpers/regimes';
import { Fraction } from '../../../src/domain/fraction';
import { riskTables, type RiskTables } from '../../../src/domain/risk/risk-tables';
import { assessScenario } from '../../../src/domain/risk/assess';
import { neighbourhood } from '../../../src/domain/risk/sensitivity';
import type { Scenario, Step } from '../../../src/domain/risk/scenario';

let t: RiskTables;
beforeAll(() => {
  t = riskTables(ruleSet('rapex-2010'));
});

const f = (n: number, d = 1) => Fraction.of(n, d);
function sc(steps: Step[], severity: number): Scenario {
  return { id: 's1', consumer: 'c', hazard: 'h', injury: 'i', severity, steps };
}
const hammerSteps = (): Step[] => [
  { text: 'a', probability: f(1, 10) },
  { text: 'b', probability: f(1, 10) },
  { text: 'c', probability: f(1, 3) },
  { text: 'd', probability: f(1, 20) },
];
function withStep(s: Scenario, i: number, p: Fraction): Scenario {
  return { ...s, steps: s.steps.map((st, j) => (j === i ? { ...st, probability: p, low: undefined, high: undefined } : st)) };
}

describe('range and borderline (severity ±1, band ±1, step low/high)', () => {
  it('hammer: severity 2 → medium, 4 → serious; borderline', () => {
    const r = assessScenario(t, sc(hammerSteps(), 3));
    expect(r.sensitivity.range).toEqual(['medium', 'serious']);
    expect(r.sensitivity.borderline).toBe(true);
    const kinds = r.sensitivity.variations.map((v) => `${v.kind}:${v.risk}`);
    expect(kinds).toEqual(['severity-down:medium', 'severity-up:serious', 'band-down:medium', 'band-up:serious']);
  });
  it('a scenario deep inside one level is not borderline', () => {
    // band 8 at severity 1: every neighbour is low
    const r = assessScenario(t, sc([{ text: '', probability: f(1, 100000000) }], 1));
    expect(r.sensitivity.range).toEqual(['low', 'low']);
    expect(r.sensitivity.borderline).toBe(false);
  });
  it('includes each step at its low and high', () => {
    const steps = hammerSteps();
    steps[1] = { ...steps[1], low: f(1, 100), high: f(1) };
    const r = assessScenario(t, sc(steps, 3));
    const low = r.sensitivity.variations.find((v) => v.kind === 'step-low')!;
    const high = r.sensitivity.variations.find((v) => v.kind === 'step-high')!;
    expect(low.step).toBe(1);
    expect(t.bands[low.bandIndex].value).toBe(6); // 1/60000
    expect(low.risk).toBe('medium');
    expect(t.bands[high.bandIndex].value).toBe(4); // 1/600
    expect(high.risk).toBe('serious');
  });
  it('severity at the ends of the scale has one neighbour only', () => {
    const r = assessScenario(t, sc(hammerSteps(), 4));
    expect(r.sensitivity.variations.some((v) => v.kind === 'severity-up')).toBe(false);
    expect(r.sensitivity.variations.some((v) => v.kind === 'severity-down')).toBe(true);
  });
});

describe('how far each step is from changing the level', () => {
  it('hammer: ×6 (strictly more) up to serious, ×3/5 (or less) down to medium', () => {
    const r = assessScenario(t, sc(hammerSteps(), 3));
    const { up, down } = r.sensitivity;
    expect(up && [up.factor.toString(), up.probability.toString(), up.risk]).toEqual(['6', '1/1000', 'serious']);
    expect(down && [down.factor.toString(), down.probability.toString(), down.risk]).toEqual(['3/5', '1/10000', 'medium']);
    const s0 = r.sensitivity.steps[0];
    expect(s0.up?.probability.toString()).toBe('3/5');
    expect(s0.up?.reachable).toBe(true);
    expect(s0.down?.probability.toString()).toBe('3/50');
    // step 3 (1/3) would have to exceed 2: it cannot change the level alone
    expect(r.sensitivity.steps[2].up?.reachable).toBe(false);
  });
  it('reaching the upper threshold exactly does not change the level (strict bound); just beyond does', () => {
    const base = sc(hammerSteps(), 3);
    const th = assessScenario(t, base).sensitivity.steps[0].up!;
    expect(assessScenario(t, withStep(base, 0, th.probability)).risk).toBe('high');
    expect(assessScenario(t, withStep(base, 0, th.probability.add(f(1, 1000000)))).risk).toBe('serious');
  });
  it('reaching the lower threshold exactly changes the level; just above it does not', () => {
    const base = sc(hammerSteps(), 3);
    const th = assessScenario(t, base).sensitivity.steps[3].down!;
    expect(th.probability.toString()).toBe('3/100');
    expect(assessScenario(t, withStep(base, 3, th.probability)).risk).toBe('medium');
    expect(assessScenario(t, withStep(base, 3, th.probability.add(f(1, 1000000)))).risk).toBe('high');
  });
  it('skips bands with the same level: severity 4 at band 2 goes down only where serious ends', () => {
    const r = assessScenario(t, sc([{ text: '', probability: f(1, 5) }], 4));
    expect(r.risk).toBe('serious');
    expect(r.sensitivity.up).toBeNull();
    // serious down to band 5 at severity 4; high starts at band 6 (≤ 1/10000)
    expect(r.sensitivity.down?.probability.toString()).toBe('1/10000');
    expect(r.sensitivity.down?.risk).toBe('high');
  });
  it('holds for random scenarios (property)', () => {
    const prob = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 5000 })).map(([n, d]) => (n > d ? f(1) : f(n, d)));
    fc.assert(
      fc.property(fc.array(prob, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 4 }), (ps, sev) => {
        const base = sc(ps.map((p) => ({ text: '', probability: p })), sev);
        const r = assessScenario(t, base);
        r.sensitivity.steps.forEach((st, i) => {
          if (st.up && st.up.reachable) {
            expect(assessScenario(t, withStep(base, i, st.up.probability)).risk).toBe(r.risk);
            // strictly between the threshold and 1, and close enough to stay in the next band
            const beyond = st.up.probability.add(Fraction.ONE.sub(st.up.probability).mul(f(1, 1e9)));
            expect(assessScenario(t, withStep(base, i, beyond)).risk).toBe(st.up.risk);
          }
          if (st.down) {
            expect(assessScenario(t, withStep(base, i, st.down.probability)).risk).toBe(st.down.risk);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('matrix neighbourhood', () => {
  it('is the 3×3 block around the cell, the cell marked', () => {
    const r = assessScenario(t, sc(hammerSteps(), 3));
    const n = neighbourhood(t, r.bandIndex, 3);
    expect(n.map((row) => row.map((c) => c.risk))).toEqual([
      ['high', 'serious', 'serious'],
      ['medium', 'high', 'serious'],
      ['low', 'medium', 'high'],
    ]);
    expect(n[1][1].current).toBe(true);
  });
});
