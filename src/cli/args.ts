// Command-line arguments: the command words, positional arguments and the few options there are.
import { badInput } from './io';

export interface ParsedArgs {
  positional: string[];
  json: boolean;
  help: boolean;
  regime?: string;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--regime') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw badInput('--regime needs a regime id, e.g. --regime rapex-2004');
      out.regime = v;
    } else if (a.startsWith('--regime=')) out.regime = a.slice('--regime='.length);
    else if (a.startsWith('-') && a !== '-') throw badInput(`unknown option '${a}' (see riskcase --help)`);
    else out.positional.push(a);
  }
  return out;
}
