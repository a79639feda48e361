// The command line against hostile and careless input (issue: "Hostile input never slows, crashes
// or quietly changes an answer"): each document here was accepted, crashed or answered wrongly
// before. Bad input is exit 2 naming the field, with nothing on stdout; an unknown field is a
// warning and the answer stands.
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyCase } from '../../src/domain/case/empty';
import { sealed } from '../../src/domain/export-envelope';
import { exportAssessment } from '../../src/store/assessments';
import { cli, ROOT } from './helpers';

const readJson = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const emergency = () => readJson('examples/cases/emergency-recall.json');
const hammer = () => readJson('examples/assessments/hammer.json');
const stdin = (doc: unknown) => ({ stdin: typeof doc === 'string' ? doc : JSON.stringify(doc) });

const temp = mkdtempSync(join(tmpdir(), 'riskcase-hostile-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function bad(args: string[], doc: unknown, ...patterns: RegExp[]) {
  const r = await cli(args, stdin(doc));
  expect(r.stdout).toBe('');
  expect(r.status).toBe(2);
  for (const p of patterns) expect(r.stderr).toMatch(p);
  return r;
}

describe('documents the schema rejects no longer change the answer', () => {
  it('the emergency recall is an Article 12 emergency with deadlines', async () => {
    expect(JSON.parse((await cli(['classify', '-', '--json'], stdin(emergency()))).stdout).classification).toBe('article-12-emergency');
    expect(JSON.parse((await cli(['deadlines', '-', '--json'], stdin(emergency()))).stdout).deadlines).not.toEqual([]);
  });

  it('"measures": [null] is bad input, not "for information (b)" and no deadlines', async () => {
    for (const command of ['classify', 'deadlines']) await bad([command, '-', '--json'], { ...emergency(), measures: [null] }, /measures\[0\]: expected an object, got null/);
  });

  it('a measure without its type is bad input naming measures[0].type', async () => {
    const doc = emergency();
    delete doc.measures[0].type;
    for (const command of ['classify', 'deadlines']) await bad([command, '-'], doc, /measures\[0\]\.type: missing/);
  });

  it('"photos": -1, a date with a trailing space, null for a yes/no field', async () => {
    const doc = emergency();
    doc.product.photos = -1;
    doc.measures[0].adopted = '2026-03-27 ';
    doc.crossBorder = null;
    const r = await bad(['classify', '-'], doc, /product\.photos: -1 is out of range/, /measures\[0\]\.adopted: expected a date YYYY-MM-DD, got "2026-03-27 "/, /crossBorder: expected true or false, got null/);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
  });

  it('{"foo": 1} names what a decision needs; a follow-up case needs no risk of its own', async () => {
    const foo = await bad(['classify', '-'], { foo: 1 }, /^riskcase: warning: <stdin>: foo: unknown field \(ignored\)$/m, /^riskcase: <stdin>: product: missing$/m);
    expect(foo.stderr.trim().split('\n')).toHaveLength(2);
    await bad(['classify', '-'], { product: { consumerProduct: true } }, /risk: missing/);
    const followUp = await cli(['deadlines', 'examples/cases/follow-up-emergency.json', '--json']);
    expect(followUp.status).toBe(0);
  });

  it('prototype keys anywhere: __proto__, constructor, prototype', async () => {
    const docs = [
      '{"__proto__": {"polluted": true}, "product": {"consumerProduct": true}, "risk": {"level": null}}',
      JSON.stringify({ ...emergency(), constructor: { prototype: { polluted: true } } }),
      JSON.stringify({ ...emergency(), product: { ...emergency().product, prototype: 1 } }),
      JSON.stringify({ ...emergency(), extension: { deeper: [{ constructor: 1 }] } }),
    ];
    const paths = [/: __proto__: the key "__proto__" is not allowed/, /: constructor: the key "constructor" is not allowed/, /product\.prototype: the key "prototype" is not allowed/, /extension\.deeper\[0\]\.constructor: the key/];
    for (const [i, d] of docs.entries()) await bad(['classify', '-'], d, paths[i]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('invalid UTF-8 is refused naming the byte, not read as U+FFFD', async () => {
    const file = join(temp, 'latin1.json');
    const text = JSON.stringify({ ...emergency(), product: { ...emergency().product, name: 'Heizgerät' } });
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const at = Buffer.from(text, 'latin1').indexOf(0xe4);
    const r = await cli(['classify', file]);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toContain(`not UTF-8 text (an invalid byte sequence at byte ${at})`);
    // The same bytes from standard input.
    const piped = await cli(['classify', '-'], { stdin: Buffer.from(text, 'latin1') });
    expect(piped).toMatchObject({ status: 2, stdout: '' });
    expect(piped.stderr).toContain(`<stdin>: not UTF-8 text (an invalid byte sequence at byte ${at})`);
    // A byte-order mark is not an error.
    expect((await cli(['classify', '-'], { stdin: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(emergency()))]) })).status).toBe(0);
  });

  it('an unknown enum value quotes a short prefix only', async () => {
    const r = await bad(['classify', '-'], { ...emergency(), risk: { level: 'x'.repeat(5_000_000) } }, /risk\.level/);
    expect(r.stderr.length).toBeLessThan(400);
  });
});

describe('limits, before the work starts', () => {
  it('a million steps: refused at once as too many items', async () => {
    const doc = hammer();
    doc.scenarios[0].steps = Array.from({ length: 1_000_000 }, () => ({ text: 's', probability: '1/2' }));
    const r = await bad(['assess', '-', '--json'], doc, /scenarios\[0\]\.steps: too many items \(1000000, at most 100\)/);
    expect(r.stderr.length).toBeLessThan(400);
  });

  it('a 50 MB probability and a 50 MB bad value: refused, quoting neither', async () => {
    const doc = hammer();
    doc.scenarios[0].steps[0].probability = '1'.repeat(50_000_000);
    const r = await bad(['assess', '-', '--json'], doc, /scenarios\[0\]\.steps\[0\]\.probability: text is too long \(50000000 characters, at most 100\)/);
    expect(r.stderr.length).toBeLessThan(400);
    const c = await bad(['classify', '-'], { ...emergency(), measures: [{ ...emergency().measures[0], adopted: '9'.repeat(50_000_000) }] }, /measures\[0\]\.adopted/);
    expect(c.stderr.length).toBeLessThan(400);
  });

  it('a file over the input limit is refused from its size, unread', async () => {
    const file = join(temp, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 300 * 1024 * 1024); // sparse: no disk used
    const r = await cli(['classify', file]);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toMatch(/the file is too large \(314572800 bytes, at most 268435456\)/);
  });

  it('a batch over 100,000 documents is refused before any is read', async () => {
    const r = await bad(['classify', '-'], `[${Array.from({ length: 100_001 }, () => '1').join(',')}]`, /a batch holds at most 100000 documents; this one holds 100001/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('150,000 bad fields: the first hundred and the count of the rest, exit 2 (it was a stack overflow)', async () => {
    const batch = Array.from({ length: 50_000 }, () => ({ product: { consumerProduct: 'yes' }, risk: { level: 5 }, crossBorder: 1 }));
    const r = await bad(['classify', '-'], batch);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('riskcase: <stdin>: [0].product.consumerProduct: expected true or false, got text');
    expect(lines[100]).toBe('riskcase: … and 149900 more problems (150000 in all)');
  }, 60_000);
});

describe('unknown fields are named in a warning; the answer stands', () => {
  it('classify: a warning per unknown field on stderr, exit 0, the same answer', async () => {
    const plain = await cli(['classify', '-', '--json'], stdin(emergency()));
    const doc = { ...emergency(), color: 'red', product: { ...emergency().product, weight: '3 kg' }, regime: 'rapex-2010', notifyingCountry: 'DE', countryOfOrigin: 'CN', riskType: 'burns' };
    const r = await cli(['classify', '-', '--json'], stdin(doc));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toBe('riskcase: warning: <stdin>: color: unknown field (ignored)\nriskcase: warning: <stdin>: product.weight: unknown field (ignored)\n');
  });

  it('assess: the same', async () => {
    const r = await cli(['assess', '-', '--json'], stdin({ ...hammer(), reviewer: 'K. Meyer' }));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('riskcase: warning: <stdin>: reviewer: unknown field (ignored)\n');
  });

  it('a case document may name its regime', async () => {
    const r = await cli(['classify', '-', '--json'], stdin({ ...emergency(), regime: 'gpsr-2024' }));
    expect(JSON.parse(r.stdout).classification).toBe('serious-risk');
    await bad(['classify', '-'], { ...emergency(), regime: 'rapex-1999' }, /regime: unknown regime 'rapex-1999'/);
  });
});

describe("the app's export files", () => {
  async function exportedCase(edit: (c: ReturnType<typeof emptyCase>) => void = () => {}) {
    const c = emptyCase({ id: 'c1', created: '2026-03-20', regimeId: 'rapex-2010', country: 'DE' });
    c.product = { ...c.product, name: 'Gas patio heater', consumerProduct: true };
    c.risk.assessments = [{ assessmentId: 'a', level: 'serious', lifeThreatening: true, fatalAccidents: false, hazard: 'burns', summary: '', regimeId: 'rapex-2010', ruleSetVersion: '', computedOn: '2026-03-20' }];
    c.criteria.crossBorder = true;
    c.measures = [{ id: 'm1', type: 'obligatory', takenBy: { kind: 'authority', name: 'x' }, category: 'recall', adopted: '2026-03-27', entryIntoForce: null, duration: 'permanent', until: null, scope: 'national', description: '' }];
    edit(c);
    return sealed({ format: 'riskcase-case', version: 1, exportedAt: '2026-03-28T10:00:00.000Z', case: c, history: [], photos: [] });
  }

  it('a case file exported from the app is read (checksum verified) and decided as the app decides it', async () => {
    const r = await cli(['classify', '-', '--json'], stdin(await exportedCase()));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).classification).toBe('article-12-emergency');
    const d = await cli(['deadlines', '-', '--json'], stdin(await exportedCase()));
    expect(JSON.parse(d.stdout).deadlines[0]).toMatchObject({ action: 'send-notification', due: '2026-03-30' });
  });

  it('a changed export is refused by its checksum; another kind of export says what to pass', async () => {
    const changed = await exportedCase();
    changed.case.criteria.crossBorder = false;
    await bad(['classify', '-'], changed, /sha256: the checksum does not match/);
    const assessment = await exportAssessment({ id: 'a', rev: 1, updatedAt: '', doc: hammer() });
    await bad(['classify', '-'], assessment, /format: this is a Riskcase risk assessment file, not a case/);
  });

  it('an exported assessment is assessed like its document', async () => {
    const plain = await cli(['assess', '-', '--json'], stdin(hammer()));
    const r = await cli(['assess', '-', '--json'], stdin(await exportAssessment({ id: 'a', rev: 1, updatedAt: '', doc: hammer() })));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
  });
});

describe('--rules DIR', () => {
  function copy(edit?: (dir: string) => void): string {
    const dir = mkdtempSync(join(temp, 'rules-'));
    cpSync(join(ROOT, 'rules', 'rapex-2010'), join(dir, 'edited'), { recursive: true });
    edit?.(join(dir, 'edited'));
    return dir;
  }

  it('decides by an edited rule folder: a changed deadline moves the due date', async () => {
    const dir = copy((d) => {
      const f = join(d, 'deadlines.rules');
      const text = readFileSync(f, 'utf8');
      const edited = text.replace(/due 3 calendar days after/, 'due 5 calendar days after');
      expect(edited).not.toBe(text);
      writeFileSync(f, edited);
    });
    const builtin = await cli(['deadlines', 'examples/cases/emergency-recall.json', '--json']);
    const r = await cli(['deadlines', join(ROOT, 'examples/cases/emergency-recall.json'), '--json', '--rules', 'edited'], { cwd: dir });
    expect(JSON.parse(builtin.stdout).deadlines[0].due).toBe('2026-03-30');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).deadlines[0].due).toBe('2026-04-01');
    for (const command of ['classify', 'assess']) {
      const file = command === 'assess' ? 'examples/assessments/hammer.json' : 'examples/cases/emergency-recall.json';
      expect((await cli([command, join(ROOT, file), `--rules=${join(dir, 'edited')}`])).status).toBe(0);
    }
  });

  it('a folder that does not check ends with its diagnostics and exit 1', async () => {
    const dir = copy((d) => writeFileSync(join(d, 'extra.rules'), 'condition typo  cites "x"\n  = crossborder\n'));
    const r = await cli(['classify', join(ROOT, 'examples/cases/emergency-recall.json'), '--rules', 'edited'], { cwd: dir });
    expect(r).toMatchObject({ status: 1, stdout: '' });
    expect(r.stderr).toMatch(/^riskcase: edited\/extra\.rules:2:5: unknown condition 'crossborder'/m);
  });

  it('not a regime folder, or with --regime: bad input', async () => {
    expect((await cli(['classify', 'examples/cases/emergency-recall.json', '--rules', 'rules'])).stderr).toMatch(/no \.rules files here; give one regime folder, e\.g\. --rules rules\/gpsr-2024/);
    expect((await cli(['classify', 'examples/cases/emergency-recall.json', '--rules', 'rules/rapex-2010', '--regime', 'rapex-2004'])).status).toBe(2);
    expect((await cli(['classify', 'examples/cases/emergency-recall.json', '--rules', 'no/such/dir'])).stderr).toMatch(/no such folder/);
  });
});

describe('rules test on a rule set that does not check', () => {
  it('prints the diagnostics, counts each error as a failure and exits 1', async () => {
    const dir = mkdtempSync(join(temp, 'broken-'));
    cpSync(join(ROOT, 'rules'), dir, { recursive: true });
    writeFileSync(join(dir, 'rapex-2004', 'extra.rules'), 'condition a  cites "x"\n  = nothing\ncondition b  cites "x"\n  = nowhere\n');
    const r = await cli(['rules', 'test', dir], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^rapex-2004\/extra\.rules:2:5: unknown condition 'nothing'/m);
    expect(r.stdout).toMatch(/^rapex-2004\/extra\.rules:4:5: unknown condition 'nowhere'/m);
    const [passed, failed] = r.stdout.trimEnd().split('\n').at(-1)!.match(/^(\d+) passed, (\d+) failed$/)!.slice(1).map(Number);
    expect(passed).toBeGreaterThan(0);
    expect(failed).toBe(2);
  });
});
