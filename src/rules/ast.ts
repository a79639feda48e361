// The abstract syntax of Riskcase rule files: what the parser produces and the checker reads.
// Every node carries its source location so any diagnostic can say file:line:col.
// See docs/rules-language.md for the surface syntax of each node.

export interface SourceLoc {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** 0-based character offsets into the file text, end exclusive. */
  offset: number;
  endOffset: number;
}

/** A name as written, with where it was written (for "did you mean" and go-to-definition). */
export interface Name {
  text: string;
  loc: SourceLoc;
}

/** `label "Serious risk" de "Ernstes Risiko" fr "Risque grave"` — key 'en' is the first string. */
export type Labels = Record<string, string>;

export interface Citation {
  text: string;
  loc: SourceLoc;
}

export interface RuleFile {
  file: string;
  declarations: Declaration[];
}

export type Declaration =
  | RegimeDecl
  | ImportDecl
  | EnumDecl
  | RecordDecl
  | FactsDecl
  | BandsDecl
  | TableDecl
  | ConditionDecl
  | ValueDecl
  | DecisionDecl
  | CalendarDecl
  | DeadlineDecl
  | ExampleDecl;

interface DeclBase {
  loc: SourceLoc;
  cites?: Citation;
}

export interface RegimeDecl extends DeclBase {
  kind: 'regime';
  id: { text: string; loc: SourceLoc };
  title?: string;
  source?: string;
  /** Raw text so the checker can report a bad date at its place. */
  effectiveFrom?: DateLiteral;
  effectiveTo?: DateLiteral;
  /** `method "rapex-2004"`: the risk method the regime's files describe (absent: the step method). */
  method?: { text: string; loc: SourceLoc };
}

/** `import probabilityBand, risk from "rapex-2010"` */
export interface ImportDecl extends DeclBase {
  kind: 'import';
  names: Name[];
  regime: { text: string; loc: SourceLoc };
}

export interface EnumMember {
  /** Identifier members are strings; integer members (severity 1-4) are numbers. */
  value: string | number;
  loc: SourceLoc;
  label?: Labels;
  description?: Labels;
}

export interface EnumDecl extends DeclBase {
  kind: 'enum';
  name: Name;
  ordered: boolean;
  label?: Labels;
  members: EnumMember[];
}

export type TypeRef =
  | { kind: 'named'; name: Name; loc: SourceLoc } // boolean, integer, fraction, date, text, an enum, a bands, a record
  | { kind: 'list'; of: TypeRef; loc: SourceLoc }
  | { kind: 'optional'; of: TypeRef; loc: SourceLoc };

export interface FieldDecl {
  /** Dotted path relative to the record: `product.consumerProduct`. */
  path: Name[];
  type: TypeRef;
  loc: SourceLoc;
  label?: Labels;
}

/** `record measure` — the shape of an element of a list fact. */
export interface RecordDecl extends DeclBase {
  kind: 'record';
  name: Name;
  fields: FieldDecl[];
}

/** `facts case` — the typed input of an evaluation, rooted at `case`. */
export interface FactsDecl extends DeclBase {
  kind: 'facts';
  name: Name;
  fields: FieldDecl[];
}

export interface BandRow {
  /** The band's own value (1-8). */
  value: number;
  label?: Labels;
  /** `above 1/1000`: strictly greater than; absent for the `otherwise` row. */
  above?: NumberLiteral;
  otherwise: boolean;
  loc: SourceLoc;
}

export interface BandsDecl extends DeclBase {
  kind: 'bands';
  name: Name;
  /** The type of the value being banded, normally `fraction`. */
  over: TypeRef;
  label?: Labels;
  rows: BandRow[];
}

export interface TableParam {
  name: Name;
  type: TypeRef;
}

/**
 * A cell of a decision table's input column: `-` (any), a list of values `1, 2, 3`, or a range
 * `1..3` over an ordered type. Values are written as atoms and resolved by the checker against
 * the column's type.
 */
export type InputEntry =
  | { kind: 'any'; loc: SourceLoc }
  | { kind: 'values'; values: Expr[]; loc: SourceLoc }
  | { kind: 'range'; from: Expr; to: Expr; loc: SourceLoc };

export interface TableRow {
  inputs: InputEntry[];
  /** `none` is an explicit empty output (distinct from a missing cell). */
  output: Expr | { kind: 'none'; loc: SourceLoc };
  loc: SourceLoc;
  cites?: Citation;
}

