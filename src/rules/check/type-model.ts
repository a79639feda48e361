// The static types of the rules language and how they relate (assignability, comparability).

export type Type =
  | { k: 'boolean' }
  | { k: 'integer' }
  | { k: 'fraction' }
  | { k: 'date' }
  | { k: 'text' }
  | { k: 'enum'; name: string }
  | { k: 'bands'; name: string }
  | { k: 'record'; name: string }
  | { k: 'list'; of: Type }
  | { k: 'optional'; of: Type }
  /** After an error: compatible with everything, so one mistake gives one message. */
  | { k: 'unknown' };

export const T = {
  boolean: { k: 'boolean' } as Type,
  integer: { k: 'integer' } as Type,
  fraction: { k: 'fraction' } as Type,
  date: { k: 'date' } as Type,
  text: { k: 'text' } as Type,
  unknown: { k: 'unknown' } as Type,
};

export function optional(t: Type): Type {
  return t.k === 'optional' || t.k === 'unknown' ? t : { k: 'optional', of: t };
}

/** The type without `optional`. */
export function strip(t: Type): Type {
  return t.k === 'optional' ? strip(t.of) : t;
}

export function isOptional(t: Type): boolean {
  return t.k === 'optional';
}

export function typeName(t: Type): string {
  switch (t.k) {
    case 'enum':
    case 'bands':
    case 'record':
      return t.name;
    case 'list':
      return `list of ${typeName(t.of)}`;
    case 'optional':
      return `optional ${typeName(t.of)}`;
    case 'unknown':
      return 'unknown';
    default:
      return t.k;
  }
}

export function isNumeric(t: Type): boolean {
  const s = strip(t);
  return s.k === 'integer' || s.k === 'fraction';
}

/** Same type up to optionality; integers fit where fractions are expected. */
export function assignable(from: Type, to: Type): boolean {
  const a = strip(from);
  const b = strip(to);
  if (a.k === 'unknown' || b.k === 'unknown') return true;
  if (a.k === 'integer' && b.k === 'fraction') return true;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'enum':
    case 'bands':
    case 'record':
      return a.name === (b as { name: string }).name;
    case 'list':
      return assignable(a.of, (b as { of: Type }).of);
    default:
      return true;
  }
}

/** Whether `=`/`is` between the two makes sense. */
export function comparable(a: Type, b: Type): boolean {
  return assignable(a, b) || assignable(b, a);
}

/** "a date", "an integer", "a riskLevel": a type named in a sentence. */
export function an(t: Type | string): string {
  const s = typeof t === 'string' ? t : typeName(t);
  return /^[aeiouAEIOU]/.test(s) ? `an ${s}` : `a ${s}`;
}
