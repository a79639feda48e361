// People of an authority: created by its administrator (or `riskcase server add-user`), listed,
// deactivated, and erased on request. Erasure pseudonymises: the person's acts stay in the audit
// trail under the same id, but their name and e-mail are gone and they can never sign in again.
import { isRole, ROLES, type AccountRole } from '../domain/access/permissions';
import { hashPassword, passwordProblem } from './auth/passwords';
import type { Sql } from './db/sql';

export interface NewPerson {
  authorityId: string;
  email: string;
  name: string;
  roles: AccountRole[];
  password: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@.]{2,63}$/;

/** Reads a new person's fields from untrusted input; every problem names its field. */
export function parseNewPerson(input: Record<string, unknown>, authorityId: string): Parsed<NewPerson> {
  const problems: FieldProblem[] = [];
  const text = (k: string, max: number): string => {
    const v = input[k];
    if (typeof v !== 'string' || v.trim() === '') {
      problems.push({ field: k, message: 'required' });
      return '';
    }
    if (v.length > max) problems.push({ field: k, message: `at most ${max} characters` });
    return v.trim();
  };
  const email = text('email', 254).toLowerCase();
  if (email && !EMAIL.test(email)) problems.push({ field: 'email', message: 'not an e-mail address' });
  const name = text('name', 200);
  const rolesIn = input.roles;
  const roles: AccountRole[] = [];
  if (!Array.isArray(rolesIn) || rolesIn.length === 0) problems.push({ field: 'roles', message: `at least one of ${ROLES.join(', ')}` });
  else
    rolesIn.forEach((r, i) => {
      if (isRole(r)) {
        if (!roles.includes(r)) roles.push(r);
      } else problems.push({ field: `roles[${i}]`, message: `not a role (${ROLES.join(', ')})` });
    });
  const password = typeof input.password === 'string' ? input.password : '';
  const pw = typeof input.password === 'string' ? passwordProblem(password) : 'required';
  if (pw) problems.push({ field: 'password', message: pw });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { authorityId, email, name, roles, password } };
}

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  roles: AccountRole[];
  active: boolean;
  erased: boolean;
}

/** Inserts the person; `null` when the e-mail is taken. */
export async function insertPerson(sql: Sql, p: NewPerson): Promise<string | null> {
  const passwordHash = await hashPassword(p.password);
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO people (authority_id, email, name, roles, password_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [p.authorityId, p.email, p.name, p.roles, passwordHash],
  );
  return rows[0]?.id ?? null;
}

export async function listPeople(sql: Sql): Promise<PersonRow[]> {
  const { rows } = await sql.query<{ id: string; email: string; name: string; roles: string[]; active: boolean; erased_at: unknown }>(
    'SELECT id, email, name, roles, active, erased_at FROM people ORDER BY name',
  );
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, roles: r.roles.filter(isRole), active: r.active, erased: r.erased_at !== null }));
}

/**
 * Erases a person's personal data (GDPR Art. 17) without breaking the audit trail: their id and
 * acts stay; name, e-mail and password go; every session ends. Runs as the owner (the server's
 * role may not write e-mails or erasure marks), after the route has checked the administrator.
 */
export async function erasePerson(sql: Sql, authorityId: string, personId: string): Promise<boolean> {
  const short = personId.slice(0, 8);
  const { rows } = await sql.query<{ id: string }>(
    `UPDATE people SET name = $3, email = $4, password_hash = NULL, active = false, erased_at = now()
      WHERE id = $1 AND authority_id = $2 AND erased_at IS NULL RETURNING id`,
    [personId, authorityId, `Erased person ${short}`, `erased-${personId}@erased.invalid`],
  );
  if (rows.length === 0) return false;
  await sql.query('DELETE FROM sessions WHERE person_id = $1', [personId]);
  return true;
}
