// The interchange document: parsing with errors by JSON path, and the `assess --json` shape.
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { assessDocument, assessmentResultJson, assessmentToJson, parseAssessmentDocument } from '../../../src/domain/assessment';
import { hammer } from '../../../src/demo/assessments';

const designExample = {
  product: { name: 'Folding chair', brand: '…', model: '…' },
  scenarios: [
    {
      id: 's1',
      consumer: 'adult',
      hazard: 'entrapment',
      steps: [
        { text: 'Unfolding the chair', probability: '1' },
        { text: 'Grips the seat at the back corner', probability: '1/50', low: '1/100', high: '1/20' },
      ],
      injury: 'pinching of finger',
      severity: 1,
    },
  ],
};

function errorsOf(json: unknown) {
  const r = parseAssessmentDocument(json);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('parseAssessmentDocument', () => {
  it('reads the DESIGN.md example', () => {
    const r = parseAssessmentDocument(designExample);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.doc.scenarios[0].steps[1].probability.toString()).toBe('1/50');
      expect(r.doc.scenarios[0].steps[1].low?.toString()).toBe('1/100');
    }
  });
  it('names the step and the path of a bad probability', () => {
    const bad = structuredClone(designExample);
    bad.scenarios[0].steps[1].probability = '1.5';
    expect(errorsOf(bad)).toEqual([
      { path: 'scenarios[0].steps[1].probability', message: 'scenario s1, step 2: "1.5" is above 1; a probability lies between 0 and 1' },
    ]);
  });
  it('collects every error at once', () => {
    const errors = errorsOf({
      product: {},
      scenarios: [
        { id: 's1', consumer: 'x', hazard: 'y', injury: 'z', severity: 'high', steps: [{ probability: '1/0' }, { probability: 'abc' }, { probability: '-1' }, { probability: '0' }] },
        { id: 's1', consumer: 'x', hazard: 'y', injury: 'z', severity: 2, steps: [] },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual([
      'product.name',
      'scenarios[0].severity',
      'scenarios[0].steps[0].probability',
      'scenarios[0].steps[1].probability',
      'scenarios[0].steps[2].probability',
      'scenarios[0].steps[3].probability',
      'scenarios[1].id',
      'scenarios[1].steps',
    ]);
    expect(errors[2].message).toMatch(/zero denominator/);
    expect(errors[3].message).toMatch(/not a number/);
    expect(errors[4].message).toMatch(/negative/);
    expect(errors[5].message).toMatch(/zero/);
    expect(errors[6].message).toMatch(/used twice/);
  });
  it('checks low ≤ probability ≤ high', () => {
    const bad = structuredClone(designExample);
    bad.scenarios[0].steps[1].low = '1/10';
    bad.scenarios[0].steps[1].high = '1/60';
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['scenarios[0].steps[1].low', 'scenarios[0].steps[1].high']);
  });
  it('requires a reason when the severity differs from the suggested one', () => {
    const bad = { ...structuredClone(designExample), scenarios: [{ ...designExample.scenarios[0], suggestedSeverity: 2 }] };
    expect(errorsOf(bad)).toEqual([expect.objectContaining({ path: 'scenarios[0].severityReason' })]);
  });
  it('rejects what is not a document', () => {
    expect(errorsOf(null)[0].message).toMatch(/JSON object/);
    expect(errorsOf({ product: { name: 'x' } })[0].path).toBe('scenarios');
    expect(errorsOf({ product: { name: 'x' }, scenarios: [{ id: 's1', consumer: 'a', hazard: 'b', injury: 'c', severity: 1, steps: [{ text: 'x' }] }] })[0]).toEqual({
      path: 'scenarios[0].steps[0].probability',
      message: 'scenario s1, step 1: the probability is missing',
    });
  });
  it('round-trips through assessmentToJson', () => {
    const r = parseAssessmentDocument(hammer);
    if (!r.ok) throw new Error();
    const again = parseAssessmentDocument(JSON.parse(JSON.stringify(assessmentToJson(r.doc))));
    expect(again).toEqual(r);
  });
});

describe('assessDocument and the assess --json shape', () => {
  it('prints exactly the DESIGN.md fields for the example', () => {
    const r = parseAssessmentDocument(designExample);
    if (!r.ok) throw new Error();
    const a = assessDocument(r.doc, ruleSet('rapex-2010'));
    if (!a.ok) throw new Error(JSON.stringify(a.errors));
    const json = assessmentResultJson(a.result);
    expect(json.regime).toBe('rapex-2010');
    expect(json.overall).toBe('medium');
    const s = json.scenarios[0];
    expect({ id: s.id, probability: s.probability, band: s.band, severity: s.severity, risk: s.risk, range: s.sensitivity.range, borderline: s.sensitivity.borderline }).toEqual({
      id: 's1',
      probability: '1/50',
      band: 3,
      severity: 1,
      risk: 'medium',
      range: ['low', 'serious'],
      borderline: true,
    });
    // JSON-serialisable without bigint
    expect(() => JSON.stringify(json)).not.toThrow();
  });
  it('refuses a severity the rule set does not have, naming the field', () => {
    const r = parseAssessmentDocument({ ...designExample, scenarios: [{ ...designExample.scenarios[0], severity: 7 }] });
    if (!r.ok) throw new Error();
    const a = assessDocument(r.doc, ruleSet('rapex-2010'));
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.errors[0].path).toBe('scenarios[0].severity');
  });
});
