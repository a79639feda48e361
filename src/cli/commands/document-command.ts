// What classify, deadlines and assess share: read one document or a batch, read every document
// strictly (bad input names each field), then evaluate them, and print only when all succeeded —
// a bad document anywhere gives exit 2 with the first hundred problems and the count of the rest,
// and nothing on stdout. Unknown fields are warnings on stderr; the answer is still printed.
import type { CompiledRuleSet } from '../../rules/api';
import type { ParsedArgs } from '../args';
import { json } from '../format';
import { fieldPath, readDocuments } from '../input';
import { badInput, capped, CliExit, type CliIO, EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK } from '../io';
import { builtinRuleSet, DEFAULT_REGIME, ruleSetFromDir } from '../rule-files';
import { IN_FORCE, regimeInForceFor, type DocumentDate } from '../regime-in-force';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Bad input (names fields), or a failure of the rule set itself (a bug in the rules, exit 1). */
export type Evaluation<T> = { ok: true; value: T } | { ok: false; errors: FieldProblem[] } | { ok: false; internal: string };

/** A document read strictly: what `evaluate` works on, the regime it names, the fields it has that the format does not. */
export type Reading<D> =
  | { ok: true; doc: D; regime?: string; unknownFields: FieldProblem[]; date?: DocumentDate | null }
  | { ok: false; errors: FieldProblem[]; warnings?: FieldProblem[] };

export interface DocumentCommand<T, D = unknown> {
  name: string;
  /** Reads one document (opening an export envelope first), before any is evaluated. */
  read(doc: unknown): Promise<Reading<D>>;
  /** Whether the rule set itself declares a field the format does not know (no warning then). */
  declares?(path: string, ruleSet: CompiledRuleSet): boolean;
  evaluate(doc: D, ruleSet: CompiledRuleSet): Evaluation<T>;
  /** The field named when --regime in-force finds no date in a document. */
  dateField: string;
  toJson(value: T, ruleSet: CompiledRuleSet): unknown;
  toText(value: T, ruleSet: CompiledRuleSet): string;
}

export async function runDocumentCommand<T, D>(cmd: DocumentCommand<T, D>, args: ParsedArgs, io: CliIO): Promise<number> {
  if (args.positional.length > 1) throw badInput(`${cmd.name} takes one FILE; got ${args.positional.length}`);
  // An unknown regime, or a rule folder that does not check, fails before any input is read.
  const inForce = args.regime === IN_FORCE;
  const given = args.rules !== undefined ? ruleSetFromDir(args.rules, io.cwd) : args.regime !== undefined && !inForce ? builtinRuleSet(args.regime) : undefined;
  const input = await readDocuments(args.positional[0], io, cmd.name);
  const at = (i: number, path: string) => `${input.label}: ${fieldPath(input.batch, i, path)}`;
  const problems: string[] = [];
  const warnings: string[] = [];

  // Every document read first: a bad one late in a batch stops the run before any work is done.
  const read: { doc: D; ruleSet: CompiledRuleSet; index: number }[] = [];
  for (const [i, raw] of input.docs.entries()) {
    const r = await cmd.read(raw);
    if (!r.ok) {
      // An unknown field beside a missing one is often the same field misspelt: both are said.
      for (const u of r.warnings ?? []) warnings.push(`warning: ${at(i, u.path)}: ${u.message}`);
      for (const e of r.errors) problems.push(`${at(i, e.path)}: ${e.message}`);
      continue;
    }
    let ruleSet = given;
    let regime = r.regime ?? DEFAULT_REGIME;
    if (inForce) {
      const f = regimeInForceFor(r.date ?? null, cmd.dateField);
      if (!f.ok) {
        problems.push(`${at(i, f.path)}: ${f.message}`);
        continue;
      }
      regime = f.regime;
    }
    if (!ruleSet) {
      try {
        ruleSet = builtinRuleSet(regime);
      } catch (e) {
        if (!(e instanceof CliExit && e.status === EXIT_BAD_INPUT)) throw e;
        problems.push(`${at(i, 'regime')}: ${e.lines[0]}`);
        continue;
      }
    }
    for (const u of r.unknownFields) if (!cmd.declares?.(u.path, ruleSet)) warnings.push(`warning: ${at(i, u.path)}: ${u.message}`);
    read.push({ doc: r.doc, ruleSet, index: i });
  }
  if (warnings.length) io.stderr(capped(warnings, 'warnings').map((l) => `riskcase: ${l}`).join('\n') + '\n');
  if (problems.length) throw badInput(...capped(problems));

  const results: { value: T; ruleSet: CompiledRuleSet }[] = [];
  for (const { doc, ruleSet, index } of read) {
    const r = cmd.evaluate(doc, ruleSet);
    if (r.ok) results.push({ value: r.value, ruleSet });
    else if ('internal' in r) throw new CliExit(EXIT_FAILED, [`${input.label}: ${input.batch ? `[${index}]: ` : ''}${r.internal}`]);
    else for (const e of r.errors) problems.push(`${at(index, e.path)}: ${e.message}`);
  }
  if (problems.length) throw badInput(...capped(problems));
  if (input.batch) io.stdout(json(results.map((r) => cmd.toJson(r.value, r.ruleSet))));
  else if (args.json) io.stdout(json(cmd.toJson(results[0].value, results[0].ruleSet)));
  else io.stdout(cmd.toText(results[0].value, results[0].ruleSet));
  return EXIT_OK;
}
