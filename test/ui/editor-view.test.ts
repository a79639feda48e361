// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hoverContent } from '../../src/ui/editor/hover';
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
  handle = createRuleEditor(parent, { text: 'condition a = true\n', readOnly, ariaLabel: 'Rule file a.rules', onChange, analyse, symbols: () => [] });
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
