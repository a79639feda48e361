// The command line (DESIGN.md, "Interchange format (v1) and the command line"). `run` does the work
// and returns the exit status, so tests call it in-process; `main` binds it to the real process.
import { parseArgs } from './args';
import { alertsCommand } from './commands/alerts';
import { assessCommand } from './commands/assess';
import { classifyCommand } from './commands/classify';
import { deadlinesCommand } from './commands/deadlines';
import { runDocumentCommand } from './commands/document-command';
import { rulesCheck, rulesTest } from './commands/rules';
import { statsCommand } from './commands/stats';
import { builtinRegimeIds } from './rule-files';
import { helpText } from './help';
import { badInput, CliExit, type CliIO, EXIT_OK } from './io';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    // stats has options of its own (--by, --from, --to).
    if (argv[0] === 'stats' && !argv.includes('--help') && !argv.includes('-h')) return await statsCommand(argv.slice(1), io);
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
        const rulesArgs = { ...args, positional: dirs };
        if (what === 'check') return rulesCheck(rulesArgs, io);
        if (what === 'test') return rulesTest(rulesArgs, io);
        throw badInput(`rules needs 'check' or 'test' (got ${what === undefined ? 'nothing' : `'${what}'`}); see riskcase --help`);
      }
      default:
        throw badInput(`unknown command '${command}'; commands: assess, classify, deadlines, rules check, rules test, alerts import, stats (see riskcase --help)`);
    }
  } catch (e) {
    if (e instanceof CliExit) {
      io.stderr(e.lines.map((l) => `riskcase: ${l}`).join('\n') + '\n');
      return e.status;
    }
    throw e;
  }
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
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
