// Wizard drafts: per-section validation, the live preview, and the round trip to the interchange JSON.
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { riskTables, type RiskTables } from '../../../src/domain/risk/risk-tables';
import { draftToJson, emptyDraft, jsonToDraft, nextScenarioId, previewDraft, validateSection, type ScenarioDraft } from '../../../src/domain/risk/draft';
import { typicalInjuries } from '../../../src/domain/risk/severity';
import { hammer } from '../../../src/demo/assessments';

let t: RiskTables;
beforeAll(() => {
  t = riskTables(ruleSet('rapex-2010'));
});
const product = { name: 'Hammer', brand: '', model: '' };

describe('drafts', () => {
  it('a stored scenario becomes a draft and back without change', () => {
    let k = 0;
    const d = jsonToDraft(hammer.scenarios[0], () => `k${k++}`);
    expect(d.steps.map((s) => s.key)).toEqual(['k0', 'k1', 'k2', 'k3']);
    expect(draftToJson(d)).toEqual(hammer.scenarios[0]);
  });
  it('an overridden severity keeps both levels and the reason', () => {
    const json = { ...hammer.scenarios[0], severity: 4, severityReason: 'both eyes' };
    const d = jsonToDraft(json, (i) => `k${i}`);
    expect([d.suggestedSeverity, d.severity]).toEqual([3, 4]);
    expect(draftToJson(d)).toEqual(json);
  });
  it('validates each section on its own', () => {
    const d: ScenarioDraft = emptyDraft('s1', 'k1');
    expect(validateSection('product', { ...product, name: ' ' }, d, t.severities)).toEqual({ 'product.name': { code: 'required' } });
    expect(validateSection('hazard', product, d, t.severities)).toEqual({ hazard: { code: 'required' } });
    expect(validateSection('steps', product, d, t.severities)).toEqual({ 'steps.0.probability': { code: 'probability.empty', value: '' } });
    expect(validateSection('injury', product, { ...d, injury: 'x', severity: 9 }, t.severities)).toEqual({ severity: { code: 'severityUnknown', value: '9' } });
    expect(validateSection('injury', product, { ...d, injury: 'x', suggestedSeverity: 2 }, t.severities)).toEqual({});
  });
  it('previews the exact probability, band and (with a severity) the risk while typing', () => {
    let k = 0;
    const d = jsonToDraft(hammer.scenarios[0], () => `k${k++}`);
    const p = previewDraft(t, d)!;
    expect([p.probability.toString(), t.bands[p.bandIndex].value, p.risk]).toEqual(['1/6000', 5, 'high']);
    expect(previewDraft(t, { ...d, suggestedSeverity: null })?.risk).toBeNull();
    expect(previewDraft(t, { ...d, steps: [{ ...d.steps[0], probability: '2' }] })).toBeNull();
  });
  it('numbers new scenarios after the taken ids', () => {
    expect(nextScenarioId(['s1', 's3'])).toBe('s2');
    expect(nextScenarioId([])).toBe('s1');
  });
  it('suggests severities from the typical-injury table of the rule set', () => {
    const eye = typicalInjuries(t, 'eye-injury');
    expect(eye.map((x) => x.severity)).toEqual([1, 2, 3, 4]);
    expect(eye[2].text).toMatch(/permanent/i);
  });
});
