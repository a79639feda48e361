// The two built-in regimes, loaded from rules/ exactly as the CLI loads them: they check clean,
// every example in them passes, and the worked checks of the domain (deadlines, risk examples) come out right
// through the public API (src/rules/api.ts), not through the examples alone.
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/domain/calendar-date';
import { Fraction, product } from '../../src/domain/fraction';
import type { CompiledRuleSet } from '../../src/rules/api';
import { join } from 'node:path';
import { loadRegimeDir, PACKAGE_ROOT as ROOT } from '../../src/cli/rule-files';
import { loadBuiltin, ruleSet } from '../helpers/regimes';

const f = (n: number, d = 1) => Fraction.of(n, d);

function classify(rs: CompiledRuleSet, doc: unknown) {
  const bound = rs.bindFacts('case', doc);
  if (!bound.ok) throw new Error(JSON.stringify(bound.errors));
  const d = rs.decide('classification', bound.facts);
  if (!d.ok) throw new Error(d.error);
  return { type: d.value.value, reason: d.value.fields.reason ?? null, because: d.value.because };
}

function deadlines(rs: CompiledRuleSet, doc: unknown): Record<string, string> {
  const bound = rs.bindFacts('case', doc);
  if (!bound.ok) throw new Error(JSON.stringify(bound.errors));
  const d = rs.deadlines(bound.facts);
  if (!d.ok) throw new Error(d.error);
  return Object.fromEntries(d.value.map((x) => [x.action, x.due.toString()]));
}

