// CaseFile → interchange case document (DESIGN.md v1): the same document the CLI reads, bound by
// the real rule set without errors, with lifecycle events derived from the history.
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { demoCases, kettleFollowUpCase, socketProtectorCase } from '../../../src/demo/cases';
import { caseEvents, decisiveAssessment, toCaseDocument } from '../../../src/domain/case/case-document';
import { caseDeadlines } from '../../../src/domain/case/case-rules';
import type { CompiledRuleSet } from '../../../src/rules/api';
import type { CaseFile, LifecycleLogEntry } from '../../../src/domain/case/types';

let rs: CompiledRuleSet;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
});

const log = (event: string, date: string): LifecycleLogEntry => ({ at: `${date}T09:00:00.000Z`, date, role: 'validating-authority', actor: 'x', event, from: 'a', to: 'b', detail: '' });

describe('case document', () => {
  it('socket protectors: the fields of the interchange format', () => {
    expect(toCaseDocument(socketProtectorCase())).toEqual({
      product: { name: 'Socket protectors', brand: 'SafeHome', model: 'SP-12', barcode: '4006381333931', photos: 0, category: 'childcare articles and children’s equipment', consumerProduct: true, excludedRegime: null },
      risk: { level: 'serious', lifeThreatening: true, fatalAccidents: false, emergencyAction: false },
      crossBorder: true,
      ofInterestToOtherStates: false,
      underEeaDiscussion: false,
      criteriaUncertain: false,
      generallyApplicableMeasure: false,
      measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-03-27', scope: 'national', duration: 'permanent' }],
      informationReceived: null,
      notification: { type: null, submitted: null, received: null, informationDueBy: null },
      events: [],
      notifyingCountry: 'NO',
    });
  });

  it('the notifying State: the own notification names it, else the State reacted to, else the case\'s country', () => {
    const c = socketProtectorCase();
    expect(toCaseDocument({ ...c, country: 'SE', notification: null }).notifyingCountry).toBe('SE');
    const n = c.notification!;
    expect(toCaseDocument({ ...c, country: 'SE', notification: { ...n, notifyingCountry: 'NO' } }).notifyingCountry).toBe('NO');
    expect(toCaseDocument({ ...c, country: 'SE', notification: { ...n, notifyingCountry: '  ' } }).notifyingCountry).toBe('SE');
    const f = kettleFollowUpCase();
    expect(toCaseDocument({ ...f, notification: null, followUp: f.followUp && { ...f.followUp, notifyingCountry: ' DK ' } }).notifyingCountry).toBe('DK');
    expect('notifyingCountry' in toCaseDocument({ ...c, country: '', notification: null })).toBe(false);
  });

  it('every demo case binds to the rule set’s facts without error (JSON round trip included)', () => {
    for (const c of demoCases(ruleSet('rapex-2010'))) {
      const r = rs.bindFacts('case', JSON.parse(JSON.stringify(toCaseDocument(c))));
      expect([c.id, r.ok ? 'ok' : r.errors]).toEqual([c.id, 'ok']);
    }
  });

  it('a follow-up case carries the received notification: follow-up and reaction deadlines', () => {
    const doc = toCaseDocument(kettleFollowUpCase());
    expect(doc.notification).toEqual({ type: 'article-12', submitted: null, received: '2026-03-02' });
    const d = caseDeadlines(rs, kettleFollowUpCase());
    expect(d.ok && d.value.map((x) => `${x.action} ${x.due.toString()}`)).toEqual(['send-reaction 2026-03-15', 'follow-up 2026-04-16']);
  });

  it('the validated classification wins over the chosen one', () => {
    const c = socketProtectorCase();
    const v: CaseFile = { ...c, notification: { ...c.notification!, chosen: 'article-12-emergency', validatedAs: 'article-12', submitted: '2026-03-29' } };
    expect(toCaseDocument(v).notification).toEqual({ type: 'article-12', submitted: '2026-03-29', received: null, informationDueBy: null });
  });

  it('derives lifecycle events from the history, once each, in date order', () => {
    const k = kettleFollowUpCase();
    const c: CaseFile = {
      ...k,
      reactions: [{ ...k.reactions[0], log: [log('SUBMIT', '2026-03-12'), log('VALIDATE', '2026-03-14'), log('UPDATE', '2026-04-01')] }],
      events: [...k.events, { id: 'e2', kind: 'product-found', date: '2026-03-10', note: 'same day, second shop' }],
    };
    expect(caseEvents(c)).toEqual([
      { kind: 'product-found', date: '2026-03-10' },
      { kind: 'reaction-submitted', date: '2026-03-12' },
      { kind: 'reaction-validated', date: '2026-03-14' },
      { kind: 'reaction-updated', date: '2026-04-01' },
    ]);
    // The reaction was sent: no more send-reaction deadline; follow-up ensured.
    const d = caseDeadlines(rs, c);
    expect(d.ok && d.value.map((x) => x.action)).toEqual([]);
  });

  it('the decisive assessment is the one named, else the first; a fatal accident counts', () => {
    const c = socketProtectorCase();
    const second = { ...c.risk.assessments[0], assessmentId: 'b2', level: 'high' };
    expect(decisiveAssessment({ ...c, risk: { ...c.risk, assessments: [c.risk.assessments[0], second], decisiveAssessmentId: 'b2' } })?.level).toBe('high');
    expect(decisiveAssessment({ ...c, risk: { ...c.risk, assessments: [second, c.risk.assessments[0]], decisiveAssessmentId: null } })?.level).toBe('high');
    expect(toCaseDocument({ ...c, accidents: [{ id: 'a', date: null, country: 'SE', description: 'death', fatal: true }] }).risk.fatalAccidents).toBe(true);
    expect(toCaseDocument({ ...c, risk: { ...c.risk, assessments: [] } }).risk.level).toBeNull();
  });
});
