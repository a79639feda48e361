// The model answer as a trainer explains it: each step with its probability and the evidence or
// assumption behind it, the severity with its reasoning, the figures the rule set gives, and the
// guidelines' passages it rests on. Shown only once the trainee has answered.
import { For, Show, type JSX } from 'solid-js';
import type { Exercise } from '../../../domain/training/exercises';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { t } from '../../i18n';
import { bandText, choiceText, fractionText, oneIn, riskText, severityText } from '../assessment/format';
import { modelResult } from './data';

export function ModelAnswer(props: { tables: RiskTables; exercise: Exercise }): JSX.Element {
  const x = () => props.exercise;
  const result = () => modelResult(props.tables, x());
  return (
    <section class="model-answer" aria-labelledby="model-answer-heading" data-testid="model-answer">
      <h2 id="model-answer-heading">{t('training.model.title')}</h2>
      <Show when={x().model.title}>{(title) => <p><strong>{title()}</strong></p>}</Show>
      <dl class="result-figures">
        <dt>{t('assessment.consumer')}</dt>
        <dd>{choiceText(props.tables.consumerGroups, x().model.consumer)}</dd>
        <dt>{t('assessment.hazard')}</dt>
        <dd>{choiceText(props.tables.hazardGroups, x().model.hazard)}</dd>
      </dl>
      <div class="table-scroll">
        <table class="assessment-table">
          <caption>{t('training.model.steps')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.cmp.step')}</th>
              <th scope="col">{t('assessment.stepText')}</th>
              <th scope="col">{t('assessment.probability')}</th>
              <th scope="col">{t('assessment.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={x().model.steps}>
              {(s, i) => (
                <tr>
                  <th scope="row">{i() + 1}</th>
                  <td>{s.text}</td>
                  <td class="nowrap">{s.probability}</td>
                  <td>{s.evidence}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <h3>{t('training.model.severity')}</h3>
      <p>
        <strong>{severityText(props.tables, x().model.severity)}</strong> — {x().model.injury}. {x().severityReasoning}
      </p>
      <Show when={result()}>
        {(r) => (
          <p data-testid="model-risk">
            {t('training.model.result', { p: fractionText(r().probability), oneIn: oneIn(r().probability), band: bandText(props.tables, r().bandIndex) })}{' '}
            <span class={`risk-badge risk-${r().risk}`}>{riskText(props.tables, r().risk)}</span>
          </p>
        )}
      </Show>
      <h3>{t('training.model.reasoning')}</h3>
      <ul class="model-reasoning">
        <For each={x().reasoning}>
          {(r) => (
            <li>
              <cite>{r.cite}</cite>: {r.text}
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
