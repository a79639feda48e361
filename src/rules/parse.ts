// parse(text, file): one rule file → AST + diagnostics. Never throws.
//
// The file is cut into declarations before parsing (at a declaration keyword that starts a line),
// so a mistake in one declaration costs at most that declaration, and each declaration reports
// only its first syntax error (later ones are usually echoes of the first).
import '../polyfills';
import type { ILexingResult, IRecognitionException, IToken } from 'chevrotain';
import { diagnosticAt, type Declaration, type Diagnostic, type ParseResult, type SourceLoc } from './ast';
import { declarationsOf, newContext, tokLoc, type ConvertContext } from './cst-to-ast';
import {
  Comma, DECLARATION_KEYWORDS, Equals, Gt, GtEq, KW, LBrace, LBracket, LParen, Lt, LtEq, Name, NumberLit,
  RBrace, RBracket, RParen, rulesLexer, Star,
} from './lexer';
import { parseTokens } from './parser';
import { suggestion } from './did-you-mean';
import { MAX_FILE_LENGTH, MAX_FILE_TOKENS, MAX_NAME_LENGTH, MAX_NESTING, shortQuote } from './limits';

export const UNTERMINATED_TEXT = 'unterminated text: a closing " is missing on this line';

export function parse(text: string, file: string): ParseResult {
  try {
    return parseUnsafe(text, file);
  } catch (e) {
    // A bug of ours must not take the editor or the CLI down with it.
    const loc: SourceLoc = { file, line: 1, column: 1, offset: 0, endOffset: 0 };
    return {
      ast: { file, declarations: [] },
      diagnostics: [diagnosticAt(loc, 'syntax', `the parser failed on this file: ${(e as Error)?.message ?? e}`)],
    };
  }
}

function parseUnsafe(text: string, file: string): ParseResult {
  const ctx = newContext(file);
  if (text.length > MAX_FILE_LENGTH) return { ast: { file, declarations: [] }, diagnostics: [tooLong(file, text)] };
  const lexed = rulesLexer.tokenize(text);
  if (lexed.tokens.length > MAX_FILE_TOKENS) return { ast: { file, declarations: [] }, diagnostics: [tooManyTokens(ctx, lexed.tokens)] };
  const diagnostics = lexDiagnostics(ctx, text, lexed);
  const lexErrorOffsets = diagnostics.map((d) => d.offset);
  const declarations: Declaration[] = [];
  const chunks = splitDeclarations(lexed.tokens);
  for (const [i, chunk] of chunks.entries()) {
    // After a bad character or an unterminated text the parser's complaint is only an echo.
    const echo = hasLexError(chunk, lexErrorOffsets, chunks[i + 1]?.[0]);
    const r = parseDeclaration(ctx, chunk);
    declarations.push(...r.declarations);
    if (r.problem && !echo) diagnostics.push(r.problem);
  }
  diagnostics.push(...ctx.diagnostics);
  diagnostics.sort((a, b) => a.offset - b.offset || a.line - b.line || a.column - b.column);
  return { ast: { file, declarations }, diagnostics };
}

/**
 * A rule file whose declarations are parsed one by one when asked for by name (imports: load.ts).
 * The file is only lexed and cut into declarations up front, as `parse` cuts it; a declaration's
 * name is the token after its keyword, as the parser reads it.
 */
export interface DeclarationIndex {
  /** Every declared name, in file order. */
  names: readonly string[];
  /** The declarations that take `name`, parsed on the first request, with their syntax problems. */
  named(name: string): { declarations: Declaration[]; diagnostics: Diagnostic[] };
}

/** Declarations an import can bring in (not regime, import, deadline or example). */
const IMPORTABLE = new Set(DECLARATION_KEYWORDS.filter((k) => k !== KW.regime && k !== KW.import && k !== KW.deadline && k !== KW.example));

export function indexDeclarations(text: string, file: string): DeclarationIndex {
  if (text.length > MAX_FILE_LENGTH) return { names: [], named: () => ({ declarations: [], diagnostics: [tooLong(file, text)] }) };
  const lexed = rulesLexer.tokenize(text);
  if (lexed.tokens.length > MAX_FILE_TOKENS) {
    const problem = tooManyTokens(newContext(file), lexed.tokens);
    return { names: [], named: () => ({ declarations: [], diagnostics: [problem] }) };
  }
  const lexErrors = lexDiagnostics(newContext(file), text, lexed);
  const chunks = splitDeclarations(lexed.tokens);
  const byName = new Map<string, number[]>();
  chunks.forEach((chunk, i) => {
    // The name after each importable keyword, not only the first: should a line hold two
    // declarations, both are found (a chunk parsed for nothing costs time, not correctness).
    for (let k = 0; k + 1 < chunk.length; k++) {
      if (!IMPORTABLE.has(chunk[k].tokenType) || chunk[k + 1].tokenType !== Name) continue;
      const list = byName.get(chunk[k + 1].image) ?? [];
      if (!list.includes(i)) list.push(i);
      byName.set(chunk[k + 1].image, list);
    }
  });
  const parsed = new Map<string, { declarations: Declaration[]; diagnostics: Diagnostic[] }>();
  return {
    names: [...byName.keys()],
    named(name) {
      let r = parsed.get(name);
      if (!r) {
        const ctx = newContext(file);
        r = { declarations: [], diagnostics: ctx.diagnostics };
        for (const i of byName.get(name) ?? []) {
          const chunk = chunks[i];
          // As `parse` does: a bad character in the declaration is reported, the parser's echo of it not.
          const start = chunk[0].startOffset;
          const end = chunks[i + 1]?.[0].startOffset ?? Infinity;
          const own = lexErrors.filter((d) => d.offset >= start && d.offset <= end);
          const d = parseDeclaration(ctx, chunk);
          r.declarations.push(...d.declarations);
          r.diagnostics.push(...own);
          if (d.problem && own.length === 0) r.diagnostics.push(d.problem);
        }
        parsed.set(name, r);
      }
      return r;
    },
  };
}

