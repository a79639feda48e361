// Model-based: every state of the notification lifecycle is reached, and every guard is taken
// both ways (each guard implementation is wrapped to record its outcomes while xstate/graph
// explores). Two cases drive it, with the real rapex-2010 rule set: the socket protectors (Article
// 12 emergency, measures taken) and the baby walker (for information (b), measures to confirm).
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { ruleSet } from '../helpers/regimes';
import { readyToSubmit } from '../domain/case/fixtures';
import { babyWalkerCase, socketProtectorCase } from '../../src/demo/cases';
import type { CompiledRuleSet } from '../../src/rules/api';
import type { CaseFile, Role } from '../../src/domain/case/types';
import { notificationMachine, type NotificationEvent } from '../../src/machines/notification';
import { recordGuards } from '../helpers/guard-recorder';

let rs: CompiledRuleSet;
let socket: CaseFile;
let walker: CaseFile;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
  socket = readyToSubmit(rs, socketProtectorCase());
  walker = readyToSubmit(rs, babyWalkerCase());
});

const CP: Role = 'contact-point';
const VA: Role = 'validating-authority';
const NA: Role = 'national-authority';

type Snap = ReturnType<typeof notificationMachine.transition>;

function withRecall(c: CaseFile): CaseFile {
  return { ...c, measures: [...socketProtectorCase().measures.map((m) => ({ ...m, adopted: '2026-04-20', entryIntoForce: '2026-04-20' }))] };
}

/** Events to try in every state: the right role with good and bad data, and a wrong role. */
function events(s: Snap): NotificationEvent[] {
  const d = '2026-04-01';
  const doc = ['Court judgment of 2026-05-02'];
  const list: NotificationEvent[] = [
    { type: 'SEND_TO_CONTACT_POINT', role: NA, date: d },
    { type: 'RETURN_TO_AUTHORITY', role: CP, date: d },
    { type: 'SUBMIT', role: CP, date: d },
    { type: 'SUBMIT', role: CP, date: d, duplicates: 1 },
    { type: 'REACT_INSTEAD', role: CP, date: d, existing: 'A12/0001/26' },
    { type: 'START_EXAMINATION', role: VA, date: d },
    { type: 'REQUEST_INFORMATION', role: VA, date: d, dueBy: '2026-04-10' },
    { type: 'REQUEST_INFORMATION', role: VA, date: d, dueBy: '2026-03-31' },
    { type: 'PROVIDE_INFORMATION', role: CP, date: '2026-04-08' },
    { type: 'OPEN_INVESTIGATION', role: VA, date: d },
    // Numbered as the type needs (the socket protectors: Article 12; the baby walker: for information), wrongly, or twice.
    { type: 'VALIDATE', role: VA, date: '2026-04-05', number: 'A12/0100/26' },
    { type: 'VALIDATE', role: VA, date: '2026-04-05', number: '0100/26' },
    { type: 'VALIDATE', role: VA, date: '2026-04-05' },
    { type: 'VALIDATE', role: VA, date: '2026-04-05', number: 'A12/0100/26', numbersInUse: ['A12/0100/26', '0100/26'] },
    { type: 'VALIDATE', role: VA, date: '2026-04-11', number: 'A12/0101/26' },
    { type: 'VALIDATE', role: VA, date: '2026-04-11', number: '0101/26' },
    { type: 'VALIDATE', role: VA, date: '2026-04-05', as: 'article-12', number: 'A12/0102/26' },
    { type: 'VALIDATE', role: VA, date: '2026-04-05', as: 'none', number: 'A12/0103/26' },
    // Not a date: refused whoever acts.
    { type: 'START_EXAMINATION', role: VA, date: '2026-02-30' },
    { type: 'REJECT', role: VA, date: '2026-04-05' },
    { type: 'REJECT', role: VA, date: '2026-04-11' },
    { type: 'UPDATE', role: CP, date: '2026-05-01' },
    { type: 'ACCEPT_UPDATE', role: VA, date: '2026-05-03' },
    { type: 'REFUSE_UPDATE', role: VA, date: '2026-05-03' },
    { type: 'CONFIRM_MEASURES', role: CP, date: '2026-05-01' },
    { type: 'CONFIRM_MEASURES', role: CP, date: '2026-05-01', noMeasuresReason: 'The importer went bankrupt; no stock left' },
    { type: 'CONFIRM_MEASURES', role: CP, date: '2026-05-01', caseFile: withRecall(s.context.caseFile) },
    { type: 'REMOVE_FROM_PUBLIC', role: VA, date: '2026-05-01' },
    { type: 'REPUBLISH', role: VA, date: '2026-05-10' },
    { type: 'REQUEST_WITHDRAWAL', role: CP, date: '2026-06-01', ground: 'wrong-risk-assessment', justification: 'New test shows no serious risk', documents: doc },
    { type: 'REQUEST_WITHDRAWAL', role: CP, date: '2026-06-01', ground: 'redesign', justification: 'The product was redesigned', documents: doc },
    // For the baby walker submitted 2026-04-01: the rule set's confirmation period ends 45 days later.
    { type: 'REQUEST_WITHDRAWAL', role: CP, date: '2026-05-10', ground: 'no-measures-after-pre-measure-notification', justification: 'No measures', documents: doc },
    { type: 'REQUEST_WITHDRAWAL', role: CP, date: '2026-06-01', ground: 'no-measures-after-pre-measure-notification', justification: 'No measures', documents: doc },
    { type: 'REFUSE_WITHDRAWAL', role: VA, date: '2026-06-02' },
    { type: 'WITHDRAW', role: VA, date: '2026-06-03' },
  ];
  // The same acts by a role that may not do them.
  const wrong: NotificationEvent[] = list.map((e) => ({ ...e, role: e.role === VA ? CP : VA }) as NotificationEvent);
  return [...list, ...wrong, { type: 'SUBMIT', role: 'public', date: d }];
}

