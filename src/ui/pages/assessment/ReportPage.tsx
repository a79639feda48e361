import { createResource, For, Show, type JSX } from 'solid-js';
import { formatDateTime, t } from '../../i18n';
import { loadAssessment } from './data';
import { bandText, choiceText, fractionText, labelled, oneIn, riskText, severityText } from './format';
import { AssessmentNav, LoadProblems } from './parts';
import { RangeSummary, StepThresholdTable, VariationList } from './sensitivity-parts';
import { methodOfAssessment } from './data-2004';
import { Report2004 } from './Pages2004';
import './assessment.css';

/** #/assessments/:id/report — by the method of the assessment's regime (rapex-2004 has its own). */
export default function ReportPage(props: { params: Record<string, string> }): JSX.Element {
  const [method] = createResource(() => props.params.id, methodOfAssessment);
  return (
    <Show when={!method.loading} fallback={<section class="page assessment-page report-page"><p role="status">{t('common.loading')}</p></section>}>
      <Show when={method() === 'rapex-2004'} fallback={<StepReportPage params={props.params} />}>
        <section class="page assessment-page report-page">
          <Report2004 id={props.params.id} />
        </section>
      </Show>
    </Show>
  );
}

/** The step method's printable risk assessment (Appendix 5, step 8: document everything). */
function StepReportPage(props: { params: Record<string, string> }): JSX.Element {
  const [data] = createResource(() => props.params.id, loadAssessment);
  return (
    <section class="page assessment-page report-page">
      <Show when={!data.error} fallback={<p role="alert" class="status status-error">{String(data.error)}</p>}>
        <Show when={!data.loading} fallback={<p role="status">{t('common.loading')}</p>}>
          <Show when={data()} fallback={<h1>{t('assessment.notFound')}</h1>}>
            {(d) => {
              const doc = () => d().record.doc;
              const tables = () => d().tables;
              return (
                <>
                  <AssessmentNav id={props.params.id} current="report" />
                  <div class="toolbar no-print">
                    <button type="button" onClick={() => window.print()} data-testid="print">
                      {t('assessment.report.print')}
                    </button>
                  </div>
                  <header class="report-header">
                    <h1>{t('assessment.report.title', { name: doc().product.name })}</h1>
                    <dl class="report-meta">
                      <dt>{t('assessment.productName')}</dt>
                      <dd>{doc().product.name}</dd>
                      <Show when={doc().product.brand}>
                        <dt>{t('assessment.brand')}</dt>
                        <dd>{doc().product.brand}</dd>
                      </Show>
                      <Show when={doc().product.model}>
                        <dt>{t('assessment.model')}</dt>
                        <dd>{doc().product.model}</dd>
                      </Show>
                      <Show when={doc().product.description}>
                        <dt>{t('assessment.description')}</dt>
                        <dd>{doc().product.description}</dd>
                      </Show>
                      <dt>{t('assessment.regime')}</dt>
                      <dd>
                        {tables().regime} ({t('assessment.report.method', { cites: tables().cites.risk })})
                      </dd>
                      <Show when={doc().date}>
                        {(date) => (
                          <>
                            <dt>{t('assessment.list.date')}</dt>
                            <dd>{date()}</dd>
                          </>
                        )}
                      </Show>
                      <dt>{t('assessment.report.date')}</dt>
                      <dd>{formatDateTime(d().record.updatedAt)}</dd>
                    </dl>
                  </header>
                  <LoadProblems data={d()} />
                  <Show when={d().result}>
                    {(res) => (
                      <>
                        <section class="report-conclusion">
                          <h2>{t('assessment.report.conclusion')}</h2>
                          <Show when={res().overall} fallback={<p>{t('assessment.noScenarios')}</p>}>
                            {(o) => (
                              <p data-testid="report-overall">
                                {labelled(t('assessment.productRisk'))} <strong class={`risk-badge risk-${o()}`}>{riskText(tables(), o())}</strong>
                              </p>
                            )}
                          </Show>
                          <p class="hint">{t('assessment.report.highestRule')}</p>
                        </section>
                        <For each={res().scenarios}>
                          {(r, i) => {
                            const sc = () => doc().scenarios[i()];
                            return (
                              <section class="report-scenario">
                                <h2>
                                  {t('assessment.scenario')} {r.id}
                                  <Show when={sc().title}>: {sc().title}</Show>
                                </h2>
                                <dl class="report-meta">
                                  <dt>{t('assessment.hazard')}</dt>
                                  <dd>{choiceText(tables().hazardGroups, sc().hazard)}</dd>
                                  <dt>{t('assessment.consumer')}</dt>
                                  <dd>{choiceText(tables().consumerGroups, sc().consumer)}</dd>
                                </dl>
                                <table class="report-steps">
                                  <caption>{t('assessment.report.steps')}</caption>
                                  <thead>
                                    <tr>
                                      <th scope="col">#</th>
                                      <th scope="col">{t('assessment.stepText')}</th>
                                      <th scope="col">{t('assessment.probability')}</th>
                                      <th scope="col">{t('assessment.report.lowHigh')}</th>
                                      <th scope="col">{t('assessment.evidence')}</th>
                                    </tr>
                                  </thead>
                                  <tbody>
                                    <For each={sc().steps}>
                                      {(st, j) => (
                                        <tr>
                                          <td>{j() + 1}</td>
                                          <td>{st.text}</td>
                                          <td>{st.probability}</td>
                                          <td>{st.low || st.high ? `${st.low ?? '—'} – ${st.high ?? '—'}` : '—'}</td>
                                          <td>{st.evidence ?? ''}</td>
                                        </tr>
                                      )}
                                    </For>
                                  </tbody>
                                  <tfoot>
                                    <tr>
                                      <th scope="row" colspan="2">{t('assessment.report.overallProbability')}</th>
                                      <td colspan="3">
                                        {fractionText(r.probability)} ({oneIn(r.probability)}) · {t('assessment.band')} {bandText(tables(), r.bandIndex)}
                                      </td>
                                    </tr>
                                  </tfoot>
                                </table>
                                <h3>{t('assessment.report.severityReasoning')}</h3>
                                <p>
                                  {labelled(t('assessment.injury'))} {sc().injury}
                                  <Show when={sc().injuryType}> ({choiceText(tables().injuryTypes, sc().injuryType!)})</Show> → {severityText(tables(), r.severity)}
                                </p>
                                <Show when={sc().suggestedSeverity !== undefined && sc().suggestedSeverity !== sc().severity}>
                                  <p>
                                    {t('assessment.report.overridden', { suggested: severityText(tables(), sc().suggestedSeverity!) })} {sc().severityReason}
                                  </p>
                                </Show>
                                <p>
                                  {labelled(t('assessment.risk'))} <strong class={`risk-badge risk-${r.risk}`}>{riskText(tables(), r.risk)}</strong>
                                  <Show when={r.mayNeedOwnMeasure}> — {t('assessment.mayNeedOwnMeasure')}</Show>
                                </p>
                                <h3>{t('assessment.report.sensitivity')}</h3>
                                <RangeSummary tables={tables()} result={r} />
                                <VariationList tables={tables()} result={r} />
                                <StepThresholdTable tables={tables()} result={r} stepTexts={sc().steps.map((s) => s.text)} stepValues={sc().steps.map((s) => s.probability)} />
                              </section>
                            );
                          }}
                        </For>
                      </>
                    )}
                  </Show>
                </>
              );
            }}
          </Show>
        </Show>
      </Show>
    </section>
  );
}