export type HitPolicy = 'unique' | 'first';

/**
 * Both surface forms end up as rows:
 *  - matrix form (two inputs): header line of column keys, one line per row key;
 *    the parser expands each cell into a TableRow with two `values` inputs;
 *    `missingCells` lists header positions a short row did not fill (the checker reports them);
 *  - rows form: one line per row, one entry per input, then `->` and the output.
 */
export interface TableDecl extends DeclBase {
  kind: 'table';
  name: Name;
  params: TableParam[];
  result: TypeRef;
  hit: HitPolicy;
  hitLoc?: SourceLoc;
  form: 'matrix' | 'rows';
  rows: TableRow[];
  /** Matrix form only: cells absent from a row (row key, column key, where the row ended). */
  missingCells: { row: Expr; column: Expr; loc: SourceLoc }[];
  label?: Labels;
}

export interface ConditionDecl extends DeclBase {
  kind: 'condition';
  name: Name;
  label?: Labels;
  expr: Expr;
}

export interface ValueDecl extends DeclBase {
  kind: 'value';
  name: Name;
  type?: TypeRef;
  label?: Labels;
  expr: Expr;
}

export interface DecisionRule {
  name: Name;
  value: Expr;
  /** `with reason b` */
  fields: { name: Name; value: Expr }[];
  when: Expr;
  overrides: Name[];
  label?: Labels;
  cites?: Citation;
  loc: SourceLoc;
}

export interface DecisionDecl extends DeclBase {
  kind: 'decision';
  name: Name;
  result: TypeRef;
  /** `with reason : infoReason` — extra outputs a rule may set. */
  fields: { name: Name; type: TypeRef }[];
  otherwise?: { value: Expr; cites?: Citation; loc: SourceLoc };
  rules: DecisionRule[];
  label?: Labels;
}

export interface CalendarDecl extends DeclBase {
  kind: 'calendar';
  name: Name;
  /** ISO weekday names as written: monday … sunday. */
  weekend: Name[];
  holidays: { date: DateLiteral; label?: string; loc: SourceLoc }[];
  /** `for "NO"`: the State (ISO 3166 alpha-2) whose public holidays these are. */
  state?: { code: string; loc: SourceLoc };
}

export interface DeadlineRule {
  name: Name;
  when: Expr;
  days: NumberLiteral;
  unit: 'calendar' | 'working';
  /** `using commission` — required for working days. */
  calendar?: Name;
  /** `using memberState for EXPR`: the State code whose own calendar replaces `calendar` when declared. */
  stateOf?: Expr;
  after: Expr;
  label?: Labels;
  cites?: Citation;
  loc: SourceLoc;
}

/** `deadline send-notification` — the action is a member of the `action` enum. */
export interface DeadlineDecl extends DeclBase {
  kind: 'deadline';
  action: Name;
  rules: DeadlineRule[];
  label?: Labels;
}

/** A binding in an example: `risk.level = serious`, `measures = [ { type = obligatory } ]`. */
export interface GivenBinding {
  path: Name[];
  value: Expr;
  loc: SourceLoc;
}

export interface ExampleDecl extends DeclBase {
  kind: 'example';
  title: { text: string; loc: SourceLoc };
  /** `given case` block: root name then bindings. */
  given: { root: Name; bindings: GivenBinding[] } | null;
  expects: { expr: Expr; loc: SourceLoc }[];
}

// ---- expressions ----

export type Expr =
  | BoolLiteral
  | NumberLiteral
  | DateLiteral
  | StringLiteral
  | PathExpr
  | CallExpr
  | NotExpr
  | BinaryExpr
  | IsExpr
  | CompareExpr
  | MulExpr
  | OtherwiseExpr
  | AnyExpr
  | AggregateExpr
  | DeadlineRef
  | ListLiteral
  | RecordLiteral;

export interface BoolLiteral {
  kind: 'bool';
  value: boolean;
  loc: SourceLoc;
}

/**
 * Integers (`4`), fractions (`1/1000`), decimals (`0.02`) and percentages (`2%`) as written.
 * `text` is the source text; the checker turns it into an exact Fraction.
 */
export interface NumberLiteral {
  kind: 'number';
  text: string;
  form: 'integer' | 'fraction' | 'decimal' | 'percent';
  loc: SourceLoc;
}

export interface DateLiteral {
  kind: 'date';
  text: string;
  loc: SourceLoc;
}

export interface StringLiteral {
  kind: 'string';
  value: string;
  loc: SourceLoc;
}

