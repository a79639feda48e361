// The command functions, in-process: outputs, exit statuses, and bad input that names its field.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './helpers';

const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown;

describe('classify', () => {
  it('prints the classification, reason and because-trace as JSON', async () => {
    const r = await cli(['classify', 'examples/cases/emergency-recall.json', '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.classification).toBe('article-12-emergency');
    expect(out.reason).toBe(null);
    expect(out.because.length).toBeGreaterThan(0);
    for (const b of out.because) {
      expect(typeof b.name).toBe('string');
      expect(b.cites).toMatch(/\S/);
    }
  });

  it('explains in words with citations', async () => {
    const r = await cli(['classify', 'examples/cases/emergency-recall.json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Article 12 notification requiring emergency action, because: .*\(Part II, [\d.]+/);
  });

  it('gives the reason letter of a notification for information', async () => {
    const r = await cli(['classify', 'examples/cases/information-before-measures.json', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ classification: 'for-information', reason: 'b' });
    const text = await cli(['classify', 'examples/cases/information-before-measures.json']);
    expect(text.stdout).toContain('reason (b)');
  });

  it('classifies under the 2004 regime when asked', async () => {
    const r = await cli(['classify', 'examples/cases/information-before-measures.json', '--regime', 'rapex-2004', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ classification: 'for-information', reason: null });
  });

  it('a batch gives a JSON array of results in order', async () => {
    const r = await cli(['classify', 'examples/cases/batch.json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { classification: string }[];
    expect(out.map((x) => x.classification)).toEqual([
      'article-12-emergency',
      'for-information',
      'article-11',
      'none',
      'article-12-emergency',
      'article-11',
    ]);
  });

  it('reads standard input with -', async () => {
    const doc = readFileSync('examples/cases/article-11-measure.json', 'utf8');
    const r = await cli(['classify', '-', '--json'], { stdin: doc });
    expect(JSON.parse(r.stdout).classification).toBe('article-11');
  });
});

describe('deadlines', () => {
  it('the worked check: emergency recall adopted 2026-03-27 → send by 2026-03-30', async () => {
    const r = await cli(['deadlines', 'examples/cases/emergency-recall.json', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.deadlines[0]).toMatchObject({ action: 'send-notification', due: '2026-03-30' });
    expect(out.deadlines[0].basis).toMatch(/\S/);
  });

  it('Article 11: 2026-03-02 under rapex-2010, 2026-03-07 under rapex-2004', async () => {
    const a = await cli(['deadlines', 'examples/cases/article-11-measure.json', '--json']);
    const b = await cli(['deadlines', 'examples/cases/article-11-measure.json', '--json', '--regime=rapex-2004']);
    expect(JSON.parse(a.stdout).deadlines).toMatchObject([{ action: 'send-notification', due: '2026-03-02' }]);
    expect(JSON.parse(b.stdout).deadlines).toMatchObject([{ action: 'send-notification', due: '2026-03-07' }]);
  });

  it('confirm measures 45 days after a notification for information (b) submitted 2026-01-15', async () => {
    const r = await cli(['deadlines', 'examples/cases/information-before-measures.json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2026-03-01 +confirm-measures /m);
  });

  it('says so when nothing is pending', async () => {
    const doc = JSON.stringify({ product: { name: 'x', consumerProduct: true }, risk: { level: null } });
    const r = await cli(['deadlines', '-'], { stdin: doc });
    expect(r).toMatchObject({ status: 0, stdout: 'No pending deadlines.\n' });
  });
});

describe('assess', () => {
  it('the folding chair: four scenarios, product risk high', async () => {
    const r = await cli(['assess', 'examples/assessments/folding-chair.json', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.regime).toBe('rapex-2010');
    expect(out.scenarios.map((s: { probability: string; risk: string }) => [s.probability, s.risk])).toEqual([
      ['1/500', 'low'],
      ['1/500', 'low'],
      ['1/500000', 'low'],
      ['1/6000', 'high'],
    ]);
    expect(out.overall).toBe('high');
  });

  it('a batch of the seed examples: hammer high, socket protectors serious', async () => {
    const r = await cli(['assess', 'examples/assessments/batch.json']);
    const out = JSON.parse(r.stdout) as { overall: string; scenarios: { probability: string; band: number }[] }[];
    expect(out.map((x) => x.overall)).toEqual(['high', 'serious', 'high']);
    expect(out[1].scenarios[0]).toMatchObject({ probability: '27/160000', band: 5 });
  });

  it('a probability above 1 is bad input naming the step', async () => {
    const doc = readJson('examples/assessments/hammer.json') as { scenarios: { steps: { probability: string }[] }[] };
    doc.scenarios[0].steps[2].probability = '3/2';
    const r = await cli(['assess', '-', '--json'], { stdin: JSON.stringify(doc) });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('scenarios[0].steps[2].probability');
  });
});

describe('bad input: exit 2, the field named, nothing on stdout', () => {
  it.each([
    ['an impossible date', 'impossible-date.json', /measures\[0\]\.adopted/],
    ['an unknown enum value', 'unknown-level.json', /risk\.level/],
    ['malformed JSON', 'malformed.json', /malformed JSON/],
    ['a bad document in a batch, by index', 'bad-batch.json', /\[3\]\.measures\[0\]\.adopted/],
  ])('%s', async (_what, file, message) => {
    for (const command of ['classify', 'deadlines']) {
      const r = await cli([command, join(FIXTURES, file), '--json']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });

  it('a batch with one bad document prints no partial output, and names only the bad one', async () => {
    const r = await cli(['classify', join(FIXTURES, 'bad-batch.json')]);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/: \[[0124]\]/);
  });

  it('a document that is not an object', async () => {
    const r = await cli(['classify', '-'], { stdin: '[{"crossBorder": true}, 42]' });
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toContain('[1]');
  });

  it('an unknown regime lists the known ones', async () => {
    const r = await cli(['classify', 'examples/cases/batch.json', '--regime', 'rapex-1999']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown regime 'rapex-1999'.*rapex-2004, rapex-2010/);
  });

  it('a missing file, a missing argument, an unknown command or option', async () => {
    expect((await cli(['classify', 'no/such.json'])).stderr).toMatch(/no such file/);
    expect((await cli(['deadlines'])).status).toBe(2);
    expect((await cli(['frobnicate'])).stderr).toMatch(/unknown command 'frobnicate'/);
    expect((await cli(['classify', 'x.json', '--verbose'])).stderr).toMatch(/unknown option '--verbose'/);
  });
});

describe('rules check and rules test', () => {
  /** A copy of rules/rapex-2010 as regime folder `demo`, plus extra files. */
  function tempRegime(extra: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'riskcase-rules-'));
    mkdirSync(join(dir, 'demo'));
    for (const f of readdirSync('rules/rapex-2010')) writeFileSync(join(dir, 'demo', f), readFileSync(join('rules/rapex-2010', f), 'utf8'));
    for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, 'demo', name), text);
    return dir;
  }

  it('the built-in rules check clean', async () => {
    const r = await cli(['rules', 'check']);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('a rule error is reported as file:line:col: message, exit 1', async () => {
    const dir = tempRegime({ 'extra.rules': '-- a typo\ncondition typo cites "x"\n  = crossborder\n' });
    const r = await cli(['rules', 'check', join(dir, 'demo')], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^demo\/extra\.rules:3:5: .*crossborder/m);
  });

  it('runs the built-in examples and ends with "N passed, 0 failed"', async () => {
    const r = await cli(['rules', 'test']);
    expect(r.status).toBe(0);
    const last = r.stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^\d+ passed, 0 failed$/);
    expect(Number(last.split(' ')[0])).toBeGreaterThanOrEqual(60);
  });

  it('a failing example is named with its location, exit 1', async () => {
    const dir = tempRegime({
      'extra.rules': ['example "wrong on purpose" cites "t"', '  expect probabilityBand(1/1000) is 4', ''].join('\n'),
    });
    const r = await cli(['rules', 'test', dir], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^demo\/extra\.rules:2:\d+: example "wrong on purpose"/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 1 failed$/);
  });
});

it('--help lists every command', async () => {
  const r = await cli(['--help']);
  expect(r.status).toBe(0);
  for (const c of ['assess', 'classify', 'deadlines', 'rules check', 'rules test']) expect(r.stdout).toContain(c);
});

it('rules test on the draft GPSR regime (imports rapex-2010 from the built-in rules)', async () => {
  const r = await cli(['rules', 'test', 'rules/gpsr-2024']);
  expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  expect(r.status).toBe(0);
});

it('an assessment naming an unknown regime is bad input at its index; --regime overrides it', async () => {
  const hammer = JSON.parse(readFileSync('examples/assessments/hammer.json', 'utf8'));
  const batch = JSON.stringify([hammer, { ...hammer, regime: 'rapex-1999' }]);
  const bad = await cli(['assess', '-'], { stdin: batch });
  expect(bad).toMatchObject({ status: 2, stdout: '' });
  expect(bad.stderr).toMatch(/\[1\]\.regime: unknown regime 'rapex-1999'/);
  // gpsr-2024 keeps the step method (rapex-2004 has its own: test/cli/assess-2004.test.ts).
  const forced = await cli(['assess', '-', '--regime', 'gpsr-2024'], { stdin: batch });
  expect(forced.status).toBe(0);
  expect((JSON.parse(forced.stdout) as { regime: string }[]).map((r) => r.regime)).toEqual(['gpsr-2024', 'gpsr-2024']);
});

it('rules check on a folder that does not exist is bad input', async () => {
  const r = await cli(['rules', 'check', 'no/such/folder']);
  expect(r).toMatchObject({ status: 2, stdout: '' });
  expect(r.stderr).toContain('no/such/folder: no such folder');
});
