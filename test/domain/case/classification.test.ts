// The classification suggestion and its explanation, with the real rapex-2010 rule set, and the
// contact point's choice (Part II, 3.1).
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { babyWalkerCase, foldingChairCase, socketProtectorCase } from '../../../src/demo/cases';
import { acceptSuggestion, checkChoice, chooseOtherwise, explain, suggestClassification } from '../../../src/domain/case/classification';
import { emptyNotification } from '../../../src/domain/case/empty';
import type { CompiledRuleSet } from '../../../src/rules/api';
import { isNotifiable } from '../../../src/domain/case/lifecycle-checks';
import type { CaseFile, ClassificationSuggestion } from '../../../src/domain/case/types';
const RS2010 = ruleSet('rapex-2010');
const GPSR = ruleSet('gpsr-2024');

let rs: CompiledRuleSet;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
});

function suggest(c: CaseFile): ClassificationSuggestion {
  const s = suggestClassification(rs, c, 'v-test');
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  return s.suggestion;
}

describe('classification suggestion', () => {
  it('socket protectors: Article 12 requiring emergency action, with each criterion and its citation', () => {
    const s = suggest(socketProtectorCase());
    expect(s).toMatchObject({ classification: 'article-12-emergency', reason: null, regimeId: 'rapex-2010', ruleSetVersion: 'v-test' });
    expect(s.explanation.startsWith('Article 12 notification requiring emergency action because: ')).toBe(true);
    for (const part of ['consumer product (Part II, 2.1)', 'serious risk (Part II, 2.3', 'cross-border effects (Part II, 2.4.1)', '(Part II, 3.1.1)', '(Part II, 2.2)']) {
      expect(s.explanation).toContain(part);
    }
    expect(s.because.every((b) => b.cites.length > 0 && !b.negated)).toBe(true);
  });

  it('explains in German with the rule file’s labels and the caller’s words', () => {
    const s = suggest(socketProtectorCase());
    const text = explain(s, 'Meldung nach Artikel 12 mit Sofortmaßnahmen', 'de', { because: 'weil', not: 'nicht', noRule: 'keine Regel' });
    expect(text).toContain('Meldung nach Artikel 12 mit Sofortmaßnahmen weil: ');
    expect(text).toContain('Verbraucherprodukt (Part II, 2.1)');
  });

  it('without the life-threatening risk: Article 12', () => {
    const c = socketProtectorCase();
    c.risk.assessments[0] = { ...c.risk.assessments[0], lifeThreatening: false };
    expect(suggest(c).classification).toBe('article-12');
  });

  it('a known fatal accident makes it an emergency even when the assessment did not say so', () => {
    const c = socketProtectorCase();
    c.risk.assessments[0] = { ...c.risk.assessments[0], lifeThreatening: false };
    c.accidents = [{ id: 'x1', date: '2026-01-02', country: 'SE', description: 'Child electrocuted', fatal: true }];
    expect(suggest(c).classification).toBe('article-12-emergency');
  });

  it('baby walker: for information, reason b, naming the missing measures as a condition that did not hold', () => {
    const s = suggest(babyWalkerCase());
    expect([s.classification, s.reason]).toEqual(['for-information', 'b']);
    expect(s.explanation).toMatch(/^Notification for information \(b\) because: /);
    expect(s.because.find((b) => b.name === 'hasMeasures')?.negated).toBe(true);
  });

  it('folding chair: Article 11 (high risk, obligatory measure, cross-border)', () => {
    expect(suggest(foldingChairCase()).classification).toBe('article-11');
  });

  it('a bad fact is reported with its path, not guessed', () => {
    const c = socketProtectorCase();
    c.measures[0] = { ...c.measures[0], category: 'burning' };
    const r = suggestClassification(rs, c);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toBe('measures[0].category');
  });
});

