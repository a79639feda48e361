// Plain-language syntax errors for policy officers: what was expected where, never a token dump.
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import {
  Arrow, Backslash, Colon, Comma, Dash, DateLit, DecimalLit, Dot, DotDot, Equals, FractionLit, Gt, GtEq,
  IntegerLit, LangCode, LBrace, LBracket, LParen, Lt, LtEq, Name, NumberLit, PercentLit, RBrace,
  RBracket, RParen, Star, StringLit, Word,
} from './lexer';

const PUNCTUATION = new Map<TokenType, string>([
  [Arrow, '->'], [Backslash, '\\'], [Colon, ':'], [Comma, ','], [Dash, '-'], [Dot, '.'], [DotDot, '..'],
  [Equals, '='], [Gt, '>'], [GtEq, '>='], [Lt, '<'], [LtEq, '<='], [LBrace, '{'], [LBracket, '['],
  [LParen, '('], [RBrace, '}'], [RBracket, ']'], [RParen, ')'], [Star, '*'],
]);

const CLOSERS = new Set<TokenType>([RParen, RBracket, RBrace]);

/** How an expected token is named in a message: `a name`, `'='`, `'calendar'`. */
export function describeExpected(type: TokenType): string {
  if (type === Name || type === Word) return 'a name';
  if (type === IntegerLit) return 'a whole number';
  if (type === NumberLit || type === FractionLit || type === DecimalLit || type === PercentLit) return 'a number';
  if (type === DateLit) return 'a date like 2026-03-27';
  if (type === StringLit) return 'a text in double quotes';
  if (type === LangCode) return 'a language code';
  if (type === EOF) return 'the end of the declaration';
  const punct = PUNCTUATION.get(type);
  if (punct) return `'${punct}'`;
  if (type.name.startsWith('Kw')) return `'${type.name.slice(2).toLowerCase()}'`;
  return type.name;
}

function isEnd(tok: IToken | undefined): boolean {
  return !tok || tok.tokenType === EOF;
}

/** ` after 'condition'` — or nothing at the start of a declaration. */
function after(previous: IToken | undefined): string {
  return previous && previous.image && previous.tokenType !== EOF ? ` after '${previous.image}'` : '';
}

function found(actual: IToken | undefined): string {
  return isEnd(actual) ? '' : `, found '${actual!.image}'`;
}

/** Messages for a missing token, by grammar rule and the token that was expected there. */
const MISSING: Record<string, (prev: IToken | undefined) => string> = {
  'conditionDecl:Name': () => `expected a name after 'condition'`,
  'conditionDecl:Equals': () => `expected '=' and an expression after the condition's name`,
  'valueDecl:Name': () => `expected a name after 'value'`,
  'valueDecl:Equals': () => `expected '=' and an expression after the value's name`,
  'enumDecl:Name': () => `expected a name after 'enum'`,
  'recordDecl:Name': () => `expected a name after 'record'`,
  'factsDecl:Name': () => `expected a name after 'facts'`,
  'bandsDecl:Name': () => `expected a name after 'bands'`,
  'bandsDecl:KwOver': () => `expected 'over' and the type being banded after the bands' name`,
  'tableDecl:Name': () => `expected a name after 'table'`,
  'tableDecl:LParen': () => `expected '(' and the table's inputs after its name`,
  'tableDecl:Arrow': () => `expected '->' and the result type after the table's inputs`,
  'tableParam:Colon': () => `expected ':' and a type after the input's name`,
  'decisionDecl:Name': () => `expected a name after 'decision'`,
  'decisionDecl:Colon': () => `expected ':' and the result type after the decision's name`,
  'decisionRule:Name': () => `expected the rule's name after 'rule'`,
  'decisionRule:KwWhen': () => `expected 'when' and a condition after the rule's value`,
  'deadlineDecl:Name': () => `expected an action after 'deadline'`,
  'deadlineRule:Name': () => `expected the rule's name after 'rule'`,
  'deadlineRule:KwWhen': () => `expected 'when' and a condition after the rule's name`,
  'deadlineRule:KwDue': () => `expected 'due' and a number of days after the condition`,
  'deadlineRule:NumberLit': () => `expected the number of days after 'due'`,
  'deadlineRule:KwDays': () => `expected 'days' after 'calendar' or 'working'`,
  'deadlineRule:KwAfter': () => `expected 'after' and a date after 'days'`,
  'deadlineRule:Name:using': () => `expected a calendar's name after 'using'`,
  'calendarDecl:Name': () => `expected a name after 'calendar'`,
  'holidayClause:DateLit': () => `expected a date like 2026-12-25 after 'holiday'`,
  'exampleDecl:StringLit': () => `expected the example's title in double quotes after 'example'`,
  'givenBlock:Name': () => `expected the name of the facts (such as 'case') after 'given'`,
  'givenBinding:Equals': () => `expected '=' and a value after the fact's path`,
  'recordField:Equals': () => `expected '=' and a value after the field's name`,
  'importDecl:KwFrom': () => `expected 'from' and the regime in double quotes after the imported names`,
  'importDecl:StringLit': () => `expected the regime's id in double quotes after 'from'`,
  'regimeDecl:StringLit': () => `expected the regime's id in double quotes after 'regime'`,
  'citesClause:StringLit': () => `expected the citation in double quotes after 'cites'`,
  'methodClause:StringLit': () => `expected the risk method in double quotes after 'method', such as "rapex-2004"`,
  'effectiveClause:DateLit': (p) => `expected a date like 2010-01-01${after(p)}`,
  'quantifier:KwIn': () => `expected 'in' and a list after the variable's name`,
  'quantifier:KwWhere': () => `expected 'where' and a condition after the list`,
  'aggregate:KwFor': () => `expected 'for' and a variable after the expression`,
  'countExpr:KwIn': () => `expected 'in' and a list after the variable's name`,
  'tableRow:Arrow': () => `expected '->' and the result after the row's inputs`,
  'matrixBody:Backslash': () => `expected '\\' between the names of the row and column inputs, as in 'matrix band \\ severity'`,
  'deadlineRef:Name': () => `expected an action after 'deadline'`,
};

