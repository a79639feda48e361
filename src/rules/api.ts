// What the rest of Riskcase sees of a rule set: a checked, compiled regime that answers questions
// and always says why. Domain code, machines, the UI and the CLI depend on this file only —
// never on the parser or the AST.

import type { CalendarDate } from '../domain/calendar-date';
import type { Fraction } from '../domain/fraction';
import type { Diagnostic, Labels, SourceLoc } from './ast';
import type { RiskMethod } from './methods';
export { RISK_METHODS, DEFAULT_RISK_METHOD, type RiskMethod } from './methods';

/**
 * A runtime value. Enum members: string (identifier members) or number (integer members such as
 * severity 1-4 and bands 1-8). Text is a string too; the static type says which. null = absent.
 */
export type RValue =
  | boolean
  | number
  | string
  | Fraction
  | CalendarDate
  | null
  | readonly RValue[]
  | { readonly [field: string]: RValue };

/** Bound input facts: root name (`case`) → value converted to the declared types. */
export type Facts = Readonly<Record<string, RValue>>;

export interface RegimeMeta {
  id: string;
  title: string;
  source: string;
  effectiveFrom: CalendarDate | null;
  effectiveTo: CalendarDate | null;
  /** The risk method of the regime's files (`method "…"`; default: the step method). */
  method: RiskMethod;
  cites?: string;
}

/** One step of "why": a rule, condition, table row or band that decided, with its citation. */
export interface TraceEntry {
  kind: 'decision-rule' | 'otherwise' | 'condition' | 'value' | 'table-row' | 'band' | 'deadline-rule';
  /** Declaration or rule name, e.g. 'emergency', 'seriousRisk', 'risk'. */
  name: string;
  label?: Labels;
  /** The legal citation, e.g. "Part II, 3.1.1". Every rule has one. */
  cites: string;
  /** For conditions: whether it held; `negated` when it counted because it did NOT hold. */
  holds?: boolean;
  negated?: boolean;
  /** Short plain-language detail, e.g. "band 5 × severity 4 → serious". */
  detail?: string;
  loc: SourceLoc;
}

export interface EnumInfo {
  name: string;
  ordered: boolean;
  label?: Labels;
  cites?: string;
  members: { value: string | number; label?: Labels; description?: Labels }[];
}

export interface BandInfo {
  value: number;
  label?: Labels;
  /** Strict lower bound; null for the `otherwise` band. */
  above: Fraction | null;
}

export interface BandsInfo {
  name: string;
  cites: string;
  /** In file order: from the highest bound to the `otherwise` row. */
  rows: BandInfo[];
}

export interface TableInfo {
  name: string;
  cites: string;
  params: { name: string; type: string }[];
  result: string;
  hit: 'unique' | 'first';
}

export type Outcome<T> =
  | { ok: true; value: T; trace: TraceEntry[] }
  | { ok: false; error: string; trace: TraceEntry[] };

export interface DecisionOutcome {
  /** The decided value (e.g. 'article-12-emergency'), or the `otherwise` value. */
  value: RValue;
  /** Extra outputs set by the winning rule, e.g. { reason: 'b' }. Absent fields are null. */
  fields: Record<string, RValue>;
  /** The winning rule's name, or null when `otherwise` decided. */
  rule: string | null;
  /** The rule that decided, then the named conditions that made it apply, each with its citation. */
  because: TraceEntry[];
  /** Rules whose condition held but were overridden (for the explanation "not X because Y"). */
  overridden: { rule: string; by: string }[];
}

/** What a decision decided, without the explanation (`decideValue`). */
export interface DecisionValue {
  /** As DecisionOutcome.value. */
  readonly value: RValue;
  /** As DecisionOutcome.fields. */
  readonly fields: Readonly<Record<string, RValue>>;
  /** As DecisionOutcome.rule. */
  readonly rule: string | null;
}

export type DecisionValueOutcome = { ok: true; value: DecisionValue } | { ok: false; error: string };

/**
 * Why the holidays counted may be incomplete: the State has no calendar (weekends only), the State
 * is not given, or the period runs outside the years the calendar lists holidays for.
 */
