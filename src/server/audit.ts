// Audit entries are written in the same transaction as the act they record, as the acting person
// (the database's policy refuses an entry in anyone else's name or authority).
import type { Sql } from './db/sql';

export interface AuditEntry {
  action: string;
  recordKind?: string;
  recordId?: string;
  /** What changed, in words (field labels, never values of personal data). */
  summary: string;
}

export async function writeAudit(sql: Sql, authorityId: string, personId: string, e: AuditEntry): Promise<void> {
  await sql.query('INSERT INTO audit (authority_id, person_id, action, record_kind, record_id, summary) VALUES ($1, $2, $3, $4, $5, $6)', [
    authorityId,
    personId,
    e.action,
    e.recordKind ?? null,
    e.recordId ?? null,
    e.summary.slice(0, 2000),
  ]);
}

export interface AuditRow {
  id: string;
  at: string;
  personId: string | null;
  personName: string | null;
  action: string;
  recordKind: string | null;
  recordId: string | null;
  summary: string;
}

/** The newest entries first; the person's current (possibly pseudonymised) name beside each. */
export async function listAudit(sql: Sql, options: { before?: string; limit: number; recordKind?: string; recordId?: string }): Promise<AuditRow[]> {
  const { rows } = await sql.query<{ id: string; at: Date | string; person_id: string | null; name: string | null; action: string; record_kind: string | null; record_id: string | null; summary: string }>(
    `SELECT a.id, a.at, a.person_id, p.name, a.action, a.record_kind, a.record_id, a.summary
       FROM audit a LEFT JOIN people p ON p.id = a.person_id
      WHERE ($1::bigint IS NULL OR a.id < $1::bigint)
        AND ($3::text IS NULL OR a.record_kind = $3) AND ($4::text IS NULL OR a.record_id = $4)
      ORDER BY a.id DESC LIMIT $2`,
    [options.before ?? null, options.limit, options.recordKind ?? null, options.recordId ?? null],
  );
  return rows.map((r) => ({
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    personId: r.person_id,
    personName: r.name,
    action: r.action,
    recordKind: r.record_kind,
    recordId: r.record_id,
    summary: r.summary,
  }));
}