describe('the contact point’s choice', () => {
  const s = (): ClassificationSuggestion => suggest(socketProtectorCase());
  const n = () => emptyNotification({ notifyingCountry: 'NO' });

  it('accepting the suggestion needs no reason', () => {
    expect(checkChoice(acceptSuggestion(n(), s()), RS2010)).toEqual([]);
  });

  it('nothing chosen yet', () => {
    expect(checkChoice(n(), RS2010).map((e) => e.code)).toEqual(['no-choice']);
  });

  it('choosing otherwise needs a reason', () => {
    const chosen = chooseOtherwise(acceptSuggestion(n(), s()), 'article-12', '');
    expect(checkChoice(chosen, RS2010).map((e) => [e.field, e.code])).toEqual([['choiceReason', 'reason-for-choosing-otherwise-missing']]);
    expect(checkChoice(chooseOtherwise(chosen, 'article-12', 'The electrocution needs a metal object: not life-threatening in our view'), RS2010)).toEqual([]);
  });

  it('a notification for information carries its reason a-e and a justification', () => {
    const base = chooseOtherwise(acceptSuggestion(n(), s()), 'for-information', 'Product identification incomplete');
    expect(checkChoice(base, RS2010).map((e) => e.field)).toEqual(['forInformation.reason', 'forInformation.justification']);
    const ok = chooseOtherwise(base, 'for-information', 'Product identification incomplete', { reason: 'a', justification: 'No photo and no bar code yet' });
    expect(checkChoice(ok, RS2010)).toEqual([]);
  });

  it('a case that is not notifiable cannot be submitted as one', () => {
    const none = chooseOtherwise(acceptSuggestion(n(), s()), 'none', 'Local only');
    expect(checkChoice(none, RS2010).map((e) => e.code)).toEqual(['not-notifiable']);
  });

  it('accepting a for-information suggestion keeps its reason', () => {
    const walker = suggest(babyWalkerCase());
    expect(acceptSuggestion(n(), walker).forInformation).toEqual({ reason: 'b', justification: '' });
  });
});

// The notification types are the regime's own (its notificationType enum), not a list in code.
describe('notification types come from the regime’s rule files', () => {
  const n = () => emptyNotification({ notifyingCountry: 'NO' });
  const gasHeater = (): CaseFile => {
    const c = socketProtectorCase();
    return { ...c, regimeId: 'gpsr-2024', product: { ...c.product, name: 'Gas heater' } };
  };

  it('a GPSR case is suggested a GPSR type, which may be submitted as chosen', () => {
    const s = suggestClassification(GPSR, gasHeater(), 'gpsr-2024@builtin');
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    expect(s.suggestion.classification).toBe('serious-risk');
    expect(checkChoice(acceptSuggestion(n(), s.suggestion), GPSR)).toEqual([]);
  });

  it('a RAPEX type is refused under the GPSR, and a GPSR type under RAPEX, naming the field', () => {
    const underGpsr = checkChoice(chooseOtherwise(n(), 'article-12', 'old habit'), GPSR);
    expect(underGpsr.map((e) => [e.field, e.code])).toEqual([['chosen', 'unknown-type']]);
    expect(underGpsr[0].message).toContain('serious-risk');
    expect(checkChoice(chooseOtherwise(n(), 'serious-risk', 'new law'), RS2010).map((e) => e.code)).toEqual(['unknown-type']);
  });

  it('for information under the GPSR needs a justification but no reason letter: the regime has none', () => {
    const chosen = chooseOtherwise(n(), 'for-information', 'envisaged measures', { reason: '', justification: '' });
    expect(checkChoice(chosen, GPSR).map((e) => e.field)).toEqual(['forInformation.justification']);
    expect(checkChoice({ ...chosen, forInformation: { reason: '', justification: 'Recall being decided' } }, GPSR)).toEqual([]);
  });

  it('the Commission validates as one of the deciding regime’s types only', () => {
    expect(isNotifiable(GPSR, 'serious-risk')).toBe(true);
    expect(isNotifiable(GPSR, 'other-risk')).toBe(true);
    expect(isNotifiable(GPSR, 'article-12')).toBe(false);
    expect(isNotifiable(GPSR, 'none')).toBe(false);
    expect(isNotifiable(RS2010, 'article-12-emergency')).toBe(true);
    expect(isNotifiable(RS2010, 'serious-risk')).toBe(false);
  });
});
