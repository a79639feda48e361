// Whether evaluating an expression can end in a RuleEvalError. Only a decision can fail (two rules
// apply and neither overrides the other, or every candidate is overridden), so an expression can
// fail when it reaches one — directly, through the conditions and values it names, or through a
// table's outputs or a deadline. The fast decision path may skip a `when` only if it cannot fail:
// a skipped failure would make `decideValue` answer where `decide` reports an error.

import type { Expr } from '../ast';
import type { Model } from '../check/model';

export class FailureAnalysis {
  /** Per named condition / value / decision: whether evaluating it can fail. */
  private named = new Map<string, boolean>();

  constructor(private readonly model: Model) {}

  expr(e: Expr): boolean {
    switch (e.kind) {
      case 'bool':
      case 'number':
      case 'date':
      case 'string':
        return false;
      case 'path': {
        const ref = this.model.refs.get(e);
        if (!ref) return false;
        if (ref.kind === 'decision') return true;
        return ref.kind === 'condition' || ref.kind === 'value' ? this.name(ref.name) : false;
      }
      case 'deadlineRef':
        return true; // runs every rule of a deadline: not worth following
      case 'call': {
        if (e.args.some((a) => this.expr(a))) return true;
        const t = this.model.tables.get(e.callee.text);
        return t ? t.rows.some((r) => r.output.kind !== 'none' && this.expr(r.output)) : false;
      }
      case 'not':
        return this.expr(e.operand);
      case 'and':
      case 'or':
      case 'compare':
      case 'mul':
      case 'otherwise':
        return this.expr(e.left) || this.expr(e.right);
      case 'is':
        return this.expr(e.subject) || (e.test.kind === 'value' ? this.expr(e.test.value) : e.test.kind === 'oneOf' ? e.test.values.some((v) => this.expr(v)) : false);
      case 'any':
      case 'no':
        return this.expr(e.list) || this.expr(e.where);
      case 'aggregate':
        return this.expr(e.of) || this.expr(e.list) || (e.where !== undefined && this.expr(e.where));
      case 'list':
        return e.items.some((x) => this.expr(x));
      case 'record':
        return e.fields.some((f) => this.expr(f.value));
    }
  }

  private name(n: string): boolean {
    const known = this.named.get(n);
    if (known !== undefined) return known;
    // Provisional answer while following a cycle (the checker rejects cycles anyway): fail-safe.
    this.named.set(n, true);
    const decl = this.model.conditions.get(n) ?? this.model.values.get(n);
    const result = decl ? this.expr(decl.expr) : true;
    this.named.set(n, result);
    return result;
  }
}
