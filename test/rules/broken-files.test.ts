// Each file in test/rules/broken/ is loaded alone; its first line says which diagnostic it must
// produce (`-- expect: LINE:COL: MESSAGE`), formatted exactly as `rules check` prints it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/rules/ast';
import { loadRegime } from '../../src/rules/load';

const DIR = join(import.meta.dirname, 'broken');
const files = readdirSync(DIR).filter((f) => f.endsWith('.rules')).sort();

describe('broken rule files', () => {
  it('there are enough of them (semantic and syntax)', () => {
    expect(files.filter((f) => !f.startsWith('syntax-')).length).toBeGreaterThanOrEqual(14);
  });

  it.each(files)('%s gives its expected diagnostic', (name) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const m = /^-- expect: (\d+:\d+: .+)$/m.exec(text.split('\n')[0]);
    expect(m, `${name} must start with "-- expect: LINE:COL: MESSAGE"`).not.toBeNull();
    const file = `test/rules/broken/${name}`;
    const result = loadRegime([{ file, text }]);
    expect(result.ruleSet).toBeNull();
    expect(result.diagnostics.map(formatDiagnostic)).toContain(`${file}:${m![1]}`);
  });
});
