// runExamples: the `example` blocks of the rule files, run against the compiled rules. A failure
// names where the expect is and what came out instead.

import type { ExampleDecl, Expr } from './ast';
import type { ExampleResult, RValue } from './api';
import { setPath } from './compile/expr';
import type { Program } from './compile/program';
import { RuleEvalError, show } from './compile/runtime';
import { bindFacts, reflatten } from './facts';

export function sourceText(p: Program, e: Expr): string {
  const src = p.model.sources.get(e.loc.file);
  const text = src !== undefined && e.loc.endOffset > e.loc.offset ? src.slice(e.loc.offset, e.loc.endOffset) : '';
  return text.replace(/\s+/g, ' ').trim() || 'this';
}

export function runExamples(p: Program): ExampleResult[] {
  return p.model.examples.filter((ex) => p.model.files.includes(ex.loc.file)).map((ex) => runExample(p, ex));
}

function factsOf(p: Program, ex: ExampleDecl): Record<string, RValue> {
  const facts: Record<string, RValue> = {};
  // Every facts root starts from its defaults (false, empty lists, absent).
  for (const root of p.model.facts.keys()) {
    const r = bindFacts(p.model, root, {});
    if (r.ok) Object.assign(facts, r.facts);
  }
  if (ex.given) {
    const root = ex.given.root.text;
    const empty = p.newCtx({});
    const target = (facts[root] ?? {}) as Record<string, RValue>;
    for (const b of ex.given.bindings) setPath(target, b.path.map((x) => x.text), p.fnOf(b.value)(empty));
    // The bindings changed the defaults: the flat copy of the fields must follow.
    reflatten(p.model, root, target);
    facts[root] = target;
  }
  return facts;
}

function runExample(p: Program, ex: ExampleDecl): ExampleResult {
  const failures: ExampleResult['failures'] = [];
  const facts = factsOf(p, ex);
  for (const x of ex.expects) {
    const ctx = p.newCtx(facts);
    const text = sourceText(p, x.expr);
    try {
      if (p.fnOf(x.expr)(ctx) === true) continue;
      failures.push({ message: `expected ${text}, got ${got(p, x.expr, facts)}`, loc: x.loc });
    } catch (err) {
      if (!(err instanceof RuleEvalError)) throw err;
      failures.push({ message: `expected ${text}, but ${err.message}`, loc: x.loc });
    }
  }
  return { title: ex.title.text, file: ex.loc.file, loc: ex.loc, passed: failures.length === 0, failures };
}

/** What the tested side came out as, with the deciding rule for decisions. */
function got(p: Program, e: Expr, facts: Record<string, RValue>): string {
  const subject = e.kind === 'is' ? e.subject : e.kind === 'compare' ? e.left : undefined;
  if (!subject) return 'false';
  const ctx = p.newCtx(facts);
  const v = p.fnOf(subject)(ctx);
  let out = show(v);
  const ref = subject.kind === 'path' ? p.model.refs.get(subject) : undefined;
  if (ref?.kind === 'decision') {
    const r = p.quickDecision(ref.name)(ctx);
    const rule = r.rule >= 0 ? p.decisions.get(ref.name)!.decl.rules[r.rule].name.text : undefined;
    out += rule ? ` (rule ${rule})` : ' (otherwise)';
  }
  return out;
}
