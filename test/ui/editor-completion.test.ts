import { describe, expect, it } from 'vitest';
import type { SymbolInfo } from '../../src/rules/api';
import { completionOptions } from '../../src/ui/editor/completion';

const loc = { file: 'f', line: 1, column: 1, offset: 0, endOffset: 1 };

describe('rule editor completion', () => {
  it('offers each symbol once, with its type and citation, then the keywords', () => {
    const symbols: SymbolInfo[] = [
      { name: 'seriousRisk', kind: 'condition', type: 'boolean', label: { en: 'serious risk' }, cites: 'Part II, 2.3', loc },
      { name: 'seriousRisk', kind: 'condition', type: 'boolean', loc },
      { name: 'case.crossBorder', kind: 'fact', type: 'boolean', loc },
      { name: 'an example', kind: 'example', loc },
    ];
    const options = completionOptions(symbols);
    expect(options.filter((o) => o.type !== 'keyword')).toEqual([
      { label: 'seriousRisk', type: 'variable', detail: 'boolean', info: 'serious risk — Part II, 2.3', boost: 0 },
      { label: 'case.crossBorder', type: 'property', detail: 'boolean', info: undefined, boost: -1 },
    ]);
    const keywords = options.filter((o) => o.type === 'keyword').map((o) => o.label);
    expect(keywords).toContain('condition');
    expect(keywords).toContain('overrides');
  });
});
