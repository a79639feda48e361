// Who may see and do what.
import { describe, expect, it } from 'vitest';
import { socketProtectorCase } from '../../../src/demo/cases';
import { caseFileFor, mayActOnNotification, mayActOnReaction, mayEditCase, maySee, NOTIFICATION_EVENTS } from '../../../src/domain/case/roles';
import { ROLES } from '../../../src/domain/case/types';

describe('roles', () => {
  it('the public may do nothing on a notification or reaction and sees only the public summary', () => {
    expect(NOTIFICATION_EVENTS.filter((e) => mayActOnNotification('public', e))).toEqual([]);
    expect(mayActOnReaction('public', 'SUBMIT')).toBe(false);
    expect(maySee('public', 'public-summary')).toBe(true);
    expect(maySee('public', 'case-file')).toBe(false);
    expect(caseFileFor('public', socketProtectorCase())).toBeNull();
  });

  it('only the contact point submits and asks for withdrawal; only the validating authority validates and withdraws', () => {
    const who = (e: (typeof NOTIFICATION_EVENTS)[number]) => ROLES.filter((r) => mayActOnNotification(r, e));
    expect(who('SUBMIT')).toEqual(['contact-point']);
    expect(who('REQUEST_WITHDRAWAL')).toEqual(['contact-point']);
    expect(who('VALIDATE')).toEqual(['validating-authority']);
    expect(who('WITHDRAW')).toEqual(['validating-authority']);
    expect(who('SEND_TO_CONTACT_POINT')).toEqual(['national-authority']);
  });

  it('another State reacts, sees confidential parts (they go to all authorities) but not internal documents', () => {
    expect(mayActOnReaction('other-state', 'SUBMIT')).toBe(true);
    expect(mayActOnReaction('other-state', 'VALIDATE')).toBe(false);
    expect(maySee('other-state', 'confidential-parts')).toBe(true);
    const seen = caseFileFor('other-state', socketProtectorCase())!;
    expect(seen.attachments.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(caseFileFor('contact-point', socketProtectorCase())!.attachments.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(mayEditCase('other-state')).toBe(false);
    expect(mayEditCase('national-authority')).toBe(true);
  });
});
