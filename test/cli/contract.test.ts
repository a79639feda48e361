// The end-to-end contract of DESIGN.md, through the real executable (a few child processes only:
// each costs about half a second; the details are tested in-process in commands.test.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers';

function riskcase(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'riskcase.mjs'), ...args], { cwd: ROOT, input: stdin, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/riskcase.mjs', () => {
  it('classify --json on the DESIGN.md case document', () => {
    const r = riskcase(['classify', 'examples/cases/design-example.json', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['classification', 'reason', 'because']);
    expect(out).toMatchObject({ classification: 'article-12-emergency', reason: null });
  });

  it('deadlines on a batch from standard input: a JSON array in order', () => {
    const batch = ['emergency-recall', 'article-11-measure'].map((n) => JSON.parse(readFileSync(join(ROOT, 'examples/cases', `${n}.json`), 'utf8')));
    const r = riskcase(['deadlines', '-'], JSON.stringify(batch));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { deadlines: { action: string; due: string }[] }[];
    expect(out.map((x) => x.deadlines[0])).toMatchObject([
      { action: 'send-notification', due: '2026-03-30' },
      { action: 'send-notification', due: '2026-03-02' },
    ]);
  });

  it('a bad document in a batch: exit 2, its index and field named, nothing on stdout', () => {
    const r = riskcase(['classify', join(FIXTURES, 'bad-batch.json'), '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\[3\]\.measures\[0\]\.adopted: /);
  });

  it('rules test runs every example and ends with the summary line', () => {
    const r = riskcase(['rules', 'test']);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('rules check: clean, exit 0', () => {
    const r = riskcase(['rules', 'check', 'rules']);
    expect(r).toMatchObject({ status: 0, stdout: '' });
  });

  it('assess --json: the DESIGN.md shape', () => {
    const r = riskcase(['assess', 'examples/assessments/hammer.json', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ regime: 'rapex-2010', overall: 'high' });
    expect(out.scenarios[0]).toMatchObject({ id: 'head-breaks', probability: '1/6000', band: 5, severity: 3, risk: 'high' });
    expect(Array.isArray(out.scenarios[0].sensitivity.range)).toBe(true);
    expect(typeof out.scenarios[0].sensitivity.borderline).toBe('boolean');
  });
});
