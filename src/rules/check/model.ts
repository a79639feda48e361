// The checked regime: every declaration by name, and what the checker learnt about each
// expression (its type, what a name refers to, the value of a constant). The compiler reads this.

import type {
  AggregateExpr,
  AnyExpr,
  BandsDecl,
  CalendarDecl,
  ConditionDecl,
  DecisionDecl,
  DeadlineDecl,
  Diagnostic,
  EnumDecl,
  ExampleDecl,
  Expr,
  FactsDecl,
  PathExpr,
  RecordDecl,
  RegimeDecl,
  SourceLoc,
  TableDecl,
  ValueDecl,
} from '../ast';
import { diagnosticAt } from '../ast';
import type { RValue } from '../api';
import type { Type } from './type-model';

/** What a (dotted) name in an expression stands for. */
export type Ref =
  | { kind: 'fact'; root: string; props: string[] }
  | { kind: 'local'; binder: AnyExpr | AggregateExpr; props: string[] }
  | { kind: 'condition'; name: string }
  | { kind: 'value'; name: string; props?: string[] }
  | { kind: 'decision'; name: string; field?: string }
  | { kind: 'member'; value: string | number };

export type Binder = AnyExpr | AggregateExpr;

/** Fields of a record or facts declaration: dotted path → type. */
export type FieldTable = Map<string, { type: Type; loc: SourceLoc }>;

export interface Model {
  sources: Map<string, string>;
  /** Files of the regime itself (imports excluded). */
  files: string[];
  regime?: RegimeDecl;
  enums: Map<string, EnumDecl>;
  records: Map<string, RecordDecl>;
  bands: Map<string, BandsDecl>;
  facts: Map<string, FactsDecl>;
  tables: Map<string, TableDecl>;
  conditions: Map<string, ConditionDecl>;
  values: Map<string, ValueDecl>;
  decisions: Map<string, DecisionDecl>;
  calendars: Map<string, CalendarDecl>;
  deadlines: DeadlineDecl[];
  examples: ExampleDecl[];

  /** Field tables of records and facts roots, filled by the type checker. */
  recordFields: Map<string, FieldTable>;
  factFields: Map<string, FieldTable>;
  /** Type of every checked expression. */
  types: WeakMap<Expr, Type>;
  refs: WeakMap<PathExpr, Ref>;
  /** Constants: numbers, dates, enum members, as runtime values. */
  literals: WeakMap<Expr, RValue>;
  /** Declared or inferred type of each value declaration. */
  valueTypes: Map<string, Type>;
  /** References between conditions, values and decisions (for cycles and imports). */
  deps: Map<string, { name: string; loc: SourceLoc }[]>;
  diagnostics: Diagnostic[];
}

export function emptyModel(): Model {
  return {
    sources: new Map(),
    files: [],
    enums: new Map(),
    records: new Map(),
    bands: new Map(),
    facts: new Map(),
    tables: new Map(),
    conditions: new Map(),
    values: new Map(),
    decisions: new Map(),
    calendars: new Map(),
    deadlines: [],
    examples: [],
    recordFields: new Map(),
    factFields: new Map(),
    types: new WeakMap(),
    refs: new WeakMap(),
    literals: new WeakMap(),
    valueTypes: new Map(),
    deps: new Map(),
    diagnostics: [],
  };
}

export function report(model: Model, loc: SourceLoc, code: string, message: string, severity: 'error' | 'warning' = 'error'): void {
  model.diagnostics.push(diagnosticAt(loc, code, message, severity));
}

/** "line 12" in the same file, "risk.rules:12" in another. */
export function where(loc: SourceLoc, from: SourceLoc): string {
  if (loc.file === from.file) return `line ${loc.line}`;
  const short = loc.file.split('/').pop() ?? loc.file;
  return `${short}:${loc.line}`;
}
