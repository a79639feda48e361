// The publish check: the real rapex-2010 files pass; a syntax error, a checker error, a failed
// example or a renamed regime each refuse, named as `file:line:col: message`.
import { describe, expect, it } from 'vitest';
import type { RuleSource } from '../../src/rules/api';
import { checkRuleSetFiles, publishCheckFor, publishVerdict } from '../../src/domain/rule-set-check';
import { regimeSources } from '../helpers/regimes';

const resolver = (id: string) => regimeSources(id);

function edit(file: string, change: (text: string) => string): RuleSource[] {
  const sources = regimeSources('rapex-2010');
  const target = sources.find((s) => s.file.endsWith(`/${file}`));
  if (!target) throw new Error(`no ${file}`);
  const changed = change(target.text);
  if (changed === target.text) throw new Error(`the edit of ${file} changed nothing`);
  return sources.map((s) => (s === target ? { file: s.file, text: changed } : s));
}

describe('publish check', () => {
  it('accepts the built-in rapex-2010 files: no error, every example passes', () => {
    const check = checkRuleSetFiles(regimeSources('rapex-2010'), resolver, 'rapex-2010');
    expect(check.problems).toEqual([]);
    expect(check.ruleSet?.meta.id).toBe('rapex-2010');
    expect(check.examples.length).toBeGreaterThan(10);
    expect(check.examples.every((e) => e.passed)).toBe(true);
    expect(publishVerdict(check)).toEqual({ ok: true });
  });

  it('refuses a file that does not parse, naming the file, line and column', () => {
    const files = edit('deadlines.rules', (t) => t.replace('due 10 calendar days after obligatoryAdopted', 'due 10 calendar dayz after obligatoryAdopted'));
    const check = checkRuleSetFiles(files, resolver, 'rapex-2010');
    expect(check.ruleSet).toBeNull();
    expect(check.examples).toEqual([]);
    expect(check.problems.length).toBeGreaterThan(0);
    const line = files.find((f) => f.file.endsWith('deadlines.rules'))!.text.split('\n').findIndex((l) => l.includes('dayz')) + 1;
    expect(check.problems[0]).toMatch(new RegExp(`^rules/rapex-2010/deadlines\\.rules:${line}:\\d+: `));
  });

  it('refuses an unknown name found by the checker', () => {
    const files = edit('deadlines.rules', (t) => t.replace('due 10 calendar days after obligatoryAdopted', 'due 10 calendar days after obligatoryAdopter'));
    const verdict = publishCheckFor('rapex-2010', resolver)(files);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.problems.some((p) => /^rules\/rapex-2010\/deadlines\.rules:\d+:\d+: .*obligatoryAdopter/.test(p))).toBe(true);
  });

  it('refuses a change that makes an example fail, listing the example and what came out', () => {
    // Article 11: 7 days instead of 10 — the rules are valid, the written example now disagrees.
    const files = edit('deadlines.rules', (t) => t.replace('due 10 calendar days after obligatoryAdopted', 'due 7 calendar days after obligatoryAdopted'));
    const check = checkRuleSetFiles(files, resolver, 'rapex-2010');
    expect(check.ruleSet).not.toBeNull();
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatch(
      /^rules\/rapex-2010\/deadlines\.rules:\d+:\d+: example "Article 11 measure adopted 2026-02-20: by 2026-03-02": expected deadline send-notification is 2026-03-02, got 2026-02-27$/,
    );
  });

  it('accepts the same change once its example is corrected', () => {
    const files = edit('deadlines.rules', (t) =>
      t
        .replace('due 10 calendar days after obligatoryAdopted', 'due 7 calendar days after obligatoryAdopted')
        .replace(/(measures = \[ \{ type = obligatory, category = withdrawal, adopted = 2026-02-20 \} \]\n\s+expect classification is article-11\n\s+expect deadline send-notification is )2026-03-02/, '$12026-02-27'),
    );
    expect(publishCheckFor('rapex-2010', resolver)(files)).toEqual({ ok: true });
  });

  it('refuses files that declare another regime than the one they are a version of', () => {
    const files = regimeSources('rapex-2010');
    const check = checkRuleSetFiles(files, resolver, 'rapex-2004');
    expect(check.problems).toEqual(['rules/rapex-2010/regime.rules:5:1: the files declare regime "rapex-2010", but this is a version of "rapex-2004"']);
  });
});
