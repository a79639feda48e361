// Sync between browsers and the server. Pull: the authority's changes after a checkpoint, in the
// order they were made. Push: each change names the revision it was made from; if the stored
// revision has moved on, the push is refused with the server's version (the browser shows both;
// nothing is merged silently). One change is one act: one transaction holds the new revision, the
// audit entry and the live-update notice.
import { isRecordKind, type RecordKind } from '../domain/access/permissions';
import { forbiddenKeys } from '../domain/json-shape';
import { changeInWords } from '../domain/sync/change-words';
import { MAX_BODY_BYTES, parseRecordBody, RECORD_ID } from '../domain/sync/record-body';
import { writeAudit } from './audit';
import type { ActContext, Sql } from './db/sql';

export const CHANGES_CHANNEL = 'riskcase_changes';
export const MAX_PULL = 500;
export const MAX_PUSH = 100;

export interface RecordVersion {
  kind: RecordKind;
  id: string;
  rev: number;
  seq: number;
  deleted: boolean;
  body: Record<string, unknown> | null;
  updatedBy: string | null;
  updatedByName: string | null;
  updatedAt: string;
}

/** A change whose body has been read by its kind's parser (only parsePushChanges makes one). */
export interface PushChange {
  readonly parsed: true;
  kind: RecordKind;
  id: string;
  /** The revision the change was made from; 0 for a new record. */
  baseRev: number;
  /** The new body, or null to delete. */
  body: Record<string, unknown> | null;
}

export type PushResult =
  | { kind: RecordKind; id: string; status: 'applied'; rev: number; seq: number }
  | { kind: RecordKind; id: string; status: 'conflict'; server: RecordVersion | null };

export interface ChangeNotice {
  authorityId: string;
  kind: RecordKind;
  id: string;
  rev: number;
  seq: number;
}

const KIND_LABEL: Record<RecordKind, string> = { assessment: 'Assessment', case: 'Case file', 'rule-set': 'Rule set', 'training-session': 'Training session' };

interface Row {
  kind: RecordKind;
  id: string;
  rev: number;
  seq: string | number;
  deleted: boolean;
  body: Record<string, unknown> | null;
  updated_by: string | null;
  name: string | null;
  updated_at: Date | string;
}

const toVersion = (r: Row): RecordVersion => ({
  kind: r.kind,
  id: r.id,
  rev: r.rev,
  seq: Number(r.seq),
  deleted: r.deleted,
  body: r.body,
  updatedBy: r.updated_by,
  updatedByName: r.name,
  updatedAt: new Date(r.updated_at).toISOString(),
});

const SELECT = `SELECT r.kind, r.id, r.rev, r.seq, r.deleted, r.body, r.updated_by, p.name, r.updated_at
                  FROM records r LEFT JOIN people p ON p.id = r.updated_by`;

/**
 * Changes after `since` of the kinds the person may read, oldest first. The checkpoint to ask from
 * next is the last change's number (or `since` when there were none); `more` says there are more.
 * The authority comes from row-level security alone: this query has no authority condition.
 */
export async function pull(sql: Sql, since: number, kinds: readonly RecordKind[], limit = MAX_PULL): Promise<{ changes: RecordVersion[]; checkpoint: number; more: boolean }> {
  // The clock first: every change numbered up to it has committed with it, so nothing numbered
  // below the checkpoint can appear later (statements may see different snapshots).
  const latest = await latestSeq(sql);
  const { rows } = await sql.query<Row>(`${SELECT} WHERE r.seq > $1 AND r.seq <= $2 AND r.kind = ANY($3) ORDER BY r.seq LIMIT $4`, [since, latest, kinds, limit + 1]);
  const more = rows.length > limit;
  const changes = rows.slice(0, limit).map(toVersion);
  // Kinds the person may not read still move the checkpoint on, so that a pull never stalls.
  const checkpoint = more ? changes[changes.length - 1].seq : Math.max(since, latest);
  return { changes, checkpoint, more };
}

async function latestSeq(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ seq: string | number }>('SELECT seq FROM change_clock');
  return rows.length > 0 ? Number(rows[0].seq) : 0;
}

export async function getRecord(sql: Sql, kind: RecordKind, id: string): Promise<RecordVersion | null> {
  const { rows } = await sql.query<Row>(`${SELECT} WHERE r.kind = $1 AND r.id = $2`, [kind, id]);
  return rows[0] ? toVersion(rows[0]) : null;
}

/**
 * Reads a push request's changes, each body with its kind's parser; every problem names its field
 * (`changes[2].baseRev`, `changes[0].body.file.product.name`). One bad change refuses the push
 * before anything is written.
 */
