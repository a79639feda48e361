// @vitest-environment jsdom
// Training pages with @testing-library/dom (real rule set, fake IndexedDB): a trainer creates a
// session; a trainee works through an exercise in the wizard and sees the comparison with the
// model; the session page shows each exercise's state; a bad session file is refused by field.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import TrainingListPage from '../../src/ui/pages/training/TrainingListPage';
import SessionPage from '../../src/ui/pages/training/SessionPage';
import ExercisePage from '../../src/ui/pages/training/ExercisePage';
import ResultsPage from '../../src/ui/pages/training/ResultsPage';
import { trainingDb } from '../../src/ui/pages/training/data';
import { getSession, listSessions, saveSession } from '../../src/store/sessions';
import { newSession } from '../../src/domain/training/session';
import { exerciseById } from '../../src/domain/training/exercises';
import { emptyDraft } from '../../src/domain/risk/draft';
import { setLang } from '../../src/ui/i18n';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});
function mount(node: () => unknown) {
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(node as never, root);
}
let n = 0;
const uid = (p: string) => `${p}-${Date.now()}-${n++}`;

describe('training list page', () => {
  it('a session needs a title and an exercise; then it is created from the chosen exercises in catalogue order', async () => {
    mount(() => <TrainingListPage />);
    const title = (await screen.findByLabelText(/^Session/)) as HTMLInputElement;
    fireEvent.click(screen.getByTestId('create-session'));
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(title.getAttribute('aria-describedby')!)!.textContent).toBe('Give the session a title.');
    fireEvent.input(title, { target: { value: 'Course A' } });
    expect(title.getAttribute('aria-invalid')).toBeNull();
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    fireEvent.click(screen.getByTestId('create-session'));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose at least one exercise.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Decorative pillar candle' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hammer' }));
    fireEvent.click(screen.getByTestId('create-session'));
    await waitFor(async () => {
      const s = (await listSessions(await trainingDb())).find((r) => r.doc.title === 'Course A');
      expect(s?.doc.exercises).toEqual(['hammer', 'flaring-candle']);
    });
  });

  it('a bad session file is refused, naming each bad field, and nothing is written', async () => {
    mount(() => <TrainingListPage />);
    const input = (await screen.findByTestId('import-session')) as HTMLInputElement;
    const before = (await listSessions(await trainingDb())).length;
    const bad = { ...newSession('Bad', ['hammer', 'unknown-thing']), answers: { hammer: { ...exerciseById('hammer')!.model, severity: 0 } } };
    const file = new File([JSON.stringify(bad)], 'bad.session.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByTestId('import-errors');
    expect(alert.textContent).toContain('exercises[1]');
    expect(alert.textContent).toContain('unknown exercise "unknown-thing"');
    expect((await listSessions(await trainingDb())).length).toBe(before);
  });
});

