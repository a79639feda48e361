// #/training/:session — one session: who is answering, its exercises with the state of each
// (not started, in progress, answered and how the answer compares with the model), and the export
// of the session file (to hand out, or to hand the answers back).
import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import { exerciseById } from '../../../domain/training/exercises';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { sessionFileName } from '../../../domain/training/session';
import { exportSession, getSession, SessionSaver, type SessionRecord } from '../../../store/sessions';
import type { Db } from '../../../store/db';
import { t } from '../../i18n';
import { SaveNotice, type SaveProblem } from './SaveNotice';
import { riskText } from '../assessment/format';
import { comparisonFor, downloadText, localized, tablesFor, trainingDb } from './data';
import { verdictText } from './compare-text';
import '../assessment/assessment.css';
import './training.css';

interface Loaded {
  db: Db;
  record: SessionRecord;
  tables: RiskTables;
}

async function load(id: string): Promise<Loaded | null> {
  const db = await trainingDb();
  const record = await getSession(db, id);
  return record ? { db, record, tables: await tablesFor() } : null;
}

export default function SessionPage(props: { params: Record<string, string> }): JSX.Element {
  const [data] = createResource(() => props.params.session, load);
  return (
    <section class="page assessment-page training-page">
      <Show when={!data.error} fallback={<p role="alert" class="status status-error">{String(data.error)}</p>}>
        <Show when={!data.loading} fallback={<p role="status">{t('common.loading')}</p>}>
          <Show
            when={data()}
            fallback={
              <>
                <h1>{t('training.notFound')}</h1>
                <p><a href="#/training">{t('training.back')}</a></p>
              </>
            }
          >
            {(d) => <Session data={d()} />}
          </Show>
        </Show>
      </Show>
    </section>
  );
}

function Session(props: { data: Loaded }): JSX.Element {
  const { db, tables } = props.data;
  const [record, setRecord] = createSignal(props.data.record);
  const [problem, setProblem] = createSignal<SaveProblem | null>(null);
  const saver = new SessionSaver(db, props.data.record.rev, (r) => {
    if (r.ok) setRecord(r.record);
    setProblem(r.ok ? null : r);
  });
  const doc = () => record().doc;
  const setTrainee = (name: string) => {
    const { trainee: _old, ...rest } = doc();
    saver.schedule({ id: record().id, doc: name.trim() ? { ...rest, trainee: name.trim() } : rest, progress: record().progress });
  };
  const answered = () => doc().exercises.filter((x) => doc().answers[x]).length;
  const href = (exercise: string) => `#/training/${encodeURIComponent(record().id)}/${encodeURIComponent(exercise)}`;

  return (
    <>
      <h1>{doc().title}</h1>
      <p class="no-print">
        <a href="#/training">{t('training.back')}</a>
      </p>
      <Show when={problem()}>{(p) => <SaveNotice problem={p()} />}</Show>
      <div class="session-head">
        <div class="field">
          <label for="trainee-name">{t('training.traineeName')}</label>
          <input id="trainee-name" type="text" value={doc().trainee ?? ''} autocomplete="name" onChange={(e) => setTrainee(e.currentTarget.value)} />
        </div>
        <p data-testid="session-progress">{t('training.progress', { done: answered(), total: doc().exercises.length })}</p>
        <button
          type="button"
          class="secondary"
          data-testid="export-session"
          onClick={() => void saver.flush().then(() => downloadText(sessionFileName(doc()), exportSession(record())))}
        >
          {t('training.exportFile')}
        </button>
      </div>
      <ol class="exercise-list">
        <For each={doc().exercises}>
          {(id) => {
            const found = exerciseById(id);
            if (!found) return null;
            const x = () => localized(found);
            const answer = () => doc().answers[id];
            const cmp = () => comparisonFor(tables, x(), answer());
            const status = () => (answer() ? 'answered' : record().progress[id] ? 'inProgress' : 'notStarted');
            return (
              <li class="exercise-card" data-exercise={id} data-status={status()}>
                <h2>{x().product.name}</h2>
                <p>{x().defect}</p>
                <p>
                  <strong>{x().brief}</strong>
                </p>
                <p class="exercise-status">
                  <span class={`badge badge-${status()}`}>{t(`training.status.${status()}`)}</span>
                  <Show when={cmp()}>
                    {(c) => (
                      <>
                        {' '}
                        {t('training.yourRisk')} <span class={`risk-badge risk-${c().risk.answer}`}>{riskText(tables, c().risk.answer)}</span> · {verdictText(tables, c())}
                      </>
                    )}
                  </Show>
                </p>
                <p>
                  <a class="button" href={href(id)} aria-label={t(`training.action.${status()}.named`, { name: x().product.name })}>
                    {t(`training.action.${status()}`)}
                  </a>
                </p>
              </li>
            );
          }}
        </For>
      </ol>
    </>
  );
}
