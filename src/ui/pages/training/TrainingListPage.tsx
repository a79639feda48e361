// #/training — the trainer's desk: the sessions (open one to work through it as a trainee, export
// it to hand out), a new session built from the exercises, and the import of session files
// (a trainee's answers coming back).
import { createResource, createSignal, For, Show, type JSX } from 'solid-js';
import type { FieldError } from '../../../domain/assessment';
import { EXERCISES, type Exercise } from '../../../domain/training/exercises';
import { newSession, sessionFileName } from '../../../domain/training/session';
import { deleteSession, exportSession, importSession, listSessions, newSessionId, saveSession, type SessionRecord } from '../../../store/sessions';
import { formatDateTime, t } from '../../i18n';
import { navigate } from '../../router';
import { downloadText, localized, trainingDb } from './data';
import '../assessment/assessment.css';
import './training.css';

export default function TrainingListPage(): JSX.Element {
  const [sessions, { refetch }] = createResource(async () => listSessions(await trainingDb()));
  const [importErrors, setImportErrors] = createSignal<FieldError[]>([]);
  const [imported, setImported] = createSignal<string | null>(null);

  async function onFile(e: Event & { currentTarget: HTMLInputElement }) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const r = await importSession(await trainingDb(), await file.text());
    input.value = '';
    if (r.ok) {
      setImportErrors([]);
      setImported(r.record.doc.title);
      await refetch();
    } else {
      setImported(null);
      setImportErrors(r.errors);
    }
  }

  return (
    <section class="page assessment-page training-page">
      <h1>{t('training.title')}</h1>
      <p class="hint">{t('training.intro')}</p>

      <h2>{t('training.sessions')}</h2>
      <div class="toolbar no-print">
        <a class="button secondary" href="#/training/results">{t('training.results.link')}</a>{' '}
        <label class="button secondary file-button">
          {t('training.import')}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void onFile(e)} data-testid="import-session" />
        </label>
      </div>
      <Show when={imported()}>{(title) => <p role="status" class="status status-ok">{t('training.imported', { title: title() })}</p>}</Show>
      <Show when={importErrors().length > 0}>
        <div role="alert" class="status status-error" data-testid="import-errors">
          <p>{t('training.importFailed')}</p>
          <ul>
            <For each={importErrors()}>
              {(e) => (
                <li>
                  <code>{e.path || '—'}</code>: {e.message}
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={sessions()} fallback={<p role="status">{t('common.loading')}</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t('training.noSessions')}</p>}>
            <SessionTable sessions={list()} onDeleted={() => void refetch()} />
          </Show>
        )}
      </Show>

      <NewSessionForm />
    </section>
  );
}

