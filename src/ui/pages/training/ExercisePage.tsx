// #/training/:session/:exercise — the trainee works through one exercise in the injury-scenario
// wizard (the assessment pages' own component, one scenario only). Every keystroke is kept in the
// session record; once the scenario is finished it is compared with the model answer step by
// step, and the model answer with its reasoning is shown.
import { createResource, createSignal, onMount, Show, untrack, type JSX } from 'solid-js';
import type { ScenarioJson } from '../../../domain/assessment';
import { productDraft } from '../../../domain/risk/draft';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { exerciseById, type Exercise } from '../../../domain/training/exercises';
import type { WizardProgress } from '../../../store/assessments';
import type { Db } from '../../../store/db';
import { getSession, SessionSaver, type SessionDraft, type SessionRecord } from '../../../store/sessions';
import { t } from '../../i18n';
import { ScenarioWizard, type WizardChange } from '../assessment/ScenarioWizard';
import { ComparisonView } from './ComparisonView';
import { ModelAnswer } from './ModelAnswer';
import { SaveNotice, type SaveProblem } from './SaveNotice';
import { comparisonFor, localized, tablesFor, trainingDb } from './data';
import '../assessment/assessment.css';
import './training.css';

interface Loaded {
  db: Db;
  record: SessionRecord;
  exercise: Exercise;
  tables: RiskTables;
}

async function load(p: { session: string; exercise: string }): Promise<Loaded | null> {
  const db = await trainingDb();
  const record = await getSession(db, p.session);
  const exercise = exerciseById(p.exercise);
  if (!record || !exercise || !record.doc.exercises.includes(exercise.id)) return null;
  return { db, record, exercise, tables: await tablesFor() };
}

export default function ExercisePage(props: { params: Record<string, string> }): JSX.Element {
  const [data] = createResource(() => ({ session: props.params.session, exercise: props.params.exercise }), load);
  return (
    <section class="page assessment-page wizard-page training-page">
      <Show when={!data.error} fallback={<p role="alert" class="status status-error">{String(data.error)}</p>}>
        <Show when={!data.loading} fallback={<p role="status">{t('common.loading')}</p>}>
          <Show
            when={data()}
            fallback={
              <>
                <h1>{t('training.exerciseNotFound')}</h1>
                <p><a href="#/training">{t('training.back')}</a></p>
              </>
            }
          >
            {(d) => <ExerciseWork data={d()} />}
          </Show>
        </Show>
      </Show>
    </section>
  );
}

function withoutKey<T>(o: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = o;
  return rest;
}

function ExerciseWork(props: { data: Loaded }): JSX.Element {
  const { db, exercise: x, tables } = props.data;
  const sessionHref = `#/training/${encodeURIComponent(props.data.record.id)}`;
  const [problem, setProblem] = createSignal<SaveProblem | null>(null);
  // What has been handed to the saver (the store catches up in order).
  const [current, setCurrent] = createSignal<SessionDraft>({ id: props.data.record.id, doc: props.data.record.doc, progress: props.data.record.progress ?? {} });
  const saver = new SessionSaver(db, props.data.record.rev, (r) => setProblem(r.ok ? null : r));
  const write = (next: SessionDraft) => {
    setCurrent(next);
    saver.schedule(next);
  };

  const answer = (): ScenarioJson | undefined => current().doc.answers[x.id];
  const progress = (): WizardProgress | undefined => current().progress[x.id];
  const [mode, setMode] = createSignal<'wizard' | 'review'>(answer() && !progress() ? 'review' : 'wizard');
  const lx = () => localized(x);
  const cmp = () => comparisonFor(tables, lx(), answer());

  // Where the wizard starts: unfinished input first; else the given answer (trying again); else a
  // new scenario. The exercise names the product, so the wizard opens past it (startAt).
  const wizardStart = () => {
    const p = progress();
    const a = answer();
    if (p) return { scenarios: a ? [a] : [], editId: p.editId, resume: p };
    if (a) return { scenarios: [a], editId: a.id, resume: null };
    return { scenarios: [], editId: undefined, resume: null };
  };

  const onChange = (c: WizardChange) => {
    const cur = current();
    write({ ...cur, progress: c.progress ? { ...cur.progress, [x.id]: c.progress } : withoutKey(cur.progress, x.id) });
  };
  const onDone = (c: WizardChange) => {
    const cur = current();
    const scenario = c.scenarios[c.scenarios.length - 1];
    write({ ...cur, doc: { ...cur.doc, answers: { ...cur.doc.answers, [x.id]: scenario } }, progress: withoutKey(cur.progress, x.id) });
    void saver.flush().then(() => setMode('review'));
  };

  const nextExercise = () => {
    const list = current().doc.exercises;
    const i = list.indexOf(x.id);
    return i >= 0 && i < list.length - 1 ? exerciseById(list[i + 1]) : undefined;
  };

  return (
    <>
      <h1>
        {t('training.exerciseTitle')}
        <span class="h1-sub"> — {lx().product.name}</span>
      </h1>
      <p class="no-print">
        <a href={sessionHref}>{t('training.backToSession')}</a>
      </p>
      <Show when={problem()}>{(p) => <SaveNotice problem={p()} />}</Show>
      <section class="exercise-brief" aria-labelledby="exercise-brief-heading">
        <h2 id="exercise-brief-heading">{t('training.task')}</h2>
        <Show when={lx().product.description}>{(d) => <p>{d()}</p>}</Show>
        <p>{lx().defect}</p>
        <p>
          <strong>{lx().brief}</strong>
        </p>
      </section>
      <Show
        when={mode() === 'review' && cmp()}
        fallback={
          // The start is read once: the wizard owns its input from then on.
          (() => {
            const start = untrack(wizardStart);
            return <ScenarioWizard tables={tables} product={productDraft(untrack(lx).product)} scenarios={start.scenarios} editId={start.editId} resume={start.resume} onChange={onChange} onDone={onDone} singleScenario startAt="hazard" productReadOnly />;
          })()
        }
      >
        {(c) => (
          <Review>
            <ComparisonView tables={tables} cmp={c()} />
            <div class="wizard-buttons no-print">
              <button type="button" class="secondary" data-testid="try-again" onClick={() => setMode('wizard')}>
                {t('training.tryAgain')}
              </button>
              <Show when={nextExercise()} fallback={<a class="button" href={sessionHref}>{t('training.backToSessionShort')}</a>}>
                {(n) => (
                  <a class="button" href={`${sessionHref}/${encodeURIComponent(n().id)}`} data-testid="next-exercise">
                    {t('training.nextExercise', { name: localized(n()).product.name })}
                  </a>
                )}
              </Show>
            </div>
            <ModelAnswer tables={tables} exercise={lx()} />
          </Review>
        )}
      </Show>
    </>
  );
}

/** The review: its heading takes the focus when it appears (the wizard the trainee was in is gone). */
function Review(props: { children: JSX.Element }): JSX.Element {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => requestAnimationFrame(() => heading?.focus()));
  return (
    <section class="exercise-review" aria-labelledby="review-heading" data-testid="exercise-review">
      <h2 id="review-heading" tabindex="-1" ref={heading}>
        {t('training.review')}
      </h2>
      {props.children}
    </section>
  );
}
