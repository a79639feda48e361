// Server-side sessions in PostgreSQL. A sign-in always makes a new session (a session id planted
// before sign-in is never promoted: no fixation); a session ends when it has been idle too long,
// at its absolute end, at sign-out, or when its person signs out everywhere or is deactivated.
import { isRole, type AccountRole } from '../../domain/access/permissions';
import type { Database } from '../db/sql';
import { newToken, tokenDigest } from './tokens';

export interface SessionPolicy {
  /** Idle time after which a session ends. */
  idleMs: number;
  /** A session ends this long after sign-in whatever happens. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 8 * 3600_000, absoluteMs: 7 * 24 * 3600_000 };

export interface Person {
  id: string;
  authorityId: string;
  authorityName: string;
  authorityKind: 'member-state' | 'commission';
  country: string | null;
  email: string;
  name: string;
  roles: AccountRole[];
}

export interface SignedIn {
  person: Person;
  csrfToken: string;
  sessionDigest: string;
}

export async function createSession(db: Database, personId: string, policy: SessionPolicy, now = new Date()): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db.system((sql) =>
    sql.query('INSERT INTO sessions (id, person_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)', [
      tokenDigest(token),
      personId,
      csrfToken,
      now.toISOString(),
      new Date(now.getTime() + policy.absoluteMs).toISOString(),
    ]),
  );
  return { token, csrfToken };
}

interface SessionRow {
  person_id: string;
  csrf_token: string;
  last_seen_at: Date | string;
  expires_at: Date | string;
  authority_id: string;
  authority_name: string;
  kind: 'member-state' | 'commission';
  country: string | null;
  email: string;
  name: string;
  roles: string[];
  active: boolean;
}

/** The session's person, or null when there is none, it has ended, or its person may no longer sign in. */
export async function readSession(db: Database, token: string, policy: SessionPolicy, now = new Date()): Promise<SignedIn | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const digest = tokenDigest(token);
  return db.system(async (sql) => {
    const { rows } = await sql.query<SessionRow>(
      `SELECT s.person_id, s.csrf_token, s.last_seen_at, s.expires_at, p.authority_id, a.name AS authority_name, a.kind, a.country,
              p.email, p.name, p.roles, p.active
         FROM sessions s JOIN people p ON p.id = s.person_id JOIN authorities a ON a.id = p.authority_id
        WHERE s.id = $1`,
      [digest],
    );
    const r = rows[0];
    if (!r) return null;
    const idleEnd = new Date(r.last_seen_at).getTime() + policy.idleMs;
    if (!r.active || now.getTime() >= new Date(r.expires_at).getTime() || now.getTime() >= idleEnd) {
      await sql.query('DELETE FROM sessions WHERE id = $1', [digest]);
      return null;
    }
    // Touch at most once a minute: a busy page should not write on every request.
    if (now.getTime() - new Date(r.last_seen_at).getTime() > 60_000) {
      await sql.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1', [digest, now.toISOString()]);
    }
    return {
      sessionDigest: digest,
      csrfToken: r.csrf_token,
      person: {
        id: r.person_id,
        authorityId: r.authority_id,
        authorityName: r.authority_name,
        authorityKind: r.kind,
        country: r.country,
        email: r.email,
        name: r.name,
        roles: r.roles.filter(isRole),
      },
    };
  });
}

export async function endSession(db: Database, digest: string): Promise<void> {
  await db.system((sql) => sql.query('DELETE FROM sessions WHERE id = $1', [digest]));
}

export async function endAllSessions(db: Database, personId: string): Promise<number> {
  return db.system(async (sql) => (await sql.query('DELETE FROM sessions WHERE person_id = $1 RETURNING id', [personId])).rows.length);
}
