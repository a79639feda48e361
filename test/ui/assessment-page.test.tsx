// @vitest-environment jsdom
// The assessment page: scenarios with fraction and "1 in N", the highest marked as the product's
// risk, lower ones flagged; removing a scenario asks first and recomputes the product's risk.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'solid-js/web';
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import AssessmentPage from '../../src/ui/pages/assessment/AssessmentPage';
import { assessmentDb } from '../../src/ui/pages/assessment/data';
import { getAssessment } from '../../src/store/assessments';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('assessment page', () => {
  it('shows the folding chair: the six scenarios of the guidelines, the two at 1/6000 are the product risk', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    dispose = render(() => <AssessmentPage params={{ id: 'demo-folding-chair' }} />, root);
    await waitFor(() => expect(screen.getByTestId('product-risk').textContent).toContain('High risk'));
    const rows = [...document.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-scenario'))).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(rows.map((r) => r.classList.contains('is-product-risk'))).toEqual([false, false, false, false, true, true]);
    expect(rows[4].textContent).toContain('1/6\u202f000');
    expect(rows[4].textContent).toContain('1 in 6,000');
    expect(rows[0].textContent).toContain('may need its own measure');

    // Removing asks first; the product risk follows what is left.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove (scenario s6)' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect((await getAssessment(await assessmentDb(), 'demo-folding-chair'))?.doc.scenarios).toHaveLength(6);
    fireEvent.click(screen.getByRole('button', { name: 'Remove (scenario s6)' }));
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(5));
    expect(screen.getByTestId('product-risk').textContent).toContain('High risk');
    fireEvent.click(screen.getByRole('button', { name: 'Remove (scenario s5)' }));
    await waitFor(() => expect(screen.getByTestId('product-risk').textContent).toContain('Low risk'));
    await waitFor(async () => expect((await getAssessment(await assessmentDb(), 'demo-folding-chair'))?.doc.scenarios.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']));
  });
});
