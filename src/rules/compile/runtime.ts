// What compiled rules run on: the evaluation context, value comparison, and the error an
// evaluation can end with (an ambiguous decision). No tracing here: this is the fast path.

import type { Facts, RValue } from '../api';
import { CalendarDate } from '../../domain/calendar-date';
import { Fraction } from '../../domain/fraction';

export interface EvalCtx {
  facts: Facts;
  /**
   * Identifies this evaluation: a memo slot (a condition, value or decision already evaluated) is
   * valid for it only if stamped with this number. No per-evaluation allocation on the fast path.
   */
  epoch: number;
}

export type Fn = (ctx: EvalCtx) => RValue;

/**
 * Bound facts and records carry their declared fields as a flat array under this (non-enumerable)
 * key, in declaration order: compiled rules read `flat[i]` instead of walking property names.
 * Objects without it (built by hand, copied) are read by name: same result, slower.
 */
export const FLAT: unique symbol = Symbol('riskcase.flatFields');

export function setFlat(target: object, values: RValue[]): void {
  Object.defineProperty(target, FLAT, { value: values, enumerable: false, writable: true, configurable: true });
}

/**
 * The engine's one shared copy of a text (numbers pass through): JavaScript engines keep property
 * names unique, so a text made a property name comes back as that unique copy. Two interned
 * texts are equal exactly when they are the same object, which is the fastest `===` there is.
 */
export function intern<T extends RValue>(v: T): T {
  return (typeof v === 'string' ? Object.keys({ [v]: 0 })[0] : v) as T;
}

/** An evaluation that cannot produce a value: the message is for a policy officer. */
export class RuleEvalError extends Error {}

export function toFraction(v: RValue): Fraction {
  return v instanceof Fraction ? v : Fraction.of(BigInt(v as number));
}

/** Equality of two present values of one type. */
export function same(a: RValue, b: RValue): boolean {
  if (a === b) return true;
  if (a instanceof Fraction || b instanceof Fraction) {
    if ((typeof a === 'number' || a instanceof Fraction) && (typeof b === 'number' || b instanceof Fraction)) return toFraction(a).equals(toFraction(b));
    return false;
  }
  if (a instanceof CalendarDate && b instanceof CalendarDate) return a.day === b.day;
  return false;
}

/** Order of two present values: numbers, fractions, dates; enums go through `rank`. */
export function order(a: RValue, b: RValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof CalendarDate && b instanceof CalendarDate) return a.day - b.day;
  return toFraction(a).compare(toFraction(b));
}

/** Plain-language rendering of a value in messages: "serious", "2026-03-30", "absent". */
export function show(v: RValue): string {
  if (v === null) return 'absent';
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v instanceof Fraction || v instanceof CalendarDate) return v.toString();
  if (typeof v === 'object') {
    return `{ ${Object.entries(v as Record<string, RValue>).map(([k, x]) => `${k} = ${show(x)}`).join(', ')} }`;
  }
  return String(v);
}
