// The compiled rule set (src/rules/api.ts) over a small fixture regime and a few snippets:
// decisions with overrides, ambiguity, otherwise, aggregates, absent values, deadlines in
// calendar and working days, band boundaries, table lookups and the examples runner.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/domain/calendar-date';
import { Fraction } from '../../src/domain/fraction';
import type { CompiledRuleSet, Facts } from '../../src/rules/api';
import { formatDiagnostic } from '../../src/rules/ast';
import { loadRegime, loadRules } from '../../src/rules/load';

const TINY = join(import.meta.dirname, 'fixtures', 'tiny');

function tiny(): CompiledRuleSet {
  const sources = readdirSync(TINY)
    .filter((f) => f.endsWith('.rules'))
    .sort()
    .map((f) => ({ file: `test/rules/fixtures/tiny/${f}`, text: readFileSync(join(TINY, f), 'utf8') }));
  const r = loadRegime(sources);
  if (!r.ruleSet) throw new Error(r.diagnostics.map(formatDiagnostic).join('\n'));
  return r.ruleSet;
}

/** A rule snippet (not a full app regime) compiled, or a thrown list of diagnostics. */
function snippet(text: string): CompiledRuleSet {
  const r = loadRules([{ file: 'snippet.rules', text: `regime "snippet"\n${text}` }], undefined, { appProfile: false });
  if (!r.ruleSet) throw new Error(r.diagnostics.map(formatDiagnostic).join('\n'));
  return r.ruleSet;
}

const rs = tiny();
const f = (n: number, d = 1) => Fraction.of(n, d);
const date = (s: string) => CalendarDate.parse(s)!;

function bind(doc: unknown, set: CompiledRuleSet = rs): Facts {
  const b = set.bindFacts('case', doc);
  if (!b.ok) throw new Error(JSON.stringify(b.errors));
  return b.facts;
}

function decide(doc: unknown, set: CompiledRuleSet = rs, name = 'classification') {
  const d = set.decide(name, bind(doc, set));
  if (!d.ok) throw new Error(d.error);
  return d.value;
}

const emergencyCase = {
  product: { consumerProduct: true },
  risk: { level: 'serious' },
  crossBorder: true,
  measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-03-27' }],
};

