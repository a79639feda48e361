// The audit's findings on the rule files, through the command line: each case is one of the rule
// files' examples, decided by the built-in regimes as `classify` and `deadlines` load them.
import { describe, expect, it } from 'vitest';
import { cli } from './helpers';

const json = async (argv: string[], doc: unknown) => {
  const r = await cli([...argv, '-', '--json'], { stdin: JSON.stringify(doc) });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};
const classify = (doc: unknown, regime: string) => json(['classify', '--regime', regime], doc);
const deadlines = async (doc: unknown, regime: string) =>
  (await json(['deadlines', '--regime', regime], doc)).deadlines as { action: string; due: string; from: string; rule: string }[];

const seriousWithdrawal = {
  product: { name: 'Antique oil lamp', consumerProduct: true },
  risk: { level: 'serious', lifeThreatening: true },
  crossBorder: true,
  measures: [{ type: 'obligatory', category: 'withdrawal', adopted: '2026-03-02' }],
};
const article11 = {
  product: { name: 'Night light', consumerProduct: true },
  risk: { level: 'medium' },
  crossBorder: true,
  measures: [{ type: 'obligatory', category: 'withdrawal', adopted: '2026-02-20' }],
};

describe('rapex-2010 and rapex-2019: products and procedures outside the classification', () => {
  for (const regime of ['rapex-2010', 'rapex-2019']) {
    it(`${regime}: a second-hand product supplied as an antique is outside RAPEX (Part II, 2.1)`, async () => {
      expect(await classify(seriousWithdrawal, regime)).toMatchObject({ classification: 'article-12-emergency' });
      const out = await classify({ ...seriousWithdrawal, product: { ...seriousWithdrawal.product, secondHand: 'antique' } }, regime);
      expect(out).toMatchObject({ classification: 'none', reason: null });
      expect(JSON.stringify(out.because)).toContain('Part II, 2.1');
    });

    it(`${regime}: so is one supplied to be repaired, even when criteria are uncertain (before (e))`, async () => {
      const doc = { product: { name: 'Boiler', consumerProduct: true, secondHand: 'to-be-repaired' }, risk: { level: null }, criteriaUncertain: true, ofInterestToOtherStates: true };
      expect(await classify(doc, regime)).toMatchObject({ classification: 'none' });
      expect(await classify({ ...doc, product: { name: 'Boiler', consumerProduct: true } }, regime)).toMatchObject({ classification: 'for-information', reason: 'e' });
    });

    it(`${regime}: a measure notifiable under another procedure (a safeguard clause) is not Article 11 (Part III, 2)`, async () => {
      expect(await classify(article11, regime)).toMatchObject({ classification: 'article-11' });
      expect(await classify({ ...article11, otherProcedure: true }, regime)).toMatchObject({ classification: 'none' });
    });
  }

  it('a document naming rapex-2019 is decided by it', async () => {
    const r = await cli(['classify', '-', '--json'], { stdin: JSON.stringify({ ...article11, regime: 'rapex-2019' }) });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ classification: 'article-11' });
  });

  it('an unknown second-hand supply is bad input, named by its field', async () => {
    const r = await cli(['classify', '-'], { stdin: JSON.stringify({ ...article11, product: { consumerProduct: true, secondHand: 'vintage' } }) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('product.secondHand');
  });
});

describe('rapex-2010: a voluntary recall known before the obligatory measure', () => {
  it("the obligatory measure's adoption starts the period (Appendix 3)", async () => {
    const doc = {
      product: { name: 'Kettle', consumerProduct: true },
      risk: { level: 'serious' },
      crossBorder: true,
      informationReceived: '2026-05-01',
      measures: [{ type: 'voluntary', category: 'recall' }, { type: 'obligatory', category: 'withdrawal', adopted: '2026-05-06' }],
    };
    expect((await deadlines(doc, 'rapex-2010')).find((d) => d.action === 'send-notification')).toMatchObject({ due: '2026-05-16', from: '2026-05-06' });
  });
});

describe('rapex-2004: the emergency deadline and the reactions not required', () => {
  const emergency = {
    product: { name: 'Gas heater', consumerProduct: true },
    risk: { level: 'serious', emergencyAction: true },
    crossBorder: true,
    informationReceived: '2026-03-20',
    measures: [{ type: 'voluntary', category: 'recall', adopted: '2026-03-27' }],
  };

  it('an emergency notification is due three days from the adoption of the measure, not from being informed (5.1)', async () => {
    const send = (await deadlines(emergency, 'rapex-2004')).filter((d) => d.action === 'send-notification');
    expect(send).toEqual([expect.objectContaining({ due: '2026-03-30', from: '2026-03-27', rule: 'emergency' })]);
  });

  it('with no adoption date recorded there is no emergency deadline', async () => {
    const doc = { ...emergency, measures: [{ type: 'voluntary', category: 'recall' }] };
    expect((await deadlines(doc, 'rapex-2004')).filter((d) => d.action === 'send-notification')).toEqual([]);
  });

  for (const type of ['article-11', 'for-information']) {
    it(`no reaction is required to a received ${type} notification (6.2), even from the State of origin`, async () => {
      const doc = { product: { consumerProduct: true }, productOriginHere: true, notification: { type, received: '2026-03-05' } };
      expect((await deadlines(doc, 'rapex-2004')).map((d) => d.action)).not.toContain('send-reaction');
      // An alert received the same day does require one: the test is not vacuous.
      const alert = await deadlines({ ...doc, notification: { type: 'article-12', received: '2026-03-05' } }, 'rapex-2004');
      expect(alert.find((d) => d.action === 'send-reaction')).toMatchObject({ due: '2026-03-20' });
    });
  }
});
