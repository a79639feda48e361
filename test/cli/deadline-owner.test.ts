// `deadlines --json` says who owes each deadline (an extension of the contract): the notifying
// State, a reacting State, or the Commission — from the regime's `deadlineOwner` table.
import { describe, expect, it } from 'vitest';
import { cli } from './helpers';

describe('deadlines --json: owner', () => {
  it('names the owner of every deadline', async () => {
    const doc = {
      product: { name: 'Gas heater', consumerProduct: true },
      risk: { level: 'serious', lifeThreatening: true },
      crossBorder: true,
      measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-03-02' }],
      notification: { type: 'article-12-emergency', submitted: '2026-03-04', received: null, informationDueBy: '2026-03-10' },
      events: [],
    };
    const r = await cli(['deadlines', '-', '--json'], { stdin: JSON.stringify(doc) });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { deadlines: { action: string; owner: string; due: string }[] };
    expect(out.deadlines.map((d) => [d.action, d.owner, d.due])).toEqual([
      ['validate-notification', 'commission', '2026-03-07'],
      ['provide-information', 'notifying-state', '2026-03-10'],
    ]);
  });

  it('a reaction is the reacting State’s to send', async () => {
    const doc = { product: { name: 'Gas heater', consumerProduct: true }, notification: { type: 'article-12', received: '2026-03-05' }, events: [{ kind: 'product-found', date: '2026-03-10' }] };
    const r = await cli(['deadlines', '-', '--json', '--regime', 'rapex-2004'], { stdin: JSON.stringify(doc) });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { deadlines: { action: string; owner: string }[] };
    expect(out.deadlines.length).toBeGreaterThan(0);
    expect(out.deadlines.find((d) => d.action === 'send-reaction')?.owner).toBe('reacting-state');
  });
});