export function parsePushChanges(input: unknown): { ok: true; changes: PushChange[] } | { ok: false; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { changes?: unknown }).changes)) return { ok: false, problems: [{ field: 'changes', message: 'expected a list of changes' }] };
  const proto = forbiddenKeys(input, '', 1)[0];
  if (proto) return { ok: false, problems: [{ field: proto.path, message: proto.message }] };
  const list = (input as { changes: unknown[] }).changes;
  if (list.length === 0) problems.push({ field: 'changes', message: 'no changes' });
  if (list.length > MAX_PUSH) return { ok: false, problems: [{ field: 'changes', message: `at most ${MAX_PUSH} changes per push` }] };
  const changes: PushChange[] = [];
  list.forEach((c, i) => {
    const at = `changes[${i}]`;
    if (typeof c !== 'object' || c === null || Array.isArray(c)) return void problems.push({ field: at, message: 'expected an object' });
    const o = c as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!['kind', 'id', 'baseRev', 'body'].includes(k)) problems.push({ field: `${at}.${k.slice(0, 40)}`, message: 'unknown field' });
    if (!isRecordKind(o.kind)) problems.push({ field: `${at}.kind`, message: 'assessment, case, rule-set or training-session' });
    if (typeof o.id !== 'string' || !RECORD_ID.test(o.id)) problems.push({ field: `${at}.id`, message: 'an id of letters, digits and . _ : @ - (at most 200)' });
    if (!Number.isSafeInteger(o.baseRev) || (o.baseRev as number) < 0) problems.push({ field: `${at}.baseRev`, message: 'a whole number, 0 for a new record' });
    if (o.body === undefined) problems.push({ field: `${at}.body`, message: 'required: the record, or null to delete' });
    else if (o.body !== null && (typeof o.body !== 'object' || Array.isArray(o.body))) problems.push({ field: `${at}.body`, message: 'an object, or null to delete' });
    else if (o.body !== null && JSON.stringify(o.body).length > MAX_BODY_BYTES) problems.push({ field: `${at}.body`, message: `larger than ${MAX_BODY_BYTES} bytes` });
    else if (o.body !== null && isRecordKind(o.kind) && typeof o.id === 'string') {
      const read = parseRecordBody(o.kind, o.id, o.body);
      if (!read.ok) for (const e of read.errors.slice(0, 100)) problems.push({ field: `${at}.body.${e.field}`, message: e.message });
    }
    changes.push({ parsed: true, kind: o.kind as RecordKind, id: o.id as string, baseRev: o.baseRev as number, body: (o.body ?? null) as Record<string, unknown> | null });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes };
}

/** Applies one change as one act (call inside `db.act`). Returns the result and, when applied, the notice to publish. */
export async function applyChange(sql: Sql, ctx: ActContext, change: PushChange): Promise<{ result: PushResult; notice?: ChangeNotice }> {
  const { kind, id } = change;
  const { rows } = await sql.query<Row>(`${SELECT} WHERE r.kind = $1 AND r.id = $2 FOR UPDATE OF r`, [kind, id]);
  const current = rows[0] ? toVersion(rows[0]) : null;
  if ((current?.rev ?? 0) !== change.baseRev) return { result: { kind, id, status: 'conflict', server: current } };
  if (change.body === null && (!current || current.deleted)) return { result: { kind, id, status: 'conflict', server: current } };
  // The authority's clock row serialises its writers, so change numbers commit in order and a
  // pull from a checkpoint never skips a change that commits later with a lower number.
  const clock = await sql.query<{ seq: string | number }>(
    `INSERT INTO change_clock (authority_id, seq) VALUES ($1, 1)
     ON CONFLICT (authority_id) DO UPDATE SET seq = change_clock.seq + 1 RETURNING seq`,
    [ctx.authorityId],
  );
  const seq = Number(clock.rows[0].seq);
  const rev = change.baseRev + 1;
  await sql.query(
    `INSERT INTO records (authority_id, kind, id, rev, seq, body, deleted, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
     ON CONFLICT (authority_id, kind, id) DO UPDATE
       SET rev = EXCLUDED.rev, seq = EXCLUDED.seq, body = EXCLUDED.body, deleted = EXCLUDED.deleted,
           updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [ctx.authorityId, kind, id, rev, seq, change.body === null ? null : JSON.stringify(change.body), change.body === null, ctx.personId],
  );
  await writeAudit(sql, ctx.authorityId, ctx.personId, {
    action: change.body === null ? `${kind}.delete` : current && !current.deleted ? `${kind}.update` : `${kind}.create`,
    recordKind: kind,
    recordId: id,
    summary: `${changeInWords(KIND_LABEL[kind], current?.deleted ? null : current?.body ?? null, change.body)} (revision ${rev})`,
  });
  const notice: ChangeNotice = { authorityId: ctx.authorityId, kind, id, rev, seq };
  await sql.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(notice)]);
  return { result: { kind, id, status: 'applied', rev, seq }, notice };
}
