// Reading a step probability as the assessor writes it ("1/50", "0.02", "2%", "1") into an exact
// Fraction, with an error that says which step is wrong and why.
import { Fraction, parseFraction, parseProbability } from '../fraction';

export type ProbabilityErrorCode = 'empty' | 'notNumber' | 'zeroDenominator' | 'negative' | 'zero' | 'aboveOne';

export type ProbabilityParse =
  | { ok: true; value: Fraction }
  | { ok: false; code: ProbabilityErrorCode; message: string };

/** A probability in (0, 1]; the error code lets the UI translate, the message is plain English. */
export function parseStepProbability(text: unknown): ProbabilityParse {
  const r = parseProbability(text);
  if (r.ok) return r;
  return { ok: false, code: errorCode(text), message: r.error };
}

function errorCode(text: unknown): ProbabilityErrorCode {
  if (typeof text === 'string' && text.trim() === '') return 'empty';
  if (typeof text !== 'string' && typeof text !== 'number') return 'notNumber';
  const f = parseFraction(String(text));
  if (!f.ok) return /zero denominator/.test(f.error) ? 'zeroDenominator' : 'notNumber';
  if (f.value.n < 0n) return 'negative';
  if (f.value.isZero()) return 'zero';
  return 'aboveOne';
}

/** "scenario s1, step 2: "1.5" is above 1; …" — steps are counted from 1, as the assessor sees them. */
export function stepError(scenarioId: string, stepIndex: number, message: string, which = 'probability'): string {
  const field = which === 'probability' ? '' : ` (${which})`;
  return `scenario ${scenarioId}, step ${stepIndex + 1}${field}: ${message}`;
}

/** The whole part of 1/p, rounded, as a bigint (for "1 in N"). */
export function oneInNumber(p: Fraction): bigint {
  const n = p.d / p.n;
  const rem = p.d % p.n;
  return rem * 2n >= p.n ? n + 1n : n;
}

/** 1000000 → "1 000 000" (thin grouping as the guidelines write numbers). */
export function groupDigits(n: bigint): string {
  const s = n.toString();
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}