describe('exercise page', () => {
  it('a stored answer with step 2 at 1 instead of 1/10 is compared: that step ×10, one band and one risk level higher', async () => {
    const id = uid('tb');
    const answer = structuredClone(exerciseById('hammer')!.model);
    answer.steps[1] = { text: 'A piece hits the user', probability: '1' };
    const doc = newSession('Course B', ['hammer', 'kettle-lid']);
    doc.answers.hammer = answer;
    await saveSession(await trainingDb(), { id, doc, progress: {} }, 0);
    mount(() => <ExercisePage params={{ session: id, exercise: 'hammer' }} />);
    const verdict = await screen.findByTestId('comparison-verdict');
    expect(verdict.textContent).toBe('Your answer gives Serious risk; the model answer gives High risk — 1 level higher.');
    expect(screen.getByTestId('comparison-largest').textContent).toBe('The largest difference is at step 2 (“A piece of the head flies towards the user and hits the upper body”): 10× the model’s.');
    const whole = screen.getByTestId('comparison-whole');
    const row = (name: string) => within(whole).getByRole('rowheader', { name }).closest('tr')!.textContent!;
    expect(row('Probability')).toContain('1/6\u202f000');
    expect(row('Probability')).toContain('1/600');
    expect(row('Band')).toContain('1 band higher');
    expect(row('Severity')).toContain('same level');
    expect(row('Risk')).toContain('1 level higher');
    const steps = within(screen.getByTestId('comparison-steps')).getAllByRole('row');
    expect(steps.map((r) => r.lastElementChild!.textContent)).toEqual(['Difference', 'same probability', '10× the model’s', 'same probability', 'same probability']);
    // The model answer, with its evidence and the band and risk the rule set gives.
    const model = screen.getByTestId('model-answer');
    expect(model.textContent).toContain('The eyes are about 1/20 of the area of the head.');
    expect(screen.getByTestId('model-risk').textContent).toMatch(/1\/6\u202f000.*High risk/);
    expect(screen.getByTestId('next-exercise').getAttribute('href')).toBe(`#/training/${id}/kettle-lid`);
  });

  it('follows a language switch: the comparison in German and French', async () => {
    const id = uid('tl');
    const answer = structuredClone(exerciseById('hammer')!.model);
    answer.steps[1].probability = '1';
    const doc = newSession('Kurs', ['hammer']);
    doc.answers.hammer = answer;
    await saveSession(await trainingDb(), { id, doc, progress: {} }, 0);
    mount(() => <ExercisePage params={{ session: id, exercise: 'hammer' }} />);
    const verdict = await screen.findByTestId('comparison-verdict');
    try {
      setLang('de');
      await waitFor(() => expect(verdict.textContent).toBe('Ihre Antwort ergibt Ernstes Risiko; die Musterlösung ergibt Hohes Risiko — 1 Stufe höher.'));
      expect(screen.getByTestId('comparison-largest').textContent).toContain('10-mal so hoch wie in der Musterlösung');
      // the exercise itself follows too: the model's step text and the task
      expect(screen.getByTestId('comparison-largest').textContent).toContain('„Ein Stück des Kopfes fliegt zum Benutzer und trifft den Oberkörper“');
      expect(screen.getByTestId('model-answer').textContent).toContain('Die Augen sind etwa 1/20 der Fläche des Kopfes.');
      setLang('fr');
      await waitFor(() => expect(verdict.textContent).toBe('Votre réponse donne Risque grave ; le corrigé donne Risque élevé — 1 niveau plus haut.'));
    } finally {
      setLang('en');
    }
  });

  it('a trainee works through an exercise in the wizard; the answer is saved and compared', async () => {
    const id = uid('tw');
    await saveSession(await trainingDb(), { id, doc: newSession('Course C', ['bicycle-helmet']), progress: {} }, 0);
    mount(() => <ExercisePage params={{ session: id, exercise: 'bicycle-helmet' }} />);
    // The product is given: the wizard starts at the hazard.
    const hazard = (await screen.findByLabelText(/^Hazard group/)) as HTMLSelectElement;
    fireEvent.change(hazard, { target: { value: 'safety-function-failure' } });
    await waitFor(async () => expect((await getSession(await trainingDb(), id))?.progress['bicycle-helmet']?.draft.hazard).toBe('safety-function-failure'));
    fireEvent.click(screen.getByTestId('wizard-next'));
    fireEvent.change(await screen.findByLabelText(/^Consumer/), { target: { value: 'adult' } });
    fireEvent.click(screen.getByTestId('wizard-next'));
    const probs = ['1/10', '1/10', '1/100'];
    for (let i = 0; i < probs.length; i++) {
      if (i > 0) fireEvent.click(screen.getByTestId('add-step'));
      fireEvent.input(await screen.findByLabelText(/^What happens/, { selector: `#wz-steps-${i}-text` }), { target: { value: `step ${i + 1}` } });
      fireEvent.input(screen.getByLabelText(/^Probability/, { selector: `#wz-steps-${i}-probability` }), { target: { value: probs[i] } });
    }
    fireEvent.click(screen.getByTestId('wizard-next'));
    fireEvent.change(await screen.findByLabelText('Type of injury'), { target: { value: 'concussion' } });
    fireEvent.click(await screen.findByRole('radio', { name: /longer unconsciousness/ }));
    fireEvent.input(screen.getByLabelText(/^Injury \*/), { target: { value: 'Concussion' } });
    fireEvent.click(screen.getByTestId('wizard-next'));
    fireEvent.click(await screen.findByTestId('wizard-finish'));
    const verdict = await screen.findByTestId('comparison-verdict');
    // 1/10 000 against the model's 1/1 000: band 6, medium instead of high
    expect(verdict.textContent).toBe('Your answer gives Medium risk; the model answer gives High risk — 1 level lower.');
    expect(screen.getByTestId('comparison-largest').textContent).toContain('step 3');
    expect(screen.getByTestId('comparison-largest').textContent).toContain('10× lower than the model’s');
    const stored = await getSession(await trainingDb(), id);
    expect(stored?.doc.answers['bicycle-helmet'].steps.map((s) => s.probability)).toEqual(probs);
    expect(stored?.progress['bicycle-helmet']).toBeUndefined();
    // Try again: the wizard comes back past the product, with the answer in it.
    fireEvent.click(screen.getByTestId('try-again'));
    expect(((await screen.findByLabelText(/^Hazard group/)) as HTMLSelectElement).value).toBe('safety-function-failure');
    // The product is the exercise's: shown, not editable.
    fireEvent.click(screen.getByRole('button', { name: 'Product' }));
    expect((await screen.findByTestId('wizard-product')).textContent).toContain('Bicycle helmet, size M');
    expect(screen.queryByLabelText(/Product name/)).toBeNull();
  });
});

