// The name table: every declaration of a regime (and what it imports) by name, with duplicates
// reported at the second definition, naming where the first one is.

import type { Declaration, ImportDecl, Name, RuleFile, SourceLoc } from '../ast';
import { suggestion } from '../did-you-mean';
import { type Model, report, where } from './model';

type Named = Exclude<Declaration, { kind: 'regime' | 'import' | 'deadline' | 'example' }>;

/** The kind of thing a name is, in the words of the language. */
const KIND_WORD: Record<Named['kind'], string> = {
  enum: 'an enum',
  record: 'a record',
  facts: 'a facts declaration',
  bands: 'a bands table',
  table: 'a table',
  condition: 'a condition',
  value: 'a value',
  decision: 'a decision',
  calendar: 'a calendar',
};

/**
 * Another regime's declarations, by name. Read on demand: an import names a few declarations, and
 * parsing only those (with what they use) spares parsing the rest of the regime (load.ts).
 */
export interface ImportedRegime {
  /** Every name the regime declares (for "did you mean …"). */
  names(): Iterable<string>;
  /** The declarations called `name`, each once however often asked. */
  declarations(name: string): readonly Declaration[];
}

/** Another regime's declarations, or undefined when there is no such regime. */
export type ImportFetcher = (regimeId: string) => ImportedRegime | undefined;

/** An imported regime whose files are parsed already. */
export function parsedRegime(files: readonly RuleFile[]): ImportedRegime {
  const byName = new Map<string, Declaration[]>();
  for (const f of files) for (const d of f.declarations) {
    const name = declName(d)?.text;
    if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), d]);
  }
  return { names: () => byName.keys(), declarations: (name) => byName.get(name) ?? [] };
}

function declName(d: Declaration): Name | undefined {
  return 'name' in d ? (d as { name: Name }).name : undefined;
}

/** Type names (enums, records, bands) and term names (facts, bands, tables, conditions, values, decisions) are separate. */
function namespaces(d: Named): ('type' | 'term' | 'calendar')[] {
  switch (d.kind) {
    case 'enum':
    case 'record':
      return ['type'];
    case 'bands':
      return ['type', 'term'];
    case 'calendar':
      return ['calendar'];
    default:
      return ['term'];
  }
}

export function registerDeclarations(model: Model, files: readonly RuleFile[], fetch?: ImportFetcher): void {
  const seen = { type: new Map<string, Named>(), term: new Map<string, Named>(), calendar: new Map<string, Named>() };
  const add = (d: Named, origin?: { regime: string; loc: SourceLoc }) => {
    const name = declName(d)!;
    for (const ns of namespaces(d)) {
      const first = seen[ns].get(name.text);
      if (first) {
        const firstName = declName(first)!;
        if (origin) {
          // Reported at the import: the imported file is not the one to change.
          report(model, origin.loc, 'duplicate', `'${name.text}' comes with the import from "${origin.regime}", but it is already ${KIND_WORD[first.kind]} at ${where(firstName.loc, origin.loc)}`);
        } else {
          report(model, name.loc, 'duplicate', `'${name.text}' is defined twice: it is already ${KIND_WORD[first.kind]} at ${where(firstName.loc, name.loc)}`);
        }
        return;
      }
    }
    for (const ns of namespaces(d)) seen[ns].set(name.text, d);
    store(model, d);
  };

  const imports: ImportDecl[] = [];
  for (const f of files) {
    for (const d of f.declarations) {
      switch (d.kind) {
        case 'regime':
          if (model.regime) report(model, d.loc, 'duplicate-regime', `a regime is declared twice: it is already declared at ${where(model.regime.loc, d.loc)}`);
          else model.regime = d;
          break;
        case 'import':
          imports.push(d);
          break;
        case 'deadline':
          model.deadlines.push(d);
          break;
        case 'example':
          model.examples.push(d);
          break;
        default:
          add(d);
      }
    }
  }
  for (const imp of imports) {
    importInto(model, imp, fetch, (d) => add(d, { regime: imp.regime.text, loc: imp.names.find((n) => n.text === declName(d)?.text)?.loc ?? imp.regime.loc }));
  }
}

function store(model: Model, d: Named): void {
  const n = d.name.text;
  switch (d.kind) {
    case 'enum':
      model.enums.set(n, d);
      break;
    case 'record':
      model.records.set(n, d);
      break;
    case 'facts':
      model.facts.set(n, d);
      break;
    case 'bands':
      model.bands.set(n, d);
      break;
    case 'table':
      model.tables.set(n, d);
      break;
    case 'condition':
      model.conditions.set(n, d);
      break;
    case 'value':
      model.values.set(n, d);
      break;
    case 'decision':
      model.decisions.set(n, d);
      break;
    case 'calendar':
      model.calendars.set(n, d);
      break;
  }
}

/** Brings the named declarations of another regime in, with whatever they depend on. */
function importInto(model: Model, imp: ImportDecl, fetch: ImportFetcher | undefined, add: (d: Named) => void): void {
  const regime = fetch?.(imp.regime.text);
  if (!regime) {
    report(model, imp.regime.loc, 'unknown-regime', `unknown regime '${imp.regime.text}'`);
    return;
  }
  const named = (name: string): Named[] =>
    regime.declarations(name).filter((d): d is Named => d.kind !== 'regime' && d.kind !== 'import' && d.kind !== 'deadline' && d.kind !== 'example' && d.name.text === name);
  const taken = new Set<Named>();
  const queue: Named[] = [];
  for (const n of imp.names) {
    const found = named(n.text);
    if (!found.length) {
      report(model, n.loc, 'unknown-import', `regime '${imp.regime.text}' has no '${n.text}'${suggestion(n.text, regime.names())}`);
      continue;
    }
    queue.push(...found);
  }
  while (queue.length) {
    const d = queue.pop()!;
    if (taken.has(d)) continue;
    taken.add(d);
    for (const used of namesUsedBy(d)) for (const dep of named(used)) if (!taken.has(dep)) queue.push(dep);
  }
  // In the imported regime's order (files by name, declarations as written), so diagnostics and
  // symbols come out stable.
  const order = (d: Named) => d.name.loc;
  for (const d of [...taken].sort((a, b) => (order(a).file < order(b).file ? -1 : order(a).file > order(b).file ? 1 : order(a).offset - order(b).offset))) add(d);
}

/** Every name a declaration mentions: paths, calls, types, calendars. */
export function namesUsedBy(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const x of node) namesUsedBy(x, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  const o = node as Record<string, unknown>;
  if (o.kind === 'path' && Array.isArray(o.parts) && o.parts.length) out.add((o.parts[0] as Name).text);
  if (o.kind === 'call' && o.callee) out.add((o.callee as Name).text);
  if (o.kind === 'named' && o.name) out.add((o.name as Name).text);
  if (o.calendar && typeof o.calendar === 'object' && 'text' in (o.calendar as object)) out.add((o.calendar as Name).text);
  for (const [k, v] of Object.entries(o)) if (k !== 'loc' && v && typeof v === 'object') namesUsedBy(v, out);
  return out;
}
