// The scenario wizard, driven headless by event sequences (real rapex-2010 tables).
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ruleSet } from '../helpers/regimes';
import { riskTables, type RiskTables } from '../../src/domain/risk/risk-tables';
import { wizardMachine, type WizardEvent } from '../../src/machines/wizard';
import { hammer } from '../../src/demo/assessments';

let tables: RiskTables;
beforeAll(() => {
  tables = riskTables(ruleSet('rapex-2010'));
});

function start(extra: Partial<Parameters<typeof createActor<typeof wizardMachine>>[1] & object> = {}) {
  return createActor(wizardMachine, { input: { tables, product: { name: '', brand: '', model: '' }, scenarios: [] }, ...extra }).start();
}

function send(a: ReturnType<typeof start>, ...events: WizardEvent[]) {
  for (const e of events) a.send(e);
  return a.getSnapshot();
}

const hammerToInjury: WizardEvent[] = [
  { type: 'PRODUCT.SET', field: 'name', value: 'Hammer' },
  { type: 'NEXT' },
  { type: 'SCENARIO.SET', field: 'hazard', value: 'kinetic-energy' },
  { type: 'NEXT' },
  { type: 'SCENARIO.SET', field: 'consumer', value: 'adult' },
  { type: 'NEXT' },
  { type: 'STEP.SET', index: 0, field: 'probability', value: '1/10' },
  { type: 'STEP.ADD' },
  { type: 'STEP.SET', index: 1, field: 'probability', value: '0.1' },
  { type: 'STEP.ADD' },
  { type: 'STEP.SET', index: 2, field: 'probability', value: '1/3' },
  { type: 'STEP.ADD' },
  { type: 'STEP.SET', index: 3, field: 'probability', value: '5%' },
  { type: 'NEXT' },
];

