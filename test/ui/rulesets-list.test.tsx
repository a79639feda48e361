// @vitest-environment jsdom
// The rule-set versions list: the built-in version of each regime, import of a rule-set file
// (a bad one names its problem and writes nothing), copy to edit.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import RuleSetsListPage from '../../src/ui/pages/rulesets/RuleSetsListPage';
import { rulesetsDb } from '../../src/ui/pages/rulesets/data';
import { builtinRuleSetDocument } from '../../src/ui/builtin-documents';
import { exportRuleSet } from '../../src/store/rule-sets';
import { listRuleSets } from '../../src/store/rule-sets';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(() => <RuleSetsListPage />, root);
}

function chooseFile(text: string, name = 'import.json') {
  const input = screen.getByLabelText('Import a rule-set file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const row = (id: string) => document.querySelector(`tr[data-id="${id}"]`);

describe('rule-set versions list', () => {
  it('lists the built-in version of every regime, read-only and in force', async () => {
    mount();
    // The first test loads every built-in regime: on a loaded machine that takes more than waitFor's default second.
    await waitFor(() => expect(row('rapex-2010@builtin')).not.toBeNull(), { timeout: 15_000 });
    for (const id of ['rapex-2004@builtin', 'gpsr-2024@builtin']) expect(row(id)).not.toBeNull();
    const cells = [...row('rapex-2010@builtin')!.querySelectorAll('td')].map((c) => c.textContent);
    expect(cells[0]).toBe('Built-in in force today');
    expect(row('rapex-2010@builtin')!.querySelector('a')!.getAttribute('href')).toBe('#/rulesets/rapex-2010@builtin');
    expect(row('rapex-2010@builtin')!.querySelector('a')!.textContent).toBe('View');
  });

  it('refuses a file that is not JSON or not a rule-set export, naming the problem, writing nothing', async () => {
    mount();
    await waitFor(() => expect(row('rapex-2010@builtin')).not.toBeNull());
    chooseFile('{ not json', 'broken.json');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/“broken\.json” was not imported.*not valid JSON/));
    const doc = builtinRuleSetDocument('rapex-2010')!;
    const bad = await exportRuleSet({ ...doc, status: 'published', effectiveFrom: '2026-02-30' });
    chooseFile(JSON.stringify(bad), 'bad-date.json');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('document.effectiveFrom: "2026-02-30" is not a calendar date'));
    expect(await listRuleSets(await rulesetsDb())).toEqual([]);
  });

  it('imports a rule-set file as a new draft and lists it', async () => {
    mount();
    await waitFor(() => expect(row('rapex-2010@builtin')).not.toBeNull());
    const doc = builtinRuleSetDocument('rapex-2010')!;
    chooseFile(JSON.stringify(await exportRuleSet(doc)), 'rapex.json');
    await waitFor(() => expect(row('rapex-2010@1')).not.toBeNull());
    expect(row('rapex-2010@1')!.getAttribute('data-status')).toBe('draft');
    expect([...row('rapex-2010@1')!.querySelectorAll('td')].map((c) => c.textContent).slice(0, 3)).toEqual(['Draft', '—', 'rapex-2010@builtin']);
    expect(screen.getByRole('status').textContent).toContain('“rapex.json” was imported as the draft rapex-2010@1.');
    const stored = await listRuleSets(await rulesetsDb(), 'rapex-2010');
    expect(stored.map((d) => [d.id, d.status, d.files.length])).toEqual([['rapex-2010@1', 'draft', doc.files.length]]);
  });

  it('copies a version to edit as the next draft and opens it', async () => {
    mount();
    await waitFor(() => expect(row('rapex-2004@builtin')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Copy to edit: rapex-2004@builtin' }));
    await waitFor(() => expect(location.hash).toBe('#/rulesets/rapex-2004@1'));
    const stored = await listRuleSets(await rulesetsDb(), 'rapex-2004');
    expect(stored.map((d) => [d.id, d.status, d.basedOn])).toEqual([['rapex-2004@1', 'draft', 'rapex-2004@builtin']]);
  });
});
