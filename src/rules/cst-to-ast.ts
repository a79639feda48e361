// CST (parser.ts) → AST (ast.ts). Also the checks that need the source layout: matrix rows are
// grouped by line here, since newlines are not tokens.
import type { CstNode, IToken } from 'chevrotain';
import type {
  AggregateExpr, AnyExpr, BandRow, BandsDecl, CalendarDecl, Citation, ConditionDecl, DateLiteral,
  DeadlineDecl, DeadlineRule, DecisionDecl, DecisionRule, Declaration, Diagnostic, EnumDecl, EnumMember,
  ExampleDecl, Expr, FactsDecl, FieldDecl, GivenBinding, ImportDecl, InputEntry, IsExpr, Labels, Name,
  NumberLiteral, RecordDecl, RegimeDecl, SourceLoc, TableDecl, TableRow, TypeRef, ValueDecl,
} from './ast';
import { diagnosticAt, subExpressions } from './ast';
import { DecimalLit, FractionLit, PercentLit } from './lexer';
import { MAX_EXPRESSION_DEPTH } from './limits';

type Child = CstNode | IToken;

/** Conversion state: the file name, the last good position (for tokens made up by recovery), findings. */
export interface ConvertContext {
  file: string;
  last: SourceLoc;
  diagnostics: Diagnostic[];
}

export function newContext(file: string): ConvertContext {
  return { file, last: { file, line: 1, column: 1, offset: 0, endOffset: 0 }, diagnostics: [] };
}

// ---- CST access ----

function toks(n: CstNode | undefined, key: string): IToken[] {
  return (n?.children[key] as IToken[] | undefined) ?? [];
}
function tok(n: CstNode | undefined, key: string, i = 0): IToken | undefined {
  return toks(n, key)[i];
}
function nodes(n: CstNode | undefined, key: string): CstNode[] {
  return (n?.children[key] as CstNode[] | undefined) ?? [];
}
/** The first child of a node with one alternative taken (no array of all children made). */
function firstChild(n: CstNode): CstNode | IToken | undefined {
  for (const key in n.children) return n.children[key][0];
  return undefined;
}
function node(n: CstNode | undefined, key: string, i = 0): CstNode | undefined {
  return nodes(n, key)[i];
}
function has(n: CstNode | undefined, key: string): boolean {
  return toks(n, key).length > 0;
}

// ---- locations ----

