// `assess` by the regime's own risk method: the step method's output (rapex-2010, gpsr-2024) is
// byte for byte what it was before methods existed (fixtures written by the earlier code), and a
// rapex-2004 regime assesses by Decision 2004/418/EC, ch. 3.2: probability class, severity level,
// and the assessor's judged risk — pending, never guessed, without a judgement.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './helpers';
import { schemaValidators } from './schemas';

const BEFORE = join(FIXTURES, 'assess-2010');
const TOY = 'examples/assessments/rapex-2004-pull-along-toy.json';
const toy = () => JSON.parse(readFileSync(TOY, 'utf8'));
const { validAssessment2004Result } = schemaValidators();

describe('the step method is unchanged', () => {
  it.each(['hammer', 'folding-chair', 'socket-protectors', 'batch'])('%s: --json, text and --regime gpsr-2024 are byte-identical to before', async (name) => {
    const file = `examples/assessments/${name}.json`;
    const json = await cli(['assess', file, '--json']);
    expect(json.status).toBe(0);
    expect(json.stdout).toBe(readFileSync(join(BEFORE, `${name}.json`), 'utf8'));
    expect((await cli(['assess', file])).stdout).toBe(readFileSync(join(BEFORE, `${name}.txt`), 'utf8'));
    expect((await cli(['assess', file, '--regime', 'gpsr-2024', '--json'])).stdout).toBe(readFileSync(join(BEFORE, `${name}.gpsr.json`), 'utf8'));
    expect(json.stdout).not.toContain('"method"');
  });
});

describe('assess --regime rapex-2004', () => {
  it('gives the probability class, the severity level and the judged risk of each scenario', async () => {
    const r = await cli(['assess', TOY, '--regime', 'rapex-2004', '--json']);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    expect(validAssessment2004Result(out), JSON.stringify(validAssessment2004Result.errors)).toBe(true);
    expect(out).toMatchObject({ regime: 'rapex-2004', method: 'rapex-2004', overall: 'serious' });
    expect(out.pending).toBeUndefined();
    expect(out.scenarios.map((s: Record<string, unknown>) => [s.id, s.probabilityClass, s.severity, s.vulnerability, s.risk, s.productRisk])).toEqual([
      // 10 % defective × hazard always present → high (ch. 3.2); Table B: under 3 is very vulnerable.
      ['wheel-detaches', 'high', 'very-serious', 'very-vulnerable', 'serious', true],
      // 100 % × several improbable conditions → medium.
      ['cord-strangulation', 'medium', 'serious', 'very-vulnerable', 'medium', false],
    ]);
    expect(out.scenarios[1].typicalInjuries).toMatch(/loss of a finger or toe/);
    expect(out.scenarios[0].reason).toMatch(/very vulnerable/);
  });

  it('the document naming its regime is enough', async () => {
    const a = await cli(['assess', TOY, '--json']);
    expect(JSON.parse(a.stdout).method).toBe('rapex-2004');
  });

  it('without a judgement the risk is pending: risk null, and the product risk too', async () => {
    const doc = toy();
    delete doc.scenarios[1].judgement;
    const r = await cli(['assess', '-', '--json'], { stdin: JSON.stringify(doc) });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(validAssessment2004Result(out)).toBe(true);
    expect(out.scenarios[1]).toMatchObject({ risk: null, pending: 'judgement', probabilityClass: 'medium', productRisk: false });
    expect(out.scenarios[1].reason).toBeUndefined();
    expect(out).toMatchObject({ overall: null, pending: 'judgement', pendingScenarios: ['cord-strangulation'] });
    const text = await cli(['assess', '-'], { stdin: JSON.stringify(doc) });
    expect(text.stdout).toMatch(/cord-strangulation: .*risk pending the assessor's judgement/);
    expect(text.stdout).toMatch(/Product risk \(rapex-2004, method rapex-2004\): pending the assessor's judgement/);
  });

  it('bad fields are named, exit 2, nothing on stdout', async () => {
    const doc = toy();
    doc.scenarios[0].defectProbability = '5%';
    doc.scenarios[0].exposure = 'sometimes';
    doc.scenarios[1].severity = 3;
    doc.scenarios[1].judgement = { risk: 'grave', reason: ' ' };
    const r = await cli(['assess', '-', '--json'], { stdin: JSON.stringify(doc) });
    expect(r).toMatchObject({ status: 2, stdout: '' });
    // The shape first: a severity that is not text stops the document before its meaning is read.
    expect(r.stderr).toContain('scenarios[1].severity: expected text');
    doc.scenarios[1].severity = 'moderate';
    const m = await cli(['assess', '-', '--json'], { stdin: JSON.stringify(doc) });
    expect(m).toMatchObject({ status: 2, stdout: '' });
    expect(m.stderr).toContain('scenarios[0].defectProbability: scenario wheel-detaches: defectProbability must be one of 1%, 10%, 100% (got "5%")');
    expect(m.stderr).toContain('scenarios[0].exposure: scenario wheel-detaches: exposure must be one of hazard-always-present, improbable-or-two-conditions, several-improbable-conditions (got "sometimes")');
    expect(m.stderr).toContain('scenarios[1].severity: scenario cord-strangulation: severity must be one of slight, serious, very-serious (got "moderate")');
    expect(m.stderr).toContain('scenarios[1].judgement.risk: scenario cord-strangulation: judgement.risk must be one of low, medium, high, serious (got "grave")');
    expect(m.stderr).toContain('scenarios[1].judgement.reason: scenario cord-strangulation: a judgement of the risk needs its reason');
  });

  it('a vulnerable person whose Table B category differs from the vulnerability given is refused', async () => {
    const doc = toy();
    doc.scenarios[0].vulnerability = 'normal-adult';
    const r = await cli(['assess', '-'], { stdin: JSON.stringify(doc) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('scenarios[0].vulnerability: scenario wheel-detaches: a very-young person is very-vulnerable in Table B, not normal-adult');
  });

  it('a step document under rapex-2004 names the fields the 2004 method needs', async () => {
    const r = await cli(['assess', 'examples/assessments/hammer.json', '--regime', 'rapex-2004']);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toMatch(/scenarios\[0\]\.defectProbability: missing \(a rapex-2004 regime assesses by its own method/);
    expect(r.stderr).toMatch(/scenarios\[0\]\.exposure: missing/);
  });

  it('a 2004 document under the step method says so, and names the missing steps', async () => {
    const r = await cli(['assess', TOY, '--regime', 'rapex-2010']);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toMatch(/regime: rapex-2010 assesses by probability steps \(method rapex-2010-steps\)/);
    expect(r.stderr).toMatch(/scenarios\[0\]\.steps: missing/);
  });
});
