// The procedure faults found when a new case officer and contact point tried the casework (issue
// "Casework that is correct at every step"), one test each where the fault lives below the page.
// The reaction forms (fault 1) and the traceability lists (fault 7) are page faults: see
// test/browser/casework-faults.browser.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { readyToSubmit } from './fixtures';
import { socketProtectorCase, foldingChairCase } from '../../../src/demo/cases';
import { actDateProblem, futureAdoptions } from '../../../src/domain/case/dates';
import { attachAssessment, productTitle } from '../../../src/domain/case/product-name';
import { caseDuties, dutiesShown } from '../../../src/domain/case/duties';
import { recordedVersion } from '../../../src/domain/case/deciding-version';
import { explainMissing } from '../../../src/domain/case/form-gaps';
import { notificationCompleteness } from '../../../src/domain/case/notification-form';
import { moveRuleSet } from '../../../src/domain/case/rule-set-move';
import { publicSummary } from '../../../src/domain/case/public-summary';
import { emptyReaction } from '../../../src/domain/case/empty';
import type { CaseFile, RiskAssessmentRef } from '../../../src/domain/case/types';
import { caseTitle } from '../../../src/domain/deadline-dashboard';
import { actOnNotification, actOnReaction, notificationActs } from '../../../src/machines/case-acts';
import type { NotificationEvent } from '../../../src/machines/notification';
import type { CompiledRuleSet } from '../../../src/rules/api';
import { createCase, deleteCase, getCase } from '../../../src/store/cases';
import { openRiskcaseDb } from '../../../src/store/db';
const RS2010 = ruleSet('rapex-2010');

let rs: CompiledRuleSet;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
});

function acts(c: CaseFile, ...events: NotificationEvent[]): CaseFile {
  for (const e of events) {
    const r = actOnNotification(rs, c, e);
    if (!r.ok) throw new Error(`refused: ${e.type} by ${e.role} on ${e.date}`);
    c = r.value;
  }
  return c;
}