/** Messages for "none of the alternatives fits here", by grammar rule. */
const NO_ALTERNATIVE: Record<string, (prev: IToken | undefined, actual: IToken | undefined) => string> = {
  declaration: (_p, a) => `expected a declaration such as 'condition', 'table' or 'example'${found(a)}`,
  dayUnit: () => `expected 'calendar' or 'working' after the number of days`,
  typeRef: (p, a) => `expected a type${after(p)}${found(a)}`,
  bandBound: () => `expected 'above' and a number, or 'otherwise', to end the band`,
  tableBody: () => `expected 'matrix' or 'rows' to start the table's body`,
  hitClause: () => `expected 'unique' or 'first' after 'hit'`,
  effectiveClause: () => `expected 'from' or 'to' after 'effective'`,
  isTest: () => `expected a value, 'present', 'absent' or 'one of (…)' after 'is'`,
  cellValue: (p, a) => `expected a value${after(p)}${found(a)}`,
  inputEntry: (p, a) => `expected a value or '-'${after(p)}${found(a)}`,
  enumMember: (p, a) => `expected a member name or a whole number${after(p)}${found(a)}`,
  quantifier: () => `expected 'any' or 'no'`,
  aggregate: () => `expected 'earliest' or 'latest'`,
};

const EXPRESSION_RULES = new Set([
  'expr', 'orExpr', 'andExpr', 'notExpr', 'isExpr', 'mulExpr', 'atom', 'literal', 'pathOrCall', 'ruleValue',
]);

export const syntaxMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    if (!isEnd(actual) && CLOSERS.has(actual.tokenType) && expected !== actual.tokenType) {
      return `unexpected '${actual.image}'`;
    }
    if (expected === EOF) return `unexpected '${actual.image}'`;
    if (expected === RParen) return `expected ')'${after(previous)}${found(actual)}`;
    const usingName = ruleName === 'deadlineRule' && expected === Name && previous?.image === 'using';
    const specific = MISSING[`${ruleName}:${expected.name}${usingName ? ':using' : ''}`];
    if (specific) return specific(previous);
    return `expected ${describeExpected(expected)}${after(previous)}${found(actual)}`;
  },

  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected '${firstRedundant.image}'`;
  },

  buildNoViableAltMessage({ actual, previous, ruleName }) {
    const tok = actual[0];
    if (!isEnd(tok) && CLOSERS.has(tok.tokenType)) return `unexpected '${tok.image}'`;
    const specific = NO_ALTERNATIVE[ruleName];
    if (specific) return specific(previous, tok);
    if (EXPRESSION_RULES.has(ruleName)) {
      return `expected an expression${after(previous)}${found(tok)}`;
    }
    return `unexpected '${isEnd(tok) ? 'end of the declaration' : tok.image}'`;
  },

  buildEarlyExitMessage({ actual, previous, ruleName }) {
    const tok = actual[0];
    if (ruleName === 'weekendClause') return `expected the names of the weekend days after 'weekend'`;
    if (ruleName === 'tableRow') return `expected the row's inputs before '->'`;
    if (!isEnd(tok) && CLOSERS.has(tok.tokenType)) return `unexpected '${tok.image}'`;
    return `expected more${after(previous)}${found(tok)}`;
  },
};
