import { describe, expect, it } from 'vitest';
import { groupDigits, oneInNumber, parseStepProbability, stepError } from '../../../src/domain/risk/probability-text';
import { Fraction } from '../../../src/domain/fraction';

describe('parseStepProbability', () => {
  it.each(['1/50', '0.02', '2%'])('reads %s as exactly 1/50', (t) => {
    const r = parseStepProbability(t);
    expect(r.ok && r.value.equals(Fraction.of(1, 50))).toBe(true);
  });
  it.each([
    ['', 'empty'],
    ['one in ten', 'notNumber'],
    ['1/0', 'zeroDenominator'],
    ['-0.1', 'negative'],
    ['0/5', 'zero'],
    ['1.5', 'aboveOne'],
    ['150%', 'aboveOne'],
  ])('%j fails with code %s', (t, code) => {
    const r = parseStepProbability(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });
  it('names the scenario and the step (counted from 1) in errors', () => {
    const r = parseStepProbability('1.5');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(stepError('s1', 1, r.message)).toBe('scenario s1, step 2: "1.5" is above 1; a probability lies between 0 and 1');
    expect(stepError('s1', 0, 'x', 'low')).toBe('scenario s1, step 1 (low): x');
  });
});

describe('one in N', () => {
  it('rounds 1/p to a whole number', () => {
    expect(oneInNumber(Fraction.of(1, 6000))).toBe(6000n);
    expect(oneInNumber(Fraction.of(27, 160000))).toBe(5926n);
    expect(oneInNumber(Fraction.of(2, 3))).toBe(2n);
  });
  it('groups digits in threes', () => {
    expect(groupDigits(1000000n)).toBe('1\u202f000\u202f000');
    expect(groupDigits(999n)).toBe('999');
  });
});
