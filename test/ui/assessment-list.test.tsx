// @vitest-environment jsdom
// The assessments list: the worked examples on first run, and an import that is checked in full
// before anything is written.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import AssessmentsListPage from '../../src/ui/pages/assessment/AssessmentsListPage';
import { assessmentDb } from '../../src/ui/pages/assessment/data';
import { listAssessments } from '../../src/store/assessments';
import { hammer } from '../../src/demo/assessments';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(() => <AssessmentsListPage />, root);
}

function chooseFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'import.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('assessments list', () => {
  it('lists the worked examples with their product risk', async () => {
    mount();
    // The first render compiles every built-in regime: allow for a busy machine.
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(3), { timeout: 10_000 });
    const row = screen.getByRole('link', { name: 'Socket protectors' }).closest('tr')!;
    expect(row.textContent).toContain('Serious risk');
    expect(screen.getByRole('link', { name: 'Hammer' }).closest('tr')!.textContent).toContain('High risk');
  });

  it('a bad file names the field and writes nothing; a good one is added', async () => {
    mount();
    // The first render compiles every built-in regime: allow for a busy machine.
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(3), { timeout: 10_000 });
    const db = await assessmentDb();
    const before = (await listAssessments(db)).length;
    const bad = structuredClone(hammer);
    bad.scenarios[0].steps[1].probability = '-1/2';
    chooseFile(screen.getByTestId('import-file') as HTMLInputElement, JSON.stringify([hammer, bad]));
    const alert = await screen.findByTestId('import-errors');
    expect(alert.textContent).toContain('[1].scenarios[0].steps[1].probability');
    expect(alert.textContent).toContain('negative');
    expect((await listAssessments(db)).length).toBe(before);

    chooseFile(screen.getByTestId('import-file') as HTMLInputElement, JSON.stringify(hammer));
    await screen.findByText(/^1 assessment imported/);
    expect((await listAssessments(db)).length).toBe(before + 1);
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(before + 1));
  });
});