describe('wizard', () => {
  it('builds the hammer scenario and shows "high"', () => {
    const a = start();
    let s = send(a, ...hammerToInjury);
    expect(s.value).toBe('injury');
    s = send(a, { type: 'SCENARIO.SET', field: 'injury', value: 'loss of sight in one eye' }, { type: 'SEVERITY.SUGGEST', severity: 3 }, { type: 'NEXT' });
    expect(s.value).toBe('result');
    expect(s.context.result?.probability.toString()).toBe('1/6000');
    expect(s.context.result?.risk).toBe('high');
    s = send(a, { type: 'FINISH' });
    expect(s.status).toBe('done');
    expect(s.output?.scenarios).toHaveLength(1);
    expect(s.output?.scenarios[0].steps.map((x) => x.probability)).toEqual(['1/10', '0.1', '1/3', '5%']);
    expect(s.output?.product.name).toBe('Hammer');
  });

  it('stays on a section with one error per field, and clears an error when the field changes', () => {
    const a = start();
    let s = send(a, { type: 'NEXT' });
    expect(s.value).toBe('product');
    expect(s.context.errors).toEqual({ 'product.name': { code: 'required' } });
    s = send(a, { type: 'PRODUCT.SET', field: 'name', value: 'x' });
    expect(s.context.errors).toEqual({});
    s = send(a, { type: 'NEXT' }, { type: 'SCENARIO.SET', field: 'hazard', value: 'h' }, { type: 'NEXT' }, { type: 'SCENARIO.SET', field: 'consumer', value: 'c' }, { type: 'NEXT' });
    s = send(a, { type: 'STEP.SET', index: 0, field: 'probability', value: '1.5' }, { type: 'STEP.ADD' }, { type: 'STEP.SET', index: 1, field: 'probability', value: '1/0' }, { type: 'STEP.SET', index: 1, field: 'low', value: '1/2' });
    s = send(a, { type: 'NEXT' });
    expect(s.value).toBe('steps');
    expect(s.context.errors).toEqual({
      'steps.0.probability': { code: 'probability.aboveOne', value: '1.5' },
      'steps.1.probability': { code: 'probability.zeroDenominator', value: '1/0' },
    });
    s = send(a, { type: 'STEP.SET', index: 0, field: 'probability', value: '1/2' });
    expect(Object.keys(s.context.errors)).toEqual(['steps.1.probability']);
  });

  it('back and forward never lose input', () => {
    const a = start();
    send(a, ...hammerToInjury);
    let s = send(a, { type: 'SCENARIO.SET', field: 'injury', value: 'eye' }, { type: 'BACK' }, { type: 'BACK' }, { type: 'BACK' }, { type: 'BACK' });
    expect(s.value).toBe('product');
    s = send(a, { type: 'NEXT' }, { type: 'NEXT' }, { type: 'NEXT' }, { type: 'NEXT' });
    expect(s.value).toBe('injury');
    expect(s.context.draft.injury).toBe('eye');
    expect(s.context.draft.steps.map((x) => x.probability)).toEqual(['1/10', '0.1', '1/3', '5%']);
  });

  it('removes and reorders steps', () => {
    const a = start();
    send(a, ...hammerToInjury.slice(0, -1));
    let s = send(a, { type: 'STEP.MOVE', from: 3, to: 0 });
    expect(s.context.draft.steps.map((x) => x.probability)).toEqual(['5%', '1/10', '0.1', '1/3']);
    s = send(a, { type: 'STEP.REMOVE', index: 1 });
    expect(s.context.draft.steps.map((x) => x.probability)).toEqual(['5%', '0.1', '1/3']);
    // keys stay with their step
    expect(new Set(s.context.draft.steps.map((x) => x.key)).size).toBe(3);
    s = send(a, { type: 'STEP.MOVE', from: 0, to: 9 });
    expect(s.context.draft.steps.map((x) => x.probability)).toEqual(['5%', '0.1', '1/3']);
    s = send(a, { type: 'STEP.REMOVE', index: 0 }, { type: 'STEP.REMOVE', index: 0 }, { type: 'STEP.REMOVE', index: 0 }, { type: 'NEXT' });
    expect(s.value).toBe('steps');
    expect(s.context.errors).toEqual({ steps: { code: 'noSteps' } });
  });

  it('a severity other than the suggested one needs a reason', () => {
    const a = start();
    send(a, ...hammerToInjury);
    let s = send(a, { type: 'SCENARIO.SET', field: 'injury', value: 'eye' }, { type: 'SEVERITY.SUGGEST', severity: 3 }, { type: 'SEVERITY.OVERRIDE', severity: 4 }, { type: 'NEXT' });
    expect(s.value).toBe('injury');
    expect(s.context.errors).toEqual({ severityReason: { code: 'reasonRequired' } });
    s = send(a, { type: 'SCENARIO.SET', field: 'severityReason', value: 'child user: both eyes exposed' }, { type: 'NEXT' });
    expect(s.value).toBe('result');
    expect(s.context.result?.risk).toBe('serious');
  });

  it('changing the injury type drops the old suggestion', () => {
    const a = start();
    send(a, ...hammerToInjury);
    const s = send(a, { type: 'SEVERITY.SUGGEST', severity: 3 }, { type: 'SCENARIO.SET', field: 'injuryType', value: tables.injuryTypes[0] ? String(tables.injuryTypes[0].value) : 'x' }, { type: 'NEXT' });
    expect(s.context.draft.suggestedSeverity).toBeNull();
    expect(s.context.errors.severity).toEqual({ code: 'required' });
  });

  it('another scenario keeps the first and starts a fresh one with the next id', () => {
    const a = start();
    send(a, ...hammerToInjury, { type: 'SCENARIO.SET', field: 'injury', value: 'eye' }, { type: 'SEVERITY.OVERRIDE', severity: 3 }, { type: 'NEXT' });
    const s = send(a, { type: 'ANOTHER' });
    expect(s.value).toBe('hazard');
    expect(s.context.scenarios.map((x) => x.id)).toEqual(['s1']);
    expect(s.context.draft.id).toBe('s2');
    expect(s.context.draft.hazard).toBe('');
    expect(s.context.product.name).toBe('Hammer');
  });

  it('edits an existing scenario in place', () => {
    const a = createActor(wizardMachine, { input: { tables, product: { name: 'Hammer', brand: '', model: '' }, scenarios: hammer.scenarios, editId: 's1' } }).start();
    let s = a.getSnapshot();
    expect(s.context.draft.steps).toHaveLength(4);
    expect(s.context.draft.severity).toBeNull();
    expect(s.context.draft.suggestedSeverity).toBe(3);
    s = send(a, { type: 'GOTO', to: 'steps' }, { type: 'STEP.SET', index: 0, field: 'probability', value: '1' }, { type: 'GOTO', to: 'injury' }, { type: 'NEXT' });
    expect(s.context.result?.probability.toString()).toBe('1/600');
    s = send(a, { type: 'FINISH' });
    expect(s.output?.scenarios).toHaveLength(1);
    expect(s.output?.scenarios[0].steps[0].probability).toBe('1');
  });

  it('GOTO refuses a section whose predecessors are incomplete', () => {
    const a = start();
    const s = send(a, { type: 'GOTO', to: 'steps' });
    expect(s.value).toBe('product');
  });
});