describe('decisions', () => {
  it('an exception overrides the general rule, and says why with citations', () => {
    const d = decide(emergencyCase);
    expect(d.value).toBe('article-12-emergency');
    expect(d.rule).toBe('emergency');
    expect(d.fields).toEqual({ reason: null });
    expect(d.overridden).toEqual([{ rule: 'article12', by: 'emergency' }]);
    expect(d.because[0]).toMatchObject({ kind: 'decision-rule', name: 'emergency', cites: 'Fixture 3.1.1' });
    const conditions = d.because.slice(1).map((e) => [e.name, e.cites, e.holds]);
    expect(conditions).toEqual([
      ['rapexCriteria', 'Fixture 2', true],
      ['consumerProduct', 'Fixture 2.1', true],
      ['seriousRisk', 'Fixture 2.3', true],
      ['emergencyNeeded', 'Fixture 3.1.1', true],
      ['obligatoryRecall', 'Fixture 2.2', true],
    ]);
    expect(d.because[2].label).toEqual({ en: 'consumer product' });
  });

  it('the general rule alone when the exception does not hold', () => {
    const d = decide({ ...emergencyCase, measures: [{ type: 'voluntary', category: 'withdrawal' }] });
    expect(d.value).toBe('article-12');
    expect(d.rule).toBe('article12');
    expect(d.overridden).toEqual([]);
  });

  it('a rule with an extra field, explained by a condition that did not hold (negated)', () => {
    const d = decide({ risk: { level: 'serious' } });
    expect(d.value).toBe('for-information');
    expect(d.fields).toEqual({ reason: 'b' });
    const neg = d.because.find((e) => e.name === 'hasMeasures');
    expect(neg).toMatchObject({ kind: 'condition', holds: false, negated: true, cites: 'Fixture 2.2' });
    expect(d.because.find((e) => e.name === 'seriousRisk')).toMatchObject({ holds: true });
    expect(d.because.find((e) => e.name === 'seriousRisk')?.negated).toBeUndefined();
  });

  it('otherwise when no rule applies', () => {
    const d = decide({ risk: { level: 'low' } });
    expect(d.value).toBe('none');
    expect(d.rule).toBeNull();
    expect(d.because).toHaveLength(1);
    expect(d.because[0]).toMatchObject({ kind: 'otherwise', cites: 'Fixture 3.1' });
  });

  const ambiguous = `
enum outcome
  accept
  reject
facts case  cites "f"
  a : boolean
  b : boolean
decision d : outcome   cites "law"
  otherwise reject
  rule ra  accept  when case.a
  rule rb  reject   when case.b
`;

  it('two rules that apply and do not override each other: an error naming both', () => {
    const set = snippet(ambiguous);
    const r = set.decide('d', bind({ a: true, b: true }, set));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe("d is ambiguous: rules 'ra' and 'rb' both apply and neither overrides the other");
    expect(decide({ a: true }, set, 'd').value).toBe('accept');
    expect(decide({ b: true }, set, 'd').value).toBe('reject');
  });

  it('a decision without otherwise is absent when no rule applies', () => {
    const set = snippet(ambiguous.replace('  otherwise reject\n', ''));
    expect(decide({}, set, 'd').value).toBeNull();
  });

  it('a decision with more than 30 rules still resolves overrides', () => {
    const rules = Array.from({ length: 40 }, (_, i) => `  rule r${i}  accept  when case.n > ${i}${i > 0 ? `  overrides r${i - 1}` : ''}`).join('\n');
    const set = snippet(`enum outcome\n  accept\n  reject\nfacts case  cites "f"\n  n : integer\ndecision d : outcome   cites "law"\n  otherwise reject\n${rules}\n`);
    const d = decide({ n: 35 }, set, 'd');
    expect(d.rule).toBe('r34');
    expect(d.overridden).toHaveLength(34);
    expect(decide({ n: 0 }, set, 'd').value).toBe('reject');
  });

  it('the outcome serialises with its explanation; trace is the same list as because', () => {
    const r = rs.decide('classification', bind(emergencyCase));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.trace).toEqual(r.value.because);
    const json = JSON.parse(JSON.stringify(r));
    expect(json.ok).toBe(true);
    expect(json.value.value).toBe('article-12-emergency');
    expect(json.value.because.map((e: { name: string }) => e.name)).toEqual(['emergency', 'rapexCriteria', 'consumerProduct', 'seriousRisk', 'emergencyNeeded', 'obligatoryRecall']);
    expect(json.value.overridden).toEqual([{ rule: 'article12', by: 'emergency' }]);
    // As stored in IndexedDB or copied with a spread: the explanation comes along as data.
    const cloned = structuredClone(rs.decide('classification', bind(emergencyCase)));
    expect(cloned.ok && cloned.value.because.map((e) => e.name)).toEqual(json.value.because.map((e: { name: string }) => e.name));
    expect(cloned.trace).toHaveLength(6);
    const spread = r.ok ? { ...r.value } : undefined;
    expect(spread?.overridden).toEqual([{ rule: 'article12', by: 'emergency' }]);
  });

  it('facts copied or built by hand (not from bindFacts) decide the same way', () => {
    const bound = bind(emergencyCase) as { case: Record<string, unknown> };
    const copy = { case: { ...bound.case, crossBorder: false } };
    expect(rs.decide('classification', copy)).toMatchObject({ ok: true, value: { value: 'none' } });
    const byHand = { case: { product: { consumerProduct: true }, risk: { level: 'serious' }, crossBorder: true, measures: [] } };
    expect(rs.decide('classification', byHand)).toMatchObject({ ok: true, value: { value: 'for-information', fields: { reason: 'b' } } });
  });

  it('unknown decision names are an error, not a throw', () => {
    const r = rs.decide('classifcation', bind({}));
    expect(r).toMatchObject({ ok: false, error: "unknown decision 'classifcation'" });
  });
});

