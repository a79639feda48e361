// `riskcase server …`: start an authority's server, run its migrations, add people and authorities.
// The database is PGlite in data/pglite (or RISKCASE_DATA) unless DATABASE_URL names a PostgreSQL.
import { join } from 'node:path';
import { shortArg } from '../args';
import { badInput, capped, type CliIO, EXIT_OK } from '../io';
import { PACKAGE_ROOT } from '../rule-files';
import { migrate } from '../../server/db/migrate';
import { openDatabase } from '../../server/db/open';
import { insertPerson, parseNewPerson } from '../../server/people';
import { startServer } from '../../server/start';

const USAGE = `riskcase server start [--host 127.0.0.1] [--port 5173] [--no-demo] [--static DIR]
riskcase server migrate
riskcase server add-user --authority ID --email E --name NAME --roles ROLE[,ROLE…]   (password: RISKCASE_PASSWORD or the first line of standard input)
riskcase server add-authority --id ID --name NAME --kind member-state|commission [--country CC]`;

const OPTIONS: Record<string, readonly string[]> = {
  start: ['host', 'port', 'static'],
  migrate: [],
  'add-user': ['authority', 'email', 'name', 'roles'],
  'add-authority': ['id', 'name', 'kind', 'country'],
};
const FLAGS: Record<string, readonly string[]> = { start: ['no-demo'] };

function parseOptions(what: string, argv: readonly string[]): { values: Record<string, string>; flags: Set<string> } {
  const allowed = OPTIONS[what];
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.startsWith('--') ? a.slice(2) : '';
    if (FLAGS[what]?.includes(name)) flags.add(name);
    else if (allowed.includes(name)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw badInput(`--${name} needs a value`, USAGE);
      values[name] = v;
    } else throw badInput(`server ${what}: unknown option '${shortArg(a)}'`, USAGE);
  }
  return { values, flags };
}

export async function serverCommand(argv: readonly string[], io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [what, ...rest] = argv;
  if (!what || !(what in OPTIONS)) throw badInput(`server needs start, migrate, add-user or add-authority${what ? ` (got '${shortArg(what)}')` : ''}`, USAGE);
  const { values, flags } = parseOptions(what, rest);
  if (what === 'start') {
    const port = values.port === undefined ? Number(env.PORT ?? 5173) : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw badInput(`--port: a port number (0–65535), not '${shortArg(values.port ?? env.PORT ?? '')}'`);
    const server = await startServer({
      host: values.host ?? env.HOST ?? '127.0.0.1',
      port,
      staticDir: values.static ?? join(PACKAGE_ROOT, 'dist'),
      demo: !flags.has('no-demo'),
      env,
      log: (l) => io.stdout(`${l}\n`),
    });
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return EXIT_OK;
  }
  const db = await openDatabase(env);
  try {
    const applied = await migrate(db);
    if (what === 'migrate') {
      io.stdout(applied.length > 0 ? `migrations ${applied.join(', ')} applied\n` : 'the database is up to date\n');
      return EXIT_OK;
    }
    if (what === 'add-authority') {
      const problems: string[] = [];
      if (!values.id || !/^[a-z0-9][a-z0-9-]{1,62}$/.test(values.id)) problems.push('--id: lower-case letters, digits and hyphens (2–63)');
      if (!values.name) problems.push('--name: required');
      if (values.kind !== 'member-state' && values.kind !== 'commission') problems.push('--kind: member-state or commission');
      if (values.kind === 'member-state' && !/^[A-Z]{2}$/.test(values.country ?? '')) problems.push('--country: the State\'s two-letter code (e.g. NO)');
      if (values.kind === 'commission' && values.country) problems.push('--country: the Commission has none');
      if (problems.length > 0) throw badInput(...problems);
      const added = await db.system(async (sql) => (await sql.query('INSERT INTO authorities (id, name, kind, country) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING id', [values.id, values.name, values.kind, values.country ?? null])).rows.length);
      if (!added) throw badInput(`--id: an authority '${values.id}' exists already`);
      io.stdout(`authority ${values.id} added\n`);
      return EXIT_OK;
    }
    // add-user
    const password = env.RISKCASE_PASSWORD ?? firstLine(await io.readStdin());
    const authorityId = values.authority ?? '';
    const known = await db.system(async (sql) => (await sql.query<{ id: string }>('SELECT id FROM authorities ORDER BY id')).rows.map((r) => r.id));
    if (!known.includes(authorityId)) throw badInput(`--authority: ${authorityId ? `no authority '${shortArg(authorityId)}'` : 'required'} (known: ${known.join(', ') || 'none; add one with server add-authority'})`);
    const read = parseNewPerson({ email: values.email, name: values.name, roles: values.roles?.split(',').map((r) => r.trim()), password }, authorityId);
    if (!read.ok) throw badInput(...capped(read.problems.map((p) => `${p.field === 'password' ? 'password' : `--${p.field.replace(/\[\d+\]$/, '')}`}: ${p.message}`)));
    const id = await db.system((sql) => insertPerson(sql, read.value));
    if (!id) throw badInput(`--email: a person with the e-mail ${read.value.email} exists already`);
    io.stdout(`person ${read.value.email} added to ${authorityId} with roles ${read.value.roles.join(', ')} (id ${id})\n`);
    return EXIT_OK;
  } finally {
    await db.close();
  }
}

function firstLine(input: Uint8Array | string): string {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  return text.split(/\r?\n/)[0] ?? '';
}
