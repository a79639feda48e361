// Tables and bands: cell types, then completeness (gaps; under `hit first` only for a result that
// cannot be absent), overlaps under `hit unique`, rows that can never be reached under
// `hit first`, and band bounds that strictly decrease.

import type { BandsDecl, Expr, InputEntry, SourceLoc, TableDecl } from '../ast';
import type { RValue } from '../api';
import { Fraction } from '../../domain/fraction';
import { type Model, report, where } from './model';
import { T, type Type, an, strip } from './type-model';
import type { TypeChecker } from './types';

/** How many input combinations the completeness check will enumerate before giving up. */
const MAX_COMBINATIONS = 100_000;
const MAX_GAPS_REPORTED = 8;

export function checkBands(tc: TypeChecker, b: BandsDecl): void {
  const m = tc.m;
  const over = strip(tc.resolveTypeRef(b.over));
  if (over.k !== 'fraction' && over.k !== 'integer' && over.k !== 'unknown') {
    report(m, b.over.loc, 'type', `bands can only divide numbers, but ${b.name.text} is over ${an(over)}`);
  }
  const seen = new Map<number, SourceLoc>();
  let previous: { value: number; bound: Fraction } | undefined;
  b.rows.forEach((row, i) => {
    const first = seen.get(row.value);
    if (first) report(m, row.loc, 'duplicate', `band ${row.value} is listed twice in ${b.name.text}: it is already at ${where(first, row.loc)}`);
    else seen.set(row.value, row.loc);
    if (row.otherwise) {
      if (i !== b.rows.length - 1) report(m, row.loc, 'bands-otherwise', `only the last band of ${b.name.text} may be 'otherwise'`);
      return;
    }
    if (!row.above) return;
    tc.check(row.above, undefined, T.fraction);
    const v = m.literals.get(row.above);
    if (!(v instanceof Fraction)) return;
    if (previous && v.compare(previous.bound) >= 0) {
      report(m, row.above.loc, 'bands-order', `band ${row.value}'s bound ${v} is not below band ${previous.value}'s bound ${previous.bound}: the bounds of ${b.name.text} must strictly decrease`);
    }
    previous = { value: row.value, bound: v };
  });
  if (!b.rows.some((r) => r.otherwise)) {
    report(m, b.name.loc, 'bands-otherwise', `bands ${b.name.text} has no 'otherwise' band for the values below the last bound: end it with a row such as '${(b.rows.at(-1)?.value ?? 0) + 1} otherwise'`);
  }
}

export function checkTable(tc: TypeChecker, t: TableDecl): void {
  const m = tc.m;
  // As in DMN, a table says how it picks its row: the reader should not have to know the default.
  if (!t.hitLoc) report(m, t.name.loc, 'no-hit', `table ${t.name.text} does not say its hit policy: 'hit unique' is assumed — write it, or 'hit first'`, 'warning');
  const params = t.params.map((p) => tc.resolveTypeRef(p.type));
  const result = tc.resolveTypeRef(t.result);
  for (const row of t.rows) {
    if (row.inputs.length !== params.length) {
      report(m, row.loc, 'row-arity', `this row has ${row.inputs.length} input${row.inputs.length === 1 ? '' : 's'}, but table ${t.name.text} has ${params.length} (${t.params.map((p) => p.name.text).join(', ')})`);
    }
    row.inputs.forEach((entry, i) => {
      const p = t.params[i];
      if (p) checkEntry(tc, entry, params[i], p.name.text);
    });
    if (row.output.kind === 'none') {
      if (result.k !== 'optional' && result.k !== 'unknown') {
        report(m, row.output.loc, 'type', `'none' is only allowed when the table's result is optional: declare '-> optional ${typeName(result)}'`);
      }
    } else {
      tc.expect(row.output, undefined, result, `a result of table ${t.name.text}`);
    }
  }
  for (const cell of t.missingCells) {
    if (params[0]) tc.check(cell.row, undefined, params[0]);
    if (params[1]) tc.check(cell.column, undefined, params[1]);
  }
  checkCoverage(tc, t, params);
}

function typeName(t: Type): string {
  const s = strip(t);
  return 'name' in s ? s.name : s.k;
}

function checkEntry(tc: TypeChecker, entry: InputEntry, type: Type, param: string): void {
  const what = `input '${param}'`;
  switch (entry.kind) {
    case 'any':
      return;
    case 'values':
      for (const v of entry.values) tc.expect(v, undefined, type, what);
      return;
    case 'range': {
      tc.expect(entry.from, undefined, type, what);
      tc.expect(entry.to, undefined, type, what);
      const s = strip(type);
      const ordered = s.k === 'integer' || s.k === 'fraction' || s.k === 'date' || s.k === 'bands' || s.k === 'unknown' || (s.k === 'enum' && tc.isOrdered(s.name));
      if (!ordered) report(tc.m, entry.loc, 'type', `a range needs an ordered type, but ${param} is ${an(s)}`);
    }
  }
}

