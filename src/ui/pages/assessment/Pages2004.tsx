// The overview, report and wizard pages of a rapex-2004 assessment (Decision 2004/418/EC,
// ch. 3.2): per scenario the probability class, the severity level, the consumer's vulnerability
// and the judged risk with its reason — or that the risk awaits the assessor's judgement.
import { RegimeBasis } from './RegimeBasis';
import { createResource, For, Show, type JSX } from 'solid-js';
import type { Scenario2004Result } from '../../../domain/risk/assess-2004';
import type { Scenario2004Json } from '../../../domain/assessment-2004';
import { saveAssessment } from '../../../store/assessments';
import { formatDateTime, t } from '../../i18n';
import { navigate } from '../../router';
import { assessmentDb } from './data';
import { loadAssessment2004, type Loaded2004 } from './data-2004';
import { defectText, label2004 } from './format-2004';
import { labelled } from './format';
import { Wizard2004, type Wizard2004Done } from './Wizard2004';

function RiskCell(props: { data: Loaded2004; s: Scenario2004Result }): JSX.Element {
  return (
    <Show when={props.s.risk} fallback={<span class="risk-badge risk-pending" data-testid="risk-pending">{t('a2004.pending')}</span>}>
      {(r) => <span class={`risk-badge risk-${r()}`}>{label2004(props.data.tables, 'riskLevel', r())}</span>}
    </Show>
  );
}

function Problems(props: { data: Loaded2004 }): JSX.Element {
  return (
    <Show when={props.data.errors.length > 0}>
      <div class="status status-warn" role="status">
        <p>{t('assessment.incomplete')}</p>
        <ul>
          <For each={props.data.errors}>{(e) => <li><code>{e.path || '—'}</code>: {e.message}</li>}</For>
        </ul>
      </div>
    </Show>
  );
}

function Overall(props: { data: Loaded2004 }): JSX.Element {
  const r = () => (props.data.outcome?.ok ? props.data.outcome.result : null);
  return (
    <Show when={r() && r()!.scenarios.length > 0}>
      <p class="product-risk" data-testid="product-risk">
        {labelled(t('assessment.productRisk'))}{' '}
        <Show when={r()!.overall} fallback={<strong class="risk-badge risk-pending">{t('a2004.pendingProduct', { ids: r()!.pending.join(', ') })}</strong>}>
          {(o) => <strong class={`risk-badge risk-${o()}`}>{label2004(props.data.tables, 'riskLevel', o())}</strong>}
        </Show>
      </p>
    </Show>
  );
}