function band(rs: CompiledRuleSet, p: Fraction): number {
  const r = rs.band('probabilityBand', p);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function risk(rs: CompiledRuleSet, b: number, severity: number) {
  const r = rs.lookup('risk', [b, severity]);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const serious = (extra: object = {}) => ({
  product: { name: 'Gas heater', brand: 'Flamo', photos: 1, consumerProduct: true },
  risk: { level: 'serious' },
  crossBorder: true,
  measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-03-27' }],
  ...extra,
});

describe.each(['rapex-2010', 'rapex-2004'])('regime %s', (id) => {
  it('checks with no errors and no warnings', () => {
    const r = loadBuiltin(id);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`)).toEqual([]);
    expect(r.ruleSet?.meta.id).toBe(id);
  });

  it('passes every example written in its rule files', () => {
    const failures = ruleSet(id)
      .runExamples()
      .filter((e) => !e.passed)
      .map((e) => `${e.title}: ${e.failures.map((x) => x.message).join('; ')}`);
    expect(failures).toEqual([]);
  });

  it('declares the names the application relies on', () => {
    const rs = ruleSet(id);
    for (const e of ['riskLevel', 'severity', 'notificationType', 'action']) expect(rs.enumeration(e), e).toBeDefined();
    expect(rs.enumeration('riskLevel')!.ordered).toBe(true);
    expect(rs.enumeration('riskLevel')!.members.map((m) => m.value)).toEqual(['low', 'medium', 'high', 'serious']);
    expect(rs.enumeration('notificationType')!.members.map((m) => m.value).sort()).toEqual(
      ['article-11', 'article-12', 'article-12-emergency', 'for-information', 'none'],
    );
    if (id === 'rapex-2004') {
      // Its own method (Decision 2004/418/EC, ch. 3.2): three named severity levels, no bands.
      expect(rs.meta.method).toBe('rapex-2004');
      expect(rs.enumeration('severity')!.members.map((m) => m.value)).toEqual(['slight', 'serious', 'very-serious']);
      expect(rs.bands('probabilityBand')).toBeUndefined();
      expect(rs.table('risk')).toBeUndefined();
      expect(rs.table('overallProbability')!.hit).toBe('unique');
      return;
    }
    expect(rs.meta.method).toBe('rapex-2010-steps');
    for (const e of ['consumerGroup', 'hazardGroup', 'injuryType']) expect(rs.enumeration(e), e).toBeDefined();
    expect(rs.enumeration('severity')!.members.map((m) => m.value)).toEqual([1, 2, 3, 4]);
    expect(rs.bands('probabilityBand')!.rows).toHaveLength(8);
    expect(rs.table('risk')!.hit).toBe('unique');
    expect(rs.table('typicalInjury')).toBeDefined();
  });

  it('gives an Article 12 emergency notification 3 days from the adoption of the recall', () => {
    const rs = ruleSet(id);
    // 2010 takes a life-threatening risk as an emergency ground; 2004 needs one of 7.1 (a)'s grounds.
    const doc = serious({ risk: { level: 'serious', lifeThreatening: true, emergencyAction: id === 'rapex-2004' } });
    expect(classify(rs, doc).type).toBe('article-12-emergency');
    expect(deadlines(rs, doc)['send-notification']).toBe('2026-03-30');
  });
});

describe('the risk method of Appendix 5 (rapex-2010)', () => {
  const rs = () => ruleSet('rapex-2010');

  it('hammer: 1/10 × 1/10 × 1/3 × 1/20 = 1/6000, severity 3 → band 5 → high', () => {
    const p = product([f(1, 10), f(1, 10), f(1, 3), f(1, 20)]);
    expect(p.toString()).toBe('1/6000');
    expect(band(rs(), p)).toBe(5);
    expect(risk(rs(), 5, 3)).toBe('high');
  });

  it('folding chair: 1/500 sev 1 → low, 1/6000 sev 3 → high, 1/500000 sev 2 → low', () => {
    expect(risk(rs(), band(rs(), f(1, 500)), 1)).toBe('low');
    expect(risk(rs(), band(rs(), f(1, 6000)), 3)).toBe('high');
    expect(band(rs(), f(1, 500_000))).toBe(7);
    expect(risk(rs(), band(rs(), f(1, 500_000)), 2)).toBe('low');
  });

  it('socket protectors: 27/160000 is band 5, severity 4 → serious', () => {
    const p = product([f(9, 10), f(1, 10), f(1, 10), f(1, 2), f(3, 10), f(1, 2), f(1, 4)]);
    expect(p.toString()).toBe('27/160000');
    expect(band(rs(), p)).toBe(5);
    expect(risk(rs(), 5, 4)).toBe('serious');
  });

  it('three steps of 1/10 are exactly 1/1000: band 5, not 4 (band limits are strict)', () => {
    expect(band(rs(), product([f(1, 10), f(1, 10), f(1, 10)]))).toBe(5);
    expect(band(rs(), f(1001, 1_000_000))).toBe(4);
    expect(band(rs(), f(1, 2))).toBe(2);
    expect(band(rs(), f(1, 1_000_000))).toBe(8);
  });

  it('table 4 holds exactly the cells of risk-method-2010.md', () => {
    const table4 = [
      ['high', 'serious', 'serious', 'serious'],
      ['medium', 'serious', 'serious', 'serious'],
      ['medium', 'serious', 'serious', 'serious'],
      ['low', 'high', 'serious', 'serious'],
      ['low', 'medium', 'high', 'serious'],
      ['low', 'low', 'medium', 'high'],
      ['low', 'low', 'low', 'medium'],
      ['low', 'low', 'low', 'low'],
    ];
    table4.forEach((row, i) => row.forEach((cell, j) => expect(risk(rs(), i + 1, j + 1), `band ${i + 1} × severity ${j + 1}`).toBe(cell)));
  });

  it('the 2004 regime has its own overall-probability table, not the 2010 matrix (Decision 2004/418/EC, ch. 3.2)', () => {
    const r04 = ruleSet('rapex-2004');
    const cell = (exposure: string, defect: number) => {
      const o = r04.lookup('overallProbability', [exposure, defect]);
      return o.ok ? o.value : o.error;
    };
    const table: [string, string[]][] = [
      ['hazard-always-present', ['medium', 'high', 'very-high']],
      ['improbable-or-two-conditions', ['low', 'medium', 'high']],
      ['several-improbable-conditions', ['very-low', 'low', 'medium']],
    ];
    for (const [row, cells] of table) [1, 10, 100].forEach((d, j) => expect(cell(row, d), `${row} × ${d} %`).toBe(cells[j]));
    const vulnerable = (p: string) => {
      const o = r04.lookup('vulnerability', [p]);
      return o.ok ? o.value : o.error;
    };
    expect(['blind', 'severely-disabled', 'very-old', 'very-young'].map(vulnerable)).toEqual(Array(4).fill('very-vulnerable'));
    expect(['partly-sighted', 'partly-disabled', 'old', 'young'].map(vulnerable)).toEqual(Array(4).fill('vulnerable'));
  });

  it('a dash in table 3 is no typical injury', () => {
    const none = rs().lookup('typicalInjury', ['concussion', 1]);
    expect(none.ok && none.value).toBe(null);
    const some = rs().lookup('typicalInjury', ['electric-shock', 4]);
    expect(some.ok && some.value).toBe('electrocution');
  });
});

describe('classification under rapex-2010 (Part II, 3.1; Part III, 2)', () => {
  const rs = () => ruleSet('rapex-2010');
  const cases: [string, object, string, string | null][] = [
    ['Article 12', serious(), 'article-12', null],
    ['Article 12 emergency (fatal accidents)', serious({ risk: { level: 'serious', fatalAccidents: true } }), 'article-12-emergency', null],
    ['(a) no name, brand or photos', serious({ product: { consumerProduct: true } }), 'for-information', 'a'],
    ['(b) no measures', serious({ measures: [] }), 'for-information', 'b'],
    ['(c) local event', serious({ crossBorder: false }), 'for-information', 'c'],
    ['(d) under EEA discussion', serious({ underEeaDiscussion: true }), 'for-information', 'd'],
    ['(e) criteria uncertain, of interest', serious({ criteriaUncertain: true, ofInterestToOtherStates: true }), 'for-information', 'e'],
    ['Article 11 (not serious)', serious({ risk: { level: 'medium' } }), 'article-11', null],
    ['Article 11 (serious, local, of interest)', serious({ crossBorder: false, ofInterestToOtherStates: true }), 'article-11', null],
    ['not notifiable (medical device)', serious({ product: { name: 'x', consumerProduct: true, excludedRegime: 'medical-device' } }), 'none', null],
    ['not notifiable (generally applicable measure)', serious({ generallyApplicableMeasure: true }), 'none', null],
    ['not notifiable (professional product)', serious({ product: { name: 'x', consumerProduct: false } }), 'none', null],
    ['(e) before the consumer-product test', serious({ product: { name: 'x' }, criteriaUncertain: true, ofInterestToOtherStates: true }), 'for-information', 'e'],
    ['(d) before (b)', serious({ measures: [], underEeaDiscussion: true }), 'for-information', 'd'],
    ['(b) before (c)', serious({ measures: [], crossBorder: false }), 'for-information', 'b'],
    ['(c) with voluntary measures only', serious({ crossBorder: false, ofInterestToOtherStates: true, measures: [{ type: 'voluntary', category: 'recall' }] }), 'for-information', 'c'],
    ['(a) before emergency', serious({ product: { consumerProduct: true }, risk: { level: 'serious', lifeThreatening: true } }), 'for-information', 'a'],
    ['not serious, voluntary only', serious({ risk: { level: 'high' }, measures: [{ type: 'voluntary', category: 'recall' }] }), 'none', null],
    ['no risk assessed', serious({ risk: {} }), 'none', null],
  ];
  it.each(cases)('%s', (_name, doc, type, reason) => {
    const c = classify(rs(), doc);
    expect(c.type).toBe(type);
    expect(c.reason).toBe(reason);
  });

  it('says why, with the citation of every rule and condition', () => {
    const c = classify(rs(), serious({ risk: { level: 'serious', lifeThreatening: true } }));
    expect(c.because.length).toBeGreaterThan(1);
    for (const t of c.because) expect(t.cites).toMatch(/\S/);
    expect(c.because.map((t) => t.cites).join(' | ')).toContain('Part II, 3.1.1');
  });
});

describe('classification under rapex-2004 (Decision 2004/418/EC, 7.1)', () => {
  const rs = () => ruleSet('rapex-2004');
  it.each([
    ['emergency: 7.1 (a) grounds (Community measures, political visibility, media)', serious({ risk: { level: 'serious', emergencyAction: true } }), 'article-12-emergency'],
    ['a customs rejection at the EU border is for information only (2.4; 7.1 (d))', serious({ risk: { level: 'serious', emergencyAction: true }, measures: [{ type: 'obligatory', category: 'import-rejection' }] }), 'for-information'],
    ['life-threatening alone is an alert (7.1 (b)), not an emergency', serious({ risk: { level: 'serious', lifeThreatening: true, fatalAccidents: true } }), 'article-12'],
    ['alert', serious(), 'article-12'],
    ['for information', serious({ measures: [] }), 'for-information'],
    ['Article 11', serious({ risk: { level: 'low' } }), 'article-11'],
    ['local, of no interest', serious({ crossBorder: false }), 'none'],
  ] as const)('%s', (_n, doc, type) => {
    const c = classify(rs(), doc);
    expect(c.type).toBe(type);
    expect(c.reason).toBe(null);
  });

  it('keeps the 2010 member ids with the 2004 labels', () => {
    const label = (id: string, v: string) => ruleSet(id).enumeration('notificationType')!.members.find((m) => m.value === v)?.label?.en;
    expect(label('rapex-2004', 'article-12')).toMatch(/alert/i);
    expect(label('rapex-2010', 'article-12')).toBe('Article 12 notification');
  });
});

describe('deadlines (calendar days: Appendix 3 and 4; Decision 2004/418/EC, Annex IV and V)', () => {
  const night = serious({ risk: { level: 'medium' }, measures: [{ type: 'obligatory', category: 'withdrawal', adopted: '2026-02-20' }] });

  it('Article 11 measure adopted 2026-02-20: by 2026-03-02 (2010) and by 2026-03-07 (2004)', () => {
    expect(deadlines(ruleSet('rapex-2010'), night)['send-notification']).toBe('2026-03-02');
    expect(deadlines(ruleSet('rapex-2004'), night)['send-notification']).toBe('2026-03-07');
  });

  it('for information (b) submitted 2026-01-15: confirm measures by 2026-03-01', () => {
    const doc = serious({ measures: [], notification: { submitted: '2026-01-15' } });
    const d = deadlines(ruleSet('rapex-2010'), doc);
    expect(d['confirm-measures']).toBe('2026-03-01');
    expect(d['send-notification']).toBeUndefined();
  });

  it('the design example: submitted, so validation and no sending; no reaction in one\'s own case', () => {
    const doc = serious({
      measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-03-02' }],
      notification: { type: 'article-12', submitted: '2026-03-04', received: null },
      events: [{ kind: 'product-found', date: '2026-03-10' }],
    });
    expect(deadlines(ruleSet('rapex-2010'), doc)).toEqual({ 'validate-notification': '2026-03-09' });
  });

  it('a follow-up case: follow-up and reaction deadlines, earliest first', () => {
    const rs = ruleSet('rapex-2010');
    const bound = rs.bindFacts('case', {
      notification: { type: 'article-12-emergency', received: '2026-03-05' },
      events: [{ kind: 'product-found', date: '2026-03-10' }],
    });
    if (!bound.ok) throw new Error('bind');
    const d = rs.deadlines(bound.facts);
    if (!d.ok) throw new Error(d.error);
    expect(d.value.map((x) => [x.action, x.due.toString()])).toEqual([
      ['send-reaction', '2026-03-13'],
      ['follow-up', '2026-03-25'],
    ]);
    expect(d.value[0].from.equals(CalendarDate.parse('2026-03-10')!)).toBe(true);
    expect(d.value[0].days).toBe(3);
    expect(d.value[0].unit).toBe('calendar');
  });
});

it('the two regimes hold at least 60 examples between them', () => {
  const n = ruleSet('rapex-2010').runExamples().length + ruleSet('rapex-2004').runExamples().length;
  expect(n).toBeGreaterThanOrEqual(60);
});

describe('regime gpsr-2024 (rules/gpsr-2024: working days)', () => {
  const load = () => loadRegimeDir({ id: 'gpsr-2024', dir: join(ROOT, 'rules/gpsr-2024') }, ROOT);

  it('checks clean and passes its examples', () => {
    const r = load();
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([]);
    expect(r.ruleSet!.runExamples().filter((e) => !e.passed)).toEqual([]);
  });

  it('counts working days over a weekend (Member State) and over Easter (Commission)', () => {
    const rs = load().ruleSet!;
    const doc = {
      product: { name: 'Gas heater', consumerProduct: true },
      risk: { level: 'serious' },
      measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-03-26' }],
    };
    expect(classify(rs, doc).type).toBe('serious-risk');
    expect(deadlines(rs, doc)).toEqual({ 'send-notification': '2026-04-01' });
    const submitted = { ...doc, notification: { type: 'serious-risk', submitted: '2026-03-31' } };
    expect(deadlines(rs, submitted)).toEqual({ 'validate-notification': '2026-04-09' });
  });
});
