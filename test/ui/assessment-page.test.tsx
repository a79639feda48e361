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
  it('shows the folding chair: four scenarios, the 1/6000 one is the product risk', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    dispose = render(() => <AssessmentPage params={{ id: 'demo-folding-chair' }} />, root);
    await waitFor(() => expect(screen.getByTestId('product-risk').textContent).toContain('High risk'));
    const rows = [...document.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-scenario'))).toEqual(['s1', 's2', 's3', 's4']);
    const s4 = rows[3];
    expect(s4.classList.contains('is-product-risk')).toBe(true);
    expect(s4.textContent).toContain('1/6\u202f000');
    expect(s4.textContent).toContain('1 in 6\u202f000');
    expect(rows[0].textContent).toContain('may need its own measure');

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove (scenario s4)' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect((await getAssessment(await assessmentDb(), 'demo-folding-chair'))?.doc.scenarios).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Remove (scenario s4)' }));
    await waitFor(() => expect(screen.getByTestId('product-risk').textContent).toContain('Low risk'));
    expect((await getAssessment(await assessmentDb(), 'demo-folding-chair'))?.doc.scenarios.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });
});
