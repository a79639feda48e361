// Model-based: every state of the wizard is reachable, and every guard is taken both ways.
// serializeState keeps the graph finite: state value + which sections validate (see ENGINEERING-NOTES).
import { beforeAll, describe, expect, it } from 'vitest';
import { getNextSnapshot } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { ruleSet } from '../helpers/regimes';
import { riskTables, type RiskTables } from '../../src/domain/risk/risk-tables';
import { SECTIONS, validateSection } from '../../src/domain/risk/draft';
import { wizardMachine, type WizardEvent } from '../../src/machines/wizard';

let tables: RiskTables;
beforeAll(() => {
  tables = riskTables(ruleSet('rapex-2010'));
});

const EVENTS: WizardEvent[] = [
  { type: 'NEXT' },
  { type: 'BACK' },
  { type: 'PRODUCT.SET', field: 'name', value: 'Hammer' },
  { type: 'PRODUCT.SET', field: 'name', value: '' },
  { type: 'SCENARIO.SET', field: 'hazard', value: 'kinetic-energy' },
  { type: 'SCENARIO.SET', field: 'consumer', value: 'adult' },
  { type: 'SCENARIO.SET', field: 'injury', value: 'eye' },
  { type: 'STEP.SET', index: 0, field: 'probability', value: '1/6000' },
  { type: 'STEP.SET', index: 0, field: 'probability', value: '1.5' },
  { type: 'SEVERITY.SUGGEST', severity: 3 },
  { type: 'SEVERITY.OVERRIDE', severity: 4 },
  { type: 'SCENARIO.SET', field: 'severityReason', value: 'why' },
  { type: 'GOTO', to: 'steps' },
  { type: 'ANOTHER' },
  { type: 'FINISH' },
];

type Snap = ReturnType<typeof wizardMachine.transition>;
function serializeState(s: Snap): string {
  const c = s.context;
  const validity = SECTIONS.map((sec) => (Object.keys(validateSection(sec, c.product, c.draft, tables.severities)).length ? 0 : 1)).join('');
  return JSON.stringify([s.value, s.status, validity, c.scenarios.length > 0, Object.keys(c.errors).sort()]);
}
const serializeEvent = (e: WizardEvent) => JSON.stringify(e);

describe('wizard paths (xstate/graph)', () => {
  it('reaches every state, including done', () => {
    const paths = getShortestPaths(wizardMachine, { input: { tables, product: { name: '', brand: '', model: '' }, scenarios: [] }, events: EVENTS, serializeState, serializeEvent });
    const reached = new Set(paths.map((p) => (p.state.status === 'done' ? 'done' : String(p.state.value))));
    expect([...reached].sort()).toEqual(['consumer', 'done', 'hazard', 'injury', 'product', 'result', 'steps']);
    // the path to done passes through result
    const toDone = paths.find((p) => p.state.status === 'done')!;
    expect(toDone.steps.some((st) => st.state.value === 'result')).toBe(true);
  });

  it('takes each NEXT guard both ways: blocked (errors shown) and passed', () => {
    const paths = getShortestPaths(wizardMachine, { input: { tables, product: { name: '', brand: '', model: '' }, scenarios: [] }, events: EVENTS, serializeState, serializeEvent });
    for (const section of SECTIONS) {
      const blocked = paths.some((p) => {
        const last = p.steps[p.steps.length - 1];
        return last?.event.type === 'NEXT' && p.state.value === section && Object.keys(p.state.context.errors).length > 0;
      });
      const passed = paths.some((p) => p.steps.some((st, i) => st.event.type === 'NEXT' && i > 0 && p.steps[i - 1].state.value === section && st.state.value !== section));
      expect([section, blocked, passed]).toEqual([section, true, true]);
    }
  });

  it('GOTO a section is taken exactly when every section before it validates (both ways, every reachable state)', () => {
    const paths = getSimplePaths(wizardMachine, {
      input: { tables, product: { name: '', brand: '', model: '' }, scenarios: [] },
      events: EVENTS.filter((e) => e.type !== 'GOTO' && e.type !== 'FINISH' && e.type !== 'ANOTHER'),
      serializeState,
      serializeEvent,
    });
    const outcomes = new Set<string>();
    for (const p of paths) {
      const s = p.state;
      if (s.status !== 'active') continue;
      const next = getNextSnapshot(wizardMachine, s, { type: 'GOTO', to: 'steps' });
      const before = ['product', 'hazard', 'consumer'] as const;
      const allowed = before.every((sec) => Object.keys(validateSection(sec, s.context.product, s.context.draft, tables.severities)).length === 0);
      expect(next.value === 'steps').toBe(allowed);
      outcomes.add(String(allowed));
    }
    expect([...outcomes].sort()).toEqual(['false', 'true']);
  });

  it('every simple path to result computes a risk from the rule set', () => {
    const paths = getShortestPaths(wizardMachine, {
      input: { tables, product: { name: '', brand: '', model: '' }, scenarios: [] },
      events: EVENTS,
      serializeState,
      serializeEvent,
      toState: (s) => s.value === 'result',
    });
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(tables.riskLevels).toContain(p.state.context.result?.risk);
  });
});
