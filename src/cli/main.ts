// The command line (DESIGN.md, "Interchange format (v1) and the command line"). `run` does the work
// and returns the exit status, so tests call it in-process; `main` binds it to the real process.
import { parseArgs, shortArg } from './args';
import { alertsCommand } from './commands/alerts';
import { assessCommand } from './commands/assess';
import { classifyCommand } from './commands/classify';
import { deadlinesCommand } from './commands/deadlines';
import { runDocumentCommand } from './commands/document-command';
import { rulesCheck, rulesTest } from './commands/rules';
import { serverCommand } from './commands/server';
import { statsCommand } from './commands/stats';
import { builtinRegimeIds } from './rule-files';
import { helpText } from './help';
import { INPUT_LIMITS } from './input';
import { badInput, CliExit, type CliIO, EXIT_OK } from './io';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    // stats has options of its own (--by, --from, --to).
    if (argv[0] === 'stats' && !argv.includes('--help') && !argv.includes('-h')) return await statsCommand(argv.slice(1), io);
    // server has options of its own, and starts a process that keeps running.
    if (argv[0] === 'server') return await serverCommand(argv.slice(1), io);
    const args = parseArgs(argv);
    const [command, ...rest] = args.positional;
    if (args.help || command === 'help' || command === undefined) {
      if (command === undefined && !args.help) {
        io.stderr(helpText(builtinRegimeIds()));
        return 2;
      }
      io.stdout(helpText(builtinRegimeIds()));
      return EXIT_OK;
    }
    const sub = { ...args, positional: rest };
    switch (command) {
      case 'classify':
        return await runDocumentCommand(classifyCommand, sub, io);
      case 'deadlines':
        return await runDocumentCommand(deadlinesCommand, sub, io);
      case 'assess':
        return await runDocumentCommand(assessCommand, sub, io);
      case 'alerts':
        return await alertsCommand(sub, io);
      case 'rules': {
        const [what, ...dirs] = rest;
        if (args.rules !== undefined || args.regime !== undefined) throw badInput(`rules ${what ?? 'check'} takes a folder (rules ${what ?? 'check'} DIR), not --rules or --regime`);
        const rulesArgs = { ...args, positional: dirs };
        if (what === 'check') return rulesCheck(rulesArgs, io);
        if (what === 'test') return rulesTest(rulesArgs, io);
        throw badInput(`rules needs 'check' or 'test' (got ${what === undefined ? 'nothing' : `'${shortArg(what)}'`}); see riskcase --help`);
      }
      default:
        throw badInput(`unknown command '${shortArg(command)}'; commands: assess, classify, deadlines, rules check, rules test, alerts import, stats, server (see riskcase --help)`);
    }
  } catch (e) {
    if (e instanceof CliExit) {
      io.stderr(e.lines.map((l) => `riskcase: ${l}`).join('\n') + '\n');
      return e.status;
    }
    throw e;
  }
}

/** Standard input's bytes; beyond the input limit it stops reading and fails (bad input). */
function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    process.stdin.on('data', (c: Buffer) => {
      size += c.length;
      if (size > INPUT_LIMITS.maxBytes) {
        process.stdin.destroy();
        reject(badInput(`<stdin>: the input is too large (more than ${INPUT_LIMITS.maxBytes} bytes)`));
      } else chunks.push(c);
    });
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const io: CliIO = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin,
    cwd: process.cwd(),
  };
  try {
    process.exitCode = await run(argv, io);
  } catch (e) {
    process.stderr.write(`riskcase: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  }
}