function SessionTable(props: { sessions: SessionRecord[]; onDeleted: () => void }): JSX.Element {
  // Deleting asks once more in the row itself (no blocking dialog).
  const [confirming, setConfirming] = createSignal<string | null>(null);
  async function remove(id: string) {
    await deleteSession(await trainingDb(), id);
    setConfirming(null);
    props.onDeleted();
  }
  return (
    <table class="assessment-table" data-testid="session-list">
      <thead>
        <tr>
          <th scope="col">{t('training.sessionTitle')}</th>
          <th scope="col">{t('training.trainee')}</th>
          <th scope="col">{t('training.answered')}</th>
          <th scope="col">{t('training.updated')}</th>
          <th scope="col"><span class="visually-hidden">{t('assessment.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        <For each={props.sessions}>
          {(s) => (
            <tr>
              <th scope="row">
                <a href={`#/training/${encodeURIComponent(s.id)}`}>{s.doc.title}</a>
              </th>
              <td>{s.doc.trainee ?? '—'}</td>
              <td>{t('training.progress', { done: s.doc.exercises.filter((x) => s.doc.answers[x]).length, total: s.doc.exercises.length })}</td>
              <td>
                <time dateTime={s.updatedAt}>{formatDateTime(s.updatedAt)}</time>
              </td>
              <td class="row-actions">
                <Show
                  when={confirming() === s.id}
                  fallback={
                    <>
                      <button type="button" class="secondary" onClick={() => downloadText(sessionFileName(s.doc), exportSession(s))} aria-label={t('training.exportOne', { title: s.doc.title })}>
                        {t('training.export')}
                      </button>{' '}
                      <button type="button" class="secondary danger" onClick={() => setConfirming(s.id)} aria-label={t('training.deleteOne', { title: s.doc.title })}>
                        {t('training.delete')}
                      </button>
                    </>
                  }
                >
                  <span role="alert">{t('training.deleteConfirm', { title: s.doc.title })}</span>{' '}
                  <button type="button" class="danger" data-testid="confirm-delete" onClick={() => void remove(s.id)}>
                    {t('training.delete')}
                  </button>{' '}
                  <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                    {t('training.cancel')}
                  </button>
                </Show>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function ExerciseChoice(props: { exercise: Exercise; checked: boolean; onChange: (on: boolean) => void }): JSX.Element {
  const id = () => `ex-${props.exercise.id}`;
  return (
    <li class="exercise-choice">
      <input type="checkbox" id={id()} checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} aria-describedby={`${id()}-brief`} />
      <label for={id()}>
        <strong>{localized(props.exercise).product.name}</strong>
      </label>
      <p class="hint" id={`${id()}-brief`}>
        {localized(props.exercise).brief}
      </p>
    </li>
  );
}

/** The trainer picks exercises (all by default, in catalogue order) and names the session. */
function NewSessionForm(): JSX.Element {
  const [title, setTitle] = createSignal('');
  const [chosen, setChosen] = createSignal<string[]>(EXERCISES.map((e) => e.id));
  const [error, setError] = createSignal<'title' | 'exercises' | 'save' | null>(null);
  const toggle = (id: string, on: boolean) => {
    setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
    if (error() === 'exercises') setError(null);
  };
  const groups = [
    { key: 'training.group.worked', items: EXERCISES.filter((e) => e.origin === 'worked-example') },
    { key: 'training.group.practice', items: EXERCISES.filter((e) => e.origin === 'practice') },
  ];

  async function create(e: Event) {
    e.preventDefault();
    if (!title().trim()) {
      setError('title');
      document.getElementById('training-title')?.focus();
      return;
    }
    if (chosen().length === 0) return setError('exercises');
    setError(null);
    const id = newSessionId();
    const ordered = EXERCISES.map((x) => x.id).filter((x) => chosen().includes(x));
    const r = await saveSession(await trainingDb(), { id, doc: newSession(title().trim(), ordered), progress: {} }, 0);
    if (r.ok) navigate(`/training/${encodeURIComponent(id)}`);
    else setError('save');
  }

  return (
    <form class="wizard-form new-session" onSubmit={(e) => void create(e)} novalidate aria-labelledby="new-session-heading">
      <h2 id="new-session-heading">{t('training.newSession')}</h2>
      <div class="field">
        <label for="training-title">
          {t('training.sessionTitle')}
          <span class="required" aria-hidden="true"> *</span>
        </label>
        <input
          id="training-title"
          type="text"
          required
          value={title()}
          onInput={(e) => {
            setTitle(e.currentTarget.value);
            if (error() === 'title') setError(null);
          }}
          aria-invalid={error() === 'title' ? 'true' : undefined}
          aria-describedby={error() === 'title' ? 'training-title-error' : undefined}
        />
        <Show when={error() === 'title'}>
          <p class="field-error" id="training-title-error">{t('training.error.title')}</p>
        </Show>
      </div>
      <For each={groups}>
        {(g) => (
          <fieldset class="exercise-group">
            <legend>{t(g.key)}</legend>
            <ul class="exercise-choices">
              <For each={g.items}>{(x) => <ExerciseChoice exercise={x} checked={chosen().includes(x.id)} onChange={(on) => toggle(x.id, on)} />}</For>
            </ul>
          </fieldset>
        )}
      </For>
      <Show when={error() === 'exercises' || error() === 'save'}>
        <p class="field-error" role="alert">{t(error() === 'save' ? 'training.error.save' : 'training.error.exercises')}</p>
      </Show>
      <button type="submit" data-testid="create-session">{t('training.create')}</button>
    </form>
  );
}
