// @vitest-environment jsdom
// The wizard page with @testing-library/dom: errors linked to their fields, the live preview, and
// the machine driving the page (real rule set, fake IndexedDB).
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import WizardPage from '../../src/ui/pages/assessment/WizardPage';
import AssessmentPage from '../../src/ui/pages/assessment/AssessmentPage';
import { assessmentDb } from '../../src/ui/pages/assessment/data';
import { getAssessment } from '../../src/store/assessments';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mount(node: () => unknown) {
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(node as never, root);
  return root;
}

describe('wizard page', () => {
  it('edits the hammer: a bad probability is reported on its field, a good one updates the risk', async () => {
    mount(() => <WizardPage params={{ id: 'demo-hammer', scenarioId: 's1' }} />);
    // The page first reads the method of the assessment's regime (compiling the rule sets once), then the step wizard.
    const name = (await screen.findByLabelText(/Product name/, undefined, { timeout: 5000 })) as HTMLInputElement;
    expect(name.value).toBe('Hammer');
    fireEvent.click(screen.getByRole('button', { name: /Steps to injury/ }));
    const p1 = (await screen.findByLabelText(/^Probability/, { selector: '#wz-steps-0-probability' })) as HTMLInputElement;
    expect(p1.value).toBe('1/10');
    expect(screen.getByTestId('live-risk').textContent).toBe('High risk');

    fireEvent.input(p1, { target: { value: '1.5' } });
    expect(screen.getByTestId('live-preview').textContent).toMatch(/appears when every step/);
    fireEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => expect(p1.getAttribute('aria-invalid')).toBe('true'));
    const errorId = p1.getAttribute('aria-describedby')!.split(' ')[0];
    expect(document.getElementById(errorId)!.textContent).toContain('“1.5” is above 1');

    fireEvent.input(p1, { target: { value: '1' } });
    expect(p1.getAttribute('aria-invalid')).toBeNull();
    // ×10 on one step: 1/600 is band 4 → serious at severity 3
    await waitFor(() => expect(screen.getByTestId('live-risk').textContent).toBe('Serious risk'));
  });

  it('moves, removes and adds steps from the keyboard-operable buttons', async () => {
    mount(() => <WizardPage params={{ id: 'demo-folding-chair', scenarioId: 's1' }} />);
    await screen.findByLabelText(/Product name/);
    fireEvent.click(screen.getByRole('button', { name: /Steps to injury/ }));
    await screen.findByRole('button', { name: 'Up (step 3)' });
    expect((screen.getByRole('button', { name: 'Up (step 1)' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Up (step 3)' }));
    const values = () => [...document.querySelectorAll<HTMLInputElement>('[id$="-probability"]')].map((i) => i.value);
    await waitFor(() => expect(values()).toEqual(['1', '1/10', '1/50']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove (step 1)' }));
    await waitFor(() => expect(values()).toEqual(['1/10', '1/50']));
    fireEvent.click(screen.getByTestId('add-step'));
    await waitFor(() => expect(values()).toEqual(['1/10', '1/50', '']));
  });

  it('finishing saves the scenario and the assessment page shows the product risk', async () => {
    mount(() => <WizardPage params={{ id: 'demo-socket-protectors', scenarioId: 's1' }} />);
    await screen.findByLabelText(/Product name/);
    fireEvent.click(screen.getByRole('button', { name: /Injury and severity/ }));
    fireEvent.click(await screen.findByTestId('wizard-next'));
    const risk = await screen.findByTestId('wizard-risk');
    expect(risk.textContent).toBe('Serious risk');
    const table = screen.getByRole('table', { name: /How sure must I be/ });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    fireEvent.click(screen.getByTestId('wizard-finish'));
    await waitFor(async () => {
      const rec = await getAssessment(await assessmentDb(), 'demo-socket-protectors');
      expect(rec?.wizard).toBeNull();
      expect(rec?.rev).toBeGreaterThan(1);
    });
    dispose?.();
    document.body.innerHTML = '';
    mount(() => <AssessmentPage params={{ id: 'demo-socket-protectors' }} />);
    await waitFor(() => expect(screen.getByTestId('product-risk').textContent).toContain('Serious risk'));
    expect(document.querySelector('[data-scenario="s1"] .fraction')!.textContent).toBe('27/160\u202f000');
  });
});
