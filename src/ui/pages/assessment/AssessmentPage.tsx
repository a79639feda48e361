import { RegimeBasis } from './RegimeBasis';
import { createResource, For, Show, type JSX } from 'solid-js';
import { exportAssessment, saveAssessment } from '../../../store/assessments';
import { t } from '../../i18n';
import { assessmentDb, downloadText, fileNameFor, loadAssessment } from './data';
import { bandText, choiceText, fractionText, labelled, oneIn, riskText, severityText } from './format';
import { AssessmentNav, LoadProblems } from './parts';
import { methodOfAssessment } from './data-2004';
import { Overview2004 } from './Pages2004';
import './assessment.css';

/** #/assessments/:id — by the method of the assessment's regime (a rapex-2004 one has its own page). */
export default function AssessmentPage(props: { params: Record<string, string> }): JSX.Element {
  const [method] = createResource(() => props.params.id, methodOfAssessment);
  return (
    <Show when={!method.loading} fallback={<section class="page assessment-page"><p role="status">{t('common.loading')}</p></section>}>
      <Show when={method() === 'rapex-2004'} fallback={<StepAssessmentPage params={props.params} />}>
        <section class="page assessment-page">
          <Overview2004 id={props.params.id} />
        </section>
      </Show>
    </Show>
  );
}

/** The step method: the product's scenarios, each with its risk; the highest is the product's. */
function StepAssessmentPage(props: { params: Record<string, string> }): JSX.Element {
  const id = () => props.params.id;
  const [data, { refetch }] = createResource(id, loadAssessment);
  async function removeScenario(sid: string) {
    const d = data();
    if (!d || !window.confirm(t('assessment.removeScenarioConfirm', { id: sid }))) return;
    const doc = { ...d.record.doc, scenarios: d.record.doc.scenarios.filter((s) => s.id !== sid) };
    const r = await saveAssessment(await assessmentDb(), { id: d.record.id, doc, wizard: d.record.wizard ?? null }, d.record.rev);
    if (!r.ok) window.alert(r.reason === 'conflict' ? t('assessment.changedElsewhere') : r.message);
    await refetch();
  }
  const base = () => `#/assessments/${encodeURIComponent(id())}`;
  return (
    <section class="page assessment-page">
      <Show when={!data.loading} fallback={<p role="status">{t('common.loading')}</p>}>
        <Show when={data()} fallback={<NotFound />}>
          {(d) => {
            const doc = () => d().record.doc;
            const result = () => d().result;
            const byId = (sid: string) => doc().scenarios.find((s) => s.id === sid);
            return (
              <>
                <h1>{doc().product.name || t('assessment.unnamed')}</h1>
                <AssessmentNav id={id()} current="overview" />
                <p class="product-meta">
                  <Show when={doc().product.brand}>{(b) => <span>{labelled(t('assessment.brand'))} {b()} · </span>}</Show>
                  <Show when={doc().product.model}>{(m) => <span>{labelled(t('assessment.model'))} {m()} · </span>}</Show>
                  <span>
                    {labelled(t('assessment.regime'))} <code>{d().tables.regime}</code>
                    <RegimeBasis date={doc().date} regime={d().tables.regime} />
                  </span>
                </p>
                <Show when={doc().product.description}>{(text) => <p>{text()}</p>}</Show>
                <Show when={d().record.wizard}>
                  <p class="status status-warn" data-testid="wizard-in-progress">
                    {t('assessment.inProgress')} <a href={`${base()}/wizard${d().record.wizard?.editId ? '/' + encodeURIComponent(d().record.wizard!.editId!) : ''}`}>{t('assessment.continue')}</a>
                  </p>
                </Show>
                <LoadProblems data={d()} />
                <Show when={result()}>
                  {(r) => (
                    <>
                      <Show when={r().overall}>
                        {(overall) => (
                          <p class="product-risk" data-testid="product-risk">
                            {labelled(t('assessment.productRisk'))} <strong class={`risk-badge risk-${overall()}`}>{riskText(d().tables, overall())}</strong>
                          </p>
                        )}
                      </Show>
                      <table class="assessment-table scenario-table">
                        <caption>{t('assessment.scenarios')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('assessment.scenario')}</th>
                            <th scope="col">{t('assessment.consumer')}</th>
                            <th scope="col">{t('assessment.probability')}</th>
                            <th scope="col">{t('assessment.band')}</th>
                            <th scope="col">{t('assessment.severity')}</th>
                            <th scope="col">{t('assessment.risk')}</th>
                            <th scope="col"><span class="visually-hidden">{t('assessment.actions')}</span></th>
                          </tr>
                        </thead>
                        <tbody>
                          <For each={r().scenarios}>
                            {(s) => (
                              <tr class={s.isProductRisk ? 'is-product-risk' : ''} data-scenario={s.id}>
                                <th scope="row">
                                  <span class="scenario-id">{s.id}</span> {byId(s.id)?.title ?? ''}
                                  <div class="scenario-injury">{byId(s.id)?.injury}</div>
                                </th>
                                <td>{choiceText(d().tables.consumerGroups, byId(s.id)?.consumer ?? '')}</td>
                                <td>
                                  <span class="fraction">{fractionText(s.probability)}</span>
                                  <div class="one-in">{oneIn(s.probability)}</div>
                                </td>
                                <td>{bandText(d().tables, s.bandIndex)}</td>
                                <td>{severityText(d().tables, s.severity)}</td>
                                <td>
                                  <span class={`risk-badge risk-${s.risk}`}>{riskText(d().tables, s.risk)}</span>
                                  <Show when={s.isProductRisk}>
                                    <div class="marker">{t('assessment.isProductRisk')}</div>
                                  </Show>
                                  <Show when={s.mayNeedOwnMeasure}>
                                    <div class="marker muted">{t('assessment.mayNeedOwnMeasure')}</div>
                                  </Show>
                                  <Show when={s.sensitivity.borderline}>
                                    <div class="marker warn">{t('assessment.borderline')}</div>
                                  </Show>
                                </td>
                                <td>
                                  <a href={`${base()}/wizard/${encodeURIComponent(s.id)}`} aria-label={t('assessment.edit') + t('assessment.forScenario', { id: s.id })}>
                                    {t('assessment.edit')}
                                  </a>{' '}
                                  <button type="button" class="secondary danger small no-print" onClick={() => void removeScenario(s.id)} aria-label={t('assessment.removeStep') + t('assessment.forScenario', { id: s.id })}>
                                    {t('assessment.removeStep')}
                                  </button>
                                </td>
                              </tr>
                            )}
                          </For>
                        </tbody>
                      </table>
                      <Show when={r().scenarios.length === 0}>
                        <p>{t('assessment.noScenarios')}</p>
                      </Show>
                    </>
                  )}
                </Show>
                <div class="toolbar no-print">
                  <a class="button" href={`${base()}/wizard`} data-testid="add-scenario">{t('assessment.addScenario')}</a>
                  <button type="button" class="secondary" onClick={() => void exportAssessment(d().record).then((text) => downloadText(fileNameFor(doc().product.name), text))}>
                    {t('assessment.export')}
                  </button>
                </div>
              </>
            );
          }}
        </Show>
      </Show>
    </section>
  );
}

function NotFound(): JSX.Element {
  return (
    <>
      <h1>{t('assessment.notFound')}</h1>
      <p><a href="#/assessments">{t('assessment.backToList')}</a></p>
    </>
  );
}
