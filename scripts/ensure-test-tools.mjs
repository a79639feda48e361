// The tests need Debian's Chromium (browser tests; playwright's own browser download cannot work
// here) and Debian's PostgreSQL server binaries (the server's integration tests start a cluster of
// their own). Installs what is missing with apt-get when we are root (CI runs as root on a clean
// machine); otherwise says what to install.
import { existsSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.RISKCASE_CHROMIUM ?? '/usr/bin/chromium';
const hasPostgres = () => existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!hasPostgres()) missing.push('postgresql');
if (missing.length === 0) process.exit(0);
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(`Missing for the tests: ${missing.join(', ')}. Install with: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.log(`Installing Debian ${missing.join(' and ')} for the tests (once)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
// The package's own cluster is not wanted: the tests make theirs in a temporary folder.
execSync(`apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit', env });
if (!existsSync(CHROMIUM) || !hasPostgres()) {
  console.error('apt-get finished but Chromium or PostgreSQL is still missing');
  process.exit(1);
}
