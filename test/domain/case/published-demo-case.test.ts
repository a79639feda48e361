// The published demo case is one the lifecycle machines reach: validated as an Article 12
// notification, on the public site by the rule set's decision, traceability withheld, and a
// validated reaction from Sweden attached.
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ruleSet } from '../../helpers/regimes';
import { DEMO_RULE_SET_VERSION, demoCases } from '../../../src/demo/cases';
import { hairStraightenerCase, PUBLISHED_CASE_ID, PUBLISHED_CASE_NUMBER } from '../../../src/demo/published-case';
import { publicSummary } from '../../../src/domain/case/public-summary';
import { resumeNotification, notificationMachine } from '../../../src/machines/notification';
import type { CompiledRuleSet } from '../../../src/rules/api';
import type { CaseFile } from '../../../src/domain/case/types';

let rs: CompiledRuleSet;
let c: CaseFile;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
  c = hairStraightenerCase(rs, DEMO_RULE_SET_VERSION);
});

describe('published demo case', () => {
  it('is validated and distributed as an Article 12 notification with its number', () => {
    const n = c.notification!;
    expect([n.status, n.machineSnapshot, n.validatedAs, n.number]).toEqual(['validated', 'validated.distributed', 'article-12', PUBLISHED_CASE_NUMBER]);
    expect(n.suggested?.classification).toBe('article-12');
    expect(n.log.map((l) => `${l.event}:${l.from}->${l.to}`)).toEqual([
      'SEND_TO_CONTACT_POINT:draft->contact-point-check',
      'SUBMIT:contact-point-check->submitted',
      'START_EXAMINATION:submitted->under-examination',
      'VALIDATE:under-examination->validated.distributed',
    ]);
    expect(n.log.map((l) => l.role)).toEqual(['national-authority', 'contact-point', 'validating-authority', 'validating-authority']);
  });

  it('is on the public site because the rule set says so, and traceability stays confidential', () => {
    expect(c.notification!.publishedOnPublicSite).toBe(true);
    const s = publicSummary(c)!;
    expect(s.reference).toBe(PUBLISHED_CASE_NUMBER);
    expect(s.origin).toBeNull();
    expect(s.withheld).toEqual(['traceability']);
    expect(JSON.stringify(s)).not.toContain('Scandi Beauty');
  });

  it('carries a validated reaction from another State, and the rule-set version', () => {
    expect(c.reactions.map((r) => [r.reactingCountry, r.status, r.notificationNumber])).toEqual([['SE', 'validated', PUBLISHED_CASE_NUMBER]]);
    expect(c.reactions[0].log.map((l) => l.to)).toEqual(['submitted', 'examined', 'validated']);
    expect(c.ruleSetVersion).toBe('rapex-2010@builtin');
    expect(c.notification!.suggested?.ruleSetVersion).toBe('rapex-2010@builtin');
    expect(c.risk.assessments[0].ruleSetVersion).toBe('rapex-2010@builtin');
  });

  it('resumes in the machine and can still be acted on (removed from the public site)', () => {
    const actor = createActor(notificationMachine, { snapshot: resumeNotification({ ruleSet: rs, caseFile: c }), input: { ruleSet: rs, caseFile: c } }).start();
    actor.send({ type: 'REMOVE_FROM_PUBLIC', role: 'validating-authority', date: '2026-04-01' });
    expect(actor.getSnapshot().context.caseFile.notification!.status).toBe('removed-from-public');
    actor.stop();
  });

  it('is among the demo cases and names the version it was decided under; the undecided demo cases name none', () => {
    const all = demoCases(rs);
    expect(all.find((d) => d.id === PUBLISHED_CASE_ID)?.ruleSetVersion).toBe(DEMO_RULE_SET_VERSION);
    expect(all.filter((d) => d.id !== PUBLISHED_CASE_ID).map((d) => d.ruleSetVersion)).toEqual(['', '', '', '']);
  });
});
