// Tokens of the rules language (docs/rules-language.md, "Lexical basics") and the one lexer instance.
import '../polyfills';
import { createToken, Lexer, type TokenType } from 'chevrotain';

// ---- categories: let the parser accept a family of tokens with one CONSUME ----

/** Any word: a name or a keyword. Used after `.` in paths, where keywords cannot be confused. */
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });
/** Language codes of `label "…" de "…"`; `no` and `is` belong here too. */
export const LangCode = createToken({ name: 'LangCode', pattern: Lexer.NA });
export const NumberLit = createToken({ name: 'NumberLit', pattern: Lexer.NA });

export const Name = createToken({
  name: 'Name',
  // Inner hyphens are part of a name (`article-12-emergency`); a name starts with a letter or `_`.
  pattern: /[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/,
  categories: [Word],
});

const KEYWORD_WORDS = [
  'regime', 'title', 'source', 'effective', 'from', 'to', 'import', 'enum', 'ordered', 'label',
  'description', 'record', 'facts', 'bands', 'over', 'above', 'otherwise', 'table', 'hit', 'unique',
  'first', 'matrix', 'rows', 'condition', 'value', 'decision', 'with', 'rule', 'when', 'overrides',
  'calendar', 'weekend', 'holiday', 'deadline', 'due', 'working', 'days', 'after', 'using',
  'example', 'given', 'expect', 'cites', 'and', 'or', 'not', 'is', 'one', 'of', 'present', 'absent',
  'any', 'no', 'in', 'where', 'earliest', 'latest', 'count', 'for', 'true', 'false', 'none', 'list',
  'optional', 'method',
] as const;

/** Language codes used in labels (other than `no` and `is`, which are keywords anyway). */
export const LANGUAGE_CODES = [
  'de', 'fr', 'it', 'es', 'nl', 'pl', 'pt', 'sv', 'da', 'fi', 'el', 'cs', 'sk', 'sl', 'hu', 'ro',
  'bg', 'hr', 'et', 'lv', 'lt', 'mt', 'ga', 'no', 'is',
] as const;

type KeywordWord = (typeof KEYWORD_WORDS)[number];

function keyword(word: string, extraCategories: TokenType[] = []): TokenType {
  const name = 'Kw' + word[0].toUpperCase() + word.slice(1);
  return createToken({
    name,
    pattern: new RegExp(word),
    // `ruleset` and `for-information` are names, not `rule`+`set` / `for`+`-information`.
    longer_alt: Name,
    categories: [Word, ...extraCategories],
  });
}

/** The keyword token of each reserved word. */
export const KW = Object.fromEntries(
  KEYWORD_WORDS.map((w) => [w, keyword(w, w === 'no' || w === 'is' ? [LangCode] : [])]),
) as Record<KeywordWord, TokenType>;

const LANG_ONLY = LANGUAGE_CODES.filter((c) => c !== 'no' && c !== 'is');
export const LangWord = createToken({
  name: 'LangWord',
  pattern: new RegExp(`(?:${LANG_ONLY.join('|')})`),
  longer_alt: Name,
  categories: [LangCode, Word],
});

// ---- literals ----
const DIGITS = String.raw`\d+(?:_\d+)*`;
export const DateLit = createToken({ name: 'DateLit', pattern: /\d{4}-\d{2}-\d{2}/ });
export const FractionLit = createToken({ name: 'FractionLit', pattern: new RegExp(`${DIGITS}/${DIGITS}`), categories: [NumberLit] });
export const PercentLit = createToken({ name: 'PercentLit', pattern: new RegExp(`${DIGITS}(?:\\.\\d+)?%`), categories: [NumberLit] });
export const DecimalLit = createToken({ name: 'DecimalLit', pattern: new RegExp(`${DIGITS}\\.\\d+`), categories: [NumberLit] });
export const IntegerLit = createToken({ name: 'IntegerLit', pattern: new RegExp(DIGITS), categories: [NumberLit] });

export const StringLit = createToken({ name: 'StringLit', pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/ });
/** A string with no closing quote on its line: kept out of the token stream and reported. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/,
  group: 'unterminated',
});

// ---- punctuation ----
// Comments are kept aside (not skipped) so the editor can colour them from this lexer too.
export const Comment = createToken({ name: 'Comment', pattern: /--[^\r\n]*/, group: 'comments' });
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\f]+/, group: Lexer.SKIPPED, line_breaks: true });
export const Arrow = createToken({ name: 'Arrow', pattern: /->/ });
export const Dash = createToken({ name: 'Dash', pattern: /-/ });
export const DotDot = createToken({ name: 'DotDot', pattern: /\.\./ });
export const Dot = createToken({ name: 'Dot', pattern: /\./ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/ });
export const LBrace = createToken({ name: 'LBrace', pattern: /\{/ });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const Backslash = createToken({ name: 'Backslash', pattern: /\\/ });
export const Star = createToken({ name: 'Star', pattern: /\*/ });
export const LtEq = createToken({ name: 'LtEq', pattern: /<=/ });
export const GtEq = createToken({ name: 'GtEq', pattern: />=/ });
export const Lt = createToken({ name: 'Lt', pattern: /</ });
export const Gt = createToken({ name: 'Gt', pattern: />/ });
export const Equals = createToken({ name: 'Equals', pattern: /=/ });

// Longer keywords first, so `ordered` is not read as `or`+`dered` and `description` not as `de`+….
const keywordTokens = [...KEYWORD_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((w) => KW[w]);

/** Token types in lexing order (order matters: first match wins, then `longer_alt`). */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  StringLit,
  UnterminatedString,
  DateLit,
  FractionLit,
  PercentLit,
  DecimalLit,
  IntegerLit,
  ...keywordTokens,
  LangWord,
  Name,
  Arrow,
  Dash,
  DotDot,
  Dot,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  Comma,
  Colon,
  Backslash,
  Star,
  LtEq,
  GtEq,
  Lt,
  Gt,
  Equals,
  // Categories must be known to the lexer too.
  Word,
  LangCode,
  NumberLit,
];

export const rulesLexer = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: true });

/** Token types that begin a declaration: the parser and the editor both need these. */
export const DECLARATION_KEYWORDS: readonly TokenType[] = [
  KW.regime, KW.import, KW.enum, KW.record, KW.facts, KW.bands, KW.table,
  KW.condition, KW.value, KW.decision, KW.calendar, KW.deadline, KW.example,
];
