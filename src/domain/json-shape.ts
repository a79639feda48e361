// Small typed parsers for untrusted JSON ("parse, don't validate"): each returns the value with
// its static type, or errors naming the JSON path (`measures[0].adopted`). Objects must have
// exactly the declared keys — an unknown key is reported, never copied — and keys such as
// `__proto__` are refused outright. Strings and arrays have size limits.
import { CalendarDate } from './calendar-date';

export interface ShapeError {
  path: string;
  message: string;
  /** Reported, but the value is still read (an unknown field where the format may grow). */
  warning?: true;
}

export type Result<T> = { ok: true; value: T; warnings: ShapeError[] } | { ok: false; errors: ShapeError[]; warnings?: ShapeError[] };

/** Whether an error (not a warning) was added to `errors` since index `before`. */
function failedSince(errors: readonly ShapeError[], before: number): boolean {
  for (let i = before; i < errors.length; i++) if (!errors[i].warning) return true;
  return false;
}

export interface Parser<T> {
  parse(value: unknown, path: string, errors: ShapeError[]): T | undefined;
  /** The key may be absent from its object. */
  readonly optional?: boolean;
}

/** Keys that could reach an object's prototype when copied with assignment or spread. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const LIMITS = {
  /** A single text field (long descriptions fit; a megabyte of junk does not). */
  maxString: 20_000,
  maxArray: 1_000,
};

/** A bad value as a message quotes it: text cut to its first characters, never echoed whole. */
export function quoted(v: unknown, max = 40): string {
  if (typeof v === 'string') return JSON.stringify(v.length > max ? v.slice(0, max) : v) + (v.length > max ? `… (${v.length} characters)` : '');
  return show(v);
}

const show = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v === 'string' ? 'text' : typeof v);

function child(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/**
 * Characters as JSON Schema's maxLength counts them (code points, so an emoji is one), counted
 * only as far as needed: a text twice as long as `max` in UTF-16 units is too long whatever it holds.
 */
function codePoints(v: string, max: number): number {
  if (v.length <= max || v.length > 2 * max) return v.length;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export function str(options: { max?: number; pattern?: RegExp; what?: string } = {}): Parser<string> {
  const max = options.max ?? LIMITS.maxString;
  return {
    parse(v, path, errors) {
      if (typeof v !== 'string') return void errors.push({ path, message: `expected text, got ${show(v)}` });
      const length = codePoints(v, max);
      if (length > max) return void errors.push({ path, message: `text is too long (${length} characters, at most ${max})` });
      if (options.pattern && !options.pattern.test(v)) return void errors.push({ path, message: `${quoted(v)} is not ${options.what ?? 'valid'}` });
      return v;
    },
  };
}

export const bool: Parser<boolean> = {
  parse(v, path, errors) {
    if (typeof v !== 'boolean') return void errors.push({ path, message: `expected true or false, got ${show(v)}` });
    return v;
  },
};

export function int(options: { min?: number; max?: number } = {}): Parser<number> {
  const min = options.min ?? 0;
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  return {
    parse(v, path, errors) {
      if (typeof v !== 'number' || !Number.isInteger(v)) return void errors.push({ path, message: `expected a whole number, got ${show(v)}` });
      if (v < min || v > max) return void errors.push({ path, message: `${v} is out of range (${min} to ${max})` });
      return v;
    },
  };
}

/** "YYYY-MM-DD" that is a real calendar date. */
export const isoDate: Parser<string> = {
  parse(v, path, errors) {
    if (typeof v !== 'string' || v.length !== 10 || !CalendarDate.parse(v)) return void errors.push({ path, message: `expected a date YYYY-MM-DD, got ${typeof v === 'string' ? quoted(v, 20) : show(v)}` });
    return v;
  },
};

/** An ISO 8601 timestamp as written by Date.toISOString. */
export const isoTimestamp: Parser<string> = str({ max: 40, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, what: 'a timestamp' });

export function oneOf<const T extends string>(values: readonly T[]): Parser<T> {
  const set = new Set<string>(values);
  return {
    parse(v, path, errors) {
      if (typeof v !== 'string' || !set.has(v)) return void errors.push({ path, message: `expected one of ${values.join(', ')}, got ${typeof v === 'string' ? quoted(v) : show(v)}` });
      return v as T;
    },
  };
}

export function literal<const T extends number | string | boolean>(expected: T): Parser<T> {
  return {
    parse(v, path, errors) {
      if (v !== expected) return void errors.push({ path, message: `expected ${JSON.stringify(expected)}, got ${typeof v === 'object' ? show(v) : quoted(v)}` });
      return expected;
    },
  };
}

/** A field that may be left out (an optional property of the type). */
export function optional<T>(p: Parser<T>): Parser<T | undefined> {
  return { optional: true, parse: (v, path, errors) => p.parse(v, path, errors) };
}

/** An object used as a map from text keys (e.g. labels by language) to values. */
export function dict<T>(value: Parser<T>, maxKeys = 100): Parser<Record<string, T>> {
  return {
    parse(v, path, errors) {
      if (!isPlainObject(v)) return void errors.push({ path, message: `expected an object, got ${show(v)}` });
      const keys = Object.keys(v);
      if (keys.length > maxKeys) return void errors.push({ path, message: `too many keys (${keys.length}, at most ${maxKeys})` });
      const before = errors.length;
      const out: Record<string, T> = {};
      for (const k of keys) {
        if (FORBIDDEN_KEYS.has(k)) {
          errors.push({ path: child(path, k), message: `the key "${k}" is not allowed` });
          continue;
        }
        const r = value.parse(v[k], child(path, k), errors);
        if (r !== undefined) out[k] = r;
      }
      return failedSince(errors, before) ? undefined : out;
    },
  };
}

export function nullable<T>(p: Parser<T>): Parser<T | null> {
  return { parse: (v, path, errors) => (v === null ? null : p.parse(v, path, errors)) };
}

export function list<T>(item: Parser<T>, max = LIMITS.maxArray): Parser<T[]> {
  return {
    parse(v, path, errors) {
      if (!Array.isArray(v)) return void errors.push({ path, message: `expected a list, got ${show(v)}` });
      if (v.length > max) return void errors.push({ path, message: `too many items (${v.length}, at most ${max})` });
      const out: T[] = [];
      const before = errors.length;
      v.forEach((x, i) => {
        const r = item.parse(x, child(path, i), errors);
        if (r !== undefined) out.push(r);
      });
      return failedSince(errors, before) ? undefined : out;
    },
  };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

type Shape<T> = { [K in keyof T]-?: Parser<T[K]> };

/**
 * An object with these keys; prototype keys are errors, and so are other keys — or, with
 * `unknown: 'warn'`, they are warnings and left out of the value (the interchange format may grow).
 */
export function obj<T extends object>(shape: Shape<T>, options: { unknown?: 'error' | 'warn' } = {}): Parser<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return {
    parse(v, path, errors) {
      if (!isPlainObject(v)) return void errors.push({ path, message: `expected an object, got ${show(v)}` });
      const before = errors.length;
      for (const k of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(k)) errors.push({ path: child(path, k), message: `the key "${k}" is not allowed` });
        else if (!Object.prototype.hasOwnProperty.call(shape, k)) {
          errors.push(options.unknown === 'warn' ? { path: child(path, k), message: 'unknown field (ignored)', warning: true } : { path: child(path, k), message: 'unknown field' });
        }
      }
      // A null-prototype object: nothing read from the file can reach Object.prototype.
      const out = Object.create(null) as Record<string, unknown>;
      for (const k of keys) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) {
          if ((shape[k] as Parser<unknown>).optional) continue;
          errors.push({ path: child(path, k), message: 'missing' });
          continue;
        }
        const r = (shape[k] as Parser<unknown>).parse(v[k], child(path, k), errors);
        if (r !== undefined) out[k] = r;
      }
      // Hand back an ordinary object (structured clone and JSON need no special case).
      return failedSince(errors, before) ? undefined : (Object.assign({}, out) as T);
    },
  };
}

