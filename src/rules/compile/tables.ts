// Tables and bands compiled to lookups. Band bounds are strict and exact (Fraction.compare).

import type { BandsDecl, InputEntry, TableDecl } from '../ast';
import type { RValue } from '../api';
import { Fraction } from '../../domain/fraction';
import { type Linker, compileExpr } from './expr';
import { type EvalCtx, type Fn, order, same, toFraction } from './runtime';

export interface CompiledBands {
  decl: BandsDecl;
  rows: { value: number; above: Fraction | null }[];
  /** Index of the row a value falls in, or -1 (only without an `otherwise` row). */
  rowOf(v: Fraction): number;
}

export function compileBands(l: Linker, b: BandsDecl): CompiledBands {
  const rows = b.rows.map((r) => ({ value: r.value, above: r.otherwise ? null : ((r.above && (l.model.literals.get(r.above) as Fraction | undefined)) ?? null) }));
  return {
    decl: b,
    rows,
    rowOf(v) {
      for (let i = 0; i < rows.length; i++) {
        const a = rows[i].above;
        if (a === null || v.compare(a) > 0) return i;
      }
      return -1;
    },
  };
}

type Matcher = ((v: RValue) => boolean) | null;

export interface CompiledTable {
  decl: TableDecl;
  /** Index of the row that matches, or -1. */
  rowOf(args: readonly RValue[]): number;
  output(row: number, ctx: EvalCtx): RValue;
}

export function compileTable(l: Linker, t: TableDecl): CompiledTable {
  const ranks = t.params.map((p) => {
    let ty = p.type;
    while (ty.kind === 'optional') ty = ty.of;
    return ty.kind === 'named' && l.model.enums.has(ty.name.text) ? l.rank(ty.name.text) : undefined;
  });
  const matchers: Matcher[][] = t.rows.map((row) => row.inputs.map((entry, i) => matcher(l, entry, ranks[i])));
  const outputs: (Fn | null)[] = t.rows.map((row) => (row.output.kind === 'none' ? null : compileExpr(l, row.output)));
  return {
    decl: t,
    rowOf(args) {
      next: for (let r = 0; r < matchers.length; r++) {
        const ms = matchers[r];
        for (let i = 0; i < ms.length; i++) {
          const m = ms[i];
          if (m !== null && !m(args[i] ?? null)) continue next;
        }
        return r;
      }
      return -1;
    },
    output(row, ctx) {
      const f = outputs[row];
      return f ? f(ctx) : null;
    },
  };
}

function matcher(l: Linker, entry: InputEntry, rank: Map<RValue, number> | undefined): Matcher {
  switch (entry.kind) {
    case 'any':
      return null;
    case 'values': {
      const vals = entry.values.map((v) => l.model.literals.get(v) ?? null);
      if (vals.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
        if (vals.length === 1) {
          const c = vals[0];
          return (v) => v === c;
        }
        const set = new Set<unknown>(vals);
        return (v) => set.has(v);
      }
      return (v) => v !== null && vals.some((c) => c !== null && same(v, c));
    }
    case 'range': {
      const from = l.model.literals.get(entry.from) ?? null;
      const to = l.model.literals.get(entry.to) ?? null;
      if (from === null || to === null) return () => false;
      const cmp = rank ? (a: RValue, b: RValue) => (rank.get(a) ?? NaN) - (rank.get(b) ?? NaN) : order;
      return (v) => v !== null && cmp(v, from) >= 0 && cmp(v, to) <= 0;
    }
  }
}

/** The runtime value a band lookup takes: fractions, or integers promoted. */
export function bandInput(v: RValue): Fraction | null {
  if (v === null) return null;
  return v instanceof Fraction ? v : typeof v === 'number' ? toFraction(v) : null;
}