function tooLong(file: string, text: string): Diagnostic {
  const loc: SourceLoc = { file, line: 1, column: 1, offset: 0, endOffset: 0 };
  return diagnosticAt(loc, 'lex', `this file has ${text.length} characters; a rule file has at most ${MAX_FILE_LENGTH}: split it into several files`);
}

/** At the first token past the limit: where to split the file. */
function tooManyTokens(ctx: ConvertContext, tokens: IToken[]): Diagnostic {
  return diagnosticAt(tokLoc(ctx, tokens[MAX_FILE_TOKENS]), 'lex', `this file has ${tokens.length} words and symbols, more than the ${MAX_FILE_TOKENS} a rule file may have: split it into several files (here, say)`);
}

function lexDiagnostics(ctx: ConvertContext, text: string, lexed: ILexingResult): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const err of lexed.errors) {
    const ch = String.fromCodePoint(text.codePointAt(err.offset) ?? 0xfffd);
    const loc: SourceLoc = { file: ctx.file, line: err.line ?? 1, column: err.column ?? 1, offset: err.offset, endOffset: err.offset + Math.max(1, err.length) };
    out.push(diagnosticAt(loc, 'lex', unexpectedCharacter(ch)));
  }
  for (const t of (lexed.groups.unterminated ?? []) as IToken[]) out.push(diagnosticAt(tokLoc(ctx, t), 'lex', UNTERMINATED_TEXT));
  for (const t of lexed.tokens) {
    if (t.tokenType === Name && t.image.length > MAX_NAME_LENGTH) {
      out.push(diagnosticAt(tokLoc(ctx, t), 'lex', `the name '${shortQuote(t.image)}' is ${t.image.length} characters long; a name has at most ${MAX_NAME_LENGTH} characters`));
    }
  }
  return out;
}

/** One declaration's tokens → its AST (if any could be read) and its first syntax problem. */
function parseDeclaration(ctx: ConvertContext, chunk: IToken[]): { declarations: Declaration[]; problem?: Diagnostic } {
  ctx.last = tokLoc(ctx, chunk[0]);
  const bracketError = unbalancedBracket(ctx, chunk);
  if (bracketError?.code === TOO_DEEP) return { declarations: [], problem: { ...bracketError, code: 'syntax' } };
  try {
    const { cst, errors } = parseTokens(chunk);
    const declarations = cst ? declarationsOf(ctx, cst) : [];
    const problem = bracketError
      ?? (errors.length > 0 ? syntaxDiagnostic(ctx, errors[0], chunk) : undefined)
      ?? (cst ? undefined : diagnosticAt(tokLoc(ctx, chunk[0]), 'syntax', `this declaration could not be read: check it for a missing keyword or bracket`));
    return { declarations, problem };
  } catch (e) {
    // `not not not …` thousands deep exhausts the stack: lose this declaration, not the file.
    if (!(e instanceof RangeError)) throw e;
    return { declarations: [], problem: diagnosticAt(tokLoc(ctx, chunk[0]), 'syntax', `this declaration is nested too deeply to read`) };
  }
}

/** Whether a lexer error lies within (or right after) the span of this declaration's tokens. */
function hasLexError(chunk: IToken[], offsets: number[], next?: IToken): boolean {
  const start = chunk[0].startOffset;
  const end = next?.startOffset ?? Infinity;
  return offsets.some((o) => o >= start && o <= end);
}

function unexpectedCharacter(ch: string): string {
  if (ch === '/') return `unexpected character '/': a fraction is written without spaces, like 1/1000`;
  return `unexpected character '${ch}'`;
}

/** Tokens after which `deadline` continues an expression (`expect deadline …`) instead of starting a declaration. */
const OPERAND_EXPECTED = new Set([
  KW.expect, KW.is, KW.not, KW.and, KW.or, KW.otherwise, KW.when, KW.after, KW.where, KW.in, KW.for,
  Equals, Lt, LtEq, Gt, GtEq, Star, LParen, LBracket, LBrace, Comma,
]);
const DECLARATION_START = new Set(DECLARATION_KEYWORDS);
const KEYWORDS = Object.keys(KW);