describe('conditions, values and absent facts', () => {
  it('aggregates: earliest skips absent dates; count and any', () => {
    const facts = bind({
      measures: [
        { type: 'voluntary', category: 'withdrawal' },
        { type: 'obligatory', category: 'recall', adopted: '2026-05-01' },
        { type: 'voluntary', category: 'recall', adopted: '2026-04-02' },
      ],
    });
    const v = rs.evaluate('measuresDate', facts);
    expect(v.ok && (v.value as CalendarDate).toString()).toBe('2026-04-02');
    expect(rs.evaluate('hasMeasures', facts)).toMatchObject({ ok: true, value: true });
    expect(rs.evaluate('obligatoryRecall', facts)).toMatchObject({ ok: true, value: true });
    expect(rs.evaluate('measuresDate', bind({}))).toMatchObject({ ok: true, value: null });
    expect(rs.evaluate('hasMeasures', bind({}))).toMatchObject({ ok: true, value: false });
  });

  it('a condition on an absent fact is false; otherwise falls back', () => {
    expect(rs.evaluate('seriousRisk', bind({}))).toMatchObject({ ok: true, value: false });
    const set = snippet(`
enum level ordered
  low
  high
facts case  cites "f"
  level : optional level
  n     : optional integer
  p     : optional fraction
condition notHigh  cites "x"
  = case.level is not high
condition atLeastLow  cites "x"
  = case.level >= low
condition known  cites "x"
  = case.level is present
value lvl : level  cites "x"
  = case.level otherwise high
value scaled  cites "x"
  = case.p * 1/2
condition big  cites "x"
  = case.n * 2 > 10
`);
    const empty = bind({}, set);
    expect(set.evaluate('notHigh', empty)).toMatchObject({ value: false });
    expect(set.evaluate('atLeastLow', empty)).toMatchObject({ value: false });
    expect(set.evaluate('known', empty)).toMatchObject({ value: false });
    expect(set.evaluate('lvl', empty)).toMatchObject({ value: 'high' });
    expect(set.evaluate('scaled', empty)).toMatchObject({ value: null });
    const some = bind({ level: 'low', n: 6, p: '1/5' }, set);
    expect(set.evaluate('notHigh', some)).toMatchObject({ value: true });
    expect(set.evaluate('atLeastLow', some)).toMatchObject({ value: true });
    expect(set.evaluate('lvl', some)).toMatchObject({ value: 'low' });
    expect((set.evaluate('scaled', some) as { value: Fraction }).value.equals(f(1, 10))).toBe(true);
    expect(set.evaluate('big', some)).toMatchObject({ value: true });
    expect(set.evaluate('big', bind({ n: 5 }, set))).toMatchObject({ value: false });
  });

  it('ordered enums compare by their order, not alphabetically', () => {
    const set = snippet(`
enum level ordered
  serious
  alpha
facts case  cites "f"
  level : optional level
condition aboveSerious  cites "x"
  = case.level > serious
`);
    expect(set.evaluate('aboveSerious', bind({ level: 'alpha' }, set))).toMatchObject({ value: true });
    expect(set.evaluate('aboveSerious', bind({ level: 'serious' }, set))).toMatchObject({ value: false });
  });

  it('evaluate explains a condition that did not hold by the ones that failed', () => {
    const r = rs.evaluate('rapexCriteria', bind({ product: { consumerProduct: true }, crossBorder: true }));
    expect(r.ok && r.value).toBe(false);
    expect(r.trace[0]).toMatchObject({ name: 'rapexCriteria', holds: false });
    expect(r.trace.slice(1).map((e) => [e.name, e.negated])).toEqual([['seriousRisk', true]]);
  });

  it('unknown names are an error outcome', () => {
    expect(rs.evaluate('nothing', bind({}))).toMatchObject({ ok: false, error: "unknown condition or value 'nothing'" });
  });
});

