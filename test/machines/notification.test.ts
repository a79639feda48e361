// The notification lifecycle, act by act, with the real rapex-2010 rule set: who may do what,
// what is recorded, and how the deadlines and the public summary follow.
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import { ruleSet } from '../helpers/regimes';
import { readyToSubmit } from '../domain/case/fixtures';
import { babyWalkerCase, socketProtectorCase } from '../../src/demo/cases';
import { caseDeadlines } from '../../src/domain/case/case-rules';
import { isPublished } from '../../src/domain/case/public-summary';
import type { CompiledRuleSet } from '../../src/rules/api';
import type { CaseFile } from '../../src/domain/case/types';
import { notificationMachine, resumeNotification, type NotificationEvent } from '../../src/machines/notification';
import { actOnNotification } from '../../src/machines/case-acts';

let rs: CompiledRuleSet;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
});

type A = Actor<typeof notificationMachine>;
const start = (caseFile: CaseFile): A => createActor(notificationMachine, { input: { ruleSet: rs, caseFile } }).start();
const file = (a: A): CaseFile => a.getSnapshot().context.caseFile;
const deadlines = (c: CaseFile): string[] => {
  const d = caseDeadlines(rs, c);
  if (!d.ok) throw new Error(JSON.stringify(d.errors));
  return d.value.map((x) => `${x.action} ${x.due.toString()}`);
};
const send = (a: A, ...events: NotificationEvent[]): void => events.forEach((e) => a.send(e));

function submitted(c: CaseFile, date = '2026-03-28'): A {
  const a = start(readyToSubmit(rs, c));
  send(a, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date, actor: 'Inspector Olsen' }, { type: 'SUBMIT', role: 'contact-point', date });
  return a;
}

