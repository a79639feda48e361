import { describe, expect, it } from 'vitest';
import { Fraction, parseFraction, parseProbability, product } from '../../src/domain/fraction';

describe('Fraction', () => {
  it('reduces and normalises the sign', () => {
    expect(Fraction.of(2, 4).toString()).toBe('1/2');
    expect(Fraction.of(3, -6).toString()).toBe('-1/2');
    expect(Fraction.of(10, 5).toString()).toBe('2');
  });
  it('refuses a zero denominator', () => {
    expect(() => Fraction.of(1, 0)).toThrow(/zero denominator/);
  });
  it('multiplies exactly: three steps of 1/10 are exactly 1/1000', () => {
    const p = product([Fraction.of(1, 10), Fraction.of(1, 10), Fraction.of(1, 10)]);
    expect(p.equals(Fraction.of(1, 1000))).toBe(true);
    expect(p.gt(Fraction.of(1, 1000))).toBe(false);
  });
  it('compares exactly where floats would not', () => {
    // 0.1 * 3 in floating point is 0.30000000000000004
    expect(Fraction.of(1, 10).mul(Fraction.of(3)).equals(Fraction.of(3, 10))).toBe(true);
    expect(Fraction.of(1, 3).compare(Fraction.of(333, 1000))).toBe(1);
  });
});

describe('parseFraction / parseProbability', () => {
  it.each([
    ['1/50', '1/50'],
    ['0.02', '1/50'],
    ['2%', '1/50'],
    ['1', '1'],
    ['1/1 000', '1/1000'],
    [' 27/160000 ', '27/160000'],
    ['.5', '1/2'],
    ['0.5%', '1/200'],
  ])('reads %j as %s', (text, expected) => {
    const r = parseProbability(text);
    expect(r.ok && r.value.toString()).toBe(expected);
  });
  it.each([
    ['1.5', /above 1/],
    ['-1/2', /negative/],
    ['0', /zero/],
    ['1/0', /zero denominator/],
    ['abc', /not a number/],
    ['', /empty/],
    ['1//2', /not a number/],
  ])('rejects %j', (text, message) => {
    const r = parseProbability(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
  it('accepts JSON numbers but not other types', () => {
    expect(parseProbability(0.25).ok && (parseProbability(0.25) as { value: Fraction }).value.toString()).toBe('1/4');
    expect(parseProbability(true).ok).toBe(false);
    expect(parseFraction('3/4').ok).toBe(true);
  });
});