describe('deadlines', () => {
  it('N calendar days after a date, with its basis and citation', () => {
    const r = rs.deadlines(bind(emergencyCase));
    expect(r.ok).toBe(true);
    const [d] = r.ok ? r.value : [];
    expect(d.action).toBe('send-notification');
    expect(d.due.toString()).toBe('2026-03-30');
    expect(d.from.toString()).toBe('2026-03-27');
    expect(d).toMatchObject({ days: 3, unit: 'calendar', rule: 'emergency', cites: 'Fixture, Appendix 3, point 1' });
    expect(d.basis).toBe('3 calendar days after the adoption of measures (Fixture, Appendix 3, point 1)');
  });

  it('N working days skip weekends and the calendar\'s holidays, starting the day after', () => {
    // Friday 2026-12-18: 21-24 Dec (4), 25 Dec holiday, weekend, 28 Dec holiday, 29-31 Dec (7),
    // Fri 1 Jan (8), Mon 4 Jan (9), Tue 5 Jan (10).
    const doc = { ...emergencyCase, measures: [{ type: 'voluntary', category: 'recall', adopted: '2026-12-18' }] };
    const r = rs.deadlines(bind(doc));
    const d = r.ok ? r.value.find((x) => x.action === 'send-notification') : undefined;
    expect(d?.due.toString()).toBe('2027-01-05');
    expect(d?.unit).toBe('working');
  });

  it('no deadline when the date it runs from is absent or the rule does not apply', () => {
    const noDate = { ...emergencyCase, measures: [{ type: 'obligatory', category: 'recall' }] };
    expect(rs.deadlines(bind(noDate))).toMatchObject({ ok: true, value: [] });
    const submitted = { ...emergencyCase, notification: { submitted: '2026-03-28' } };
    expect(rs.deadlines(bind(submitted))).toMatchObject({ ok: true, value: [] });
  });

  it('of several rules that apply, the earliest due date is the deadline; results earliest first', () => {
    const set = snippet(`
enum action
  act
  other
facts case  cites "f"
  a : optional date
  b : optional date
deadline act  cites "law"
  rule slow  when true  due 10 calendar days after case.a  cites "law 1"
  rule fast  when true  due 2 calendar days after case.b   cites "law 2"
deadline other  cites "law"
  rule only  when true  due 1 calendar days after case.a  cites "law 3"
`);
    const r = set.deadlines(bind({ a: '2026-01-01', b: '2026-01-05' }, set));
    expect(r.ok && r.value.map((d) => [d.action, d.due.toString(), d.rule])).toEqual([
      ['other', '2026-01-02', 'only'],
      ['act', '2026-01-07', 'fast'],
    ]);
    const later = set.deadlines(bind({ a: '2026-01-01', b: '2026-01-20' }, set));
    expect(later.ok && later.value.find((d) => d.action === 'act')?.rule).toBe('slow');
  });
});

describe('bands and tables', () => {
  const rapexBands = snippet(`
bands probabilityBand over fraction                     cites "Appendix 5, table 4"
  1  label "> 50 %"          above 1/2
  2  label "> 1/10"          above 1/10
  3  label "> 1/100"         above 1/100
  4  label "> 1/1 000"       above 1/1000
  5  label "> 1/10 000"      above 1/10000
  6  label "> 1/100 000"     above 1/100000
  7  label "> 1/1 000 000"   above 1/1000000
  8  label "< 1/1 000 000"   otherwise
value threeSteps  cites "x"
  = probabilityBand(1/10 * 1/10 * 1/10)
`);

  it('bounds are strict: exactly 1/1000 is band 5, a hair above is band 4', () => {
    expect(rapexBands.band('probabilityBand', f(1, 1000))).toMatchObject({ ok: true, value: 5 });
    expect(rapexBands.band('probabilityBand', f(1001, 1_000_000))).toMatchObject({ ok: true, value: 4 });
    expect(rapexBands.band('probabilityBand', f(1, 2))).toMatchObject({ ok: true, value: 2 });
    expect(rapexBands.band('probabilityBand', f(1))).toMatchObject({ ok: true, value: 1 });
    expect(rapexBands.band('probabilityBand', f(1, 1_000_000))).toMatchObject({ ok: true, value: 8 });
    expect(rapexBands.evaluate('threeSteps', {})).toMatchObject({ ok: true, value: 5 });
  });

  it('a band lookup says which bound decided', () => {
    const r = rapexBands.band('probabilityBand', f(27, 160000));
    expect(r).toMatchObject({ ok: true, value: 5 });
    expect(r.trace[0]).toMatchObject({ kind: 'band', name: 'probabilityBand', cites: 'Appendix 5, table 4', detail: '27/160000 > 1/10000 → band 5' });
    expect(rapexBands.bands('probabilityBand')?.rows.map((x) => x.above?.toString() ?? null)).toEqual(['1/2', '1/10', '1/100', '1/1000', '1/10000', '1/100000', '1/1000000', null]);
  });

  it('matrix and rows tables: lookups with the row that matched, none and ranges', () => {
    expect(rs.lookup('risk', [2, 4])).toMatchObject({ ok: true, value: 'serious' });
    const r = rs.lookup('risk', [3, 1]);
    expect(r).toMatchObject({ ok: true, value: 'low' });
    expect(r.trace[0]).toMatchObject({ kind: 'table-row', name: 'risk', cites: 'Fixture, table 4', detail: 'band 3 × severity 1 → low' });
    expect(rs.lookup('typicalInjury', ['laceration', 3])).toMatchObject({ ok: true, value: 'deep' });
    expect(rs.lookup('typicalInjury', ['concussion', 2])).toMatchObject({ ok: true, value: null });
    expect(rs.lookup('risk', [9, 1])).toMatchObject({ ok: false, error: 'no row of table risk matches band 9 × severity 1' });
    expect(rs.table('risk')).toEqual({ name: 'risk', cites: 'Fixture, table 4', params: [{ name: 'band', type: 'probabilityBand' }, { name: 'severity', type: 'severity' }], result: 'riskLevel', hit: 'unique' });
  });

  it('hit first takes the first row that matches', () => {
    const set = snippet(`
enum k
  a
  b
table t (x : k, n : integer) -> text  hit first  cites "law"
  rows
    a  1      -> "a one"
    a  -      -> "a any"
    -  -      -> "other"
`);
    expect(set.lookup('t', ['a', 1])).toMatchObject({ value: 'a one' });
    expect(set.lookup('t', ['a', 7])).toMatchObject({ value: 'a any' });
    expect(set.lookup('t', ['b', 1])).toMatchObject({ value: 'other' });
  });
});

