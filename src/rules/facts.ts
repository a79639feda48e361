// bindFacts: raw JSON (a parsed case document) → typed facts, by the `facts` and `record`
// declarations. Every wrong field is reported with its JSON path; nothing is guessed. A missing
// boolean is false, a missing list empty, anything else missing is absent.

import type { BindResult, FactError, RValue } from './api';
import type { FieldTable, Model } from './check/model';
import { type Type, strip, typeName } from './check/type-model';
import { suggestion } from './did-you-mean';
import { MAX_NAME_LENGTH, shortQuote } from './limits';
import { CalendarDate } from '../domain/calendar-date';
import { parseFraction } from '../domain/fraction';
import { FLAT, intern, setFlat } from './compile/runtime';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function join(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (Array.isArray(v)) return 'a list';
  if (isObj(v)) return 'an object';
  return String(v);
}

export function bindFacts(model: Model, root: string, json: unknown): BindResult {
  const fields = model.factFields.get(root);
  if (!fields) return { ok: false, errors: [{ path: '', message: `there are no facts called '${root}'` }] };
  if (!isObj(json)) return { ok: false, errors: [{ path: '', message: `must be an object, not ${describe(json)}` }] };
  const errors: FactError[] = [];
  const facts = bindFields(model, fields, json, '', errors);
  return errors.length ? { ok: false, errors } : { ok: true, facts: { [root]: facts } };
}

interface FieldPlan {
  key: string;
  parts: string[];
  type: Type;
  /** A list of records: where the flat array keeps its items' values in one run, and how many per item. */
  column: number;
  stride: number;
}

/** The fields in declaration order; `width`: the flat array's length, list columns included. */
type Plan = FieldPlan[] & { width: number };

const plans = new WeakMap<FieldTable, Plan>();

/** The record type a list-of-records field holds, or undefined. */
function itemRecord(type: Type): string | undefined {
  const s = strip(type);
  const of = s.k === 'list' ? strip(s.of) : undefined;
  return of?.k === 'record' ? of.name : undefined;
}

function planOf(model: Model, fields: FieldTable): Plan {
  let plan = plans.get(fields);
  if (!plan) {
    let next = fields.size;
    const list = [...fields].map(([key, f]): FieldPlan => {
      const record = itemRecord(f.type);
      const stride = record === undefined ? 0 : (model.recordFields.get(record)?.size ?? 0);
      return { key, parts: key.split('.'), type: f.type, column: record === undefined ? -1 : next++, stride };
    });
    plan = Object.assign(list, { width: next });
    plans.set(fields, plan);
  }
  return plan;
}

/**
 * Where a flat field array keeps the items of list-of-records field `key` (bindFacts puts them
 * there after the declared fields): the item fields of item i at `index`'s array, from
 * i × stride, in the record's declaration order. One array to read instead of one record per
 * item: what the fast path (atoms.ts) reads for `any m in case.measures where …`.
 */
export function columnOf(model: Model, fields: FieldTable, key: string): { index: number; stride: number } | undefined {
  const p = planOf(model, fields).find((f) => f.key === key);
  return p && p.column >= 0 ? { index: p.column, stride: p.stride } : undefined;
}

/** A missing list, and the column of an empty list: one, shared and frozen (bound lists are). */
const EMPTY_LIST: RValue[] = Object.freeze([]) as unknown as RValue[];

/** The items' flat field arrays of a list of records, one after another (see columnOf). */
function column(items: RValue, stride: number): RValue[] {
  if (!Array.isArray(items) || items.length === 0) return EMPTY_LIST;
  const out = new Array<RValue>(items.length * stride);
  let k = 0;
  for (const item of items) {
    const f = item !== null && typeof item === 'object' ? (item as { [FLAT]?: RValue[] })[FLAT] : undefined;
    for (let j = 0; j < stride; j++) out[k++] = f !== undefined ? (f[j] ?? null) : null;
  }
  return out;
}

