// Every rule cites the part of the law it comes from: that citation is what each explanation shows.

import type { Citation, Name } from '../ast';
import { type Model, report } from './model';

function missing(m: Model, name: Name, what: string): void {
  report(m, name.loc, 'missing-cites', `${what} '${name.text}' has no citation: add cites "…" naming the part of the law it comes from`);
}

/** The citation in force for a rule: its own, else its declaration's. */
export function citeOf(own?: Citation, decl?: Citation): string | undefined {
  return own?.text ?? decl?.text;
}

export function checkCitations(m: Model): void {
  const local = (loc: { file: string }) => m.files.includes(loc.file);
  for (const d of [...m.conditions.values(), ...m.values.values()]) {
    if (local(d.loc) && !d.cites) missing(m, d.name, d.kind);
  }
  for (const d of [...m.tables.values(), ...m.bands.values()]) {
    if (local(d.loc) && !d.cites) missing(m, d.name, d.kind === 'bands' ? 'bands' : 'table');
  }
  for (const d of m.decisions.values()) {
    if (!local(d.loc)) continue;
    for (const r of d.rules) if (!citeOf(r.cites, d.cites)) missing(m, r.name, 'rule');
    if (d.otherwise && !citeOf(d.otherwise.cites, d.cites)) {
      report(m, d.otherwise.loc, 'missing-cites', `the 'otherwise' of decision '${d.name.text}' has no citation: add cites "…"`);
    }
  }
  for (const d of m.deadlines) {
    if (!local(d.loc)) continue;
    for (const r of d.rules) if (!citeOf(r.cites, d.cites)) missing(m, r.name, 'rule');
  }
}
