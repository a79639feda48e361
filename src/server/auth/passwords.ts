// Passwords are kept as argon2id hashes (OWASP's first choice), with the library's defaults
// (19 MiB, 2 passes), which take about 20–40 ms here: slow for a guesser, fine for a sign-in.
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 200;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD) return `must have at least ${MIN_PASSWORD} characters`;
  if (password.length > MAX_PASSWORD) return `must have at most ${MAX_PASSWORD} characters`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash to verify against when no such person exists, so that a sign-in for an unknown e-mail
// takes as long as one for a known e-mail (no account enumeration by timing).
let dummy: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  const h = storedHash ?? (await (dummy ??= hash('riskcase-no-such-person')));
  try {
    return (await verify(h, password)) && storedHash !== null;
  } catch {
    return false;
  }
}
