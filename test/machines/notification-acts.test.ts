// Acts on a stored case file (resume, send one event, take the file back), as the case page does.
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../helpers/regimes';
import { readyToSubmit } from '../domain/case/fixtures';
import { kettleFollowUpCase, socketProtectorCase } from '../../src/demo/cases';
import type { CompiledRuleSet } from '../../src/rules/api';
import type { CaseFile } from '../../src/domain/case/types';
import { actOnNotification, actOnReaction, notificationActs, reactionActs } from '../../src/machines/case-acts';

let rs: CompiledRuleSet;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
});

function must(r: { ok: true; value: CaseFile } | { ok: false }): CaseFile {
  if (!r.ok) throw new Error('act refused');
  return r.value;
}

describe('acts on a stored case', () => {
  it('lists the acts each role may take in the current state', () => {
    const c = readyToSubmit(rs, socketProtectorCase());
    expect(notificationActs(rs, c, 'national-authority')).toEqual(['SEND_TO_CONTACT_POINT']);
    expect(notificationActs(rs, c, 'contact-point')).toEqual([]);
    const checked = must(actOnNotification(rs, c, { type: 'SEND_TO_CONTACT_POINT', role: 'national-authority', date: '2026-03-28' }));
    expect(notificationActs(rs, checked, 'contact-point')).toEqual(['RETURN_TO_AUTHORITY', 'SUBMIT', 'REACT_INSTEAD']);
    expect(notificationActs(rs, checked, 'public')).toEqual([]);
    const sent = must(actOnNotification(rs, checked, { type: 'SUBMIT', role: 'contact-point', date: '2026-03-28' }));
    const examined = must(actOnNotification(rs, sent, { type: 'START_EXAMINATION', role: 'validating-authority', date: '2026-03-29' }));
    const validated = must(actOnNotification(rs, examined, { type: 'VALIDATE', role: 'validating-authority', date: '2026-03-30', number: 'A12/0100/26' }));
    // Acts of the parent state `validated` are offered in its child states.
    expect(notificationActs(rs, validated, 'validating-authority')).toEqual(['REMOVE_FROM_PUBLIC']);
    expect(notificationActs(rs, validated, 'contact-point')).toEqual(['UPDATE', 'REQUEST_WITHDRAWAL']);
  });

  it('a refused act changes nothing and says so', () => {
    const c = readyToSubmit(rs, socketProtectorCase());
    expect(actOnNotification(rs, c, { type: 'SUBMIT', role: 'contact-point', date: '2026-03-28' })).toEqual({ ok: false });
  });

  it('reacts through one reaction of the case, leaving the others', () => {
    const k = kettleFollowUpCase();
    const two: CaseFile = { ...k, reactions: [...k.reactions, { ...k.reactions[0], id: 'r2' }] };
    expect(reactionActs(rs, two, two.reactions[0], 'other-state')).toEqual(['SUBMIT']);
    const after = must(actOnReaction(rs, two, 'r1', { type: 'SUBMIT', role: 'other-state', date: '2026-03-12' }));
    expect(after.reactions.map((r) => r.status)).toEqual(['submitted', 'draft']);
    expect(actOnReaction(rs, two, 'nope', { type: 'SUBMIT', role: 'other-state', date: '2026-03-12' })).toEqual({ ok: false });
  });
});
