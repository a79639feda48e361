// @vitest-environment jsdom
// The rapex-2004 wizard component renders what the domain decides: the probability class once
// both inputs are chosen, Table B's category of a named person, a judgement refused without its
// reason; and it hands back the interchange scenario.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { fireEvent, screen } from '@testing-library/dom';
import { Wizard2004, type Wizard2004Done } from '../../src/ui/pages/assessment/Wizard2004';
import { risk2004Tables } from '../../src/domain/risk/tables-2004';
import { ruleSet } from '../helpers/regimes';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

describe('Wizard2004', () => {
  it('shows the probability class, refuses a judgement without reason, then saves', () => {
    const done: Wizard2004Done[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    dispose = render(() => <Wizard2004 tables={risk2004Tables(ruleSet('rapex-2004'))} productName="Toy" scenarios={[]} onDone={(d) => done.push(d)} />, root);
    expect(screen.getByTestId('probability-class').textContent).toContain('choose the defect probability');
    fireEvent.input(screen.getByLabelText(/^Injury/), { target: { value: 'cut' } });
    fireEvent.click(screen.getByRole('radio', { name: /^1 % of the products/ }));
    fireEvent.click(screen.getByRole('radio', { name: /one improbable situation/ }));
    expect(screen.getByTestId('probability-class').textContent).toContain('Low');
    fireEvent.click(screen.getByRole('radio', { name: /^Slight/ }));
    fireEvent.change(screen.getByLabelText('The consumer is'), { target: { value: 'partly-sighted' } });
    expect(screen.getByTestId('vulnerability').textContent).toContain('Vulnerable');
    fireEvent.change(screen.getByLabelText('Risk'), { target: { value: 'low' } });
    fireEvent.click(screen.getByTestId('save-2004'));
    expect(done).toEqual([]);
    expect(screen.getByTestId('wizard-2004-missing').textContent).toContain('the reason for the judgement');
    fireEvent.input(screen.getByLabelText(/^Reason/), { target: { value: 'minor cut, unlikely' } });
    fireEvent.click(screen.getByTestId('save-2004'));
    expect(done).toEqual([
      {
        productName: 'Toy',
        scenarios: [{ id: 's1', injury: 'cut', defectProbability: '1%', exposure: 'improbable-or-two-conditions', severity: 'slight', vulnerablePerson: 'partly-sighted', vulnerability: 'vulnerable', judgement: { risk: 'low', reason: 'minor cut, unlikely' } }],
      },
    ]);
  });
});
