// Exact rational numbers on bigint. Probabilities are never floats: the guidelines' band limits are
// strict ("> 1/1 000"), and 1/10 × 1/10 × 1/10 must be exactly 1/1 000 (band 5, not 4).

export class Fraction {
  /** Always reduced, denominator > 0. */
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    this.n = n;
    this.d = d;
  }

  static of(n: bigint | number, d: bigint | number = 1n): Fraction {
    let nn = BigInt(n);
    let dd = BigInt(d);
    if (dd === 0n) throw new RangeError('zero denominator');
    if (dd < 0n) {
      nn = -nn;
      dd = -dd;
    }
    const g = gcd(nn < 0n ? -nn : nn, dd);
    return new Fraction(nn / g, dd / g);
  }

  static readonly ZERO = Fraction.of(0n);
  static readonly ONE = Fraction.of(1n);

  mul(o: Fraction): Fraction {
    return Fraction.of(this.n * o.n, this.d * o.d);
  }
  div(o: Fraction): Fraction {
    if (o.n === 0n) throw new RangeError('division by zero');
    return Fraction.of(this.n * o.d, this.d * o.n);
  }
  add(o: Fraction): Fraction {
    return Fraction.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Fraction): Fraction {
    return Fraction.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  /** -1, 0 or 1. */
  compare(o: Fraction): -1 | 0 | 1 {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  equals(o: Fraction): boolean {
    return this.n === o.n && this.d === o.d;
  }
  gt(o: Fraction): boolean {
    return this.compare(o) > 0;
  }
  lt(o: Fraction): boolean {
    return this.compare(o) < 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  /** "27/160000", or "1" for whole numbers. */
  toString(): string {
    return this.d === 1n ? this.n.toString() : `${this.n}/${this.d}`;
  }
  /** For display and charts only — never for a decision. */
  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }
  toJSON(): string {
    return this.toString();
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

export type FractionParse = { ok: true; value: Fraction } | { ok: false; error: string };

const INT = /^\d+$/;
const DEC = /^(\d*)\.(\d+)$/;

/**
 * Reads a number written as "1/50", "0.02", "2%", "1", "1/1 000" (spaces as thousands separators
 * are allowed, as the guidelines write them). Not a probability check: see parseProbability.
 */
export function parseFraction(text: string): FractionParse {
  const raw = text.trim();
  if (raw === '') return { ok: false, error: 'is empty' };
  let s = raw.replace(/[\s\u00a0\u202f]+/g, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  let value: Fraction;
  const slash = s.indexOf('/');
  if (slash >= 0) {
    const a = parseDecimal(s.slice(0, slash));
    const b = parseDecimal(s.slice(slash + 1));
    if (!a || !b) return { ok: false, error: `"${raw}" is not a number` };
    if (b.isZero()) return { ok: false, error: `"${raw}" has a zero denominator` };
    value = a.div(b);
  } else {
    const a = parseDecimal(s);
    if (!a) return { ok: false, error: `"${raw}" is not a number` };
    value = a;
  }
  if (percent) value = value.div(Fraction.of(100n));
  return { ok: true, value };
}

function parseDecimal(s: string): Fraction | null {
  let neg = false;
  if (s.startsWith('-')) {
    neg = true;
    s = s.slice(1);
  }
  let f: Fraction;
  if (INT.test(s)) f = Fraction.of(BigInt(s));
  else {
    const m = DEC.exec(s);
    if (!m) return null;
    const whole = m[1] === '' ? 0n : BigInt(m[1]);
    const frac = m[2];
    const scale = 10n ** BigInt(frac.length);
    f = Fraction.of(whole * scale + BigInt(frac), scale);
  }
  return neg ? Fraction.of(-f.n, f.d) : f;
}

/** A probability: a number in (0, 1]. Zero is not a probability of an injury scenario step. */
export function parseProbability(text: unknown): FractionParse {
  if (typeof text === 'number') {
    if (!Number.isFinite(text)) return { ok: false, error: `${text} is not a number` };
    text = String(text);
  }
  if (typeof text !== 'string') return { ok: false, error: 'must be a text such as "1/50", "0.02", "2%" or "1"' };
  const r = parseFraction(text);
  if (!r.ok) return r;
  const v = r.value;
  if (v.n < 0n) return { ok: false, error: `"${text.trim()}" is negative; a probability lies between 0 and 1` };
  if (v.isZero()) return { ok: false, error: `"${text.trim()}" is zero; a step that never happens makes no scenario` };
  if (v.gt(Fraction.ONE)) return { ok: false, error: `"${text.trim()}" is above 1; a probability lies between 0 and 1` };
  return r;
}

/** Product of many fractions, reduced once at the end would overflow nothing: bigint is unbounded. */
export function product(fs: readonly Fraction[]): Fraction {
  let n = 1n;
  let d = 1n;
  for (const f of fs) {
    n *= f.n;
    d *= f.d;
  }
  return Fraction.of(n, d);
}