describe('examples, enumerations and symbols', () => {
  it('the fixture\'s examples all pass', () => {
    const results = rs.runExamples();
    expect(results).toHaveLength(3);
    expect(results.filter((r) => !r.passed)).toEqual([]);
  });

  it('a failing expect names what came out and the deciding rule', () => {
    const text = readFileSync(join(TINY, 'examples.rules'), 'utf8').replace('expect classification is for-information', 'expect classification is article-12');
    const sources = readdirSync(TINY)
      .filter((x) => x.endsWith('.rules'))
      .map((x) => ({ file: `tiny/${x}`, text: x === 'examples.rules' ? text : readFileSync(join(TINY, x), 'utf8') }));
    const set = loadRegime(sources).ruleSet!;
    const failed = set.runExamples().filter((r) => !r.passed);
    expect(failed).toHaveLength(1);
    expect(failed[0].title).toBe('no measures: for information, reason b');
    expect(failed[0].failures[0].message).toBe('expected classification is article-12, got for-information (rule infoB)');
    expect(failed[0].failures[0].loc).toMatchObject({ file: 'tiny/examples.rules', line: 18 });
  });

  it('a failing deadline expect shows the date that came out', () => {
    const set = snippet(`
enum action
  act
facts case  cites "f"
  a : optional date
deadline act  cites "law"
  rule r  when true  due 1 calendar days after case.a  cites "law"
example "one day"
  given case
    a = 2026-01-01
  expect deadline act is 2026-01-03
`);
    expect(set.runExamples()[0].failures.map((x) => x.message)).toEqual(['expected deadline act is 2026-01-03, got 2026-01-02']);
  });

  it('enumerations, meta and symbols for the app and the editor', () => {
    expect(rs.meta).toMatchObject({ id: 'tiny', title: 'Tiny test regime', source: 'Riskcase test fixture', cites: 'Fixture, Part I' });
    expect(rs.meta.effectiveFrom?.toString()).toBe('2010-01-01');
    expect(rs.meta.effectiveTo).toBeNull();
    const levels = rs.enumeration('riskLevel');
    expect(levels?.ordered).toBe(true);
    expect(levels?.members.map((m) => m.value)).toEqual(['low', 'medium', 'high', 'serious']);
    expect(levels?.members[0].label).toEqual({ en: 'Low risk', de: 'Geringes Risiko', fr: 'Risque faible' });
    expect(rs.enumeration('severity')?.members.map((m) => m.value)).toEqual([1, 2, 3, 4]);
    const symbols = rs.symbols();
    expect(symbols.find((s) => s.name === 'case.risk.level')).toMatchObject({ kind: 'fact', type: 'optional riskLevel' });
    expect(symbols.find((s) => s.name === 'seriousRisk')).toMatchObject({ kind: 'condition', cites: 'Fixture 2.3' });
    expect(symbols.find((s) => s.name === 'infoB')).toMatchObject({ kind: 'decision-rule', type: 'classification' });
    expect(symbols.find((s) => s.name === 'measuresDate')).toMatchObject({ kind: 'value', type: 'optional date' });
  });
});

it('date arithmetic never goes through Date: the fixture deadline is the same in any zone', () => {
  expect(date('2026-03-27').addDays(3).toString()).toBe('2026-03-30');
});
