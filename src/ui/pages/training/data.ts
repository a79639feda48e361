// Loading for the training pages. They share the app database and the rule set's risk tables with
// the assessment pages; the comparison itself is in src/domain/training.
import { parseAssessmentDocument, type ScenarioJson } from '../../../domain/assessment';
import type { Scenario } from '../../../domain/risk/scenario';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { compareAnswer, type Comparison } from '../../../domain/training/compare';
import type { Exercise } from '../../../domain/training/exercises';
import { assessScenario, type ScenarioResult } from '../../../domain/risk/assess';

import { assessmentDb } from '../assessment/data';
import { EXERCISES } from '../../../domain/training/exercises';
import { newSession } from '../../../domain/training/session';
import { seedDemoSession } from '../../../store/sessions';
import type { Db } from '../../../store/db';
import { lang, t } from '../../i18n';
import { exerciseIn } from '../../../domain/training/localize';

export { tablesFor, downloadText } from '../assessment/data';

let dbPromise: Promise<Db> | null = null;

/** The app database, with a first session (the guidelines' worked examples) on first run. */
export function trainingDb(): Promise<Db> {
  dbPromise ??= assessmentDb().then(async (db) => {
    const worked = EXERCISES.filter((e) => e.origin === 'worked-example').map((e) => e.id);
    await seedDemoSession(db, () => newSession(t('training.demo.title'), worked));
    return db;
  });
  return dbPromise;
}

/** The exercise in the current language (call inside JSX or a memo so it follows a switch). */
export function localized(x: Exercise): Exercise {
  return exerciseIn(x, lang());
}

/** A scenario of the interchange format, read (exact fractions), or null when it does not read. */
export function readScenario(json: ScenarioJson): Scenario | null {
  const r = parseAssessmentDocument({ product: { name: '-' }, scenarios: [json] });
  return r.ok ? r.doc.scenarios[0] : null;
}

/** The model answer's result under the rule set (band and risk are computed, never stored). */
export function modelResult(tables: RiskTables, exercise: Exercise): ScenarioResult | null {
  const m = readScenario(exercise.model);
  return m && tables.severities.includes(m.severity) ? assessScenario(tables, m) : null;
}

/**
 * The answer compared with the model; null when there is no answer or it cannot be assessed under
 * this rule set (e.g. an imported answer with a severity the rule set lacks).
 */
export function comparisonFor(tables: RiskTables, exercise: Exercise, answer: ScenarioJson | undefined): Comparison | null {
  if (!answer) return null;
  const m = readScenario(exercise.model);
  const a = readScenario(answer);
  if (!m || !a || !tables.severities.includes(m.severity) || !tables.severities.includes(a.severity)) return null;
  return compareAnswer(tables, m, a);
}
