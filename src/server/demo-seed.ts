// Demo data for `npm start`: three Member States' authorities and the Commission, demo people of
// every role, and the demo assessments and case files in the Norwegian authority. Idempotent: a
// second start adds nothing; an authority that has records keeps them.
import type { AccountRole } from '../domain/access/permissions';
import { ROLES } from '../domain/access/permissions';
import { DEMO_ASSESSMENTS } from '../demo/assessments';
import { demoCases } from '../demo/cases';
import { caseIndexFields } from '../domain/case/index-fields';
import { builtinRuleSet } from '../cli/rule-files';
import { hashPassword } from './auth/passwords';
import type { Database } from './db/sql';
import { applyChange, parsePushChanges } from './sync';

/** Every demo person's password (README). */
export const DEMO_PASSWORD = 'riskcase-demo-2026';

export const DEMO_AUTHORITIES = [
  { id: 'no-dsb', name: 'Norwegian Directorate for Civil Protection (DSB)', kind: 'member-state', country: 'NO' },
  { id: 'se-kov', name: 'Swedish Consumer Agency (Konsumentverket)', kind: 'member-state', country: 'SE' },
  { id: 'dk-sik', name: 'Danish Safety Technology Authority (Sikkerhedsstyrelsen)', kind: 'member-state', country: 'DK' },
  { id: 'ec', name: 'European Commission, Safety Gate', kind: 'commission', country: null },
] as const;

export interface DemoPerson {
  authorityId: string;
  email: string;
  name: string;
  roles: AccountRole[];
}

const NAMES: Record<AccountRole, string> = {
  assessor: 'Ingrid Assessor',
  'case-officer': 'Ola Case-Officer',
  'contact-point': 'Kari Contact-Point',
  'policy-officer': 'Nils Policy-Officer',
  trainer: 'Sigrid Trainer',
  trainee: 'Lars Trainee',
  administrator: 'Astrid Administrator',
};

/** One person per role in Norway; a case officer, contact point and administrator elsewhere. */
export function demoPeople(): DemoPerson[] {
  const out: DemoPerson[] = ROLES.map((role) => ({ authorityId: 'no-dsb', email: `${role}@no.riskcase.test`, name: NAMES[role], roles: [role] }));
  for (const [authorityId, cc, people] of [
    ['se-kov', 'se', ['Elsa Lindqvist', 'Johan Berg', 'Maja Holm']],
    ['dk-sik', 'dk', ['Freja Nielsen', 'Mads Jensen', 'Ida Larsen']],
  ] as const) {
    out.push({ authorityId, email: `case-officer@${cc}.riskcase.test`, name: people[0], roles: ['case-officer', 'assessor'] });
    out.push({ authorityId, email: `contact-point@${cc}.riskcase.test`, name: people[1], roles: ['contact-point'] });
    out.push({ authorityId, email: `administrator@${cc}.riskcase.test`, name: people[2], roles: ['administrator'] });
  }
  out.push({ authorityId: 'ec', email: 'validator@ec.riskcase.test', name: 'Claire Validator', roles: ['contact-point'] });
  out.push({ authorityId: 'ec', email: 'administrator@ec.riskcase.test', name: 'Pieter Administrator', roles: ['administrator'] });
  return out;
}

export async function seedDemo(db: Database, options: { records?: boolean } = {}): Promise<{ people: number; records: number }> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const people = demoPeople();
  let added = 0;
  await db.system(async (sql) => {
    for (const a of DEMO_AUTHORITIES) {
      await sql.query('INSERT INTO authorities (id, name, kind, country) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING', [a.id, a.name, a.kind, a.country]);
    }
    for (const p of people) {
      const r = await sql.query('INSERT INTO people (authority_id, email, name, roles, password_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING RETURNING id', [p.authorityId, p.email, p.name, p.roles, hash]);
      added += r.rows.length;
    }
  });
  if (options.records === false) return { people: added, records: 0 };
  const officer = await db.system(async (sql) => (await sql.query<{ id: string }>("SELECT id FROM people WHERE email = 'case-officer@no.riskcase.test'")).rows[0]);
  if (!officer) return { people: added, records: 0 };
  const ctx = { authorityId: 'no-dsb', personId: officer.id };
  const existing = await db.act(ctx, async (sql) => Number((await sql.query<{ n: string }>('SELECT count(*) AS n FROM records')).rows[0].n));
  if (existing > 0) return { people: added, records: 0 };
  const changes = [
    ...DEMO_ASSESSMENTS.map((a) => ({ kind: 'assessment' as const, id: a.id, baseRev: 0, body: { doc: a.doc, wizard: null } })),
    ...demoCases(builtinRuleSet('rapex-2010')).map((file) => ({ kind: 'case' as const, id: file.id, baseRev: 0, body: { ...caseIndexFields(file), file } as Record<string, unknown> })),
  ];
  const read = parsePushChanges({ changes });
  if (!read.ok) throw new Error(`the demo records do not parse: ${read.problems.slice(0, 5).map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  let records = 0;
  for (const change of read.changes) {
    const { result } = await db.act(ctx, (sql) => applyChange(sql, ctx, change));
    // A conflict means another server process on the same database seeded it first.
    if (result.status === 'applied') records++;
  }
  return { people: added, records };
}
