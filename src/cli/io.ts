// The command line's contact with the outside world, passed in so commands run in-process in tests.

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, for the `-` file argument: its bytes (or, from tests, text). */
  readStdin(): Promise<Uint8Array | string>;
  /** Directory that relative paths are read from and reported against. */
  cwd: string;
}

/** Exit statuses of the contract (DESIGN.md): 0 ok, 1 rule errors or failed examples, 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

/** Ends a command with a message on stderr and an exit status; nothing is printed on stdout. */
export class CliExit extends Error {
  constructor(
    readonly status: number,
    readonly lines: readonly string[],
  ) {
    super(lines.join('\n'));
  }
}

export function badInput(...lines: string[]): CliExit {
  return new CliExit(EXIT_BAD_INPUT, lines);
}

/** How many problems a message lists; the rest are counted. */
export const MAX_REPORTED = 100;

/** The first MAX_REPORTED lines, then how many more there are. */
export function capped(lines: readonly string[], what = 'problems'): string[] {
  if (lines.length <= MAX_REPORTED) return [...lines];
  return [...lines.slice(0, MAX_REPORTED), `… and ${lines.length - MAX_REPORTED} more ${what} (${lines.length} in all)`];
}
