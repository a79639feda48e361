// Model-based: every state of the reaction lifecycle is reached and every guard taken both ways.
// Drives: a product-found reaction (complete) and a different risk assessment about another model
// (never valid), so `complete` is seen both ways on the same events.
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { ruleSet } from '../helpers/regimes';
import { kettleFollowUpCase } from '../../src/demo/cases';
import type { CompiledRuleSet } from '../../src/rules/api';
import type { Reaction, Role } from '../../src/domain/case/types';
import { reactionMachine, resumeReaction, type ReactionEvent } from '../../src/machines/reaction';
import { recordGuards } from '../helpers/guard-recorder';

let rs: CompiledRuleSet;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
});

const kettle = () => kettleFollowUpCase();
const found = (): Reaction => kettle().reactions[0];
const notified = () => ({ brand: 'Brewmaster', model: 'K-200', barcode: '5012345678900' });

function differentAssessment(model: string): Reaction {
  const r = found();
  return {
    ...r,
    kind: 'different-risk-assessment',
    productFound: null,
    productAsFound: { ...r.productAsFound, model },
    differentRiskAssessment: {
      hazard: 'electrical-energy',
      testResults: [{ id: 't1', date: '2026-03-12', laboratory: 'Lab', summary: 'Insulation holds at 3 kV', failedRequirements: [], reportAttachmentId: null }],
      failedRequirements: [],
      assessment: null,
      conclusions: 'Low risk',
      accidents: [],
      sameProductEvidence: 'Same brand, model and batch; bought at the retailer named in the notification',
    },
  };
}

const VA: Role = 'validating-authority';
const OS: Role = 'other-state';

function events(): ReactionEvent[] {
  const list: ReactionEvent[] = [
    { type: 'SUBMIT', role: OS, date: '2026-03-12' },
    { type: 'START_EXAMINATION', role: VA, date: '2026-03-13' },
    { type: 'VALIDATE', role: VA, date: '2026-03-14' },
    { type: 'REJECT', role: VA, date: '2026-03-14' },
    { type: 'UPDATE', role: OS, date: '2026-04-01' },
    { type: 'ACCEPT_UPDATE', role: VA, date: '2026-04-02' },
    { type: 'REFUSE_UPDATE', role: VA, date: '2026-04-02' },
    { type: 'WITHDRAW', role: VA, date: '2026-05-01', ground: 'measures-struck-down', justification: 'Court annulled the measure' },
    { type: 'WITHDRAW', role: VA, date: '2026-05-01', ground: 'product-redesigned', justification: 'New model' },
    { type: 'WITHDRAW', role: VA, date: '2026-05-01', ground: 'different-product', justification: '' },
  ];
  return [...list, ...list.map((e) => ({ ...e, role: e.role === VA ? OS : VA }) as ReactionEvent)];
}

type Snap = ReturnType<typeof reactionMachine.transition>;
const serializeState = (s: Snap): string => JSON.stringify([s.value, s.context.beforeUpdate !== null]);

describe('reaction lifecycle paths (xstate/graph)', () => {
  it('reaches every state and takes every guard both ways', () => {
    const { guards, outcomes } = recordGuards(reactionMachine.implementations.guards);
    const machine = reactionMachine.provide({ guards: guards as never });
    const reached = new Set<string>();
    for (const reaction of [found(), differentAssessment('K-300')]) {
      for (const p of getShortestPaths(machine, { input: { ruleSet: rs, reaction, notifiedProduct: notified() }, events, serializeState, serializeEvent: (e) => JSON.stringify(e) })) {
        reached.add(String(p.state.value));
      }
    }
    expect([...reached].sort()).toEqual(Object.keys(reactionMachine.root.states).sort());
    expect([...reached].sort()).toEqual(['draft', 'examined', 'not-validated', 'submitted', 'updated', 'validated', 'withdrawn']);
    const names = Object.keys(reactionMachine.implementations.guards).sort();
    expect(names.map((n) => [n, [...(outcomes.get(n) ?? [])].sort()])).toEqual(names.map((n) => [n, [false, true]]));
  });
});

describe('reaction lifecycle', () => {
  const start = (reaction: Reaction) => createActor(reactionMachine, { input: { ruleSet: rs, reaction, notifiedProduct: notified() } }).start();

  it('another State reacts: submitted, examined, validated, logged', () => {
    const a = start(found());
    a.send({ type: 'SUBMIT', role: 'public', date: '2026-03-12' });
    expect(a.getSnapshot().value).toBe('draft');
    a.send({ type: 'SUBMIT', role: 'other-state', date: '2026-03-12', actor: 'RAPEX Contact Point Sweden' });
    a.send({ type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-13' });
    a.send({ type: 'VALIDATE', role: 'validating-authority', date: '2026-03-14' });
    const r = a.getSnapshot().context.reaction;
    expect(r.status).toBe('validated');
    expect(r.submitted).toBe('2026-03-12');
    expect(r.log.map((l) => `${l.actor}: ${l.from} → ${l.to}`)).toEqual([
      'RAPEX Contact Point Sweden: draft → submitted',
      'validating-authority: submitted → examined',
      'validating-authority: examined → validated',
    ]);
  });

  it('a different risk assessment about another model cannot even be submitted; about the same product it can', () => {
    const other = start(differentAssessment('K-300'));
    other.send({ type: 'SUBMIT', role: 'other-state', date: '2026-03-12' });
    expect(other.getSnapshot().value).toBe('draft');
    const same = differentAssessment('K-200');
    const withAssessment: Reaction = {
      ...same,
      differentRiskAssessment: {
        ...same.differentRiskAssessment!,
        assessment: { assessmentId: 'x', level: 'low', lifeThreatening: false, fatalAccidents: false, hazard: 'electrical-energy', summary: '', regimeId: 'rapex-2010', ruleSetVersion: '', computedOn: '2026-03-11' },
      },
    };
    const a = start(withAssessment);
    a.send({ type: 'SUBMIT', role: 'other-state', date: '2026-03-12' });
    expect(a.getSnapshot().value).toBe('submitted');
  });

  it('withdrawn only on the grounds of 4.6, and resumes from its saved status', () => {
    const a = start(found());
    for (const e of [
      { type: 'SUBMIT', role: 'contact-point', date: '2026-03-12' },
      { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-13' },
      { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-14' },
    ] as ReactionEvent[])
      a.send(e);
    const saved: Reaction = JSON.parse(JSON.stringify(a.getSnapshot().context.reaction));
    const b = createActor(reactionMachine, { snapshot: resumeReaction({ ruleSet: rs, reaction: saved }), input: { ruleSet: rs, reaction: saved } }).start();
    b.send({ type: 'WITHDRAW', role: 'validating-authority', date: '2026-05-01', ground: 'product-redesigned', justification: 'New model' });
    expect(b.getSnapshot().value).toBe('validated');
    b.send({ type: 'WITHDRAW', role: 'validating-authority', date: '2026-05-01', ground: 'different-product', justification: 'The items found are model K-210' });
    expect(b.getSnapshot().value).toBe('withdrawn');
    expect(b.getSnapshot().context.reaction.withdrawal).toEqual({ ground: 'different-product', date: '2026-05-01' });
  });
});
