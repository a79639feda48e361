// Completion of names: the regime's symbols (compiled, or read from the parsed files while the
// set does not compile) and the language's keywords.
import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import type { SymbolInfo, SymbolKind } from '../../rules/api';
import { KW } from '../../rules/lexer';
import { ruleLabel } from '../i18n';

const KIND_TYPE: Record<SymbolKind, string> = {
  enum: 'type',
  'enum-member': 'enum',
  record: 'type',
  facts: 'namespace',
  fact: 'property',
  bands: 'function',
  table: 'function',
  condition: 'variable',
  value: 'variable',
  decision: 'variable',
  'decision-rule': 'constant',
  calendar: 'namespace',
  deadline: 'constant',
  example: 'text',
};

/** Completion options for the symbols and keywords, without duplicates. */
export function completionOptions(symbols: readonly SymbolInfo[]): Completion[] {
  const seen = new Set<string>();
  const out: Completion[] = [];
  for (const s of symbols) {
    if (s.kind === 'example') continue;
    const key = `${s.kind}:${s.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = s.label ? ruleLabel(s.label, '') : '';
    out.push({
      label: s.name,
      type: KIND_TYPE[s.kind],
      detail: s.type ?? s.kind,
      info: [label, s.cites].filter(Boolean).join(' — ') || undefined,
      boost: s.kind === 'fact' ? -1 : 0,
    });
  }
  for (const word of Object.keys(KW)) out.push({ label: word, type: 'keyword', boost: -2 });
  return out;
}

/** A CodeMirror completion source over whatever symbols are current. */
export function rulesCompletion(currentSymbols: () => readonly SymbolInfo[]): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[A-Za-z_][A-Za-z0-9_.-]*/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    return { from: word.from, options: completionOptions(currentSymbols()), validFor: /^[A-Za-z0-9_.-]*$/ };
  };
}
