import { createResource, createSignal, Show, type JSX } from 'solid-js';
import { productDraft } from '../../../domain/risk/draft';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import type { Product } from '../../../domain/risk/scenario';
import { AssessmentSaver, assessmentJournal, getAssessmentRecovered, type AssessmentRecord, type WizardProgress } from '../../../store/assessments';
import type { Db } from '../../../store/db';
import type { SaveResult } from '../../../store/records';
import { t } from '../../i18n';
import { navigate } from '../../router';
import { ConflictNotice } from '../../components/ConflictNotice';
import { SaveProblemNotice } from '../../components/SaveProblemNotice';
import { assessmentDb, rulesForAssessment } from './data';
import { ScenarioWizard, type WizardChange } from './ScenarioWizard';
import { methodOfRegime } from './data-2004';
import { WizardPage2004 } from './Pages2004';
import './assessment.css';

interface WizardData {
  db: Db;
  record: AssessmentRecord;
  tables: RiskTables;
}

async function loadWizard(id: string): Promise<WizardData | null> {
  const db = await assessmentDb();
  const record = await getAssessmentRecovered(db, id);
  if (!record) return null;
  return { db, record, tables: (await rulesForAssessment(record.doc)).tables };
}

/** #/assessments/:id/wizard and …/wizard/:scenarioId (edit), by the method of the assessment's regime. */
export default function WizardPage(props: { params: Record<string, string> }): JSX.Element {
  const [method] = createResource(() => props.params.id, methodOfWizardRecord);
  return (
    <Show when={!method.loading} fallback={<section class="page assessment-page wizard-page"><p role="status">{t('common.loading')}</p></section>}>
      <Show when={method() === 'rapex-2004'} fallback={<StepWizardPage params={props.params} />}>
        <section class="page assessment-page wizard-page">
          <WizardPage2004 id={props.params.id} editId={props.params.scenarioId} />
        </section>
      </Show>
    </Show>
  );
}

/** A new assessment waits in the tab's journal until its first input, so read it recovered. */
async function methodOfWizardRecord(id: string) {
  const record = await getAssessmentRecovered(await assessmentDb(), id);
  return record ? methodOfRegime(record.doc.regime) : null;
}

function StepWizardPage(props: { params: Record<string, string> }): JSX.Element {
  const [data] = createResource(() => props.params.id, loadWizard);
  return (
    <section class="page assessment-page wizard-page">
      <Show when={!data.error} fallback={<p role="alert" class="status status-error">{String(data.error)}</p>}>
        <Show when={!data.loading} fallback={<p role="status">{t('common.loading')}</p>}>
          <Show when={data()} fallback={<h1>{t('assessment.notFound')}</h1>}>
            {(d) => <AssessmentWizard data={d()} editId={props.params.scenarioId} />}
          </Show>
        </Show>
      </Show>
    </section>
  );
}

function toProduct(base: Product, d: { name: string; brand: string; model: string }): Product {
  const p: Product = { ...base, name: d.name };
  if (d.brand.trim()) p.brand = d.brand;
  else delete p.brand;
  if (d.model.trim()) p.model = d.model;
  else delete p.model;
  return p;
}

/** The wizard on an assessment record: every change is written at once (autosave). */
function AssessmentWizard(props: { data: WizardData; editId?: string }): JSX.Element {
  const { db, record, tables } = props.data;
  // Resume the stored unfinished scenario only when it is the one this route edits (or a new one).
  const resume: WizardProgress | null = record.wizard && (record.wizard.editId ?? undefined) === props.editId ? record.wizard : null;
  const [saveProblem, setSaveProblem] = createSignal<Exclude<SaveResult<AssessmentRecord>, { ok: true }> | null>(null);
  const [productName, setProductName] = createSignal(record.doc.product.name);
  // Writes go out at once (changes made during a write are coalesced into the next), and each
  // change is journalled in sessionStorage until written, so a reload right after typing loses nothing.
  const saver = new AssessmentSaver(db, record.rev, (r) => setSaveProblem(r.ok ? null : r), assessmentJournal(record.id));
  let lastRecord: Omit<AssessmentRecord, 'rev' | 'updatedAt'> = { id: record.id, doc: record.doc, wizard: record.wizard ?? null };
  const toRecord = (c: WizardChange) => ({ id: record.id, doc: { ...record.doc, product: toProduct(record.doc.product, c.product), scenarios: c.scenarios }, wizard: c.progress });
  const onChange = (c: WizardChange) => {
    setProductName(c.product.name);
    lastRecord = toRecord(c);
    saver.schedule(lastRecord);
  };
  const onDone = (c: WizardChange) => {
    saver.schedule(toRecord(c));
    void saver.flush().then(() => navigate(`/assessments/${encodeURIComponent(record.id)}`));
  };
  return (
    <>
      <h1>
        {props.editId ? t('assessment.wizard.editTitle', { id: props.editId }) : t('assessment.wizard.title')}
        <Show when={productName()}>
          <span class="h1-sub"> — {productName()}</span>
        </Show>
      </h1>
      <p class="no-print">
        {/* A new assessment is stored on its first input; before that there is no page to go back to. */}
        <a href={record.rev === 0 ? '#/assessments' : `#/assessments/${encodeURIComponent(record.id)}`}>{t('assessment.wizard.backToAssessment')}</a>
      </p>
      <Show when={saveProblem()}>
        {(p) => {
          const problem = p();
          return problem.reason === 'conflict' ? (
            <ConflictNotice mine={lastRecord} theirs={problem.current as never} onUseTheirs={() => location.reload()} />
          ) : (
            <SaveProblemNotice problem={problem as never} />
          );
        }}
      </Show>
      <ScenarioWizard tables={tables} product={productDraft(record.doc.product)} scenarios={record.doc.scenarios} editId={props.editId} resume={resume} onChange={onChange} onDone={onDone} />
    </>
  );
}