describe('notification lifecycle', () => {
  it('socket protectors: submitted, validated and published; every act logged; the deadlines move', () => {
    const a = start(readyToSubmit(rs, socketProtectorCase()));
    expect(deadlines(file(a))).toEqual(['send-notification 2026-03-30']);
    send(a, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-28', actor: 'Inspector Olsen' });
    send(a, { type: 'SUBMIT', role: 'contact-point', date: '2026-03-29' });
    expect(a.getSnapshot().value).toBe('submitted');
    // The Commission validates an emergency notification within 3 days (Appendix 4).
    expect(deadlines(file(a))).toEqual(['validate-notification 2026-04-01']);
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' });
    send(a, { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-31', number: 'A12/0100/26' });
    expect(a.getSnapshot().value).toEqual({ validated: 'distributed' });
    const n = file(a).notification!;
    expect(n).toMatchObject({ status: 'validated', validatedAs: 'article-12-emergency', number: 'A12/0100/26', submitted: '2026-03-29', validated: '2026-03-31' });
    expect(deadlines(file(a))).toEqual([]);
    expect(isPublished(file(a))).toBe(true);
    expect(n.log.map((l) => [l.role, l.event, l.from, l.to, l.date])).toEqual([
      ['national-authority', 'SEND_TO_CONTACT_POINT', 'draft', 'contact-point-check', '2026-03-28'],
      ['contact-point', 'SUBMIT', 'contact-point-check', 'submitted', '2026-03-29'],
      ['validating-authority', 'START_EXAMINATION', 'submitted', 'under-examination', '2026-03-30'],
      ['validating-authority', 'VALIDATE', 'under-examination', 'validated.distributed', '2026-03-31'],
    ]);
    expect(n.log[0].actor).toBe('Inspector Olsen');
    expect(n.versions.map((v) => v.note)).toEqual(['submitted', 'validated']);
  });

  it('refuses an act by a role that may not do it, and records nothing', () => {
    const a = start(readyToSubmit(rs, socketProtectorCase()));
    send(a, { type: 'SEND_TO_CONTACT_POINT', role: 'validating-authority', date: '2026-03-28' });
    expect(a.getSnapshot().value).toBe('draft');
    send(a, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-28' });
    send(a, { type: 'SUBMIT', role: 'national-authority', date: '2026-03-28' }, { type: 'SUBMIT', role: 'other-state', date: '2026-03-28' });
    expect(a.getSnapshot().value).toBe('contact-point-check');
    expect(file(a).notification!.log).toHaveLength(1);
  });

  it('cannot be submitted without a chosen classification, with an unexplained gap, or over a possible duplicate without a reason', () => {
    const ready = readyToSubmit(rs, socketProtectorCase());
    const unchosen = { ...ready, notification: { ...ready.notification!, chosen: null } };
    const unexplained = { ...ready, notification: { ...ready.notification!, missing: [] } };
    for (const c of [unchosen, unexplained]) {
      const a = start(c);
      send(a, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-28' }, { type: 'SUBMIT', role: 'contact-point', date: '2026-03-28' });
      expect(a.getSnapshot().value).toBe('contact-point-check');
    }
    const a = start(ready);
    send(a, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-28' });
    send(a, { type: 'SUBMIT', role: 'contact-point', date: '2026-03-28', duplicates: 2 });
    expect(a.getSnapshot().value).toBe('contact-point-check');
    send(a, { type: 'SUBMIT', role: 'contact-point', date: '2026-03-28', duplicates: 2, notADuplicateReason: 'Other brand: SafeHouse, model SP-10' });
    expect(a.getSnapshot().value).toBe('submitted');
  });

  it('a product already notified gets a reaction instead: the notification closes', () => {
    const a = start(readyToSubmit(rs, socketProtectorCase()));
    send(a, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-28' }, { type: 'REACT_INSTEAD', role: 'contact-point', date: '2026-03-28', existing: 'A12/0007/26' });
    expect(a.getSnapshot().status).toBe('done');
    expect(file(a).notification).toMatchObject({ status: 'replaced-by-reaction', duplicateOf: 'A12/0007/26' });
  });

  it('additional information requested: validation suspended until answered or the deadline set in the request has passed', () => {
    const a = submitted(socketProtectorCase());
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' });
    send(a, { type: 'REQUEST_INFORMATION', role: 'validating-authority', date: '2026-03-30', dueBy: '2026-03-29' });
    expect(a.getSnapshot().value).toBe('under-examination');
    send(a, { type: 'REQUEST_INFORMATION', role: 'validating-authority', date: '2026-03-30', dueBy: '2026-04-03' });
    expect(file(a).notification!.informationDueBy).toBe('2026-04-03');
    send(a, { type: 'VALIDATE', role: 'validating-authority', date: '2026-04-02', number: 'A12/0100/26' }, { type: 'REJECT', role: 'validating-authority', date: '2026-04-03' });
    expect(a.getSnapshot().value).toBe('additional-information-requested');
    // Unanswered: decided on what is there, here under another classification.
    send(a, { type: 'VALIDATE', role: 'validating-authority', date: '2026-04-04', as: 'article-12', number: 'A12/0100/26' });
    expect(a.getSnapshot().value).toEqual({ validated: 'reclassified' });
    expect(file(a).notification).toMatchObject({ validatedAs: 'article-12', chosen: 'article-12-emergency', informationDueBy: null });
  });

  it('answered: back under examination', () => {
    const a = submitted(socketProtectorCase());
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' }, { type: 'REQUEST_INFORMATION', role: 'validating-authority', date: '2026-03-30', dueBy: '2026-04-03' });
    const answer: CaseFile = { ...file(a), product: { ...file(a).product, photoIds: ['p1', 'p2'] } };
    send(a, { type: 'PROVIDE_INFORMATION', role: 'contact-point', date: '2026-04-01', caseFile: answer });
    expect(a.getSnapshot().value).toBe('under-examination');
    expect(file(a).product.photoIds).toEqual(['p1', 'p2']);
    expect(file(a).notification!.status).toBe('under-examination');
  });

  it('validated as for information is not published; an Article 12 notification is', () => {
    const a = submitted(socketProtectorCase());
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' }, { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-31', as: 'for-information', number: '0100/26' });
    expect(a.getSnapshot().value).toEqual({ validated: 'reclassified' });
    expect(isPublished(file(a))).toBe(false);
  });

  it('investigation suspends validation and ends in validation or rejection', () => {
    for (const [ev, expected] of [
      ['VALIDATE', { validated: 'distributed' }],
      ['REJECT', 'not-validated'],
    ] as const) {
      const a = submitted(socketProtectorCase());
      send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' }, { type: 'OPEN_INVESTIGATION', role: 'validating-authority', date: '2026-03-30' });
      expect(a.getSnapshot().value).toBe('investigation');
      send(a, { type: ev, role: 'validating-authority', date: '2026-04-10', number: 'A12/0100/26' } as NotificationEvent);
      expect(a.getSnapshot().value).toEqual(expected);
    }
  });

  it('removed from the public site while the risk assessment is clarified, then re-published', () => {
    const a = submitted(socketProtectorCase());
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' }, { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-31', number: 'A12/0100/26' });
    send(a, { type: 'REMOVE_FROM_PUBLIC', role: 'validating-authority', date: '2026-04-15' });
    expect(isPublished(file(a))).toBe(false);
    send(a, { type: 'REPUBLISH', role: 'validating-authority', date: '2026-05-01' });
    expect(a.getSnapshot().value).toEqual({ validated: 'republished' });
    expect(isPublished(file(a))).toBe(true);
  });

  it('an update is examined again; a refused update leaves the validated content', () => {
    const a = submitted(socketProtectorCase());
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' }, { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-31', number: 'A12/0100/26' });
    const changed: CaseFile = { ...file(a), product: { ...file(a).product, name: 'Socket covers' } };
    send(a, { type: 'UPDATE', role: 'contact-point', date: '2026-04-20', caseFile: changed });
    expect(a.getSnapshot().value).toBe('updated');
    expect(file(a).product.name).toBe('Socket covers');
    send(a, { type: 'REFUSE_UPDATE', role: 'validating-authority', date: '2026-04-22' });
    expect(file(a).product.name).toBe('Socket protectors');
    expect(file(a).notification!.log.map((l) => l.event).slice(-2)).toEqual(['UPDATE', 'REFUSE_UPDATE']);
    send(a, { type: 'UPDATE', role: 'contact-point', date: '2026-04-25', caseFile: changed }, { type: 'ACCEPT_UPDATE', role: 'validating-authority', date: '2026-04-26' });
    expect(file(a).product.name).toBe('Socket covers');
    // Every version is kept: what was sent, refused, sent again and accepted.
    const versions = file(a).notification!.versions;
    expect(versions.map((v) => [v.version, v.note, v.status])).toEqual([
      [1, 'submitted', 'submitted'],
      [2, 'validated', 'validated'],
      [3, 'update sent', 'updated'],
      [4, 'update refused: the earlier version stands', 'validated'],
      [5, 'update sent', 'updated'],
      [6, 'update accepted', 'validated'],
    ]);
    expect(versions[2].changed).toEqual(['product.name']);
    expect(versions[2].content!.product.name).toBe('Socket covers');
    expect(versions[1].content!.product.name).toBe('Socket protectors');
    expect(versions[3].changed).toEqual(['product.name']);
    expect(versions[5].changed).toEqual([]);
  });

  it('a refused update is undone from the kept versions, also when the machine is resumed act by act', () => {
    let c = file(submitted(socketProtectorCase()));
    const step = (e: NotificationEvent) => {
      const r = actOnNotification(rs, c, e);
      if (!r.ok) throw new Error(`refused: ${e.type}`);
      c = r.value;
    };
    step({ type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' });
    step({ type: 'VALIDATE', role: 'validating-authority', date: '2026-03-31', number: 'A12/0100/26' });
    const measures = [{ ...c.measures[0], scope: 'local' as const }];
    step({ type: 'UPDATE', role: 'contact-point', date: '2026-04-20', caseFile: { ...c, measures, reactions: [], events: [] } });
    expect(c.measures[0].scope).toBe('local');
    step({ type: 'REFUSE_UPDATE', role: 'validating-authority', date: '2026-04-22' });
    expect(c.measures[0].scope).toBe('national');
    expect(c.notification!.versions.at(-1)!.changed).toEqual(['measures[0].scope']);
  });

  it('the information requested comes with edited sections, kept as a version, and goes back to examination', () => {
    const a = submitted(socketProtectorCase());
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' }, { type: 'REQUEST_INFORMATION', role: 'validating-authority', date: '2026-03-30', dueBy: '2026-04-10' });
    const answered: CaseFile = { ...file(a), traceability: { ...file(a).traceability, retailers: [{ name: 'Shop AS', address: 'Gate 1', contact: 'x@y.example', country: 'NO' }] }, reactions: [] };
    send(a, { type: 'PROVIDE_INFORMATION', role: 'contact-point', date: '2026-04-05', caseFile: answered });
    expect(a.getSnapshot().value).toBe('under-examination');
    expect(file(a).traceability.retailers).toHaveLength(1);
    const v = file(a).notification!.versions.at(-1)!;
    expect([v.note, v.status, v.changed]).toEqual(['information provided', 'under-examination', ['traceability.retailers[0]']]);
  });

  it('withdrawn only on an admissible ground, at the notifying State’s request: a redesign alone is not one', () => {
    const a = submitted(socketProtectorCase());
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' }, { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-31', number: 'A12/0100/26' });
    send(a, { type: 'WITHDRAW', role: 'validating-authority', date: '2026-06-01' });
    expect(a.getSnapshot().value).toEqual({ validated: 'distributed' });
    send(a, { type: 'REQUEST_WITHDRAWAL', role: 'contact-point', date: '2026-06-01', ground: 'redesign', justification: 'New model', documents: ['Drawing'] });
    send(a, { type: 'REQUEST_WITHDRAWAL', role: 'contact-point', date: '2026-06-01', ground: 'measures-struck-down', justification: 'Court annulled the recall', documents: [] });
    send(a, { type: 'REQUEST_WITHDRAWAL', role: 'validating-authority', date: '2026-06-01', ground: 'measures-struck-down', justification: 'x', documents: ['y'] });
    expect(file(a).notification!.withdrawalRequest).toBeNull();
    send(a, { type: 'REQUEST_WITHDRAWAL', role: 'contact-point', date: '2026-06-01', ground: 'measures-struck-down', justification: 'Court annulled the recall', documents: ['Judgment 2026-05-30'] });
    expect(file(a).notification!.withdrawalRequest?.ground).toBe('measures-struck-down');
    send(a, { type: 'WITHDRAW', role: 'validating-authority', date: '2026-06-03' });
    expect(a.getSnapshot().value).toBe('withdrawn');
    expect(file(a).notification!.withdrawal).toMatchObject({ ground: 'measures-struck-down', date: '2026-06-01' });
    expect(isPublished(file(a))).toBe(false);
  });

  it('baby walker: sent before measures, validated → measures to confirm within the rule set’s period', () => {
    const a = submitted(babyWalkerCase(), '2026-04-01');
    expect(file(a).notification!.chosen).toBe('for-information');
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-04-02' }, { type: 'VALIDATE', role: 'validating-authority', date: '2026-04-05', number: '0100/26' });
    expect(a.getSnapshot().value).toBe('measures-to-confirm');
    // 45 calendar days after submission (Appendix 3), from the rule file.
    expect(deadlines(file(a))).toEqual(['confirm-measures 2026-05-16']);
    const ask = (date: string): NotificationEvent => ({ type: 'REQUEST_WITHDRAWAL', role: 'contact-point', date, ground: 'no-measures-after-pre-measure-notification', justification: 'No measures were taken', documents: ['Decision not to act'] });
    send(a, ask('2026-05-16'));
    expect(file(a).notification!.withdrawalRequest).toBeNull();
    send(a, { type: 'CONFIRM_MEASURES', role: 'contact-point', date: '2026-05-10' });
    expect(a.getSnapshot().value).toBe('measures-to-confirm');
    const recall = { ...socketProtectorCase().measures[0], adopted: '2026-05-09', entryIntoForce: '2026-05-09' };
    send(a, { type: 'CONFIRM_MEASURES', role: 'contact-point', date: '2026-05-10', caseFile: { ...file(a), measures: [recall] } });
    expect(a.getSnapshot().value).toBe('updated');
    expect(file(a).notification!.measuresConfirmed).toBe('2026-05-10');
    expect(deadlines(file(a))).toEqual([]);
  });

  it('baby walker: no measures by the end of the period → withdrawal may be requested', () => {
    const a = submitted(babyWalkerCase(), '2026-04-01');
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-04-02' }, { type: 'VALIDATE', role: 'validating-authority', date: '2026-04-05', number: '0100/26' });
    send(a, { type: 'REQUEST_WITHDRAWAL', role: 'contact-point', date: '2026-05-17', ground: 'no-measures-after-pre-measure-notification', justification: 'No measures were taken', documents: ['Decision not to act'] });
    expect(file(a).notification!.withdrawalRequest?.ground).toBe('no-measures-after-pre-measure-notification');
    send(a, { type: 'REFUSE_WITHDRAWAL', role: 'validating-authority', date: '2026-05-18' });
    expect(file(a).notification!.withdrawalRequest).toBeNull();
    expect(a.getSnapshot().value).toBe('measures-to-confirm');
  });

  it('resumes a saved case where it stopped, with the rule set given again', () => {
    const a = submitted(socketProtectorCase());
    send(a, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-30' }, { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-31', as: 'article-12', number: 'A12/0100/26' });
    const saved: CaseFile = JSON.parse(JSON.stringify(file(a)));
    const b = createActor(notificationMachine, { snapshot: resumeNotification({ ruleSet: rs, caseFile: saved }), input: { ruleSet: rs, caseFile: saved } }).start();
    expect(b.getSnapshot().value).toEqual({ validated: 'reclassified' });
    b.send({ type: 'REMOVE_FROM_PUBLIC', role: 'validating-authority', date: '2026-04-15' });
    expect(b.getSnapshot().value).toBe('removed-from-public');
    expect(file(b).notification!.log.at(-1)).toMatchObject({ from: 'validated.reclassified', to: 'removed-from-public' });
  });
});
