// The built-in regimes, as the app bundles and compiles them, cover time without gap or overlap:
// sorted by start, each ends the day before the next begins, only the last is open-ended, and
// every boundary in regime.rules says where it comes from.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRegimeIds, builtinResolver, builtinSources } from '../../src/rules/builtin';
import { loadRegime } from '../../src/rules/load';

const periods = builtinRegimeIds().map((id) => {
  const r = loadRegime(builtinSources(id)!, builtinResolver);
  if (!r.ruleSet) throw new Error(`${id} does not load: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return { id, meta: r.ruleSet.meta, regimeFile: builtinSources(id)!.find((s) => s.file.endsWith('/regime.rules'))! };
});
const sorted = [...periods].sort((a, b) => a.meta.effectiveFrom!.compare(b.meta.effectiveFrom!));

describe('the periods of the built-in regimes', () => {
  it('are the regime folders on disk (the command line sees the same regimes)', () => {
    const onDisk = readdirSync(join(import.meta.dirname, '..', '..', 'rules')).filter((d) => !d.startsWith('.')).sort();
    expect([...builtinRegimeIds()].sort()).toEqual(onDisk);
    expect(onDisk).toContain('rapex-2019');
  });

  it('every regime has a start date', () => {
    for (const p of periods) expect(p.meta.effectiveFrom, p.id).not.toBeNull();
  });

  it('follow one another with no gap and no overlap, the last one open-ended', () => {
    for (let i = 0; i < sorted.length - 1; i++) {
      const { id, meta } = sorted[i];
      const next = sorted[i + 1];
      expect(meta.effectiveTo, `${id} must end before ${next.id} begins`).not.toBeNull();
      expect(meta.effectiveTo!.compare(meta.effectiveFrom!), `${id} ends before it begins`).toBeGreaterThanOrEqual(0);
      expect(meta.effectiveTo!.addDays(1).toString(), `${id} → ${next.id}`).toBe(next.meta.effectiveFrom!.toString());
    }
    expect(sorted.at(-1)!.meta.effectiveTo, `${sorted.at(-1)!.id} is the regime in force`).toBeNull();
  });

  it('are the ones the issue names', () => {
    expect(sorted.map((p) => [p.id, p.meta.effectiveFrom?.toString(), p.meta.effectiveTo?.toString() ?? null])).toEqual([
      ['rapex-2004', '2004-04-29', '2009-12-17'],
      ['rapex-2010', '2009-12-18', '2018-11-07'],
      ['rapex-2019', '2018-11-08', '2024-12-12'],
      ['gpsr-2024', '2024-12-13', null],
    ]);
  });

  it('each regime cites its source, and each boundary says where it comes from', () => {
    for (const p of periods) {
      expect(p.meta.cites, p.id).toMatch(/\S/);
      const lines = p.regimeFile.text.split('\n');
      lines.forEach((line, i) => {
        if (!/^\s*effective (from|to)\b/.test(line)) return;
        // a trailing comment, or the comment line just above
        const cited = /--\s*\S/.test(line) || /^\s*--\s*\S/.test(lines[i - 1] ?? '');
        expect(cited, `${p.regimeFile.file}:${i + 1}: '${line.trim()}' has no comment saying where the date comes from`).toBe(true);
      });
    }
  });
});
