// Syntax colouring from the rules language's own lexer (no second grammar): each line is lexed
// with rulesLexer and its tokens are mapped to CodeMirror's standard token styles.
import { StreamLanguage, type StringStream } from '@codemirror/language';
import type { IToken, TokenType } from 'chevrotain';
import {
  DateLit, DECLARATION_KEYWORDS, KW, LangCode, LBrace, LBracket, LParen, Name, NumberLit, RBrace, RBracket,
  RParen, rulesLexer, StringLit, Word,
} from '../../rules/lexer';

export type TokenStyle =
  | 'keyword'
  | 'def'
  | 'variable'
  | 'atom'
  | 'number'
  | 'string'
  | 'comment'
  | 'meta'
  | 'bracket'
  | 'operator'
  | 'invalid';

export interface StyledSpan {
  /** 0-based offsets within the line, end exclusive. */
  from: number;
  to: number;
  style: TokenStyle;
}

const DECLARATION = new Set<TokenType>(DECLARATION_KEYWORDS);
const ATOMS = new Set<TokenType>([KW.true, KW.false, KW.none]);
const BRACKETS = new Set<TokenType>([LParen, RParen, LBracket, RBracket, LBrace, RBrace]);

function styleOf(t: IToken, previous: IToken | undefined): TokenStyle {
  const type = t.tokenType;
  const cats = type.CATEGORIES ?? [];
  if (type === Name) return previous && DECLARATION.has(previous.tokenType) ? 'def' : 'variable';
  if (ATOMS.has(type)) return 'atom';
  if (cats.includes(LangCode) && previous?.tokenType === StringLit) return 'meta';
  if (cats.includes(Word)) return 'keyword';
  if (type === DateLit || cats.includes(NumberLit)) return 'number';
  if (type === StringLit) return 'string';
  if (BRACKETS.has(type)) return 'bracket';
  return 'operator';
}

/** The coloured spans of one line, in order (whitespace is left out). */
export function styleLine(line: string): StyledSpan[] {
  const r = rulesLexer.tokenize(line);
  const spans: StyledSpan[] = r.tokens.map((t, i) => ({
    from: t.startOffset,
    to: t.startOffset + t.image.length,
    style: styleOf(t, r.tokens[i - 1]),
  }));
  for (const c of (r.groups.comments ?? []) as IToken[]) spans.push({ from: c.startOffset, to: c.startOffset + c.image.length, style: 'comment' });
  for (const u of (r.groups.unterminated ?? []) as IToken[]) spans.push({ from: u.startOffset, to: u.startOffset + u.image.length, style: 'invalid' });
  for (const e of r.errors) spans.push({ from: e.offset, to: e.offset + Math.max(1, e.length), style: 'invalid' });
  return spans.sort((a, b) => a.from - b.from);
}

// CodeMirror asks for tokens one at a time from the start of each line; lex the line once.
let cachedLine = '';
let cachedSpans: StyledSpan[] = [];

function spansFor(line: string): StyledSpan[] {
  if (line !== cachedLine) {
    cachedLine = line;
    cachedSpans = styleLine(line);
  }
  return cachedSpans;
}

/** The rules language for CodeMirror (colouring only; diagnostics come from the real parser). */
export const rulesLanguage = StreamLanguage.define<Record<string, never>>({
  name: 'riskcase-rules',
  startState: () => ({}),
  token(stream: StringStream): string | null {
    if (stream.eatSpace()) return null;
    const span = spansFor(stream.string).find((s) => s.from <= stream.pos && stream.pos < s.to);
    if (!span) {
      stream.next();
      return null;
    }
    stream.pos = span.to;
    return span.style === 'def' ? 'def' : span.style;
  },
  languageData: { commentTokens: { line: '--' } },
});