/**
 * A name or dotted path: `case.risk.level`, `rapexCriteria`, `m.adopted`, or an enum member
 * written bare (`serious`, `article-12-emergency`) — the checker resolves which by scope and type.
 */
export interface PathExpr {
  kind: 'path';
  parts: Name[];
  loc: SourceLoc;
}

/** `risk(band, severity)`, `probabilityBand(27/160000)` — tables and bands are called. */
export interface CallExpr {
  kind: 'call';
  callee: Name;
  args: Expr[];
  loc: SourceLoc;
}

export interface NotExpr {
  kind: 'not';
  operand: Expr;
  loc: SourceLoc;
}

export interface BinaryExpr {
  kind: 'and' | 'or';
  left: Expr;
  right: Expr;
  loc: SourceLoc;
}

/** `x is v`, `x is not v`, `x is one of (a, b)`, `x is present`, `x is absent`. */
export interface IsExpr {
  kind: 'is';
  subject: Expr;
  negated: boolean;
  test:
    | { kind: 'value'; value: Expr }
    | { kind: 'oneOf'; values: Expr[] }
    | { kind: 'present' }
    | { kind: 'absent' };
  loc: SourceLoc;
}

export interface CompareExpr {
  kind: 'compare';
  op: '<' | '<=' | '>' | '>=' | '=';
  left: Expr;
  right: Expr;
  loc: SourceLoc;
}

/** `1/10 * 1/10 * 1/3` — exact product of fractions. */
export interface MulExpr {
  kind: 'mul';
  left: Expr;
  right: Expr;
  loc: SourceLoc;
}

/** `case.notification.type otherwise classification` — the left if present, else the right. */
export interface OtherwiseExpr {
  kind: 'otherwise';
  left: Expr;
  right: Expr;
  loc: SourceLoc;
}

/** `any m in case.measures where m.type is obligatory` (and `no m in …`). */
export interface AnyExpr {
  kind: 'any' | 'no';
  variable: Name;
  list: Expr;
  where: Expr;
  loc: SourceLoc;
}

/** `earliest e.date for e in case.events where e.kind is product-found` (also latest, count). */
export interface AggregateExpr {
  kind: 'aggregate';
  fn: 'earliest' | 'latest' | 'count';
  /** For count, the variable itself. */
  of: Expr;
  variable: Name;
  list: Expr;
  where?: Expr;
  loc: SourceLoc;
}

/** `deadline send-notification` in an example's expect: the due date, or absent. */
export interface DeadlineRef {
  kind: 'deadlineRef';
  action: Name;
  loc: SourceLoc;
}

export interface ListLiteral {
  kind: 'list';
  items: Expr[];
  loc: SourceLoc;
}

export interface RecordLiteral {
  kind: 'record';
  fields: { name: Name; value: Expr }[];
  loc: SourceLoc;
}

/** The expressions directly inside `e`, for walks that must not recurse (see limits.ts). */
export function subExpressions(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'bool':
    case 'number':
    case 'date':
    case 'string':
    case 'path':
    case 'deadlineRef':
      return [];
    case 'call':
      return e.args;
    case 'not':
      return [e.operand];
    case 'and':
    case 'or':
    case 'compare':
    case 'mul':
    case 'otherwise':
      return [e.left, e.right];
    case 'is':
      return e.test.kind === 'value' ? [e.subject, e.test.value] : e.test.kind === 'oneOf' ? [e.subject, ...e.test.values] : [e.subject];
    case 'any':
    case 'no':
      return [e.list, e.where];
    case 'aggregate':
      return e.where ? [e.of, e.list, e.where] : [e.of, e.list];
    case 'list':
      return e.items;
    case 'record':
      return e.fields.map((f) => f.value);
    default:
      return unreachable(e);
  }
}

function unreachable(e: never): never {
  throw new Error(`unknown expression ${(e as { kind: string }).kind}`);
}

// ---- diagnostics ----

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  offset: number;
  endOffset: number;
  /** Stable identifier, e.g. 'unknown-name', 'missing-cell', 'syntax'. */
  code: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

export function diagnosticAt(loc: SourceLoc, code: string, message: string, severity: Severity = 'error'): Diagnostic {
  return { severity, message, code, file: loc.file, line: loc.line, column: loc.column, offset: loc.offset, endOffset: loc.endOffset };
}

export interface ParseResult {
  ast: RuleFile;
  diagnostics: Diagnostic[];
}
