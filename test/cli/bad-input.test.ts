// The bad-input corpus (test/cli/bad-input/README.md): every file's name states the command it is
// given to and the exit status it must get.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers';

const DIR = join(import.meta.dirname, 'bad-input');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('the bad-input corpus', () => {
  it('is there, and every file says its command and exit status', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) expect(f).toMatch(/^[a-z0-9-]+\.(assess|classify|deadlines)\.exit[02]\.json$/);
  });

  it.each(files)('%s', async (f) => {
    const [, command, status] = f.match(/^[a-z0-9-]+\.(\w+)\.exit(\d)\.json$/)!;
    const r = await cli([command, join(DIR, f), '--json']);
    expect({ status: r.status, stderr: r.stderr.slice(0, 500) }).toMatchObject({ status: Number(status) });
    if (r.status === 2) {
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^riskcase: /);
      // A bad value is quoted by a short prefix at most.
      expect(r.stderr.length).toBeLessThan(2_000);
    } else {
      expect(JSON.parse(r.stdout)).toBeTypeOf('object');
      expect(r.stderr).toMatch(/^(riskcase: warning: .*\n)*$/);
    }
  });
});
