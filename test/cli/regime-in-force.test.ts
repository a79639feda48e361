// `--regime in-force` picks each document's regime by its own date (a case's first measure's
// adoption, else the day it was opened; an assessment's date), from the periods the regimes'
// rule files state. Without --regime the contract stands: the document's regime, else rapex-2010.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT } from './helpers';

const heater = (extra: Record<string, unknown>) => ({
  product: { name: 'Gas heater', consumerProduct: true },
  risk: { level: 'serious', lifeThreatening: true },
  crossBorder: true,
  ...extra,
});
const adopted = (date: string) => ({ measures: [{ type: 'obligatory', category: 'recall', adopted: date }] });
const classify = async (doc: unknown, ...args: string[]) => {
  const r = await cli(['classify', '-', '--json', ...args], { stdin: JSON.stringify(doc) });
  return { ...r, out: r.status === 0 ? (JSON.parse(r.stdout) as { classification: string; because: { cites: string }[] }) : null };
};

describe('classify --regime in-force', () => {
  it('a measure adopted in 2026 is decided under the GPSR; the same case without the option under rapex-2010', async () => {
    const inForce = await classify(heater(adopted('2026-03-02')), '--regime', 'in-force');
    expect(inForce.status).toBe(0);
    expect(inForce.out!.classification).toBe('serious-risk');
    expect(inForce.out!.because[0].cites).toContain('GPSR');
    const byDefault = await classify(heater(adopted('2026-03-02')));
    expect(byDefault.out!.classification).toBe('article-12-emergency');
  });

  it('each boundary day falls in one regime: 2009-12-17 under 2004/418/EC, 2024-12-12 under the 2010 guidelines, 2024-12-13 under the GPSR', async () => {
    const cites = async (date: string) => (await classify(heater(adopted(date)), '--regime', 'in-force')).out!.because[0].cites;
    expect(await cites('2009-12-17')).toContain('2004/418/EC');
    expect(await cites('2024-12-13')).toContain('GPSR');
    expect(await cites('2024-12-12')).not.toMatch(/GPSR|2004\/418/);
  });

  it('the earliest of several measures decides, and without measures the day the case was opened', async () => {
    const two = { measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-01-05' }, { type: 'voluntary', category: 'withdrawal', adopted: '2008-06-01' }] };
    expect((await classify(heater(two), '--regime', 'in-force')).out!.because[0].cites).toContain('2004/418/EC');
    const opened = await classify(heater({ opened: '2026-01-05' }), '--regime', 'in-force');
    expect(opened.status).toBe(0);
    expect(opened.out!.because.map((b) => b.cites).join(' ')).toContain('GPSR');
  });

  it('a document without a date, or dated before any regime, is bad input naming the field (exit 2, nothing printed)', async () => {
    const none = await classify(heater({}), '--regime', 'in-force');
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('measures[].adopted: --regime in-force needs the document\'s date');
    const early = await classify(heater({ opened: '2001-02-03' }), '--regime', 'in-force');
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('opened: no built-in regime was in force on 2001-02-03 (the earliest starts on 2004-04-29)');
  });

  it('in a batch each document gets its own regime; a bad one names its index', async () => {
    const batch = [heater(adopted('2026-03-02')), heater(adopted('2020-03-02'))];
    const r = await cli(['classify', '-', '--regime', 'in-force'], { stdin: JSON.stringify(batch) });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { classification: string }[]).map((x) => x.classification)).toEqual(['serious-risk', 'article-12-emergency']);
    const bad = await cli(['classify', '-', '--regime', 'in-force'], { stdin: JSON.stringify([heater(adopted('2026-03-02')), heater({})]) });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('[1].measures[].adopted');
  });

  it('a bad "opened" date is refused by the document reader itself', async () => {
    const r = await classify(heater({ opened: '2026-02-30' }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('opened');
  });
});

describe('assess --regime in-force', () => {
  const assessment = (date?: string) => ({
    product: { name: 'Folding chair' },
    ...(date ? { date } : {}),
    scenarios: [{ id: 's1', consumer: 'adult', hazard: 'entrapment', steps: [{ text: 'Grips the seat', probability: '1/50' }], injury: 'pinching of finger', severity: 1 }],
  });
  it('reports the regime in force on the assessment\'s date', async () => {
    const r = await cli(['assess', '-', '--json', '--regime', 'in-force'], { stdin: JSON.stringify(assessment('2026-05-01')) });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { regime: string }).regime).toBe('gpsr-2024');
    const old = await cli(['assess', '-', '--json', '--regime', 'in-force'], { stdin: JSON.stringify(assessment('2015-05-01')) });
    expect((JSON.parse(old.stdout) as { regime: string }).regime).toBe('rapex-2010');
  });
  it('a 2004-method document dated 2008 is assessed by Decision 2004/418/EC\'s own method', async () => {
    const doc = JSON.parse(readFileSync(join(ROOT, 'examples/assessments/rapex-2004-pull-along-toy.json'), 'utf8')) as Record<string, unknown>;
    delete doc.regime;
    const r = await cli(['assess', '-', '--json', '--regime', 'in-force'], { stdin: JSON.stringify({ ...doc, date: '2008-06-01' }) });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ regime: 'rapex-2004', method: 'rapex-2004' });
  });

  it('an assessment without a date is bad input naming "date"; an impossible date too', async () => {
    const r = await cli(['assess', '-', '--regime', 'in-force'], { stdin: JSON.stringify(assessment()) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('date: --regime in-force needs the document\'s date: give "date"');
    const bad = await cli(['assess', '-'], { stdin: JSON.stringify(assessment('2026-13-01')) });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('date');
  });
});
