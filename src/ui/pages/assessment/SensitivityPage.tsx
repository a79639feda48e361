import { createResource, For, Show, type JSX } from 'solid-js';
import { t } from '../../i18n';
import { loadAssessment } from './data';
import { bandText, fractionText, riskText, severityText } from './format';
import { AssessmentNav, LoadProblems } from './parts';
import { MatrixNeighbourhood, RangeSummary, StepThresholdTable, VariationList } from './sensitivity-parts';
import { StepChart } from './StepChart';
import './assessment.css';

/** #/assessments/:id/sensitivity — how robust each scenario's level is, and what it hangs on. */
export default function SensitivityPage(props: { params: Record<string, string> }): JSX.Element {
  const [data] = createResource(() => props.params.id, loadAssessment);
  return (
    <section class="page assessment-page">
      <Show when={!data.error} fallback={<p role="alert" class="status status-error">{String(data.error)}</p>}>
        <Show when={!data.loading} fallback={<p role="status">{t('common.loading')}</p>}>
          <Show when={data()} fallback={<h1>{t('assessment.notFound')}</h1>}>
            {(d) => (
              <>
                <h1>{t('assessment.sens.title', { name: d().record.doc.product.name })}</h1>
                <AssessmentNav id={props.params.id} current="sensitivity" />
                <p class="hint">{t('assessment.sens.intro')}</p>
                <LoadProblems data={d()} />
                <For each={d().result?.scenarios ?? []}>
                  {(r, i) => {
                    const sc = () => d().record.doc.scenarios[i()];
                    return (
                      <article class="sens-scenario" data-scenario={r.id}>
                        <h2>
                          {r.id}: {sc().title ?? sc().injury}
                        </h2>
                        <p>
                          {fractionText(r.probability)} · {t('assessment.band')} {bandText(d().tables, r.bandIndex)} · {severityText(d().tables, r.severity)} →{' '}
                          <strong class={`risk-badge risk-${r.risk}`}>{riskText(d().tables, r.risk)}</strong>
                        </p>
                        <RangeSummary tables={d().tables} result={r} />
                        <div class="sens-grid">
                          <MatrixNeighbourhood tables={d().tables} result={r} />
                          <div>
                            <h3>{t('assessment.sens.variations')}</h3>
                            <VariationList tables={d().tables} result={r} />
                          </div>
                        </div>
                        <h3>{t('assessment.sens.perStep')}</h3>
                        <StepChart tables={d().tables} result={r} values={d().doc!.scenarios[i()].steps.map((s) => s.probability)} />
                        <StepThresholdTable tables={d().tables} result={r} stepTexts={sc().steps.map((s) => s.text)} stepValues={sc().steps.map((s) => s.probability)} />
                      </article>
                    );
                  }}
                </For>
              </>
            )}
          </Show>
        </Show>
      </Show>
    </section>
  );
}