/** The values of a finite input type in their order, or undefined when it cannot be enumerated. */
function domain(tc: TypeChecker, t: Type): RValue[] | undefined {
  const s = strip(t);
  switch (s.k) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return tc.enumMembers(s.name);
    case 'bands':
      return [...(tc.m.bands.get(s.name)?.rows.map((r) => r.value) ?? [])].sort((a, b) => a - b);
    default:
      return undefined;
  }
}

/** Row matchers over the domain positions of each input; undefined when a cell is not a constant. */
function matchers(m: Model, t: TableDecl, domains: RValue[][]): boolean[][][] | undefined {
  const out: boolean[][][] = [];
  for (const row of t.rows) {
    if (row.inputs.length !== domains.length) return undefined;
    const r: boolean[][] = [];
    for (let i = 0; i < domains.length; i++) {
      const dom = domains[i];
      const e = row.inputs[i];
      if (e.kind === 'any') {
        r.push(dom.map(() => true));
        continue;
      }
      const pos = (x: Expr) => {
        const v = m.literals.get(x);
        return v === undefined ? -2 : dom.indexOf(v);
      };
      if (e.kind === 'values') {
        const ps = e.values.map(pos);
        if (ps.includes(-2)) return undefined;
        r.push(dom.map((_, j) => ps.includes(j)));
      } else {
        const a = pos(e.from);
        const b = pos(e.to);
        if (a < 0 || b < 0) return undefined;
        r.push(dom.map((_, j) => j >= a && j <= b));
      }
    }
    out.push(r);
  }
  return out;
}

function checkCoverage(tc: TypeChecker, t: TableDecl, params: Type[]): void {
  const m = tc.m;
  const domains: RValue[][] = [];
  for (const p of params) {
    const d = domain(tc, p);
    if (!d || d.length === 0) return;
    domains.push(d);
  }
  if (domains.length === 0) return;
  const total = domains.reduce((n, d) => n * d.length, 1);
  if (total > MAX_COMBINATIONS) return;
  const rows = matchers(m, t, domains);
  if (!rows) return;

  const names = t.params.map((p) => p.name.text);
  const describe = (combo: number[]) => combo.map((j, i) => `${names[i]} ${String(domains[i][j])}`).join(' × ');
  const reachable = rows.map(() => false);
  const overlapReported = new Set<string>();
  const gaps: number[][] = [];
  const combo = domains.map(() => 0);
  for (let n = 0; n < total; n++) {
    let firstMatch = -1;
    for (let r = 0; r < rows.length; r++) {
      if (!rows[r].every((col, i) => col[combo[i]])) continue;
      if (firstMatch < 0) {
        firstMatch = r;
        reachable[r] = true;
      } else if (t.hit === 'unique') {
        const key = `${firstMatch}:${r}`;
        if (!overlapReported.has(key)) {
          overlapReported.add(key);
          report(m, t.rows[r].loc, 'overlap', `rows overlap: this row and the row at ${where(t.rows[firstMatch].loc, t.rows[r].loc)} both match ${describe(combo)} (hit unique allows only one)`);
        }
      }
    }
    if (firstMatch < 0) gaps.push([...combo]);
    for (let i = combo.length - 1; i >= 0; i--) {
      combo[i]++;
      if (combo[i] < domains[i].length) break;
      combo[i] = 0;
    }
  }
  // A gap is a combination no row answers: the table gives no value there. Under `hit unique`
  // every combination needs a row; under `hit first` a gap means "none", which only an optional
  // result can be.
  const shown = t.hit === 'unique' || t.result.kind !== 'optional' ? gaps : [];
  for (const g of shown.slice(0, MAX_GAPS_REPORTED)) {
    if (t.form === 'matrix' && g.length === 2) {
      const cell = t.missingCells.find((c) => m.literals.get(c.row) === domains[0][g[0]] && m.literals.get(c.column) === domains[1][g[1]]);
      report(m, cell?.loc ?? t.name.loc, 'missing-cell', `missing cell: ${describe(g)} has no value`);
    } else {
      report(m, t.name.loc, 'gap', `no row of ${t.name.text} covers ${describe(g)}`);
    }
  }
  if (shown.length > MAX_GAPS_REPORTED) {
    report(m, t.name.loc, 'gap', `… and ${shown.length - MAX_GAPS_REPORTED} more combinations of ${names.join(' × ')} have no row in ${t.name.text}`);
  }
  if (t.hit === 'first') {
    rows.forEach((_, r) => {
      if (!reachable[r]) report(m, t.rows[r].loc, 'unreachable', `this row can never be reached: earlier rows already match everything it matches (hit first)`);
    });
  }
}
