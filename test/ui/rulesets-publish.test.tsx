// @vitest-environment jsdom
// "Publish…" on a draft: the impact on the demo cases it would govern from its effective date
// (old beside new), a refusal that lists the failing example and changes nothing, a missing
// effective date named, then publication.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { createSignal } from 'solid-js';
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import { PublishPanel } from '../../src/ui/pages/rulesets/PublishPanel';
import { rulesetsDb } from '../../src/ui/pages/rulesets/data';
import { builtinRuleSetDocument } from '../../src/ui/builtin-documents';
import { copyToEdit, getRuleSet, saveDraftFiles, type StoredRuleSet } from '../../src/store/rule-sets';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

const SEVEN = (t: string) => t.replace('due 10 calendar days after obligatoryAdopted', 'due 7 calendar days after obligatoryAdopted');
const FIXED = (t: string) =>
  SEVEN(t).replace(/(adopted = 2026-02-20 \} \]\n\s+expect classification is article-11\n\s+expect deadline send-notification is )2026-03-02/, '$12026-02-27');

async function draftWith(change: (t: string) => string): Promise<StoredRuleSet> {
  const db = await rulesetsDb();
  const copied = await copyToEdit(db, builtinRuleSetDocument('rapex-2010')!);
  if (!copied.ok) throw new Error('copy failed');
  const files = copied.record.files.map((f) => (f.file.endsWith('deadlines.rules') ? { ...f, text: change(f.text) } : f));
  const saved = await saveDraftFiles(db, copied.record, files);
  if (!saved.ok) throw new Error('save failed');
  return saved.record;
}

function mount(doc: StoredRuleSet) {
  const [published, setPublished] = createSignal<StoredRuleSet | null>(null);
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(() => <PublishPanel doc={doc} files={doc.files} flush={async () => true} onPublished={setPublished} />, root);
  fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
  return published;
}

describe('publishing a draft', () => {
  it('previews the impact, refuses while an example fails, and lists why', async () => {
    const doc = await draftWith(SEVEN);
    const published = mount(doc);
    // Which cases the version governs depends on its effective date: without one, no preview.
    fireEvent.click(screen.getByRole('button', { name: 'Check and preview the impact' }));
    await waitFor(() => expect(screen.getByText(/Enter the effective date first/)).toBeTruthy());
    expect(document.querySelector('[data-testid="impact"]')).toBeNull();
    fireEvent.input(screen.getByLabelText('Effective from'), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check and preview the impact' }));
    const row = await waitFor(() => {
      const r = document.querySelector('tr[data-subject="demo-case-folding-chair"][data-what="deadline send-notification"]');
      expect(r).not.toBeNull();
      return r!;
    }, { timeout: 10_000 });
    expect(row.querySelector('.impact-before')!.textContent).toBe('2026-03-02');
    expect(row.querySelector('.impact-after')!.textContent).toBe('2026-02-27');
    expect(document.querySelector('.publish-problems')!.textContent).toMatch(/deadlines\.rules:\d+:\d+: example "Article 11 measure adopted 2026-02-20: by 2026-03-02"/);

    // The undecided demo case is governed, once its date comes; old beside new, with the reason.
    expect(row.querySelector('.impact-scope')!.textContent).toBe('not decided yet: governed if still undecided on January 1, 2027');
    expect(document.querySelector('[data-testid="impact"]')!.textContent).toContain('Compared with rapex-2010@builtin, the version in force on January 1, 2027');

    // A changed date makes the preview stale: publishing waits for a new one.
    fireEvent.input(screen.getByLabelText('Effective from'), { target: { value: '2027-02-01' } });
    await waitFor(() => expect(screen.getByText(/the effective date changed since the preview/)).toBeTruthy());
    expect(screen.queryByRole('button', { name: `Publish ${doc.id}` })).toBeNull();
    fireEvent.input(screen.getByLabelText('Effective from'), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: `Publish ${doc.id}` }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('expected deadline send-notification is 2026-03-02, got 2026-02-27'));
    expect(published()).toBeNull();
    expect((await getRuleSet(await rulesetsDb(), doc.id))?.status).toBe('draft');
  });

  it('publishes a clean draft with its effective date and note', async () => {
    const doc = await draftWith(FIXED);
    const published = mount(doc);
    fireEvent.input(screen.getByLabelText('Effective from'), { target: { value: '2027-01-01' } });
    fireEvent.input(screen.getByLabelText('Note: what changed and why'), { target: { value: 'Article 11: seven days' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check and preview the impact' }));
    await waitFor(() => expect(document.querySelector('[data-testid="impact"]')).not.toBeNull(), { timeout: 10_000 });
    expect(document.querySelector('.publish-problems')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Publish ${doc.id}` }));
    await waitFor(() => expect(published()).not.toBeNull());
    expect(published()).toMatchObject({ id: doc.id, status: 'published', effectiveFrom: '2027-01-01', note: 'Article 11: seven days' });
    expect(await getRuleSet(await rulesetsDb(), doc.id)).toMatchObject({ status: 'published', effectiveFrom: '2027-01-01' });
  });
});