/** The scenarios with what the method gives; `full` adds the reasons and typical injuries (report). */
function ScenarioTable(props: { data: Loaded2004; full?: boolean; id: string }): JSX.Element {
  const r = () => (props.data.outcome?.ok ? props.data.outcome.result : null);
  const byId = (sid: string) => props.data.doc.scenarios.find((s) => s.id === sid);
  return (
    <Show when={r()}>
      <table class="assessment-table scenario-table" data-testid="scenarios-2004">
        <caption>{t('assessment.scenarios')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.scenario')}</th>
            <th scope="col">{t('a2004.defectProbability')}</th>
            <th scope="col">{t('a2004.exposure')}</th>
            <th scope="col">{t('a2004.probabilityClass')}</th>
            <th scope="col">{t('a2004.severityLevel')}</th>
            <th scope="col">{t('a2004.vulnerability')}</th>
            <th scope="col">{t('assessment.risk')}</th>
            <Show when={!props.full}><th scope="col"><span class="visually-hidden">{t('assessment.actions')}</span></th></Show>
          </tr>
        </thead>
        <tbody>
          <For each={r()!.scenarios}>
            {(s) => (
              <tr class={s.isProductRisk ? 'is-product-risk' : ''} data-scenario={s.id}>
                <th scope="row">
                  <span class="scenario-id">{s.id}</span> {byId(s.id)?.title ?? ''}
                  <div class="scenario-injury">{byId(s.id)?.injury}</div>
                </th>
                <td>{defectText(props.data.tables, s.defectProbability)}</td>
                <td>{label2004(props.data.tables, 'exposure', s.exposure)}</td>
                <td data-testid="cell-probability-class">{label2004(props.data.tables, 'probabilityClass', s.probabilityClass)}</td>
                <td>
                  {label2004(props.data.tables, 'severity', s.severity)}
                  <Show when={props.full && s.typicalInjuries}>{(ti) => <div class="hint">{t('a2004.typicalInjuries', { list: ti() })}</div>}</Show>
                </td>
                <td>
                  {label2004(props.data.tables, 'vulnerability', s.vulnerability)}
                  <Show when={s.vulnerablePerson}>{(p) => <div class="hint">{label2004(props.data.tables, 'vulnerablePerson', p())}</div>}</Show>
                  <Show when={props.full && s.warnings !== undefined}>
                    <div class="hint">{t(s.warnings ? 'a2004.withWarnings' : 'a2004.withoutWarnings')}; {t(s.obviousHazard ? 'a2004.hazardObvious' : 'a2004.hazardNotObvious')}</div>
                  </Show>
                </td>
                <td>
                  <RiskCell data={props.data} s={s} />
                  <Show when={props.full && s.reason}>{(why) => <div class="judgement-reason" data-testid="judgement-reason">{labelled(t('a2004.reason'))} {why()}</div>}</Show>
                  <Show when={s.isProductRisk}><div class="marker">{t('assessment.isProductRisk')}</div></Show>
                  <Show when={s.mayNeedOwnMeasure}><div class="marker muted">{t('assessment.mayNeedOwnMeasure')}</div></Show>
                </td>
                <Show when={!props.full}>
                  <td>
                    <a href={`#/assessments/${encodeURIComponent(props.id)}/wizard/${encodeURIComponent(s.id)}`} aria-label={t('assessment.edit') + t('assessment.forScenario', { id: s.id })}>
                      {t('assessment.edit')}
                    </a>
                  </td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}

function Nav(props: { id: string; current: 'overview' | 'report' }): JSX.Element {
  // The 2004 method has no probability steps, so no sensitivity view.
  return (
    <nav class="assessment-nav no-print" aria-label={t('assessment.nav.label')}>
      <a href="#/assessments">{t('assessment.backToList')}</a>
      <a href={`#/assessments/${encodeURIComponent(props.id)}`} aria-current={props.current === 'overview' ? 'page' : undefined}>{t('assessment.nav.overview')}</a>
      <a href={`#/assessments/${encodeURIComponent(props.id)}/report`} aria-current={props.current === 'report' ? 'page' : undefined}>{t('assessment.nav.report')}</a>
    </nav>
  );
}

function Loading(props: { id: string; children: (d: Loaded2004) => JSX.Element }): JSX.Element {
  const [data] = createResource(() => props.id, loadAssessment2004);
  return (
    <Show when={!data.error} fallback={<p role="alert" class="status status-error">{String(data.error)}</p>}>
      <Show when={!data.loading} fallback={<p role="status">{t('common.loading')}</p>}>
        <Show when={data()} fallback={<h1>{t('assessment.notFound')}</h1>}>{(d) => props.children(d())}</Show>
      </Show>
    </Show>
  );
}

export function Overview2004(props: { id: string }): JSX.Element {
  return (
    <Loading id={props.id}>
      {(d) => (
        <>
          <h1>{d.doc.product.name || t('assessment.unnamed')}</h1>
          <Nav id={props.id} current="overview" />
          <p class="product-meta">
            <span>{labelled(t('assessment.regime'))} <code>{d.tables.regime}</code><RegimeBasis date={d.record.doc.date} regime={d.tables.regime} /> · {t('a2004.method')}</span>
          </p>
          <Problems data={d} />
          <Overall data={d} />
          <ScenarioTable data={d} id={props.id} />
          <Show when={d.doc.scenarios.length === 0}><p>{t('assessment.noScenarios')}</p></Show>
          <div class="toolbar no-print">
            <a class="button" href={`#/assessments/${encodeURIComponent(props.id)}/wizard`} data-testid="add-scenario">{t('assessment.addScenario')}</a>
          </div>
        </>
      )}
    </Loading>
  );
}

export function Report2004(props: { id: string }): JSX.Element {
  return (
    <Loading id={props.id}>
      {(d) => (
        <>
          <Nav id={props.id} current="report" />
          <div class="toolbar no-print">
            <button type="button" onClick={() => window.print()} data-testid="print">{t('assessment.report.print')}</button>
          </div>
          <header class="report-header">
            <h1>{t('assessment.report.title', { name: d.doc.product.name })}</h1>
            <dl class="report-meta">
              <dt>{t('assessment.productName')}</dt>
              <dd>{d.doc.product.name}</dd>
              <dt>{t('assessment.regime')}</dt>
              <dd>{d.tables.regime} ({t('assessment.report.method', { cites: d.tables.cites.probability })})</dd>
              <Show when={d.record.doc.date}>
                {(date) => (
                  <>
                    <dt>{t('assessment.list.date')}</dt>
                    <dd>{date()}</dd>
                  </>
                )}
              </Show>
              <dt>{t('assessment.report.date')}</dt>
              <dd>{formatDateTime(d.record.updatedAt)}</dd>
            </dl>
          </header>
          <Problems data={d} />
          <section class="report-conclusion">
            <h2>{t('assessment.report.conclusion')}</h2>
            <Overall data={d} />
            <p class="hint">{t('a2004.reportMethod')}</p>
          </section>
          <ScenarioTable data={d} id={props.id} full />
        </>
      )}
    </Loading>
  );
}

/** The wizard page of a 2004 assessment: the form, then the record written and the overview shown. */
export function WizardPage2004(props: { id: string; editId?: string }): JSX.Element {
  return (
    <Loading id={props.id}>
      {(d) => {
        const onDone = async (w: Wizard2004Done) => {
          const doc = { ...d.doc, product: { ...d.doc.product, name: w.productName }, scenarios: w.scenarios as Scenario2004Json[] };
          const r = await saveAssessment(await assessmentDb(), { id: d.record.id, doc: doc as never, wizard: null }, d.record.rev);
          if (!r.ok) return void window.alert(r.reason === 'conflict' ? t('assessment.changedElsewhere') : r.message);
          navigate(`/assessments/${encodeURIComponent(d.record.id)}`);
        };
        return (
          <>
            <h1>{props.editId ? t('assessment.wizard.editTitle', { id: props.editId }) : t('assessment.wizard.title')}</h1>
            <Wizard2004 tables={d.tables} productName={d.doc.product.name} scenarios={d.doc.scenarios} editId={props.editId} onDone={(w) => void onDone(w)} />
          </>
        );
      }}
    </Loading>
  );
}
