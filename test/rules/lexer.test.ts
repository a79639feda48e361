import { describe, expect, it } from 'vitest';
import { rulesLexer } from '../../src/rules/lexer';

function lex(text: string) {
  const r = rulesLexer.tokenize(text);
  return {
    kinds: r.tokens.map((t) => `${t.tokenType.name}:${t.image}`),
    tokens: r.tokens,
    errors: r.errors,
    unterminated: r.groups.unterminated ?? [],
  };
}

describe('rules lexer', () => {
  it('skips comments and whitespace', () => {
    expect(lex('-- a comment\n  condition -- another\n').kinds).toEqual(['KwCondition:condition']);
  });

  it('reads names with inner hyphens as one name, even when they start with a keyword', () => {
    expect(lex('article-12-emergency for-information send-notification _x a1').kinds).toEqual([
      'Name:article-12-emergency',
      'Name:for-information',
      'Name:send-notification',
      'Name:_x',
      'Name:a1',
    ]);
  });

  it('keeps longer words whole: ruleset is a name, ordered is not or, description is not de', () => {
    expect(lex('ruleset rule ordered or description de isolated is nobody no').kinds).toEqual([
      'Name:ruleset',
      'KwRule:rule',
      'KwOrdered:ordered',
      'KwOr:or',
      'KwDescription:description',
      'LangWord:de',
      'Name:isolated',
      'KwIs:is',
      'Name:nobody',
      'KwNo:no',
    ]);
  });

  it('reads dates before numbers and each number form as one token', () => {
    expect(lex('2026-03-27 1/1000 1/1_000_000 27/160000 0.02 2% 2.5% 4 1_000').kinds).toEqual([
      'DateLit:2026-03-27',
      'FractionLit:1/1000',
      'FractionLit:1/1_000_000',
      'FractionLit:27/160000',
      'DecimalLit:0.02',
      'PercentLit:2%',
      'PercentLit:2.5%',
      'IntegerLit:4',
      'IntegerLit:1_000',
    ]);
  });

  it('reads a range as number, .., number', () => {
    expect(lex('1..3').kinds).toEqual(['IntegerLit:1', 'DotDot:..', 'IntegerLit:3']);
  });

  it('reads every punctuation mark', () => {
    expect(lex('( ) [ ] { } , : = -> \\ - .. * < <= > >= .').kinds).toEqual([
      'LParen:(', 'RParen:)', 'LBracket:[', 'RBracket:]', 'LBrace:{', 'RBrace:}', 'Comma:,', 'Colon::',
      'Equals:=', 'Arrow:->', 'Backslash:\\', 'Dash:-', 'DotDot:..', 'Star:*', 'Lt:<', 'LtEq:<=',
      'Gt:>', 'GtEq:>=', 'Dot:.',
    ]);
  });

  it('reads strings with escaped quotes and backslashes', () => {
    const r = lex('"say \\"hi\\" \\\\ done" "x"');
    expect(r.kinds).toEqual(['StringLit:"say \\"hi\\" \\\\ done"', 'StringLit:"x"']);
    expect(r.unterminated).toEqual([]);
  });

  it('keeps an unterminated string out of the tokens, at its opening quote', () => {
    const r = lex('label "open\ncites "ok"');
    expect(r.kinds).toEqual(['KwLabel:label', 'KwCites:cites', 'StringLit:"ok"']);
    expect(r.unterminated).toHaveLength(1);
    expect(r.unterminated[0]).toMatchObject({ startLine: 1, startColumn: 7 });
  });

  it('reports an unknown character with its position and goes on', () => {
    const r = lex('a\n  § b');
    expect(r.kinds).toEqual(['Name:a', 'Name:b']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, column: 3, offset: 4 });
  });

  it('tracks 1-based lines and columns', () => {
    const r = lex('regime "x"\n  title "y"');
    expect(r.tokens.map((t) => [t.startLine, t.startColumn])).toEqual([[1, 1], [1, 8], [2, 3], [2, 9]]);
  });

  it('treats keywords as case-sensitive', () => {
    expect(lex('Condition condition').kinds).toEqual(['Name:Condition', 'KwCondition:condition']);
  });
});
