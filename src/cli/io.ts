// The command line's contact with the outside world, passed in so commands run in-process in tests.

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, for the `-` file argument. */
  readStdin(): Promise<string>;
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