describe('unfinished input', () => {
  it('a trainee who left mid-wizard comes back to the same section with the input kept', async () => {
    const id = uid('tr');
    const draft = { ...emptyDraft('s1', 'k1'), title: 'Eye comes off', hazard: 'size-shape-surface' };
    await saveSession(await trainingDb(), { id, doc: newSession('Course E', ['toy-small-parts']), progress: { 'toy-small-parts': { at: 'consumer', draft } } }, 0);
    mount(() => <ExercisePage params={{ session: id, exercise: 'toy-small-parts' }} />);
    const consumer = (await screen.findByLabelText(/^Consumer/)) as HTMLSelectElement;
    expect(document.getElementById('wizard-section-heading')!.textContent).toBe('Consumer');
    fireEvent.change(consumer, { target: { value: 'very-young-children' } });
    await waitFor(async () => {
      const p = (await getSession(await trainingDb(), id))?.progress['toy-small-parts'];
      expect([p?.draft.title, p?.draft.hazard, p?.draft.consumer]).toEqual(['Eye comes off', 'size-shape-surface', 'very-young-children']);
    });
  });
});

describe('deleting a session', () => {
  it('asks in the row first; cancel keeps it, confirm deletes it', async () => {
    const id = uid('td');
    await saveSession(await trainingDb(), { id, doc: newSession('To be deleted', ['hammer']), progress: {} }, 0);
    mount(() => <TrainingListPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete session To be deleted' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await getSession(await trainingDb(), id)).toBeDefined();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete session To be deleted' }));
    fireEvent.click(await screen.findByTestId('confirm-delete'));
    await waitFor(async () => expect(await getSession(await trainingDb(), id)).toBeUndefined());
    await waitFor(() => expect(screen.queryByRole('link', { name: 'To be deleted' })).toBeNull());
  });
});

describe('session page', () => {
  it('shows each exercise’s state and saves the trainee’s name', async () => {
    const id = uid('ts');
    const doc = newSession('Course D', ['hammer', 'kettle-lid', 'hob-cleaner']);
    doc.answers.hammer = exerciseById('hammer')!.model;
    await saveSession(await trainingDb(), { id, doc, progress: { 'kettle-lid': { at: 'consumer', draft: emptyDraft('s1', 'k1') } } }, 0);
    mount(() => <SessionPage params={{ session: id }} />);
    await screen.findByRole('heading', { name: 'Course D' });
    const card = (x: string) => document.querySelector<HTMLElement>(`[data-exercise="${x}"]`)!;
    expect(['hammer', 'kettle-lid', 'hob-cleaner'].map((x) => card(x).dataset.status)).toEqual(['answered', 'inProgress', 'notStarted']);
    expect(card('hammer').textContent).toContain('Your answer is the model answer: High risk.');
    expect(within(card('kettle-lid')).getByRole('link', { name: 'Continue the exercise Electric kettle, 1.7 l' }).getAttribute('href')).toBe(`#/training/${id}/kettle-lid`);
    expect(screen.getByTestId('session-progress').textContent).toBe('1 of 3 exercises answered');
    fireEvent.change(screen.getByLabelText('Trainee’s name'), { target: { value: ' Ana Ruiz ' } });
    await waitFor(async () => expect((await getSession(await trainingDb(), id))?.doc.trainee).toBe('Ana Ruiz'));
  });
});

describe('results page', () => {
  it('lists every collected answer per exercise against the model row', async () => {
    const db = await trainingDb();
    const ana = newSession('Course F', ['socket-protectors']);
    ana.trainee = 'Ana F';
    ana.answers['socket-protectors'] = { ...exerciseById('socket-protectors')!.model, severity: 3, suggestedSeverity: 3 };
    const ben = newSession('Course F', ['socket-protectors']);
    ben.trainee = 'Ben F';
    const benAnswer = structuredClone(exerciseById('socket-protectors')!.model);
    benAnswer.steps[1].probability = '1'; // ×10: 27/16 000, band 4
    ben.answers['socket-protectors'] = benAnswer;
    await saveSession(db, { id: uid('ra'), doc: ana, progress: {} }, 0);
    await saveSession(db, { id: uid('rb'), doc: ben, progress: {} }, 0);
    mount(() => <ResultsPage />);
    const section = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-exercise="socket-protectors"]');
      if (!el) throw new Error('no socket protectors results yet');
      return el;
    });
    const row = (name: string) => within(section).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!.textContent!;
    expect(row('Model answer')).toContain('27/160\u202f000');
    expect(row('Model answer')).toContain('Serious risk');
    expect(row('Ana F')).toContain('Severity 3 — 1 level lower');
    expect(row('Ana F')).toContain('High risk — 1 level lower'); // band 5 × severity 3
    expect(row('Ben F')).toContain('10× the model’s');
    expect(row('Ben F')).toMatch(/4 \(> 1\/1.000\) — 1 band higher/);
  });
});
