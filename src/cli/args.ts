// Command-line arguments: the command words, positional arguments and the few options there are.
import { badInput } from './io';

export interface ParsedArgs {
  positional: string[];
  json: boolean;
  help: boolean;
  regime?: string;
  /** `--rules DIR`: one regime folder to decide by instead of a built-in regime. */
  rules?: string;
}

const VALUED = { '--regime': 'a regime id or in-force, e.g. --regime rapex-2004', '--rules': 'a regime folder, e.g. --rules rules/rapex-2010' } as const;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], json: false, help: false };
  const set = (option: keyof typeof VALUED, v: string) => {
    if (option === '--regime') out.regime = v;
    else out.rules = v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--regime' || a === '--rules') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw badInput(`${a} needs ${VALUED[a]}`);
      set(a, v);
    } else if (a.startsWith('--regime=')) set('--regime', a.slice('--regime='.length));
    else if (a.startsWith('--rules=')) set('--rules', a.slice('--rules='.length));
    else if (a.startsWith('-') && a !== '-') throw badInput(`unknown option '${shortArg(a)}' (see riskcase --help)`);
    else out.positional.push(a);
  }
  if (out.regime !== undefined && out.rules !== undefined) throw badInput('give --regime or --rules, not both');
  return out;
}

/** An argument as a message quotes it: a short prefix. */
export function shortArg(a: string): string {
  return a.length > 60 ? `${a.slice(0, 60)}…` : a;
}