/** Any JSON value (e.g. an XState snapshot), checked only for forbidden keys, depth and size. */
export function anyJson(options: { maxDepth?: number; maxNodes?: number } = {}): Parser<unknown> {
  const maxDepth = options.maxDepth ?? 40;
  const maxNodes = options.maxNodes ?? 50_000;
  return {
    parse(v, path, errors) {
      let nodes = 0;
      const fail = (p: string, message: string): false => {
        errors.push({ path: p, message });
        return false;
      };
      const walk = (x: unknown, p: string, depth: number): boolean => {
        if (++nodes > maxNodes) return fail(path, `too large (more than ${maxNodes} values)`);
        if (depth > maxDepth) return fail(p, `nested too deeply (more than ${maxDepth} levels)`);
        if (x === null || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))) return true;
        if (typeof x === 'string') return x.length <= LIMITS.maxString * 10 || fail(p, 'text is too long');
        if (Array.isArray(x)) return x.every((y, i) => walk(y, child(p, i), depth + 1));
        if (isPlainObject(x)) return Object.keys(x).every((k) => (FORBIDDEN_KEYS.has(k) ? fail(child(p, k), `the key "${k}" is not allowed`) : walk(x[k], child(p, k), depth + 1)));
        return fail(p, `expected JSON data, got ${show(x)}`);
      };
      return walk(v, path, 0) ? v : undefined;
    },
  };
}

export function run<T>(p: Parser<T>, value: unknown, path = ''): Result<T> {
  const found: ShapeError[] = [];
  const v = p.parse(value, path, found);
  const errors = found.filter((e) => !e.warning);
  const warnings = found.filter((e) => e.warning);
  return errors.length === 0 && v !== undefined ? { ok: true, value: v, warnings } : { ok: false, errors, warnings };
}

/**
 * Keys that could reach a prototype (`__proto__`, `constructor`, `prototype`) anywhere in a JSON
 * value, with their paths — walked without recursion, so no nesting depth can overflow the stack.
 * At most `max` are listed.
 */
export function forbiddenKeys(value: unknown, path = '', max = 100): ShapeError[] {
  const out: ShapeError[] = [];
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0 && out.length < max) {
    const [v, p] = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], child(p, i)]);
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        if (FORBIDDEN_KEYS.has(k)) out.push({ path: child(p, k), message: `the key "${k}" is not allowed` });
        else stack.push([(v as Record<string, unknown>)[k], child(p, k)]);
      }
    }
  }
  return out;
}
