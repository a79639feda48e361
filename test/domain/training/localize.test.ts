// Exercises in German and French: every exercise is translated field by field, step by step, and a
// translation changes words only — never a figure, so never a model answer's result.
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import { riskTables, type RiskTables } from '../../../src/domain/risk/risk-tables';
import { assessScenario } from '../../../src/domain/risk/assess';
import { parseAssessmentDocument } from '../../../src/domain/assessment';
import { EXERCISES, exerciseById } from '../../../src/domain/training/exercises';
import { exerciseIn, localizeExercise, TRANSLATIONS } from '../../../src/domain/training/localize';

let t: RiskTables;
beforeAll(() => {
  t = riskTables(ruleSet('rapex-2010'));
});

const langs = ['de', 'fr'] as const;

describe('exercise translations', () => {
  it.each(langs)('%s: every exercise, with as many steps and reasoning points as the English, none empty', (lang) => {
    expect(Object.keys(TRANSLATIONS[lang]).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
    for (const x of EXERCISES) {
      const tr = TRANSLATIONS[lang][x.id];
      expect(tr.steps.length, x.id).toBe(x.model.steps.length);
      expect(tr.reasoning.length, x.id).toBe(x.reasoning.length);
      const texts = [tr.name, tr.description, tr.defect, tr.brief, tr.title, tr.injury, tr.severityReasoning, ...tr.steps.flat(), ...tr.reasoning.flat()];
      expect(texts.filter((s) => !s.trim()), x.id).toEqual([]);
    }
  });

  it.each(langs)('%s: words change, figures and results do not', (lang) => {
    for (const x of EXERCISES) {
      const l = exerciseIn(x, lang);
      expect(l.model.steps.map((s) => s.probability)).toEqual(x.model.steps.map((s) => s.probability));
      expect([l.model.severity, l.model.consumer, l.model.hazard, l.model.injuryType]).toEqual([x.model.severity, x.model.consumer, x.model.hazard, x.model.injuryType]);
      const read = (j: typeof x.model) => {
        const r = parseAssessmentDocument({ product: { name: 'p' }, scenarios: [j] });
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        return assessScenario(t, r.doc.scenarios[0]);
      };
      expect(read(l.model).risk).toBe(read(x.model).risk);
    }
    expect(exerciseIn(exerciseById('hammer')!, lang).model.steps[3].text).not.toBe(exerciseById('hammer')!.model.steps[3].text);
  });

  it('English is the exercise itself; a missing translation falls back to it', () => {
    const hammer = exerciseById('hammer')!;
    expect(exerciseIn(hammer, 'en')).toBe(hammer);
    expect(localizeExercise(hammer, undefined)).toBe(hammer);
    expect(exerciseIn(hammer, 'de').model.steps[3].text).toBe('Das Stück trifft den Benutzer ins Auge');
    expect(exerciseIn(hammer, 'fr').reasoning[0].cite).toBe('Appendice 5, 3.3');
  });
});
