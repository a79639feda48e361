// Who may do what on an authority's server: one table, enforced by the server on every request
// (src/server) and only mirrored by the UI. A person may hold several roles; what they may do is
// the union. Row-level security in the database adds the other half: whatever the role, a person
// reaches only their own authority's records.

export const ROLES = ['assessor', 'case-officer', 'contact-point', 'policy-officer', 'trainer', 'trainee', 'administrator'] as const;
export type AccountRole = (typeof ROLES)[number];

export const ACTIONS = [
  'assessment.read',
  'assessment.write',
  'case.read',
  'case.write',
  'rule-set.read',
  'rule-set.write',
  'training-session.read',
  'training-session.write',
  'people.read',
  'people.manage',
  'audit.read',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The table. Reading what one's work depends on is broad; writing is narrow. */
export const PERMISSIONS: Readonly<Record<AccountRole, readonly Action[]>> = {
  // Assessors write assessments; they read the cases they assess for and the rules they apply.
  assessor: ['assessment.read', 'assessment.write', 'case.read', 'rule-set.read'],
  // Case officers build the case file and attach assessments (which they may also start).
  'case-officer': ['assessment.read', 'assessment.write', 'case.read', 'case.write', 'rule-set.read'],
  // The contact point checks, completes and submits what the case officers built.
  'contact-point': ['assessment.read', 'case.read', 'case.write', 'rule-set.read'],
  // Policy officers draft and publish rule-set versions that every officer then uses.
  'policy-officer': ['rule-set.read', 'rule-set.write', 'case.read', 'assessment.read'],
  trainer: ['training-session.read', 'training-session.write', 'rule-set.read'],
  // A trainee writes their answers into the session the trainer opened.
  trainee: ['training-session.read', 'training-session.write', 'rule-set.read'],
  // The administrator manages people and reads the audit trail, not the casework.
  administrator: ['people.read', 'people.manage', 'audit.read', 'rule-set.read'],
};

export function isRole(v: unknown): v is AccountRole {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

export function allowedActions(roles: readonly AccountRole[]): ReadonlySet<Action> {
  const out = new Set<Action>();
  for (const r of roles) for (const a of PERMISSIONS[r]) out.add(a);
  return out;
}

export function may(roles: readonly AccountRole[], action: Action): boolean {
  return roles.some((r) => PERMISSIONS[r].includes(action));
}

/** The kinds of record that sync between the browser and the server. */
export const RECORD_KINDS = ['assessment', 'case', 'rule-set', 'training-session'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(v: unknown): v is RecordKind {
  return typeof v === 'string' && (RECORD_KINDS as readonly string[]).includes(v);
}

export const readAction = (kind: RecordKind): Action => `${kind}.read` as Action;
export const writeAction = (kind: RecordKind): Action => `${kind}.write` as Action;
