// Decisions: rule values and fields, named overrides (which must exist and not form a cycle).
// Also the cycle check between conditions, values and decisions.

import type { DecisionDecl, SourceLoc } from '../ast';
import { suggestion } from '../did-you-mean';
import { type Model, report, where } from './model';
import type { TypeChecker } from './types';

export function checkDecision(tc: TypeChecker, d: DecisionDecl): void {
  const m = tc.m;
  const name = d.name.text;
  const result = tc.resolveTypeRef(d.result);
  const fields = new Map(d.fields.map((f) => [f.name.text, tc.resolveTypeRef(f.type)]));
  tc.withOwner(name, () => {
    if (d.otherwise) tc.expect(d.otherwise.value, undefined, result, `the 'otherwise' of decision ${name}`);
    const rules = new Map<string, SourceLoc>();
    for (const r of d.rules) {
      const first = rules.get(r.name.text);
      if (first) report(m, r.name.loc, 'duplicate', `rule '${r.name.text}' is defined twice in decision ${name}: it is already at ${where(first, r.name.loc)}`);
      else rules.set(r.name.text, r.name.loc);
      tc.expect(r.value, undefined, result, `the result of rule '${r.name.text}'`);
      for (const f of r.fields) {
        const ft = fields.get(f.name.text);
        if (!ft) {
          // Its value is not checked: without the field's type a bare name would only add noise.
          report(m, f.name.loc, 'unknown-field', `decision ${name} has no field '${f.name.text}'${suggestion(f.name.text, fields.keys())}`);
        } else tc.expect(f.value, undefined, ft, `field '${f.name.text}'`);
      }
      tc.expectBool(r.when, undefined, `the 'when' of rule '${r.name.text}'`);
    }
    for (const r of d.rules) {
      for (const o of r.overrides) {
        if (!rules.has(o.text)) {
          report(m, o.loc, 'unknown-rule', `rule '${r.name.text}' overrides '${o.text}', but decision ${name} has no such rule${suggestion(o.text, rules.keys())}`);
        }
      }
    }
  });
  checkOverrideCycles(m, d);
}

function checkOverrideCycles(m: Model, d: DecisionDecl): void {
  const edges = new Map(d.rules.map((r) => [r.name.text, r.overrides.map((o) => o.text)]));
  const locs = new Map(d.rules.map((r) => [r.name.text, r.name.loc]));
  for (const cycle of findCycles([...edges.keys()], (n) => edges.get(n) ?? [])) {
    report(m, locs.get(cycle[0])!, 'override-cycle', `overrides form a cycle: ${cycle.join(' → ')}`);
  }
}

/** Cycles between conditions, values and decisions: "cycle: a → b → a". */
export function checkDependencyCycles(m: Model): void {
  const nodes = [...m.conditions.values(), ...m.values.values(), ...m.decisions.values()]
    .filter((d) => m.sources.has(d.loc.file))
    .sort((a, b) => (a.loc.file === b.loc.file ? a.loc.offset - b.loc.offset : a.loc.file < b.loc.file ? -1 : 1));
  const locs = new Map(nodes.map((d) => [d.name.text, d.name.loc]));
  const next = (n: string) => [...new Set((m.deps.get(n) ?? []).map((x) => x.name))];
  for (const cycle of findCycles(nodes.map((d) => d.name.text), next)) {
    report(m, locs.get(cycle[0]) ?? nodes[0].loc, 'cycle', `cycle: ${cycle.join(' → ')} (a definition cannot depend on itself)`);
  }
}

/** One cycle per strongly connected part of the graph, each starting and ending at its first node met. */
export function findCycles(order: string[], next: (n: string) => string[]): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const inCycle = new Set<string>();
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const x of next(n)) {
      const s = state.get(x);
      if (s === 'open') {
        const cycle = stack.slice(stack.indexOf(x));
        if (!cycle.some((c) => inCycle.has(c))) {
          cycle.forEach((c) => inCycle.add(c));
          cycles.push([...cycle, x]);
        }
      } else if (s === undefined) visit(x);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of order) if (!state.has(n)) visit(n);
  return cycles;
}
