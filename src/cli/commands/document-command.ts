// What classify, deadlines and assess share: read one document or a batch, evaluate every one,
// and print only when all succeeded — a bad document anywhere gives exit 2 with every bad field
// named by its path, and nothing on stdout.
import type { CompiledRuleSet } from '../../rules/api';
import type { ParsedArgs } from '../args';
import { json } from '../format';
import { fieldPath, readDocuments } from '../input';
import { badInput, CliExit, type CliIO, EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK } from '../io';
import { builtinRuleSet, DEFAULT_REGIME } from '../rule-files';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Bad input (names fields), or a failure of the rule set itself (a bug in the rules, exit 1). */
export type Evaluation<T> = { ok: true; value: T } | { ok: false; errors: FieldProblem[] } | { ok: false; internal: string };

export interface DocumentCommand<T> {
  name: string;
  /** The regime a document asks for when no --regime is given (assess documents may name one). */
  regimeOf?(doc: unknown): string | undefined;
  evaluate(doc: unknown, ruleSet: CompiledRuleSet): Evaluation<T>;
  toJson(value: T, ruleSet: CompiledRuleSet): unknown;
  toText(value: T, ruleSet: CompiledRuleSet): string;
}

export async function runDocumentCommand<T>(cmd: DocumentCommand<T>, args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.positional.length > 1) throw badInput(`${cmd.name} takes one FILE; got ${args.positional.length}`);
  if (args.regime !== undefined) builtinRuleSet(args.regime); // an unknown regime fails before reading input
  const input = await readDocuments(args.positional[0], io, cmd.name);
  const problems: string[] = [];
  const results: { value: T; ruleSet: CompiledRuleSet }[] = [];
  input.docs.forEach((doc, i) => {
    const regime = args.regime ?? cmd.regimeOf?.(doc) ?? DEFAULT_REGIME;
    let ruleSet: CompiledRuleSet;
    try {
      ruleSet = builtinRuleSet(regime);
    } catch (e) {
      if (e instanceof CliExit && e.status === EXIT_BAD_INPUT && args.regime === undefined) {
        problems.push(`${input.label}: ${fieldPath(input.batch, i, 'regime')}: ${e.lines[0]}`);
        return;
      }
      throw e;
    }
    const r = cmd.evaluate(doc, ruleSet);
    if (r.ok) results.push({ value: r.value, ruleSet });
    else if ('internal' in r) throw new CliExit(EXIT_FAILED, [`${input.label}: ${input.batch ? `[${i}]: ` : ''}${r.internal}`]);
    else for (const e of r.errors) problems.push(`${input.label}: ${fieldPath(input.batch, i, e.path)}: ${e.message}`);
  });
  if (problems.length) throw badInput(...problems);
  if (input.batch) io.stdout(json(results.map((r) => cmd.toJson(r.value, r.ruleSet))));
  else if (args.json) io.stdout(json(cmd.toJson(results[0].value, results[0].ruleSet)));
  else io.stdout(cmd.toText(results[0].value, results[0].ruleSet));
  return EXIT_OK;
}

/** Case documents must be JSON objects before bindFacts sees them. */
export function notAnObject(doc: unknown): FieldProblem[] | null {
  if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) return null;
  return [{ path: '', message: `a case document must be a JSON object, not ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc}` }];
}
