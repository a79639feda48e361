// Bounds on rule text. Law is written by people and read by people: nothing a policy officer
// writes comes near them, and each keeps a hostile or broken file from costing the editor or the
// command line more than a moment (the checker and parser recurse over nesting; "did you mean"
// compares names).

/**
 * Characters in one name. The longest built-in name has 33; a name of thousands is no name, and
 * a cap keeps each "did you mean" comparison and each message that quotes a name short.
 */
export const MAX_NAME_LENGTH = 100;

/**
 * Brackets and prefix words (`not`, `optional`, `list of`) open at once, counted on the tokens
 * before parsing: beyond this the parser would exhaust its stack.
 */
export const MAX_NESTING = 100;

/**
 * Depth of one expression as the checker walks it, where each operator of a chain (`a or b or
 * c …`) counts as one level: the checker, compiler and evaluator recurse on it.
 */
export const MAX_EXPRESSION_DEPTH = 200;

/**
 * Characters in one rule file. The largest built-in file has about 22,000; a law does not need
 * ten times that in one file, and checking time grows with the text, so this bounds any one
 * file's cost to a few times that of a whole clean regime (BENCHMARKS.md).
 */
export const MAX_FILE_LENGTH = 200_000;

/**
 * Tokens (words, numbers, texts, symbols) in one rule file. The largest built-in file has under
 * 2,000 and a whole regime about 4,000; parsing and checking cost grows with the tokens (a
 * bracket costs the parser several times a word), so this keeps any one file's check within a
 * few times that of a clean regime (BENCHMARKS.md).
 */
export const MAX_FILE_TOKENS = 10_000;

/** The first characters of a long text, for a message that quotes it. */
export function shortQuote(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
