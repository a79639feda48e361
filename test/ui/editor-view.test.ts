// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hoverContent } from '../../src/ui/editor/hover';
import { openSearchPanel, replaceAll, setSearchQuery, SearchQuery } from '@codemirror/search';
import { createRuleEditor, type RuleEditorHandle } from '../../src/ui/editor/setup';

let handle: RuleEditorHandle | undefined;
afterEach(() => {
  handle?.destroy();
  handle = undefined;
  document.body.replaceChildren();
});

function mount(readOnly: boolean, onChange = vi.fn(), analyse = vi.fn(() => [])) {
  const parent = document.createElement('div');
  document.body.append(parent);
  handle = createRuleEditor(parent, { text: 'condition a = true\n', readOnly, ariaLabel: 'Rule file a.rules', onChange, analyse, symbols: () => [], phrases: { Find: 'Suchen', 'replace all': 'alle ersetzen' }, wrap: false });
  return { parent, onChange, analyse };
}

describe('rule editor view', () => {
  it('shows the text, read-only and still keyboard-reachable, with its accessible name', () => {
    const { parent } = mount(true);
    const content = parent.querySelector('.cm-content')!;
    expect(content.textContent).toBe('condition a = true');
    expect(content.getAttribute('contenteditable')).toBe('false');
    expect(content.getAttribute('tabindex')).toBe('0');
    expect(content.getAttribute('aria-label')).toBe('Rule file a.rules');
    expect(handle!.view.state.readOnly).toBe(true);
    handle!.setReadOnly(false);
    expect(handle!.view.state.readOnly).toBe(false);
    expect(content.getAttribute('contenteditable')).toBe('true');
  });

  it('reports the user’s edits but not a text replaced by the page', () => {
    const { onChange } = mount(false);
    handle!.view.dispatch({ changes: { from: 0, insert: '-- note\n' } });
    expect(onChange).toHaveBeenLastCalledWith('-- note\ncondition a = true\n');
    onChange.mockClear();
    handle!.setText('condition b = false\n');
    expect(handle!.view.state.doc.toString()).toBe('condition b = false\n');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('searches and replaces all in the app’s language, and wraps lines on demand', () => {
    const { parent, onChange } = mount(false);
    handle!.setText('condition a = true\ncondition aa = a\n');
    expect(openSearchPanel(handle!.view)).toBe(true);
    const field = parent.querySelector<HTMLInputElement>('.cm-search input[name=search]')!;
    expect(field.getAttribute('placeholder')).toBe('Suchen');
    expect(parent.querySelector('.cm-search button[name=replaceAll]')!.textContent).toBe('alle ersetzen');
    handle!.view.dispatch({ effects: setSearchQuery.of(new SearchQuery({ search: 'condition', replace: 'value' })) });
    expect(replaceAll(handle!.view)).toBe(true);
    expect(onChange).toHaveBeenLastCalledWith('value a = true\nvalue aa = a\n');
    // A language switch reconfigures the phrases: the panel built next speaks the new language.
    handle!.setPhrases({ Find: 'Rechercher' });
    expect(handle!.view.state.phrase('Find')).toBe('Rechercher');
    expect(parent.querySelector('.cm-editor')!.classList.contains('cm-lineWrapping')).toBe(false);
    expect(handle!.view.contentDOM.classList.contains('cm-lineWrapping')).toBe(false);
    handle!.setWrap(true);
    expect(handle!.view.contentDOM.classList.contains('cm-lineWrapping')).toBe(true);
    handle!.setWrap(false);
    expect(handle!.view.contentDOM.classList.contains('cm-lineWrapping')).toBe(false);
  });
});

describe('hover content', () => {
  it('shows kind, label and citation as text, never as markup', () => {
    const box = hoverContent([
      { name: 'seriousRisk', kind: 'condition', type: 'boolean', label: { en: '<img src=x onerror=alert(1)>' }, cites: 'Part II, 2.3', loc: { file: 'f', line: 1, column: 1, offset: 0, endOffset: 1 } },
    ]);
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(box.textContent).toContain('seriousRisk condition · boolean');
    expect(box.textContent).toContain('Cites: Part II, 2.3');
  });
});