const submittedSocket = (): CaseFile =>
  acts(readyToSubmit(rs, socketProtectorCase()), { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-28' }, { type: 'SUBMIT', role: 'contact-point', date: '2026-03-28' });

const validatedSocket = (): CaseFile =>
  acts(submittedSocket(), { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-29' }, { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-30', number: 'A12/0100/26' });

describe('2. a case keeps the rule-set version it was decided under', () => {
  it('once the contact point has chosen its classification, the recorded version decides, not the one in force', () => {
    const c = readyToSubmit(rs, socketProtectorCase());
    const checked = acts({ ...c, ruleSetVersion: 'rapex-2010@1' }, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-28' });
    expect(checked.notification!.status).toBe('contact-point-check');
    expect(recordedVersion(checked)).toBe('rapex-2010@1');
  });

  it('moves to another version only as an explicit act with a reason, recorded in the case', () => {
    const c = { ...validatedSocket(), ruleSetVersion: 'rapex-2010@1' };
    const noReason = moveRuleSet(c, { to: 'rapex-2010@2', reason: ' ', role: 'contact-point', actor: 'Kari', date: '2026-04-02', at: '2026-04-02T10:00:00.000Z' });
    expect(noReason.ok).toBe(false);
    const byOther = moveRuleSet(c, { to: 'rapex-2010@2', reason: 'corrected deadlines', role: 'other-state', actor: 'Sven', date: '2026-04-02', at: '2026-04-02T10:00:00.000Z' });
    expect(byOther.ok).toBe(false);
    const moved = moveRuleSet(c, { to: 'rapex-2010@2', reason: 'the corrected deadline table applies', role: 'contact-point', actor: 'Kari', date: '2026-04-02', at: '2026-04-02T10:00:00.000Z' });
    expect(moved.ok && moved.value.ruleSetVersion).toBe('rapex-2010@2');
    expect(moved.ok && moved.value.ruleSetMoves).toEqual([
      { from: 'rapex-2010@1', to: 'rapex-2010@2', reason: 'the corrected deadline table applies', role: 'contact-point', actor: 'Kari', date: '2026-04-02', at: '2026-04-02T10:00:00.000Z' },
    ]);
  });
});

describe('3. the public area shows validated content only', () => {
  it('an update under examination is not public; accepted, it is', () => {
    const v = validatedSocket();
    const edited: CaseFile = { ...v, product: { ...v.product, name: 'Socket covers (updated)' } };
    const updated = acts(v, { type: 'UPDATE', role: 'contact-point', date: '2026-04-01', caseFile: edited });
    expect(updated.notification!.status).toBe('updated');
    expect(publicSummary(updated)?.product?.name).toBe('Socket protectors');
    const accepted = acts(updated, { type: 'ACCEPT_UPDATE', role: 'validating-authority', date: '2026-04-02' });
    expect(publicSummary(accepted)?.product?.name).toBe('Socket covers (updated)');
  });
});

describe('4. every deadline says who owes it; a case shows its own and the Commission’s, never another State’s', () => {
  function withReactionFromSweden(c: CaseFile): CaseFile {
    const r = { ...emptyReaction({ id: 'r-se', kind: 'product-found', notificationNumber: 'A12/0100/26', notifyingCountry: 'NO', reactingCountry: 'SE', notifiedProductName: 'Socket protectors' }) };
    r.contactPoint = 'RAPEX SE';
    r.personInCharge = 'Sven';
    r.productAsFound = { name: 'Socket protectors', brand: 'SafeHome', model: 'SP-12', batch: 'L2025-11', barcode: '' };
    r.productFound = { itemsFound: 3, measures: [], noMeasuresReason: 'sold out' };
    let f: CaseFile = { ...c, reactions: [r] };
    for (const e of [
      { type: 'SUBMIT', role: 'other-state', date: '2026-04-01' },
      { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-04-01' },
      { type: 'VALIDATE', role: 'validating-authority', date: '2026-04-02' },
    ] as const) {
      const res = actOnReaction(rs, f, 'r-se', e);
      if (!res.ok) throw new Error(`reaction ${e.type} refused`);
      f = res.value;
    }
    return f;
  }

  it('developments on our own notification: our update, never an update of the other State’s reaction', () => {
    const c = withReactionFromSweden(validatedSocket());
    const withDevelopments: CaseFile = { ...c, events: [...c.events, { id: 'd1', kind: 'developments', date: '2026-04-05', note: 'appeal' }] };
    const duties = caseDuties(rs, withDevelopments);
    expect(duties.ok && duties.value.map((d) => `${d.action} ${d.owner}`)).toEqual(['update-notification notifying-state']);
  });

  it('a deadline ends with the procedure that created it: withdrawn, no update is due', () => {
    const c = validatedSocket();
    const requested = acts(
      { ...c, events: [{ id: 'd1', kind: 'developments', date: '2026-04-05', note: 'court struck the measure down' }] },
      { type: 'REQUEST_WITHDRAWAL', role: 'contact-point', date: '2026-04-06', ground: 'measures-struck-down', justification: 'Judgment of 2026-04-04', documents: ['judgment.pdf'] },
      { type: 'WITHDRAW', role: 'validating-authority', date: '2026-04-07' },
    );
    const duties = caseDuties(rs, requested);
    expect(duties.ok && duties.value).toEqual([]);
  });

  it('shows the case’s own party’s duties apart from the Commission’s', () => {
    const d = caseDuties(rs, submittedSocket());
    if (!d.ok) throw new Error('no duties');
    const shown = dutiesShown(submittedSocket(), d.value);
    expect(shown.own.map((x) => x.action)).toEqual([]);
    expect(shown.commission.map((x) => x.action)).toEqual(['validate-notification']);
  });
});

describe('5. the validator’s "information due by" is a deadline', () => {
  it('owed by the notifying State on the date set in the request, until answered', () => {
    const requested = acts(
      submittedSocket(),
      { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-29' },
      { type: 'REQUEST_INFORMATION', role: 'validating-authority', date: '2026-03-29', dueBy: '2026-04-03' },
    );
    const d = caseDuties(rs, requested);
    expect(d.ok && d.value.find((x) => x.action === 'provide-information')).toMatchObject({ owner: 'notifying-state' });
    expect(d.ok && d.value.find((x) => x.action === 'provide-information')?.due.toString()).toBe('2026-04-03');
    const answered = acts(requested, { type: 'PROVIDE_INFORMATION', role: 'contact-point', date: '2026-04-01' });
    const after = caseDuties(rs, answered);
    expect(after.ok && after.value.map((x) => x.action)).not.toContain('provide-information');
  });
});

describe('6. a withdrawal request is visible and decided', () => {
  it('changes the status, keeps ground, justification and documents; "refuse" is offered only with a request', () => {
    const v = validatedSocket();
    expect(notificationActs(rs, v, 'validating-authority')).not.toContain('REFUSE_WITHDRAWAL');
    expect(notificationActs(rs, v, 'validating-authority')).not.toContain('WITHDRAW');
    const requested = acts(v, { type: 'REQUEST_WITHDRAWAL', role: 'contact-point', date: '2026-04-06', ground: 'measures-struck-down', justification: 'Judgment of 2026-04-04', documents: ['judgment.pdf'] });
    expect(requested.notification!.status).toBe('withdrawal-requested');
    expect(requested.notification!.withdrawalRequest).toMatchObject({ ground: 'measures-struck-down', justification: 'Judgment of 2026-04-04', documents: ['judgment.pdf'] });
    expect(notificationActs(rs, requested, 'validating-authority')).toEqual(expect.arrayContaining(['WITHDRAW', 'REFUSE_WITHDRAWAL']));
    const refused = acts(requested, { type: 'REFUSE_WITHDRAWAL', role: 'validating-authority', date: '2026-04-07' });
    expect(refused.notification!.status).toBe('validated');
    expect(refused.notification!.withdrawalRequest).toBeNull();
  });
});

describe('8. dates', () => {
  it('an impossible date is not a date, for every act', () => {
    const c = readyToSubmit(rs, socketProtectorCase());
    expect(actOnNotification(rs, c, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-02-30' }).ok).toBe(false);
    expect(actDateProblem('2026-02-30', '2026-04-01')).toBe('not-a-date');
  });

  it('in the app, acts dated after today are refused; future adoption dates are warned of, and still count', () => {
    expect(actDateProblem('2026-04-02', '2026-04-01')).toBe('after-today');
    expect(actDateProblem('2026-04-01', '2026-04-01')).toBeNull();
    const c = socketProtectorCase();
    const future: CaseFile = { ...c, measures: c.measures.map((m) => ({ ...m, adopted: '2026-05-01' })) };
    expect(futureAdoptions(future, '2026-04-01')).toEqual([{ field: 'measures[0].adopted', date: '2026-05-01' }]);
  });
});

describe('9. notification numbers', () => {
  const examined = (c: CaseFile) => acts(readyToSubmit(rs, c), { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-01' }, { type: 'SUBMIT', role: 'contact-point', date: '2026-03-02' }, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-03' });

  it('the format follows the type: an A12 number is not an Article 11 number; one is needed', () => {
    const chair = examined(foldingChairCase());
    expect(chair.notification!.chosen).toBe('article-11');
    const base = { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-04' } as const;
    expect(actOnNotification(rs, chair, { ...base, number: 'A12/0100/26' }).ok).toBe(false);
    expect(actOnNotification(rs, chair, { ...base, number: 'free text' }).ok).toBe(false);
    expect(actOnNotification(rs, chair, base).ok).toBe(false);
    expect(actOnNotification(rs, chair, { ...base, number: 'A11/0100/26' }).ok).toBe(true);
  });

  it('a number already given to another notification is refused', () => {
    const chair = examined(foldingChairCase());
    expect(actOnNotification(rs, chair, { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-04', number: 'A11/0100/26', numbersInUse: ['A11/0100/26'] }).ok).toBe(false);
  });
});

describe('10. some fields cannot be explained away', () => {
  it('a notification without a product name cannot be submitted, explanation or not', () => {
    const c = readyToSubmit(rs, socketProtectorCase());
    const noName: CaseFile = { ...c, product: { ...c.product, name: '' } };
    const explained: CaseFile = { ...noName, notification: { ...noName.notification!, missing: explainMissing(noName.notification!.missing, 'product.name', 'unknown') } };
    const gap = notificationCompleteness(explained, RS2010).unexplained.find((g) => g.field === 'product.name');
    expect(gap?.explainable).toBe(false);
    expect(actOnNotification(rs, acts(explained, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-28' }), { type: 'SUBMIT', role: 'contact-point', date: '2026-03-28' }).ok).toBe(false);
  });
});

describe('11. one product name, shown everywhere', () => {
  it('attaching an assessment does not write a title; renaming the product renames the case everywhere', () => {
    const c = { ...socketProtectorCase(), title: '' };
    const blank: CaseFile = { ...c, product: { ...c.product, name: '' }, risk: { ...c.risk, assessments: [] } };
    const ref = socketProtectorCase().risk.assessments[0] as RiskAssessmentRef;
    const attached = attachAssessment(blank, ref, 'Socket protectors (assessment)');
    expect(attached.title).toBe('');
    expect(attached.product.name).toBe('Socket protectors (assessment)');
    const renamed: CaseFile = { ...attached, product: { ...attached.product, name: 'Socket covers' } };
    expect(caseTitle(renamed)).toBe('SafeHome Socket covers');
    expect(productTitle(renamed.product)).toBe('SafeHome Socket covers');
    // An old record whose title went stale is named by its product too.
    expect(caseTitle({ ...renamed, title: 'Socket protectors (old)' })).toBe('SafeHome Socket covers');
  });
});

describe('12. drafts can be deleted, never a submitted notification', () => {
  it('the store refuses to delete a case whose notification was submitted', async () => {
    const db = await openRiskcaseDb(`faults-${Date.now()}`);
    const sub = submittedSocket();
    await createCase(db, sub, { role: 'contact-point' });
    const r = await deleteCase(db, sub.id, 1, { role: 'contact-point' });
    expect(r).toMatchObject({ ok: false, reason: 'submitted' });
    expect(await getCase(db, sub.id)).toBeDefined();
    const draft = { ...socketProtectorCase('draft-1') };
    await createCase(db, draft, { role: 'national-authority' });
    expect(await deleteCase(db, 'draft-1', 1, { role: 'national-authority' })).toEqual({ ok: true });
    db.close();
  });
});
