// Sign-in throttling, kept in the database so that every server process counts the same attempts:
// after too many failures for one e-mail (a guessed password) or from one address (a sprayed
// list), sign-in is refused for a while without even checking the password.
import type { Database } from '../db/sql';

export interface ThrottlePolicy {
  windowMs: number;
  maxFailuresPerEmail: number;
  maxFailuresPerAddress: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { windowMs: 15 * 60_000, maxFailuresPerEmail: 10, maxFailuresPerAddress: 100 };

/** Seconds to wait when throttled, else 0. */
export async function throttledFor(db: Database, email: string, address: string, policy: ThrottlePolicy, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - policy.windowMs).toISOString();
  return db.system(async (sql) => {
    const { rows } = await sql.query<{ by_email: string; by_address: string; oldest: Date | string | null }>(
      `SELECT count(*) FILTER (WHERE email = $1) AS by_email, count(*) FILTER (WHERE address = $2) AS by_address,
              min(at) AS oldest
         FROM sign_in_attempts WHERE NOT succeeded AND at > $3 AND (email = $1 OR address = $2)`,
      [email, address, since],
    );
    const r = rows[0];
    if (Number(r.by_email) < policy.maxFailuresPerEmail && Number(r.by_address) < policy.maxFailuresPerAddress) return 0;
    const oldest = r.oldest ? new Date(r.oldest).getTime() : now.getTime();
    return Math.max(1, Math.ceil((oldest + policy.windowMs - now.getTime()) / 1000));
  });
}

export async function recordAttempt(db: Database, email: string, address: string, succeeded: boolean, now = new Date()): Promise<void> {
  await db.system(async (sql) => {
    await sql.query('INSERT INTO sign_in_attempts (email, address, at, succeeded) VALUES ($1, $2, $3, $4)', [email, address, now.toISOString(), succeeded]);
    // Keep the table small: attempts older than a day say nothing any more.
    if (Math.random() < 0.01) await sql.query("DELETE FROM sign_in_attempts WHERE at < $1", [new Date(now.getTime() - 86_400_000).toISOString()]);
  });
}
