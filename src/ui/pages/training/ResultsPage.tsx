// #/training/results — the debriefing view: for each exercise, every answer collected (one row per
// session, i.e. per trainee once their files are imported) against the model answer: probability,
// band, severity, risk and how far each is from the model.
import { createResource, For, Show, type JSX } from 'solid-js';
import { EXERCISES, type Exercise } from '../../../domain/training/exercises';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import type { Comparison } from '../../../domain/training/compare';
import { listSessions, type SessionRecord } from '../../../store/sessions';
import { t } from '../../i18n';
import { bandText, fractionText, riskText, severityText } from '../assessment/format';
import { bandDiffText, levelDiffText, ratioText } from './compare-text';
import { comparisonFor, localized, modelResult, tablesFor, trainingDb } from './data';
import '../assessment/assessment.css';
import './training.css';

interface Row {
  session: SessionRecord;
  cmp: Comparison;
}
interface ExerciseResults {
  exercise: Exercise;
  rows: Row[];
}

async function load(): Promise<{ tables: RiskTables; results: ExerciseResults[] }> {
  const [sessions, tables] = await Promise.all([trainingDb().then(listSessions), tablesFor()]);
  const results = EXERCISES.map((exercise) => ({
    exercise,
    rows: sessions.flatMap((session) => {
      const cmp = comparisonFor(tables, exercise, session.doc.answers[exercise.id]);
      return cmp ? [{ session, cmp }] : [];
    }),
  })).filter((r) => r.rows.length > 0);
  return { tables, results };
}

export default function ResultsPage(): JSX.Element {
  const [data] = createResource(load);
  return (
    <section class="page assessment-page training-page">
      <h1>{t('training.results.title')}</h1>
      <p class="no-print">
        <a href="#/training">{t('training.back')}</a>
      </p>
      <p class="hint">{t('training.results.intro')}</p>
      <Show when={data()} fallback={<p role="status">{t('common.loading')}</p>}>
        {(d) => (
          <Show when={d().results.length > 0} fallback={<p>{t('training.results.none')}</p>}>
            <For each={d().results}>{(r) => <ExerciseTable tables={d().tables} results={r} />}</For>
          </Show>
        )}
      </Show>
    </section>
  );
}

function ExerciseTable(props: { tables: RiskTables; results: ExerciseResults }): JSX.Element {
  const x = () => props.results.exercise;
  const model = () => modelResult(props.tables, x());
  const headingId = () => `results-${x().id}`;
  const bandOf = (band: number) => bandText(props.tables, props.tables.bands.findIndex((b) => b.value === band));
  return (
    <section class="results-exercise" aria-labelledby={headingId()} data-exercise={x().id}>
      <h2 id={headingId()}>{localized(x()).product.name}</h2>
      <div class="table-scroll">
        <table class="assessment-table">
          <thead>
            <tr>
              <th scope="col">{t('training.results.who')}</th>
              <th scope="col">{t('assessment.probability')}</th>
              <th scope="col">{t('assessment.band')}</th>
              <th scope="col">{t('assessment.severity')}</th>
              <th scope="col">{t('assessment.risk')}</th>
            </tr>
          </thead>
          <tbody>
            <Show when={model()}>
              {(m) => (
                <tr class="model-row">
                  <th scope="row">{t('training.cmp.model')}</th>
                  <td>{fractionText(m().probability)}</td>
                  <td>{bandText(props.tables, m().bandIndex)}</td>
                  <td>{severityText(props.tables, m().severity)}</td>
                  <td>
                    <span class={`risk-badge risk-${m().risk}`}>{riskText(props.tables, m().risk)}</span>
                  </td>
                </tr>
              )}
            </Show>
            <For each={props.results.rows}>
              {(row) => (
                <tr>
                  <th scope="row">
                    <a href={`#/training/${encodeURIComponent(row.session.id)}/${encodeURIComponent(x().id)}`}>{row.session.doc.trainee ?? row.session.doc.title}</a>
                    <Show when={row.session.doc.trainee}>
                      <span class="hint"> ({row.session.doc.title})</span>
                    </Show>
                  </th>
                  <td>
                    {fractionText(row.cmp.probability.answer)} <span class="hint">— {ratioText(row.cmp.probability.ratio)}</span>
                  </td>
                  <td>
                    {bandOf(row.cmp.band.answer)} <span class="hint">— {bandDiffText(row.cmp.band.higher)}</span>
                  </td>
                  <td>
                    {severityText(props.tables, row.cmp.severity.answer)} <span class="hint">— {levelDiffText(row.cmp.severity.higher)}</span>
                  </td>
                  <td>
                    <span class={`risk-badge risk-${row.cmp.risk.answer}`}>{riskText(props.tables, row.cmp.risk.answer)}</span>{' '}
                    <span class="hint">— {levelDiffText(row.cmp.risk.higher)}</span>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