function bindFields(model: Model, fields: FieldTable, json: Obj, base: string, errors: FactError[]): Record<string, RValue> {
  const out: Record<string, RValue> = {};
  const plan = planOf(model, fields);
  const flat = new Array<RValue>(plan.width);
  // First, so that it lands inside the object (the first few properties do): compiled rules read
  // it on every evaluation, and one memory line fewer per record counts over many cases.
  setFlat(out, flat);
  for (let n = 0; n < plan.length; n++) {
    const { key, parts, type, column: at, stride } = plan[n];
    let raw: unknown = json;
    let target = out as Record<string, unknown>;
    for (let i = 0; i < parts.length - 1; i++) {
      if (raw !== undefined && raw !== null) {
        if (!isObj(raw)) {
          // One message per group, however many facts it holds.
          const groupPath = join(base, parts.slice(0, i).join('.'));
          if (!errors.some((e) => e.path === groupPath)) errors.push({ path: groupPath, message: `must be an object, not ${describe(raw)}` });
          raw = undefined;
        } else raw = raw[parts[i]];
      }
      const next = target[parts[i]];
      target = (isObj(next) ? next : (target[parts[i]] = {})) as Record<string, unknown>;
    }
    if (raw !== undefined && raw !== null) {
      if (!isObj(raw)) {
        const groupPath = join(base, parts.slice(0, -1).join('.'));
        if (!errors.some((e) => e.path === groupPath)) errors.push({ path: groupPath, message: `must be an object, not ${describe(raw)}` });
        raw = undefined;
      } else raw = raw[parts[parts.length - 1]];
    }
    const v = convert(model, type, raw, base, key, errors);
    target[parts[parts.length - 1]] = v;
    flat[n] = v;
    if (at >= 0) flat[at] = column(v, stride);
  }
  return out;
}

/** Sets the flat field array of a facts root built or changed outside bindFacts (examples). */
export function reflatten(model: Model, root: string, obj: Record<string, RValue>): void {
  const read = flatReader(model, root);
  if (read) setFlat(obj, read(obj));
}

/**
 * Reads the declared fields of a facts root by name, in declaration order: the flat field array
 * of an object that bindFacts did not make. Undefined when there are no such facts.
 */
export function flatReader(model: Model, root: string): ((obj: RValue | undefined) => RValue[]) | undefined {
  const fields = model.factFields.get(root);
  if (!fields) return undefined;
  const plan = planOf(model, fields);
  const byName = (obj: RValue | undefined, parts: readonly string[]): RValue => {
    let v: RValue = obj ?? null;
    for (const p of parts) v = v !== null && typeof v === 'object' ? ((v as Record<string, RValue>)[p] ?? null) : null;
    return v;
  };
  // Items of a list of records read by name too, in their record's declaration order.
  const itemParts = plan.map((f) => {
    const record = itemRecord(f.type);
    return record === undefined ? [] : [...(model.recordFields.get(record)?.keys() ?? [])].map((k) => k.split('.'));
  });
  return (obj) => {
    const flat = plan.map(({ parts }) => byName(obj, parts));
    plan.forEach((f, n) => {
      if (f.column < 0) return;
      const items = flat[n];
      flat[f.column] = Array.isArray(items) ? items.flatMap((item) => itemParts[n].map((parts) => byName(item, parts))) : [];
    });
    return flat;
  };
}

const memberSets = new WeakMap<Model, Map<string, Map<string | number, string | number>>>();

/**
 * The members of an enum, each mapped to its one shared (interned) copy, made once per rule set:
 * bound facts hold that copy, so compiled rules compare members by identity.
 */
function membersOf(model: Model, name: string): Map<string | number, string | number> {
  let byName = memberSets.get(model);
  if (!byName) memberSets.set(model, (byName = new Map()));
  let members = byName.get(name);
  if (!members) byName.set(name, (members = new Map((model.enums.get(name)?.members ?? []).map((m) => [m.value, intern(m.value)]))));
  return members;
}

/** The JSON path of `key` under `base`: `measures[0].adopted`. */
function at(base: string, key: string): string {
  return base === '' ? key : key === '' ? base : key.startsWith('[') ? base + key : `${base}.${key}`;
}