/** Recovery-inserted tokens have NaN positions and the end-of-input token has -1. */
function finite(x: number | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

/** Where a token is; a token inserted by error recovery has no position: use the previous one. */
export function tokLoc(ctx: ConvertContext, t: IToken | undefined): SourceLoc {
  if (!t || !finite(t.startOffset) || !finite(t.startLine) || !finite(t.startColumn)) return ctx.last;
  const loc: SourceLoc = {
    file: ctx.file,
    line: t.startLine,
    column: t.startColumn,
    offset: t.startOffset,
    endOffset: finite(t.endOffset) ? t.endOffset + 1 : t.startOffset + t.image.length,
  };
  ctx.last = loc;
  return loc;
}

function nodeLoc(ctx: ConvertContext, n: CstNode | undefined): SourceLoc {
  const l = n?.location;
  if (!l || !finite(l.startOffset) || !finite(l.startLine) || !finite(l.startColumn)) return ctx.last;
  return {
    file: ctx.file,
    line: l.startLine,
    column: l.startColumn,
    offset: l.startOffset,
    endOffset: finite(l.endOffset) ? l.endOffset + 1 : l.startOffset,
  };
}

function span(a: SourceLoc, b: SourceLoc): SourceLoc {
  return { file: a.file, line: a.line, column: a.column, offset: a.offset, endOffset: Math.max(a.endOffset, b.endOffset) };
}

function nameOf(ctx: ConvertContext, t: IToken | undefined): Name {
  return { text: t?.image ?? '', loc: tokLoc(ctx, t) };
}

export function unquote(image: string): string {
  if (image.length < 2) return '';
  const inner = image.slice(1, -1);
  return inner.includes('\\') ? inner.replace(/\\(["\\])/g, '$1') : inner;
}

function stringOf(ctx: ConvertContext, t: IToken | undefined): { text: string; loc: SourceLoc } {
  return { text: unquote(t?.image ?? ''), loc: tokLoc(ctx, t) };
}

function numberOf(ctx: ConvertContext, t: IToken | undefined): NumberLiteral {
  const type = t?.tokenType;
  const form: NumberLiteral['form'] =
    type === FractionLit ? 'fraction' : type === DecimalLit ? 'decimal' : type === PercentLit ? 'percent' : 'integer';
  // `_` only groups digits for the reader; the value's text is without it.
  return { kind: 'number', text: (t?.image ?? '').replace(/_/g, ''), form, loc: tokLoc(ctx, t) };
}

function dateOf(ctx: ConvertContext, t: IToken | undefined): DateLiteral {
  return { kind: 'date', text: t?.image ?? '', loc: tokLoc(ctx, t) };
}

// ---- clauses ----

interface Clauses {
  label?: Labels;
  description?: Labels;
  cites?: Citation;
  /** Where each clause was written, to report one the declaration does not use. */
  at: Partial<Record<'label' | 'description' | 'cites', SourceLoc>>;
}

function labelsOf(ctx: ConvertContext, n: CstNode): Labels {
  const strings = toks(n, 'StringLit');
  const codes = toks(n, 'LangCode');
  const out: Labels = { en: unquote(strings[0]?.image ?? '') };
  codes.forEach((code, i) => {
    const s = strings[i + 1];
    if (!s) return;
    if (code.image in out) {
      ctx.diagnostics.push(diagnosticAt(tokLoc(ctx, code), 'syntax', `the language '${code.image}' is given twice`));
    }
    out[code.image] = unquote(s.image);
  });
  return out;
}

function clausesOf(ctx: ConvertContext, clauseNodes: CstNode[]): Clauses {
  const out: Clauses = { at: {} };
  for (const c of clauseNodes) {
    const [kind, inner] = c.children.labelClause
      ? (['label', node(c, 'labelClause')] as const)
      : c.children.descriptionClause
        ? (['description', node(c, 'descriptionClause')] as const)
        : (['cites', node(c, 'citesClause')] as const);
    if (!inner) continue;
    if (out[kind] !== undefined) {
      ctx.diagnostics.push(diagnosticAt(nodeLoc(ctx, inner), 'syntax', `'${kind}' is given twice here`));
    }
    out.at[kind] = nodeLoc(ctx, inner);
    if (kind === 'cites') out.cites = stringOf(ctx, tok(inner, 'StringLit'));
    else out[kind] = labelsOf(ctx, inner);
  }
  return out;
}

/**
 * Copies the clauses this node uses onto it (only those present, so ASTs compare cleanly), and
 * warns about a clause it has no place for rather than dropping it silently.
 */
function withClauses<T extends object>(
  ctx: ConvertContext,
  base: T,
  c: Clauses,
  keys: readonly ('label' | 'description' | 'cites')[] = ['label', 'cites'],
): T {
  const out = base as Record<string, unknown>;
  for (const k of ['label', 'description', 'cites'] as const) {
    if (c[k] === undefined) continue;
    if (keys.includes(k)) out[k] = c[k];
    else ctx.diagnostics.push(diagnosticAt(c.at[k] ?? ctx.last, 'syntax', `'${k}' is not used here and is ignored`, 'warning'));
  }
  return base;
}

// ---- types ----

function typeRefOf(ctx: ConvertContext, n: CstNode | undefined): TypeRef {
  const loc = nodeLoc(ctx, n);
  if (has(n, 'KwOptional')) return { kind: 'optional', of: typeRefOf(ctx, node(n, 'typeRef')), loc };
  if (has(n, 'KwList')) return { kind: 'list', of: typeRefOf(ctx, node(n, 'typeRef')), loc };
  return { kind: 'named', name: nameOf(ctx, tok(n, 'Name')), loc };
}

function dottedPath(ctx: ConvertContext, n: CstNode | undefined): Name[] {
  const words = [...toks(n, 'Name'), ...toks(n, 'Word')];
  return words.map((t) => nameOf(ctx, t));
}

// ---- declarations ----

export function declarationsOf(ctx: ConvertContext, fileNode: CstNode): Declaration[] {
  const out: Declaration[] = [];
  for (const d of nodes(fileNode, 'declaration')) {
    const inner = firstChild(d) as CstNode | undefined;
    if (!inner || !('name' in inner)) continue;
    const decl = declarationOf(ctx, inner);
    if (decl) out.push(decl);
  }
  return out;
}

function declarationOf(ctx: ConvertContext, n: CstNode): Declaration | undefined {
  switch (n.name) {
    case 'regimeDecl': return regimeOf(ctx, n);
    case 'importDecl': return importOf(ctx, n);
    case 'enumDecl': return enumOf(ctx, n);
    case 'recordDecl': return recordOf(ctx, n, 'record');
    case 'factsDecl': return recordOf(ctx, n, 'facts');
    case 'bandsDecl': return bandsOf(ctx, n);
    case 'tableDecl': return tableOf(ctx, n);
    case 'conditionDecl': return conditionOf(ctx, n);
    case 'valueDecl': return valueOf(ctx, n);
    case 'decisionDecl': return decisionOf(ctx, n);
    case 'calendarDecl': return calendarOf(ctx, n);
    case 'deadlineDecl': return deadlineOf(ctx, n);
    case 'exampleDecl': return exampleOf(ctx, n);
    default: return undefined;
  }
}

function regimeOf(ctx: ConvertContext, n: CstNode): RegimeDecl {
  const loc = nodeLoc(ctx, n);
  const decl: RegimeDecl = { kind: 'regime', loc, id: stringOf(ctx, tok(n, 'StringLit')) };
  const title = node(n, 'titleClause');
  if (title) decl.title = unquote(tok(title, 'StringLit')?.image ?? '');
  const source = node(n, 'sourceClause');
  if (source) decl.source = unquote(tok(source, 'StringLit')?.image ?? '');
  for (const e of nodes(n, 'effectiveClause')) {
    const date = dateOf(ctx, tok(e, 'DateLit'));
    if (has(e, 'KwFrom')) decl.effectiveFrom = date;
    else decl.effectiveTo = date;
  }
  const method = node(n, 'methodClause');
  if (method) decl.method = stringOf(ctx, tok(method, 'StringLit'));
  return withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')), ['cites']);
}

function importOf(ctx: ConvertContext, n: CstNode): ImportDecl {
  const decl: ImportDecl = {
    kind: 'import',
    loc: nodeLoc(ctx, n),
    names: toks(n, 'Name').map((t) => nameOf(ctx, t)),
    regime: stringOf(ctx, tok(n, 'StringLit')),
  };
  return withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')), ['cites']);
}

function enumOf(ctx: ConvertContext, n: CstNode): EnumDecl {
  const decl: EnumDecl = {
    kind: 'enum',
    loc: nodeLoc(ctx, n),
    name: nameOf(ctx, tok(n, 'Name')),
    ordered: has(n, 'KwOrdered'),
    members: [],
  };
  withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')));
  decl.members = nodes(n, 'enumMember').map((m) => {
    const t = tok(m, 'Name') ?? tok(m, 'IntegerLit') ?? tok(m, 'KwNone');
    const value: string | number =
      t?.tokenType.name === 'IntegerLit' ? Number(t.image.replace(/_/g, '')) : (t?.image ?? '');
    const member: EnumMember = { value, loc: tokLoc(ctx, t) };
    return withClauses(ctx, member, clausesOf(ctx, nodes(m, 'clause')), ['label', 'description']);
  });
  return decl;
}

function fieldOf(ctx: ConvertContext, n: CstNode): FieldDecl {
  const field: FieldDecl = {
    loc: nodeLoc(ctx, n),
    path: dottedPath(ctx, node(n, 'dottedName')),
    type: typeRefOf(ctx, node(n, 'typeRef')),
  };
  return withClauses(ctx, field, clausesOf(ctx, nodes(n, 'clause')), ['label']);
}

function recordOf(ctx: ConvertContext, n: CstNode, kind: 'record' | 'facts'): RecordDecl | FactsDecl {
  const decl = { kind, loc: nodeLoc(ctx, n), name: nameOf(ctx, tok(n, 'Name')), fields: [] as FieldDecl[] };
  withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')), ['cites']);
  decl.fields = nodes(n, 'fieldDecl').map((f) => fieldOf(ctx, f));
  return decl as RecordDecl | FactsDecl;
}

function bandsOf(ctx: ConvertContext, n: CstNode): BandsDecl {
  const decl: BandsDecl = {
    kind: 'bands',
    loc: nodeLoc(ctx, n),
    name: nameOf(ctx, tok(n, 'Name')),
    over: typeRefOf(ctx, node(n, 'typeRef')),
    rows: [],
  };
  withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')));
  decl.rows = nodes(n, 'bandRow').map((r) => {
    const valueTok = tok(r, 'IntegerLit');
    const loc = tokLoc(ctx, valueTok);
    const bound = node(r, 'bandBound');
    const row: BandRow = {
      value: Number((valueTok?.image ?? '').replace(/_/g, '')),
      otherwise: has(bound, 'KwOtherwise'),
      loc,
    };
    withClauses(ctx, row, clausesOf(ctx, nodes(r, 'clause')), ['label']);
    if (has(bound, 'NumberLit')) row.above = numberOf(ctx, tok(bound, 'NumberLit'));
    return row;
  });
  return decl;
}

function tableOf(ctx: ConvertContext, n: CstNode): TableDecl {
  const decl: TableDecl = {
    kind: 'table',
    loc: nodeLoc(ctx, n),
    name: nameOf(ctx, tok(n, 'Name')),
    params: nodes(n, 'tableParam').map((p) => ({ name: nameOf(ctx, tok(p, 'Name')), type: typeRefOf(ctx, node(p, 'typeRef')) })),
    result: typeRefOf(ctx, node(n, 'typeRef')),
    hit: 'unique',
    form: 'rows',
    rows: [],
    missingCells: [],
  };
  const hits = nodes(n, 'hitClause');
  if (hits[0]) {
    decl.hit = has(hits[0], 'KwFirst') ? 'first' : 'unique';
    decl.hitLoc = nodeLoc(ctx, hits[0]);
  }
  if (hits[1]) ctx.diagnostics.push(diagnosticAt(nodeLoc(ctx, hits[1]), 'syntax', `'hit' is given twice here`));
  withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')));
  const body = node(n, 'tableBody');
  const matrix = node(body, 'matrixBody');
  const rows = node(body, 'rowsBody');
  if (matrix) {
    decl.form = 'matrix';
    matrixInto(ctx, decl, matrix);
  } else if (rows) {
    decl.rows = nodes(rows, 'tableRow').map((r) => tableRowOf(ctx, r));
  }
  return decl;
}

function firstToken(n: CstNode): IToken | undefined {
  let first: IToken | undefined;
  for (const list of Object.values(n.children)) {
    for (const c of list as Child[]) {
      const t = 'image' in c ? c : firstToken(c);
      if (t && finite(t.startOffset) && (!first || t.startOffset < first.startOffset)) first = t;
    }
  }
  return first;
}

function matrixInto(ctx: ConvertContext, decl: TableDecl, matrix: CstNode): void {
  const [rowParam, colParam] = toks(matrix, 'Name');
  checkMatrixParam(ctx, decl, rowParam, 0, 'row');
  checkMatrixParam(ctx, decl, colParam, 1, 'column');

  // One line of the source is one row: group the cells by the line they start on.
  const lines: { line: number; cells: { expr: Expr; node: CstNode }[] }[] = [];
  for (const c of nodes(matrix, 'cellValue')) {
    const line = firstToken(c)?.startLine ?? lines[lines.length - 1]?.line ?? 0;
    const expr = cellOf(ctx, c);
    const current = lines[lines.length - 1];
    if (current && current.line === line) current.cells.push({ expr, node: c });
    else lines.push({ line, cells: [{ expr, node: c }] });
  }
  const [header, ...body] = lines;
  if (!header) return;
  const columns = header.cells.map((c) => c.expr);
  for (const row of body) {
    const [key, ...cells] = row.cells;
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (!column) return;
      decl.rows.push({
        inputs: [
          { kind: 'values', values: [key.expr], loc: key.expr.loc },
          { kind: 'values', values: [column], loc: column.loc },
        ],
        output: asOutput(cell.expr),
        loc: cell.expr.loc,
      });
    });
    if (cells.length > columns.length) {
      const extra = cells[columns.length].expr.loc;
      ctx.diagnostics.push(
        diagnosticAt(extra, 'syntax', `row ${exprText(key.expr)} has ${cells.length} cells but the header has ${columns.length} columns`),
      );
    }
    if (cells.length < columns.length) {
      const lastLoc = (cells[cells.length - 1] ?? key).expr.loc;
      const end: SourceLoc = {
        ...lastLoc,
        column: lastLoc.column + (lastLoc.endOffset - lastLoc.offset),
        offset: lastLoc.endOffset,
      };
      for (let i = cells.length; i < columns.length; i++) {
        decl.missingCells.push({ row: key.expr, column: columns[i], loc: end });
      }
    }
  }
}

function checkMatrixParam(ctx: ConvertContext, decl: TableDecl, t: IToken | undefined, i: number, role: string): void {
  const param = decl.params[i];
  if (!t || !param || !t.image || t.image === param.name.text) return;
  ctx.diagnostics.push(
    diagnosticAt(tokLoc(ctx, t), 'syntax', `the matrix's ${role} input is '${t.image}' but the table's ${i === 0 ? 'first' : 'second'} input is '${param.name.text}'`),
  );
}

/** Short text of a simple expression, for messages (`3`, `serious`, `band.x`). */
function exprText(e: Expr): string {
  switch (e.kind) {
    case 'number': case 'date': return e.text;
    case 'string': return `"${e.value}"`;
    case 'bool': return String(e.value);
    case 'path': return e.parts.map((p) => p.text).join('.');
    default: return e.kind;
  }
}

/** In a table's result, `none` is an explicit empty result (it cannot be a name anywhere else). */
function asOutput(e: Expr): TableRow['output'] {
  if (e.kind === 'path' && e.parts.length === 1 && e.parts[0].text === 'none') return { kind: 'none', loc: e.loc };
  return e;
}

function tableRowOf(ctx: ConvertContext, r: CstNode): TableRow {
  const loc = nodeLoc(ctx, r);
  const inputs = nodes(r, 'inputEntry').map((e) => inputEntryOf(ctx, e));
  const row: TableRow = { inputs, output: asOutput(exprOf(ctx, node(r, 'expr'))), loc };
  return withClauses(ctx, row, clausesOf(ctx, nodes(r, 'clause')), ['cites']);
}

function inputEntryOf(ctx: ConvertContext, e: CstNode): InputEntry {
  const loc = nodeLoc(ctx, e);
  if (has(e, 'Dash')) return { kind: 'any', loc };
  const values = nodes(e, 'cellValue').map((c) => cellOf(ctx, c));
  if (has(e, 'DotDot') && values.length === 2) return { kind: 'range', from: values[0], to: values[1], loc };
  return { kind: 'values', values, loc };
}

function cellOf(ctx: ConvertContext, c: CstNode): Expr {
  const dotted = node(c, 'dottedName');
  if (dotted) {
    const parts = dottedPath(ctx, dotted);
    return { kind: 'path', parts, loc: nodeLoc(ctx, dotted) };
  }
  return literalOf(ctx, node(c, 'literal'));
}

function conditionOf(ctx: ConvertContext, n: CstNode): ConditionDecl {
  const decl: ConditionDecl = {
    kind: 'condition',
    loc: nodeLoc(ctx, n),
    name: nameOf(ctx, tok(n, 'Name')),
    expr: exprOf(ctx, node(n, 'expr')),
  };
  return withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')));
}

function valueOf(ctx: ConvertContext, n: CstNode): ValueDecl {
  const decl: ValueDecl = {
    kind: 'value',
    loc: nodeLoc(ctx, n),
    name: nameOf(ctx, tok(n, 'Name')),
    expr: { kind: 'bool', value: false, loc: ctx.last },
  };
  const type = node(n, 'typeRef');
  if (type) decl.type = typeRefOf(ctx, type);
  decl.expr = exprOf(ctx, node(n, 'expr'));
  return withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')));
}

function decisionOf(ctx: ConvertContext, n: CstNode): DecisionDecl {
  const decl: DecisionDecl = {
    kind: 'decision',
    loc: nodeLoc(ctx, n),
    name: nameOf(ctx, tok(n, 'Name')),
    result: typeRefOf(ctx, node(n, 'typeRef')),
    fields: nodes(n, 'tableParam').map((p) => ({ name: nameOf(ctx, tok(p, 'Name')), type: typeRefOf(ctx, node(p, 'typeRef')) })),
    rules: [],
  };
  withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')));
  const otherwise = nodes(n, 'decisionOtherwise');
  otherwise.forEach((o, i) => {
    const loc = nodeLoc(ctx, o);
    if (i > 0) {
      ctx.diagnostics.push(diagnosticAt(loc, 'syntax', `a decision has one 'otherwise', and this is the second`));
      return;
    }
    decl.otherwise = withClauses(ctx, { value: exprOf(ctx, node(o, 'expr')), loc }, clausesOf(ctx, nodes(o, 'clause')), ['cites']);
  });
  decl.rules = nodes(n, 'decisionRule').map((r) => decisionRuleOf(ctx, r));
  return decl;
}

function decisionRuleOf(ctx: ConvertContext, r: CstNode): DecisionRule {
  const loc = nodeLoc(ctx, r);
  const rule: DecisionRule = {
    name: nameOf(ctx, tok(r, 'Name')),
    value: exprOf(ctx, node(node(r, 'ruleValue'), 'expr')),
    fields: nodes(r, 'ruleField').map((f) => ({ name: nameOf(ctx, tok(f, 'Name')), value: exprOf(ctx, node(f, 'expr')) })),
    when: exprOf(ctx, node(r, 'expr')),
    overrides: nodes(r, 'overridesClause').flatMap((o) => toks(o, 'Name').map((t) => nameOf(ctx, t))),
    loc,
  };
  return withClauses(ctx, rule, clausesOf(ctx, nodes(r, 'clause')));
}

function calendarOf(ctx: ConvertContext, n: CstNode): CalendarDecl {
  const decl: CalendarDecl = {
    kind: 'calendar',
    loc: nodeLoc(ctx, n),
    name: nameOf(ctx, tok(n, 'Name')),
    weekend: nodes(n, 'weekendClause').flatMap((w) => toks(w, 'Name').map((t) => nameOf(ctx, t))),
    holidays: nodes(n, 'holidayClause').map((h) => {
      const date = dateOf(ctx, tok(h, 'DateLit'));
      const label = tok(h, 'StringLit');
      const holiday: CalendarDecl['holidays'][number] = { date, loc: nodeLoc(ctx, h) };
      if (label) holiday.label = unquote(label.image);
      return holiday;
    }),
  };
  const state = tok(n, 'StringLit');
  if (state) decl.state = { code: unquote(state.image), loc: tokLoc(ctx, state) };
  return withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')), ['cites']);
}

function deadlineOf(ctx: ConvertContext, n: CstNode): DeadlineDecl {
  const decl: DeadlineDecl = { kind: 'deadline', loc: nodeLoc(ctx, n), action: nameOf(ctx, tok(n, 'Name')), rules: [] };
  withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')));
  decl.rules = nodes(n, 'deadlineRule').map((r) => deadlineRuleOf(ctx, r));
  return decl;
}

function deadlineRuleOf(ctx: ConvertContext, r: CstNode): DeadlineRule {
  const loc = nodeLoc(ctx, r);
  const [whenNode, afterNode, stateNode] = nodes(r, 'expr');
  const rule: DeadlineRule = {
    name: nameOf(ctx, tok(r, 'Name')),
    when: exprOf(ctx, whenNode),
    days: numberOf(ctx, tok(r, 'NumberLit')),
    unit: has(node(r, 'dayUnit'), 'KwWorking') ? 'working' : 'calendar',
    after: exprOf(ctx, afterNode),
    loc,
  };
  const calendar = tok(r, 'Name', 1);
  if (calendar) rule.calendar = nameOf(ctx, calendar);
  if (stateNode) rule.stateOf = exprOf(ctx, stateNode);
  return withClauses(ctx, rule, clausesOf(ctx, nodes(r, 'clause')));
}

function exampleOf(ctx: ConvertContext, n: CstNode): ExampleDecl {
  const decl: ExampleDecl = {
    kind: 'example',
    loc: nodeLoc(ctx, n),
    title: stringOf(ctx, tok(n, 'StringLit')),
    given: null,
    expects: [],
  };
  withClauses(ctx, decl, clausesOf(ctx, nodes(n, 'clause')), ['cites']);
  nodes(n, 'givenBlock').forEach((g, i) => {
    if (i > 0) {
      ctx.diagnostics.push(diagnosticAt(nodeLoc(ctx, g), 'syntax', `an example has one 'given' block, and this is the second`));
      return;
    }
    decl.given = {
      root: nameOf(ctx, tok(g, 'Name')),
      bindings: nodes(g, 'givenBinding').map((b): GivenBinding => ({
        path: dottedPath(ctx, node(b, 'dottedName')),
        value: exprOf(ctx, node(b, 'expr')),
        loc: nodeLoc(ctx, b),
      })),
    };
  });
  decl.expects = nodes(n, 'expectClause').map((e) => ({ expr: exprOf(ctx, node(e, 'expr')), loc: nodeLoc(ctx, e) }));
  return decl;
}

// ---- expressions ----

/** A placeholder where recovery left no expression; the syntax error has been reported already. */
function missingExpr(ctx: ConvertContext): Expr {
  return { kind: 'path', parts: [{ text: '', loc: ctx.last }], loc: ctx.last };
}

function foldLeft<K extends 'and' | 'or' | 'otherwise' | 'mul'>(
  operands: Expr[],
  kind: K,
  ctx: ConvertContext,
): Expr {
  if (operands.length === 0) return missingExpr(ctx);
  return operands.reduce((left, right) => ({ kind, left, right, loc: span(left.loc, right.loc) }) as Expr);
}

/**
 * A whole expression (a condition's body, a rule's `when`, an `expect`, …). One nested deeper
 * than MAX_EXPRESSION_DEPTH — a chain of thousands of `or` is that deep, since the checker
 * reads it as nested pairs — is a syntax error at the expression that went too deep, and the
 * checker never sees it.
 */
export function exprOf(ctx: ConvertContext, n: CstNode | undefined): Expr {
  const e = innerExprOf(ctx, n);
  const deep = tooDeep(e);
  if (!deep) return e;
  ctx.diagnostics.push(diagnosticAt(deep.loc, 'syntax', `this expression is nested more than ${MAX_EXPRESSION_DEPTH} deep (each operator of a chain such as 'a or b or c' counts): split it into named conditions or values`));
  return missingExpr(ctx);
}

/** The first sub-expression found at depth MAX_EXPRESSION_DEPTH + 1, walking without recursion. */
function tooDeep(root: Expr): Expr | undefined {
  const stack: [Expr, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [e, depth] = stack.pop()!;
    if (depth > MAX_EXPRESSION_DEPTH) return e;
    for (const sub of subExpressions(e)) stack.push([sub, depth + 1]);
  }
  return undefined;
}

function innerExprOf(ctx: ConvertContext, n: CstNode | undefined): Expr {
  if (!n) return missingExpr(ctx);
  return foldLeft(nodes(n, 'orExpr').map((o) => orOf(ctx, o)), 'otherwise', ctx);
}

function orOf(ctx: ConvertContext, n: CstNode): Expr {
  return foldLeft(nodes(n, 'andExpr').map((a) => andOf(ctx, a)), 'or', ctx);
}

function andOf(ctx: ConvertContext, n: CstNode): Expr {
  return foldLeft(nodes(n, 'notExpr').map((a) => notOf(ctx, a)), 'and', ctx);
}

function notOf(ctx: ConvertContext, n: CstNode): Expr {
  const inner = node(n, 'notExpr');
  if (has(n, 'KwNot')) {
    const loc = tokLoc(ctx, tok(n, 'KwNot'));
    const operand = inner ? notOf(ctx, inner) : missingExpr(ctx);
    return { kind: 'not', operand, loc: span(loc, operand.loc) };
  }
  const is = node(n, 'isExpr');
  return is ? isOf(ctx, is) : missingExpr(ctx);
}

function isOf(ctx: ConvertContext, n: CstNode): Expr {
  const [leftNode, rightNode] = nodes(n, 'mulExpr');
  const subject = mulOf(ctx, leftNode);
  const test = node(n, 'isTest');
  if (has(n, 'KwIs')) {
    const loc = span(subject.loc, nodeLoc(ctx, test));
    const negated = has(test, 'KwNot');
    let t: IsExpr['test'];
    if (has(test, 'KwPresent')) t = { kind: 'present' };
    else if (has(test, 'KwAbsent')) t = { kind: 'absent' };
    else if (has(test, 'KwOne')) t = { kind: 'oneOf', values: nodes(test, 'expr').map((e) => innerExprOf(ctx, e)) };
    else t = { kind: 'value', value: mulOf(ctx, node(test, 'mulExpr')) };
    return { kind: 'is', subject, negated, test: t, loc };
  }
  const op = node(n, 'compareOp');
  if (op) {
    const opTok = firstChild(op) as IToken | undefined;
    const right = mulOf(ctx, rightNode);
    return {
      kind: 'compare',
      op: (opTok?.image || '=') as '<' | '<=' | '>' | '>=' | '=',
      left: subject,
      right,
      loc: span(subject.loc, right.loc),
    };
  }
  return subject;
}

function mulOf(ctx: ConvertContext, n: CstNode | undefined): Expr {
  if (!n) return missingExpr(ctx);
  return foldLeft(nodes(n, 'atom').map((a) => atomOf(ctx, a)), 'mul', ctx);
}

function atomOf(ctx: ConvertContext, n: CstNode): Expr {
  const inner = firstChild(n) as CstNode | undefined;
  if (!inner || !('name' in inner)) return missingExpr(ctx);
  switch (inner.name) {
    case 'literal': return literalOf(ctx, inner);
    case 'pathOrCall': return pathOrCallOf(ctx, inner);
    case 'parenExpr': return innerExprOf(ctx, node(inner, 'expr'));
    case 'quantifier': return quantifierOf(ctx, inner);
    case 'aggregate': return aggregateOf(ctx, inner);
    case 'countExpr': return countOf(ctx, inner);
    case 'deadlineRef':
      return { kind: 'deadlineRef', action: nameOf(ctx, tok(inner, 'Name')), loc: nodeLoc(ctx, inner) };
    case 'listLiteral':
      return { kind: 'list', loc: nodeLoc(ctx, inner), items: nodes(inner, 'expr').map((e) => innerExprOf(ctx, e)) };
    case 'recordLiteral':
      return {
        kind: 'record',
        loc: nodeLoc(ctx, inner),
        fields: nodes(inner, 'recordField').map((f) => ({ name: nameOf(ctx, tok(f, 'Name')), value: innerExprOf(ctx, node(f, 'expr')) })),
      };
    default: return missingExpr(ctx);
  }
}

function literalOf(ctx: ConvertContext, n: CstNode | undefined): Expr {
  const t = n ? (firstChild(n) as IToken | undefined) : undefined;
  if (!t) return missingExpr(ctx);
  const loc = tokLoc(ctx, t);
  switch (t.tokenType.name) {
    case 'DateLit': return { kind: 'date', text: t.image, loc };
    case 'StringLit': return { kind: 'string', value: unquote(t.image), loc };
    case 'KwTrue': return { kind: 'bool', value: true, loc };
    case 'KwFalse': return { kind: 'bool', value: false, loc };
    // `none` reads as the bare name `none`: a member of the type on the other side (e.g. a
    // notificationType), or in a table's result an explicit empty result.
    case 'KwNone': return { kind: 'path', parts: [{ text: 'none', loc }], loc };
    default: return numberOf(ctx, t);
  }
}

function pathOrCallOf(ctx: ConvertContext, n: CstNode): Expr {
  const loc = nodeLoc(ctx, n);
  const head = nameOf(ctx, tok(n, 'Name'));
  if (has(n, 'LParen')) {
    return { kind: 'call', callee: head, args: nodes(n, 'expr').map((e) => innerExprOf(ctx, e)), loc };
  }
  return { kind: 'path', parts: [head, ...toks(n, 'Word').map((t) => nameOf(ctx, t))], loc };
}

function quantifierOf(ctx: ConvertContext, n: CstNode): AnyExpr {
  return {
    kind: has(n, 'KwNo') ? 'no' : 'any',
    variable: nameOf(ctx, tok(n, 'Name')),
    list: mulOf(ctx, node(n, 'mulExpr')),
    where: node(n, 'orExpr') ? orOf(ctx, node(n, 'orExpr')!) : missingExpr(ctx),
    loc: nodeLoc(ctx, n),
  };
}

function aggregateOf(ctx: ConvertContext, n: CstNode): AggregateExpr {
  const agg: AggregateExpr = {
    kind: 'aggregate',
    fn: has(n, 'KwLatest') ? 'latest' : 'earliest',
    of: innerExprOf(ctx, node(n, 'expr')),
    variable: nameOf(ctx, tok(n, 'Name')),
    list: mulOf(ctx, node(n, 'mulExpr')),
    loc: nodeLoc(ctx, n),
  };
  const where = node(n, 'orExpr');
  if (where) agg.where = orOf(ctx, where);
  return agg;
}

function countOf(ctx: ConvertContext, n: CstNode): AggregateExpr {
  const variable = nameOf(ctx, tok(n, 'Name'));
  const agg: AggregateExpr = {
    kind: 'aggregate',
    fn: 'count',
    of: { kind: 'path', parts: [variable], loc: variable.loc },
    variable,
    list: mulOf(ctx, node(n, 'mulExpr')),
    loc: nodeLoc(ctx, n),
  };
  const where = node(n, 'orExpr');
  if (where) agg.where = orOf(ctx, where);
  return agg;
}