export type CalendarGap =
  | { kind: 'state-unknown'; state: string }
  | { kind: 'no-state' }
  | { kind: 'outside-years'; first: number; last: number };

export interface DeadlineOutcome {
  /** Member of the `action` enum, e.g. 'send-notification'. */
  action: string;
  due: CalendarDate;
  /** The date the period runs from. */
  from: CalendarDate;
  days: number;
  unit: 'calendar' | 'working';
  /** Working days only: the calendar counted — a State's code ('NO'), a calendar's name ('commission'), or 'weekends-only'. */
  calendar?: string;
  /** Working days only: why holidays may be missing from the count (no calendar for the State, no State given, years not listed). */
  calendarGap?: CalendarGap;
  /** Plain-language basis: "10 calendar days after the adoption of measures (Appendix 3)". */
  basis: string;
  rule: string;
  cites: string;
  trace: TraceEntry[];
}

export interface FactError {
  /** JSON path of the offending field, e.g. 'measures[0].adopted'. */
  path: string;
  message: string;
}

export type BindResult = { ok: true; facts: Facts } | { ok: false; errors: FactError[] };

export interface ExampleResult {
  title: string;
  file: string;
  loc: SourceLoc;
  passed: boolean;
  /** One line per failed expectation: "expected classification is article-12, got for-information". */
  failures: { message: string; loc: SourceLoc }[];
}

export type SymbolKind =
  | 'enum'
  | 'enum-member'
  | 'record'
  | 'facts'
  | 'fact'
  | 'bands'
  | 'table'
  | 'condition'
  | 'value'
  | 'decision'
  | 'decision-rule'
  | 'calendar'
  | 'deadline'
  | 'example';

/** For the editor: completion, hover and go-to-definition. */
export interface SymbolInfo {
  name: string;
  kind: SymbolKind;
  type?: string;
  label?: Labels;
  cites?: string;
  loc: SourceLoc;
}

export interface CompiledRuleSet {
  readonly meta: RegimeMeta;
  /** Warnings left after a clean check (errors mean there is no compiled rule set). */
  readonly warnings: readonly Diagnostic[];
  readonly files: readonly string[];

  enumeration(name: string): EnumInfo | undefined;
  bands(name: string): BandsInfo | undefined;
  table(name: string): TableInfo | undefined;
  symbols(): SymbolInfo[];

  /** The band a value falls in: the first row whose strict bound it exceeds, else `otherwise`. */
  band(bandsName: string, value: Fraction): Outcome<number>;
  /** A table lookup with the row that matched. Args are runtime values of the param types. */
  lookup(tableName: string, args: readonly RValue[]): Outcome<RValue>;

  /** Convert raw JSON (as parsed from a case document) into typed facts per the `facts` declaration. */
  bindFacts(root: string, json: unknown): BindResult;
  /** Any condition or value by name. */
  evaluate(name: string, facts: Facts): Outcome<RValue>;
  /** A decision (e.g. 'classification'); an ambiguous result is an error naming both rules. */
  decide(decisionName: string, facts: Facts): Outcome<DecisionOutcome>;
  /**
   * A decision's value, fields and winning rule only: the same answer and the same errors as
   * `decide`, without building the explanation, for batch runs. The result may be shared between
   * calls and is frozen.
   */
  decideValue(decisionName: string, facts: Facts): DecisionValueOutcome;
  /** Every deadline whose rule applies, earliest first. */
  deadlines(facts: Facts): Outcome<DeadlineOutcome[]>;

  /** Runs the `example` blocks of the rule files. */
  runExamples(): ExampleResult[];
}

/** A rule file's text with the name it is reported under (e.g. 'rules/rapex-2010/risk.rules'). */
export interface RuleSource {
  file: string;
  text: string;
}

/** Finds another regime's sources for `import … from "rapex-2010"`. */
export type RegimeResolver = (regimeId: string) => readonly RuleSource[] | undefined;

export interface LoadResult {
  ruleSet: CompiledRuleSet | null;
  /** All diagnostics, errors and warnings, sorted by file, line, column. */
  diagnostics: Diagnostic[];
}