function serializeState(s: Snap): string {
  const n = s.context.caseFile.notification!;
  return JSON.stringify([s.value, n.withdrawalRequest?.ground ?? null, n.informationDueBy !== null, n.publishedOnPublicSite, s.context.beforeUpdate !== null]);
}

function leafPaths(node: AnyStateNode, prefix = ''): string[] {
  const keys = Object.keys(node.states);
  if (keys.length === 0) return [prefix];
  return keys.flatMap((k) => leafPaths(node.states[k], prefix ? `${prefix}.${k}` : k));
}

function pathOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const [k, v] = Object.entries(value as Record<string, unknown>)[0];
  return `${k}.${pathOf(v)}`;
}

function explore() {
  const { guards, outcomes } = recordGuards(notificationMachine.implementations.guards);
  const machine = notificationMachine.provide({ guards: guards as never });
  const reached = new Set<string>();
  for (const caseFile of [socket, walker]) {
    const paths = getShortestPaths(machine, { input: { ruleSet: rs, caseFile }, events, serializeState, serializeEvent: (e) => JSON.stringify(e) });
    for (const p of paths) reached.add(pathOf(p.state.value));
  }
  return { reached, outcomes };
}

describe('notification lifecycle paths (xstate/graph)', () => {
  it('reaches every state of the machine', () => {
    const { reached } = explore();
    const all = leafPaths(notificationMachine.root).sort();
    expect(all).toEqual(
      [
        'additional-information-requested',
        'contact-point-check',
        'draft',
        'investigation',
        'measures-to-confirm',
        'not-validated',
        'removed-from-public',
        'replaced-by-reaction',
        'submitted',
        'under-examination',
        'updated',
        'validated.distributed',
        'validated.reclassified',
        'validated.republished',
        'withdrawal-requested',
        'withdrawn',
      ].sort(),
    );
    expect([...reached].sort()).toEqual(all);
  });

  it('takes every guard both ways', () => {
    const { outcomes } = explore();
    const names = Object.keys(notificationMachine.implementations.guards).sort();
    const seen = names.map((n) => [n, [...(outcomes.get(n) ?? [])].sort()]);
    expect(seen).toEqual(names.map((n) => [n, [false, true]]));
  });

  it('a withdrawal on a redesign alone is never admitted, from any state', () => {
    const paths = getShortestPaths(notificationMachine, { input: { ruleSet: rs, caseFile: socket }, events, serializeState, serializeEvent: (e) => JSON.stringify(e) });
    for (const p of paths) expect(p.state.context.caseFile.notification!.withdrawalRequest?.ground).not.toBe('redesign');
    const withdrawn = paths.filter((p) => p.state.value === 'withdrawn');
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const p of withdrawn) expect(p.state.context.caseFile.notification!.withdrawal?.ground).toBe('wrong-risk-assessment');
  });
});
