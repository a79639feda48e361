// Paths through declared fields: `case.risk.level`, `m.adopted`, dotted field names, then on
// into records. The longest declared prefix wins; a group of facts is not a fact.

import type { SourceLoc } from '../ast';
import { suggestion } from '../did-you-mean';
import { type FieldTable, type Model, report } from './model';
import { T, type Type, an, optional, strip } from './type-model';

/** Walks `parts[i..]` as (dotted) record fields of `t`. */
export function fieldPath(m: Model, t: Type, parts: string[], locs: SourceLoc[], i: number, base: string): { type: Type; props: string[] } {
  if (i >= parts.length) return { type: t, props: [] };
  const s = strip(t);
  if (s.k === 'unknown') return { type: T.unknown, props: parts.slice(i) };
  if (s.k !== 'record') {
    report(m, locs[i], 'unknown-field', `'${base}' is ${an(s)} and has no field '${parts[i]}'`);
    return { type: T.unknown, props: [] };
  }
  const r = fieldPathIn(m, m.recordFields.get(s.name) ?? new Map(), parts, locs, i, base, `field of ${s.name}`);
  return { type: t.k === 'optional' ? optional(r.type) : r.type, props: r.props };
}

/** Longest dotted prefix of parts[i..] declared in `fields`, then on into records. */
export function fieldPathIn(m: Model, fields: FieldTable, parts: string[], locs: SourceLoc[], i: number, base: string, what: string): { type: Type; props: string[] } {
  for (let j = parts.length; j > i; j--) {
    const key = parts.slice(i, j).join('.');
    const f = fields.get(key);
    if (!f) continue;
    if (j < parts.length && strip(f.type).k === 'list') {
      report(m, locs[j], 'type', `'${base}.${key}' is a list: reach its items with 'any … in', 'count … in', 'earliest … for … in'`);
      return { type: T.unknown, props: [] };
    }
    const rest = fieldPath(m, f.type, parts, locs, j, `${base}.${key}`);
    return { type: rest.type, props: [...parts.slice(i, j), ...rest.props] };
  }
  const prefix = parts.slice(i).join('.');
  const group = [...fields.keys()].find((k) => k.startsWith(prefix + '.'));
  const loc = locs[i];
  if (group) {
    report(m, loc, 'unknown-name', `'${base}.${prefix}' is a group of facts, not one fact: name one, e.g. '${base}.${group}'`);
  } else {
    const word = what === 'fact' ? 'fact' : what;
    const full = `${base}.${prefix}`;
    const hint = suggestion(full, [...fields.keys()].map((k) => `${base}.${k}`));
    report(m, loc, 'unknown-name', `unknown ${word} '${full}'${hint}`);
  }
  return { type: T.unknown, props: [] };
}
