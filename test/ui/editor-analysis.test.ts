import { describe, expect, it } from 'vitest';
import { analyseRegime, diagnosticsForFile, symbolsFromFiles, symbolsNamed, wordAt } from '../../src/ui/editor/analysis';
import { parse } from '../../src/rules/parse';
import type { Diagnostic } from '../../src/rules/ast';

const A = 'rules/demo/a.rules';
const B = 'rules/demo/b.rules';

describe('editor analysis', () => {
  it('checks the edited text in place of the file, with the other files of the regime', () => {
    const sources = [
      { file: A, text: 'condition a = true cites "x"\n' },
      { file: B, text: 'condition b = a cites "y"\n' },
    ];
    const r = analyseRegime(sources, { file: A, text: 'condition a = true cites "x"\ncondition c x\n' });
    expect(r.ruleSet).toBeNull();
    const mine = diagnosticsForFile(r.diagnostics, A, 200);
    expect(mine).toEqual([
      { from: 41, to: 42, severity: 'error', message: "expected '=' and an expression after the condition's name", line: 2, column: 13 },
    ]);
    expect(diagnosticsForFile(r.diagnostics, B, 200)).toEqual([]);
    // The set does not compile, so names come from the parsed files: across files.
    expect(r.symbols.map((s) => `${s.kind}:${s.name}`)).toEqual(['condition:a', 'condition:c', 'condition:b']);
  });

  it('clamps diagnostic ranges to the text', () => {
    const d: Diagnostic = { severity: 'warning', message: 'm', code: 'x', file: A, line: 9, column: 1, offset: 50, endOffset: 80 };
    expect(diagnosticsForFile([d], A, 60)).toEqual([{ from: 50, to: 60, severity: 'warning', message: 'm', line: 9, column: 1 }]);
    expect(diagnosticsForFile([d], A, 10)[0]).toMatchObject({ from: 10, to: 10 });
  });

  it('reads symbols of every kind from parsed files, with labels and citations', () => {
    const ast = parse(
      `enum level ordered cites "T1"
         low label "Low" de "Niedrig"
       facts case
         risk.level : level
       table t (a : level) -> level hit unique cites "T2" rows
         - -> low
       decision d : level cites "D"
         rule r1 low when true cites "D1"
       deadline send cites "A3"
       calendar c cites "C"`,
      'f.rules',
    ).ast;
    expect(symbolsFromFiles([ast]).map((s) => [s.kind, s.name, s.cites ?? '', s.label?.de ?? ''])).toEqual([
      ['enum', 'level', 'T1', ''],
      ['enum-member', 'low', '', 'Niedrig'],
      ['facts', 'case', '', ''],
      ['fact', 'case.risk.level', '', ''],
      ['table', 't', 'T2', ''],
      ['decision', 'd', 'D', ''],
      ['decision-rule', 'r1', 'D1', ''],
      ['deadline', 'send', 'A3', ''],
      ['calendar', 'c', 'C', ''],
    ]);
  });

  it('finds the word and the dotted path under the cursor', () => {
    expect(wordAt('  = case.risk.level is serious', 12)).toEqual({ dotted: 'case.risk.level', word: 'risk', from: 9, to: 13 });
    expect(wordAt('when article-12-emergency', 10)).toMatchObject({ word: 'article-12-emergency', dotted: 'article-12-emergency' });
    expect(wordAt('due 3 days', 4)).toBeNull();
    expect(wordAt('a  b', 2)).toBeNull();
  });

  it('looks a path up whole first, then by the word', () => {
    const symbols = symbolsFromFiles([parse('facts case\n risk.level : x\nenum e risk', 'f').ast]);
    expect(symbolsNamed(symbols, 'case.risk.level', 'level').map((s) => s.kind)).toEqual(['fact']);
    expect(symbolsNamed(symbols, 'm.risk', 'risk').map((s) => s.kind)).toEqual(['enum-member']);
    expect(symbolsNamed(symbols, 'zz', 'zz')).toEqual([]);
  });
});