/** Cut the token stream where a declaration keyword is the first token of its line. */
export function splitDeclarations(tokens: IToken[]): IToken[][] {
  const chunks: IToken[][] = [];
  let current: IToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (current.length > 0 && prev && startsDeclaration(t, prev)) {
      chunks.push(current);
      current = [];
    }
    current.push(t);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function startsDeclaration(t: IToken, prev: IToken): boolean {
  if (!DECLARATION_START.has(t.tokenType)) return false;
  if ((prev.endLine ?? prev.startLine) === t.startLine) return false;
  // `due 3` ⏎ `calendar days …` is the unit of a deadline, not a calendar declaration.
  if (t.tokenType === KW.calendar && prev.tokenType.CATEGORIES?.includes(NumberLit)) return false;
  if (t.tokenType === KW.deadline && OPERAND_EXPECTED.has(prev.tokenType)) return false;
  return true;
}

const OPENERS = new Map([[LParen, RParen], [LBracket, RBracket], [LBrace, RBrace]]);
const CLOSERS = new Set([RParen, RBracket, RBrace]);
/** Words that nest what follows them (`not not x`, `optional list of t`): the parser recurses on each. */
const PREFIXES = new Set([KW.not, KW.optional, KW.list]);
const TOO_DEEP = 'too-deep';

/**
 * A bracket never closed, or closed by the wrong kind: reported at the bracket itself.
 * Brackets and prefix words open at once beyond MAX_NESTING come back with code TOO_DEEP at the
 * token that went too deep (the declaration is then not parsed).
 */
function unbalancedBracket(ctx: ConvertContext, chunk: IToken[]): Diagnostic | undefined {
  const open: IToken[] = [];
  // Prefix words in a row at each bracket level: `not not x` nests twice, `not a and not b` once.
  const run: number[] = [0];
  let depth = 0;
  const tooDeep = (t: IToken) =>
    diagnosticAt(tokLoc(ctx, t), TOO_DEEP, OPENERS.has(t.tokenType) ? `brackets are nested more than ${MAX_NESTING} deep here` : `'${t.image}' is nested more than ${MAX_NESTING} deep here, brackets included`);
  for (const t of chunk) {
    if (OPENERS.has(t.tokenType)) {
      open.push(t);
      run.push(0);
      if (++depth > MAX_NESTING) return tooDeep(t);
    } else if (CLOSERS.has(t.tokenType)) {
      const top = open[open.length - 1];
      if (!top || OPENERS.get(top.tokenType) !== t.tokenType) {
        return diagnosticAt(tokLoc(ctx, t), 'syntax', `unexpected '${t.image}'`);
      }
      open.pop();
      depth -= 1 + run.pop()!;
    } else if (PREFIXES.has(t.tokenType)) {
      run[run.length - 1]++;
      if (++depth > MAX_NESTING) return tooDeep(t);
    } else if (t.tokenType !== KW.of) {
      // The operand has begun: the prefix words before it have closed.
      depth -= run[run.length - 1];
      run[run.length - 1] = 0;
    }
  }
  const unclosed = open[open.length - 1];
  if (!unclosed) return undefined;
  const closer = unclosed.tokenType === LParen ? ')' : unclosed.tokenType === LBracket ? ']' : '}';
  return diagnosticAt(tokLoc(ctx, unclosed), 'syntax', `'${unclosed.image}' is never closed: a '${closer}' is missing`);
}

function finitePos(t: IToken | undefined): t is IToken {
  return !!t && t.startOffset >= 0 && (t.startLine ?? 0) >= 1 && (t.startColumn ?? 0) >= 1;
}

/** The first syntax error of a declaration, at the offending token (or the one before, at the end). */
function syntaxDiagnostic(ctx: ConvertContext, err: IRecognitionException, chunk: IToken[]): Diagnostic {
  const previous = (err as { previousToken?: IToken }).previousToken;
  const at = finitePos(err.token) ? err.token : finitePos(previous) ? previous : chunk[chunk.length - 1];
  const ruleStack = err.context?.ruleStack ?? [];
  const message =
    at === chunk[0] && !DECLARATION_START.has(at.tokenType)
      ? `expected a declaration such as 'condition', 'table' or 'example', found '${at.image}'`
      : ruleStack.includes('ruleValue') && at.tokenType === KW.when
        ? `expected the rule's value after its name, as in 'rule article12 article-12 when …'`
        : err.message;
  // A misspelt keyword reads as a name: `overides b` → "… did you mean 'overrides'?"
  const hint =
    at.tokenType === Name && at === err.token
      ? suggestion(at.image, KEYWORDS.filter((k) => Math.abs(k.length - at.image.length) <= 3))
      : '';
  return diagnosticAt(tokLoc(ctx, at), 'syntax', message + hint);
}
