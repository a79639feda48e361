// Hover over a name: what it is, its label and the chapter of the law it cites.
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import type { SymbolInfo } from '../../rules/api';
import { ruleLabel, t } from '../i18n';
import { symbolsNamed, wordAt } from './analysis';

/** The tooltip's content, built with text nodes only (rule text is user text: no innerHTML). */
export function hoverContent(symbols: readonly SymbolInfo[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'rules-hover';
  for (const s of symbols) {
    const item = document.createElement('div');
    const head = document.createElement('strong');
    head.textContent = s.name;
    const kind = document.createElement('span');
    kind.className = 'rules-hover-kind';
    kind.textContent = ` ${t(`rulesEditor.kind.${s.kind}`)}${s.type ? ` · ${s.type}` : ''}`;
    item.append(head, kind);
    const label = s.label ? ruleLabel(s.label, '') : '';
    if (label) {
      const p = document.createElement('div');
      p.textContent = label;
      item.append(p);
    }
    const cites = document.createElement('div');
    cites.className = 'rules-hover-cites';
    cites.textContent = s.cites ? t('rulesEditor.hover.cites', { cites: s.cites }) : t('rulesEditor.hover.noCites');
    item.append(cites);
    box.append(item);
  }
  return box;
}

export function rulesHover(currentSymbols: () => readonly SymbolInfo[]) {
  return hoverTooltip((view, pos): Tooltip | null => {
    const line = view.state.doc.lineAt(pos);
    const w = wordAt(line.text, pos - line.from);
    if (!w) return null;
    const found = symbolsNamed(currentSymbols(), w.dotted, w.word);
    if (found.length === 0) return null;
    return { pos: line.from + w.from, end: line.from + w.to, above: true, create: () => ({ dom: hoverContent(found) }) };
  });
}