function failure(errors: FactError[], path: string, message: string): RValue {
  errors.push({ path, message });
  return null;
}

function convert(model: Model, t: Type, raw: unknown, base: string, key: string, errors: FactError[]): RValue {
  const s = strip(t);
  if (raw === undefined || raw === null) {
    if (t.k === 'optional') return null;
    return s.k === 'boolean' ? false : s.k === 'list' ? EMPTY_LIST : null;
  }
  // The JSON path (`at(base, key)`) is only needed for a message or as the base of a record's
  // fields, so it is made on demand: most fields are fine and need none.
  switch (s.k) {
    case 'boolean':
      return typeof raw === 'boolean' ? raw : failure(errors, at(base, key), `must be true or false, not ${describe(raw)}`);
    case 'integer':
      return typeof raw === 'number' && Number.isSafeInteger(raw) ? raw : failure(errors, at(base, key), `must be a whole number, not ${describe(raw)}`);
    case 'fraction': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return failure(errors, at(base, key), `must be a number such as "1/50", "0.02" or "2%", not ${describe(raw)}`);
      if (typeof raw === 'number' && !Number.isFinite(raw)) return failure(errors, at(base, key), `must be a number, not ${raw}`);
      const r = parseFraction(String(raw));
      return r.ok ? r.value : failure(errors, at(base, key), r.error);
    }
    case 'date': {
      if (typeof raw !== 'string') return failure(errors, at(base, key), `must be a date written YYYY-MM-DD, not ${describe(raw)}`);
      const d = CalendarDate.parse(raw);
      return d ?? failure(errors, at(base, key), /^\d{4}-\d{2}-\d{2}$/.test(raw.trim()) ? `${raw.trim()} is not a calendar date` : `must be a date written YYYY-MM-DD, not ${describe(raw)}`);
    }
    case 'text':
      return typeof raw === 'string' ? raw : failure(errors, at(base, key), `must be a text, not ${describe(raw)}`);
    case 'enum': {
      const known = membersOf(model, s.name);
      const member = typeof raw === 'string' || typeof raw === 'number' ? known.get(raw) : undefined;
      if (member !== undefined) return member;
      const members = [...known.keys()];
      // "2" for a numeric member is accepted: JSON writers differ.
      if (typeof raw === 'string' && /^\d+$/.test(raw) && members.includes(Number(raw))) return Number(raw);
      const shown = typeof raw === 'string' || typeof raw === 'number' ? `'${shortQuote(String(raw))}'` : describe(raw);
      return failure(errors, at(base, key), `${shown} is not a ${s.name}${typeof raw === 'string' && raw.length <= MAX_NAME_LENGTH ? suggestion(raw, members.map(String)) : ''} (one of: ${members.join(', ')})`);
    }
    case 'bands': {
      const values = model.bands.get(s.name)?.rows.map((r) => r.value) ?? [];
      return typeof raw === 'number' && values.includes(raw) ? raw : failure(errors, at(base, key), `${describe(raw)} is not a ${s.name} (one of: ${values.join(', ')})`);
    }
    case 'record': {
      if (!isObj(raw)) return failure(errors, at(base, key), `must be an object (a ${s.name}), not ${describe(raw)}`);
      return bindFields(model, model.recordFields.get(s.name) ?? new Map(), raw, at(base, key), errors);
    }
    case 'list': {
      if (!Array.isArray(raw)) return failure(errors, at(base, key), `must be a list, not ${describe(raw)}`);
      const items = new Array<RValue>(raw.length);
      const path = at(base, key);
      for (let i = 0; i < raw.length; i++) items[i] = convert(model, s.of, raw[i], path, `[${i}]`, errors);
      // Frozen: the flat arrays hold copies (a list's column), so a bound list changed in place
      // would be read one way by some compiled rules and another way by others.
      return Object.freeze(items) as RValue[];
    }
    default:
      return failure(errors, at(base, key), `cannot be read as ${typeName(s)}`);
  }
}
