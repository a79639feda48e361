// Examples: `given` binds declared facts only, with values of the declared types; every
// `expect` is a yes/no statement.

import type { ExampleDecl } from '../ast';
import { suggestion } from '../did-you-mean';
import { report, where } from './model';
import type { TypeChecker } from './types';

export function checkExample(tc: TypeChecker, ex: ExampleDecl): void {
  const m = tc.m;
  if (ex.given) {
    const root = ex.given.root.text;
    const fields = m.factFields.get(root);
    if (!fields) {
      report(m, ex.given.root.loc, 'unknown-name', `unknown facts '${root}'${suggestion(root, m.facts.keys())}`);
    } else {
      const bound = new Map<string, { line: number; file: string }>();
      for (const b of ex.given.bindings) {
        const key = b.path.map((p) => p.text).join('.');
        const f = fields.get(key);
        if (!f) {
          report(m, b.path[0].loc, 'unknown-fact', `'${key}' is not a declared fact of ${root}${suggestion(key, fields.keys())}`);
          tc.check(b.value, undefined);
          continue;
        }
        const first = bound.get(key);
        if (first) report(m, b.path[0].loc, 'duplicate', `'${key}' is given twice in this example: it is already given at ${where({ ...b.loc, ...first }, b.loc)}`);
        else bound.set(key, { line: b.loc.line, file: b.loc.file });
        tc.expect(b.value, undefined, f.type, `'${root}.${key}'`);
      }
    }
  }
  tc.inExample = true;
  try {
    for (const x of ex.expects) tc.expectBool(x.expr, undefined, 'an expect');
  } finally {
    tc.inExample = false;
  }
}
