import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { parseAssessmentDocument, assessDocument } from '../../../domain/assessment';
import { exportAssessment, importAssessments, listAssessments, startNewAssessment, type AssessmentRecord } from '../../../store/assessments';
import type { FieldError } from '../../../domain/assessment';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { formatDateTime, t } from '../../i18n';
import { navigate } from '../../router';
import { DEFAULT_REGIME, regimeOn, useRegimes } from '../../regimes';
import { CalendarDate, today } from '../../../domain/calendar-date';
import { assessRecord2004, methodOfRegime, tables2004For } from './data-2004';
import { label2004 } from './format-2004';
import { assessmentDb, downloadText, fileNameFor, rulesForAssessment } from './data';
import { riskText } from './format';
import './assessment.css';

/** The regime choice that means: the one in force on the assessment's date. */
const IN_FORCE = 'in-force';

interface Row {
  record: AssessmentRecord;
  overall: string | null;
  /** The rule set's tables, for the risk label: put into words in the markup, so a language switch reaches it. */
  tables: RiskTables | null;
  /** The risk's label, for a rapex-2004 assessment (its own tables). */
  label?: string;
}

async function loadRows(): Promise<Row[]> {
  const db = await assessmentDb();
  const records = await listAssessments(db);
  return Promise.all(
    records.map(async (record) => {
      const regime = record.doc.regime ?? DEFAULT_REGIME;
      if ((await methodOfRegime(regime)) === 'rapex-2004') {
        const { outcome } = await assessRecord2004(record);
        const overall = outcome?.ok ? outcome.result.overall : null;
        return { record, overall, tables: null, label: overall ? label2004(await tables2004For(regime), 'riskLevel', overall) : undefined };
      }
      const parsed = parseAssessmentDocument(record.doc);
      if (!parsed.ok) return { record, overall: null, tables: null };
      const { version, tables } = await rulesForAssessment(record.doc);
      const outcome = assessDocument(parsed.doc, version.ruleSet);
      const overall = outcome.ok ? outcome.result.overall : null;
      return { record, overall, tables: overall ? tables : null };
    }),
  );
}

/** #/assessments — every assessment, new, import and export. */
export default function AssessmentsListPage(): JSX.Element {
  const [rows, { refetch }] = createResource(loadRows);
  const [importErrors, setImportErrors] = createSignal<FieldError[]>([]);
  const [importDone, setImportDone] = createSignal(0);

  const regimes = useRegimes();
  // A new assessment is dated (today unless the assessor says otherwise) and decided under the
  // regime in force on its date, unless another one is chosen (a historical case, an exercise).
  const [newDate, setNewDate] = createSignal(today().toString());
  const [newRegime, setNewRegime] = createSignal(IN_FORCE);
  const [inForceOnDate] = createResource(newDate, (d) => {
    const date = CalendarDate.parse(d);
    return date ? regimeOn(date) : Promise.resolve(null);
  });
  function createNew() {
    const date = CalendarDate.parse(newDate());
    const regime = newRegime() === IN_FORCE ? inForceOnDate() : newRegime();
    if (!date || !regime) return;
    // Stored on the first real input, not now: a new assessment left empty leaves nothing behind.
    navigate(`/assessments/${encodeURIComponent(startNewAssessment(regime, undefined, date.toString()))}/wizard`);
  }

  async function onFile(e: Event & { currentTarget: HTMLInputElement }) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    const r = await importAssessments(await assessmentDb(), text);
    input.value = '';
    if (r.ok) {
      setImportErrors([]);
      setImportDone(r.ids.length);
      await refetch();
    } else {
      setImportDone(0);
      setImportErrors(r.errors);
    }
  }

  return (
    <section class="page assessment-page">
      <h1>{t('assessment.list.title')}</h1>
      <div class="toolbar no-print">
        <label class="inline-field">
          {t('assessment.list.date')}{' '}
          <input type="date" value={newDate()} onChange={(e) => setNewDate(e.currentTarget.value)} data-testid="new-assessment-date" aria-invalid={CalendarDate.parse(newDate()) ? undefined : 'true'} />
        </label>
        <label class="inline-field">
          {t('a2004.newUnder')}{' '}
          <select value={newRegime()} onChange={(e) => setNewRegime(e.currentTarget.value)} data-testid="new-assessment-regime">
            <option value={IN_FORCE}>{inForceOnDate() ? t('assessment.list.inForce', { date: newDate(), regime: inForceOnDate()! }) : t('assessment.list.noneInForce', { date: newDate() })}</option>
            <For each={(regimes() ?? []).filter((r) => r.ruleSet)}>{(r) => <option value={r.id}>{r.id}</option>}</For>
          </select>
        </label>
        <button type="button" onClick={createNew} data-testid="new-assessment" disabled={!CalendarDate.parse(newDate()) || (newRegime() === IN_FORCE && !inForceOnDate())}>
          {t('assessment.list.new')}
        </button>
        <label class="button secondary file-button">
          {t('assessment.list.import')}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void onFile(e)} data-testid="import-file" />
        </label>
      </div>
      <Show when={importDone() > 0}>
        <p role="status" class="status status-ok">{t('assessment.list.imported', { count: importDone() })}</p>
      </Show>
      <Show when={importErrors().length > 0}>
        <div role="alert" class="status status-error" data-testid="import-errors">
          <p>{t('assessment.list.importFailed')}</p>
          <ul>
            <For each={importErrors()}>{(e) => <li><code>{e.path || '—'}</code>: {e.message}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={rows()} fallback={<p role="status">{t('common.loading')}</p>}>
        <Show when={rows()!.length > 0} fallback={<p>{t('assessment.list.empty')}</p>}>
          <table class="assessment-table">
            <thead>
              <tr>
                <th scope="col">{t('assessment.product')}</th>
                <th scope="col">{t('assessment.scenarios')}</th>
                <th scope="col">{t('assessment.productRisk')}</th>
                <th scope="col">{t('assessment.list.updated')}</th>
                <th scope="col"><span class="visually-hidden">{t('assessment.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row) => (
                  <tr>
                    <th scope="row">
                      <a href={`#/assessments/${encodeURIComponent(row.record.id)}`}>{row.record.doc.product.name || t('assessment.unnamed')}</a>
                    </th>
                    <td>{row.record.doc.scenarios.length}</td>
                    <td>
                      <Show when={row.overall && (row.tables || row.label)} fallback={<span>—</span>}>
                        <span class={`risk-badge risk-${row.overall}`}>{row.label ?? riskText(row.tables!, row.overall!)}</span>
                      </Show>
                    </td>
                    <td>
                      <time dateTime={row.record.updatedAt}>{formatDateTime(row.record.updatedAt)}</time>
                    </td>
                    <td>
                      <button
                        type="button"
                        class="secondary"
                        onClick={() => void exportAssessment(row.record).then((text) => downloadText(fileNameFor(row.record.doc.product.name), text))}
                        aria-label={t('assessment.export') + t('assessment.forProduct', { name: row.record.doc.product.name || t('assessment.unnamed') })}
                      >
                        {t('assessment.export')}
                      </button>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </Show>
    </section>
  );
}
