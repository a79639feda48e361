// Exercises in the trainee's language. The English text lives with the exercise (exercises.ts);
// German and French are kept beside it, field by field. The figures (probabilities, severity,
// consumer and hazard members) exist only once, in the exercise itself, so a translation can never
// change a model answer. A missing translation falls back to English.
import type { Exercise } from './exercise';
import { DE } from './exercises.de';
import { FR } from './exercises.fr';

/** The words of one exercise in another language, in the same order as the English. */
export interface ExerciseText {
  name: string;
  description: string;
  defect: string;
  brief: string;
  title: string;
  /** [what happens, evidence] per step. */
  steps: [string, string][];
  injury: string;
  severityReasoning: string;
  /** [cite, text] per point of reasoning. */
  reasoning: [string, string][];
}

export type ExerciseLang = 'en' | 'de' | 'fr';
export type Translations = Record<string, ExerciseText>;

export function localizeExercise(x: Exercise, text: ExerciseText | undefined): Exercise {
  if (!text) return x;
  return {
    ...x,
    product: { ...x.product, name: text.name, description: text.description },
    defect: text.defect,
    brief: text.brief,
    model: {
      ...x.model,
      title: text.title,
      steps: x.model.steps.map((s, i) => (text.steps[i] ? { ...s, text: text.steps[i][0], evidence: text.steps[i][1] } : s)),
      injury: text.injury,
    },
    severityReasoning: text.severityReasoning,
    reasoning: x.reasoning.map((r, i) => (text.reasoning[i] ? { cite: text.reasoning[i][0], text: text.reasoning[i][1] } : r)),
  };
}
export const TRANSLATIONS: Record<Exclude<ExerciseLang, 'en'>, Translations> = { de: DE, fr: FR };

/** The exercise in a language (English is the exercise itself). */
export function exerciseIn(x: Exercise, lang: ExerciseLang): Exercise {
  return lang === 'en' ? x : localizeExercise(x, TRANSLATIONS[lang][x.id]);
}
