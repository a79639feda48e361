// The checker, one check at a time, both ways: the mistake gives its plain-language message at
// its place, and the corrected snippet checks clean.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSource } from '../../src/rules/api';
import { loadRegime, loadRules } from '../../src/rules/load';
import { didYouMean, editDistance } from '../../src/rules/did-you-mean';

/** Diagnostics of a snippet as "LINE:COL: message" (line 1 is the `regime` line added here). */
function check(text: string, more: RuleSource[] = [], resolver?: (id: string) => RuleSource[] | undefined): string[] {
  const r = loadRules([{ file: 's.rules', text: `regime "s"\n${text}` }, ...more], resolver, { appProfile: false });
  const shown = r.diagnostics.map((d) => `${d.file === 's.rules' ? '' : d.file + ':'}${d.line}:${d.column}: ${d.message}`);
  if (shown.length === 0) expect(r.ruleSet).not.toBeNull();
  else expect(r.ruleSet).toBeNull();
  return shown;
}

const LEVEL = `
enum riskLevel ordered
  low
  serious
enum kind
  alpha
  beta
facts case  cites "f"
  crossBorder : boolean
  level       : optional riskLevel
  kind        : optional kind
  adopted     : optional date
  probability : optional fraction
  measures    : list of measure
record measure  cites "f"
  adopted : optional date
`;

describe('names', () => {
  it('an unknown condition, with the closest name', () => {
    const text = `${LEVEL}
condition crossBorderEffect  cites "2.4"
  = case.crossBorder
condition notifiable  cites "2"
  = crossBorderEfect`;
    expect(check(text)).toEqual(["22:5: unknown condition 'crossBorderEfect' — did you mean 'crossBorderEffect'?"]);
    expect(check(text.replace('crossBorderEfect', 'crossBorderEffect'))).toEqual([]);
  });

  it('an unknown fact, and a group of facts used as one', () => {
    expect(check(`${LEVEL}\ncondition c  cites "x"\n  = case.crossborder`)).toEqual(["20:10: unknown fact 'case.crossborder' — did you mean 'case.crossBorder'?"]);
    const grouped = `facts case  cites "f"\n  product.consumerProduct : boolean\ncondition c  cites "x"\n  = case.product`;
    expect(check(grouped)).toEqual(["5:10: 'case.product' is a group of facts, not one fact: name one, e.g. 'case.product.consumerProduct'"]);
    expect(check(grouped + '.consumerProduct')).toEqual([]);
  });

  it('an unknown enum member after `is`, resolved against the subject\'s type', () => {
    const text = `${LEVEL}\ncondition c  cites "x"\n  = case.level is seriuos`;
    expect(check(text)).toEqual(["20:19: 'seriuos' is not a riskLevel — did you mean 'serious'?"]);
    expect(check(text.replace('seriuos', 'serious'))).toEqual([]);
    expect(check(text.replace('is seriuos', 'is one of (low, serious)'))).toEqual([]);
  });

  it('duplicate definitions point at the second and name the first', () => {
    const text = `${LEVEL}\ncondition c  cites "x"\n  = case.crossBorder\ncondition c  cites "x"\n  = true`;
    expect(check(text)).toEqual(["21:11: 'c' is defined twice: it is already a condition at line 19"]);
    const other: RuleSource = { file: 'rules/other.rules', text: 'value c  cites "y"\n  = 1' };
    expect(check(`${LEVEL}\ncondition c  cites "x"\n  = case.crossBorder`, [other])).toEqual(["rules/other.rules:1:7: 'c' is defined twice: it is already a condition at s.rules:19"]);
    // An enum and a value live in different namespaces: `value kind : kind` is fine.
    expect(check(`${LEVEL}\nvalue kind : optional kind  cites "x"\n  = case.kind`)).toEqual([]);
    expect(check(`${LEVEL}\nenum kind\n  three`)).toEqual(["19:6: 'kind' is defined twice: it is already an enum at line 6"]);
  });

  it('an enum member listed twice, a field declared twice, an unknown type', () => {
    expect(check('enum e\n  a\n  a')).toEqual(["4:3: 'a' is listed twice in enum e: it is already at line 3"]);
    expect(check('facts case  cites "f"\n  a : boolean\n  a : integer')).toEqual(["4:3: 'a' is declared twice in facts case: it is already declared at line 3"]);
    expect(check('facts case  cites "f"\n  a : booleen')).toEqual(["3:7: unknown type 'booleen' — did you mean 'boolean'?"]);
  });

  it('cycles between conditions and values', () => {
    const text = 'condition a  cites "x"\n  = b\ncondition b  cites "x"\n  = c\nvalue c  cites "x"\n  = a';
    expect(check(text)).toEqual(['2:11: cycle: a → b → c → a (a definition cannot depend on itself)']);
    expect(check(text.replace('  = a', '  = true'))).toEqual([]);
    expect(check('condition a  cites "x"\n  = a')).toEqual(['2:11: cycle: a → a (a definition cannot depend on itself)']);
  });
});

describe('types', () => {
  it('a boolean compared with an enum member', () => {
    const text = `${LEVEL}\ncondition c  cites "x"\n  = case.crossBorder is serious`;
    expect(check(text)).toEqual(["20:25: 'serious' is a riskLevel, but case.crossBorder is a boolean"]);
    expect(check(text.replace('crossBorder is serious', 'level is serious'))).toEqual([]);
  });

  it('a date compared with a fraction; dates with dates are fine', () => {
    const text = `${LEVEL}\ncondition c  cites "x"\n  = case.adopted < case.probability`;
    expect(check(text)).toEqual(['20:5: cannot compare a date with a fraction']);
    expect(check(text.replace('case.probability', '2026-01-01'))).toEqual([]);
    expect(check(text.replace('case.adopted', '1/2'))).toEqual([]);
  });

  it('ordering needs an ordered enum', () => {
    const text = `${LEVEL}\ncondition c  cites "x"\n  = case.kind > alpha`;
    expect(check(text)).toEqual(["20:5: '>' needs numbers, dates or an ordered enum: kind is not ordered; use 'is'"]);
    expect(check(text.replace('case.kind > alpha', 'case.level > low'))).toEqual([]);
  });

  it('conditions and whens must be yes/no; aggregates need lists', () => {
    expect(check(`${LEVEL}\ncondition c  cites "x"\n  = case.adopted`)).toEqual(["20:5: condition 'c' must be a boolean, but this is a date"]);
    expect(check(`${LEVEL}\ncondition c  cites "x"\n  = any m in case.level where true`)).toEqual(["20:14: 'm' must range over a list, but this is a riskLevel"]);
    expect(check(`${LEVEL}\nvalue d  cites "x"\n  = earliest m.adopted for m in case.measures`)).toEqual([]);
    expect(check(`${LEVEL}\nvalue d  cites "x"\n  = earliest m.adopted for m in case.measures where m.adopted > 3`)).toEqual(['20:53: cannot compare a date with an integer']);
  });

  it('tables are called with the right number of inputs of the right types', () => {
    const table = `${LEVEL}\ntable t (k : kind) -> riskLevel  hit unique  cites "x"\n  rows\n    alpha  -> low\n    beta  -> serious\n`;
    expect(check(table + 'condition c  cites "x"\n  = t(alpha) is low')).toEqual([]);
    expect(check(table + 'condition c  cites "x"\n  = t(alpha, beta) is low')).toEqual(["24:5: table 't' takes 1 input (k), but 2 are given"]);
    expect(check(table + 'condition c  cites "x"\n  = t(gamma) is low')).toEqual(["24:7: 'gamma' is not a kind"]);
    expect(check(table + 'condition c  cites "x"\n  = tab(alpha) is low')).toEqual(["24:5: unknown table 'tab'"]);
    expect(check(table.replace('table t ', 'table level ') + 'condition c  cites "x"\n  = levl(alpha) is low')).toEqual(["24:5: unknown table 'levl' — did you mean 'level'?"]);
  });
});

describe('tables and bands', () => {
  const base = 'enum e\n  a\n  b\nenum n ordered\n  1\n  2\n  3\n';

  it('a missing matrix cell is named by its row and column', () => {
    const full = `${base}table t (x : e, y : n) -> text  hit unique  cites "x"\n  matrix x \\ y\n       1     2     3\n    a  "p"   "q"   "r"\n    b  "s"   "t"   "u"\n`;
    expect(check(full)).toEqual([]);
    expect(check(full.replace('"t"   "u"', '"t"'))).toEqual(['13:17: missing cell: x b × y 3 has no value']);
    expect(check(full.replace('    b  "s"   "t"   "u"\n', ''))).toEqual(['9:7: missing cell: x b × y 1 has no value', '9:7: missing cell: x b × y 2 has no value', '9:7: missing cell: x b × y 3 has no value']);
  });

  it('rows under hit unique: gaps named, overlaps found', () => {
    const rows = `${base}table t (x : e, y : n) -> text  hit unique  cites "x"\n  rows\n    a  1..3  -> "p"\n    b  1, 2  -> "q"\n    b  3     -> "r"\n`;
    expect(check(rows)).toEqual([]);
    expect(check(rows.replace('    b  3     -> "r"\n', ''))).toEqual(['9:7: no row of t covers x b × y 3']);
    expect(check(rows.replace('b  3 ', 'b  2 '))).toEqual(['9:7: no row of t covers x b × y 3', '13:5: rows overlap: this row and the row at line 12 both match x b × y 2 (hit unique allows only one)']);
  });

  it('rows under hit first: a row covered by earlier rows is unreachable; gaps only for an optional result', () => {
    const rows = `${base}table t (x : e, y : n) -> optional text  hit first  cites "x"\n  rows\n    a  1     -> "p"\n    -  -     -> none\n`;
    expect(check(rows)).toEqual([]);
    expect(check(rows + '    b  2     -> "never"\n')).toEqual(['13:5: this row can never be reached: earlier rows already match everything it matches (hit first)']);
    // An optional result: a combination without a row gives none.
    expect(check(rows.replace('    -  -     -> none\n', ''))).toEqual([]);
    // A result that cannot be absent: each combination without a row is named.
    const required = `${base}table t (x : e, y : n) -> text  hit first  cites "x"\n  rows\n    a  1     -> "p"\n    -  2..3  -> "q"\n`;
    expect(check(required)).toEqual(['9:7: no row of t covers x b × y 1']);
    expect(check(required + '    b  -     -> "r"\n')).toEqual([]);
  });

  it('a table without a hit policy is warned about, and read as hit unique', () => {
    const text = `regime "s"\n${base}table t (x : e) -> text  cites "x"\n  rows\n    a  -> "p"\n    -  -> "q"\n`;
    const r = loadRules([{ file: 's.rules', text }], undefined, { appProfile: false });
    expect(r.diagnostics.map((d) => `${d.line}:${d.column}: ${d.severity}: ${d.message}`)).toEqual([
      "9:7: warning: table t does not say its hit policy: 'hit unique' is assumed — write it, or 'hit first'",
      '12:5: error: rows overlap: this row and the row at line 11 both match x a (hit unique allows only one)',
    ]);
  });

  it('none needs an optional result; ranges need an ordered input', () => {
    expect(check(`${base}table t (x : e) -> text  hit first  cites "x"\n  rows\n    a  -> none\n    b  -> "q"\n`)).toEqual(["11:11: 'none' is only allowed when the table's result is optional: declare '-> optional text'"]);
    expect(check(`${base}table t (x : e) -> text  hit first  cites "x"\n  rows\n    a..b  -> "p"\n`)).toEqual(['11:5: a range needs an ordered type, but x is an e']);
  });

  it('bands: strictly decreasing bounds, one otherwise, last; distinct values', () => {
    const ok = 'bands p over fraction  cites "t4"\n  1  above 1/10\n  2  above 1/1000\n  3  otherwise\n';
    expect(check(ok)).toEqual([]);
    expect(check(ok.replace('above 1/1000', 'above 1/10'))).toEqual(["4:12: band 2's bound 1/10 is not below band 1's bound 1/10: the bounds of p must strictly decrease"]);
    expect(check(ok.replace('above 1/1000', 'above 2/10'))).toEqual(["4:12: band 2's bound 1/5 is not below band 1's bound 1/10: the bounds of p must strictly decrease"]);
    expect(check(ok.replace('  3  otherwise\n', ''))).toEqual(["2:7: bands p has no 'otherwise' band for the values below the last bound: end it with a row such as '3 otherwise'"]);
    expect(check(ok.replace('  2  above 1/1000', '  2  otherwise'))).toEqual(["4:3: only the last band of p may be 'otherwise'"]);
    expect(check(ok.replace('  3  otherwise', '  2  otherwise'))).toEqual(['5:3: band 2 is listed twice in p: it is already at line 4']);
  });
});

describe('decisions', () => {
  const decision = `${LEVEL}
enum outcome
  accept
  reject
decision d : outcome  cites "3.1"
  otherwise reject
  rule general  accept  when case.crossBorder
  rule special  reject  when case.level is serious  overrides general
`;

  it('a clean decision with a named exception', () => {
    expect(check(decision)).toEqual([]);
  });

  it('overrides must name a rule of the decision and must not form a cycle', () => {
    expect(check(decision.replace('overrides general', 'overrides generl'))).toEqual(["25:63: rule 'special' overrides 'generl', but decision d has no such rule — did you mean 'general'?"]);
    expect(check(decision.replace('when case.crossBorder', 'when case.crossBorder  overrides special'))).toEqual(['24:8: overrides form a cycle: general → special → general']);
  });

  it('rule results and fields have the decision\'s types', () => {
    expect(check(decision.replace('rule general  accept', 'rule general  acept'))).toEqual(["24:17: 'acept' is not an outcome — did you mean 'accept'?"]);
    expect(check(decision.replace('rule general  accept', 'rule general  accept with reason b'))).toEqual(["24:29: decision d has no field 'reason'"]);
    expect(check(decision.replace('when case.crossBorder', 'when case.adopted'))).toEqual(["24:30: the 'when' of rule 'general' must be a boolean, but this is a date"]);
  });

  it('every rule cites the law, directly or through its declaration', () => {
    const uncited = decision.replace('decision d : outcome  cites "3.1"', 'decision d : outcome').replace('otherwise reject', 'otherwise reject  cites "3.1"');
    expect(check(uncited)).toEqual([
      `24:8: rule 'general' has no citation: add cites "…" naming the part of the law it comes from`,
      `25:8: rule 'special' has no citation: add cites "…" naming the part of the law it comes from`,
    ]);
    expect(check(uncited.replace('case.crossBorder', 'case.crossBorder  cites "3.1 (a)"').replace('overrides general', 'overrides general  cites "3.1 (b)"'))).toEqual([]);
    expect(check('condition c\n  = true')).toEqual([`2:11: condition 'c' has no citation: add cites "…" naming the part of the law it comes from`]);
  });
});

describe('deadlines, calendars and dates', () => {
  const base = `
enum action
  send-notification
facts case  cites "f"
  adopted : optional date
  photos  : optional integer
calendar commission  cites "1182/71"
  weekend saturday sunday
  holiday 2026-12-25 "Christmas Day"
deadline send-notification  cites "App. 3"
  rule r  when true  due 4 working days after case.adopted using commission  cites "App. 3 (1)"
`;

  it('a clean deadline in working days', () => {
    expect(check(base)).toEqual([]);
  });

  it('the action must be a member of the action enum', () => {
    expect(check(base.replace('deadline send-notification', 'deadline send-notificaton'))).toEqual(["11:10: unknown action 'send-notificaton' — did you mean 'send-notification'?"]);
    expect(check('deadline x  cites "a"\n  rule r  when true  due 1 calendar days after 2026-01-01  cites "b"')).toEqual(["2:10: there is no 'action' enum listing the actions a deadline can be for"]);
  });

  it('working days need a calendar that exists; after needs a date', () => {
    expect(check(base.replace(' using commission', ''))).toEqual(["12:26: working days need a calendar: add 'using CALENDAR' after the date (declared: commission)"]);
    expect(check(base.replace('using commission', 'using comission'))).toEqual(["12:66: unknown calendar 'comission' — did you mean 'commission'?"]);
    expect(check(base.replace('after case.adopted', 'after case.photos'))).toEqual(["12:47: the date after 'after' must be a date, but this is an integer"]);
  });

  it('dates are calendar dates; weekdays are days of the week', () => {
    expect(check(base.replace('2026-12-25', '2026-02-30'))).toEqual(['10:11: 2026-02-30 is not a calendar date']);
    expect(check(base.replace('weekend saturday sunday', 'weekend saturday sundy'))).toEqual(["9:20: 'sundy' is not a day of the week — did you mean 'sunday'?"]);
    expect(check('condition c  cites "x"\n  = 2025-02-29 < 2025-03-01')).toEqual(['3:5: 2025-02-29 is not a calendar date']);
    expect(check('condition c  cites "x"\n  = 2024-02-29 < 2025-03-01')).toEqual([]);
  });
});

describe('examples', () => {
  const base = `
enum riskLevel ordered
  low
  serious
enum action
  act
facts case  cites "f"
  risk.level : optional riskLevel
  adopted    : optional date
deadline act  cites "a"
  rule r  when true  due 1 calendar days after case.adopted  cites "a"
example "serious"
  given case
    risk.level = serious
    adopted = 2026-01-01
  expect deadline act is 2026-01-02
  expect case.risk.level is serious
`;

  it('a clean example', () => {
    expect(check(base)).toEqual([]);
  });

  it('given binds declared facts only, with values of their types', () => {
    expect(check(base.replace('    risk.level = serious', '    risk.levle = serious'))).toEqual(["15:5: 'risk.levle' is not a declared fact of case — did you mean 'risk.level'?"]);
    expect(check(base.replace('    risk.level = serious', '    risk.level = grave'))).toEqual(["15:18: 'grave' is not a riskLevel"]);
    expect(check(base.replace('adopted = 2026-01-01', 'adopted = 2026-13-01'))).toEqual(['16:15: 2026-13-01 is not a calendar date']);
  });

  it('deadline ACTION only inside examples', () => {
    expect(check(base + 'condition c  cites "x"\n  = deadline act is present')).toEqual(["20:5: 'deadline act' can only be used in an example's expect"]);
  });
});

describe('imports', () => {
  const other: RuleSource[] = [
    { file: 'rules/base/regime.rules', text: 'regime "base"\nenum level ordered\n  low\n  high\nenum unused\n  x\nbands band over fraction  cites "t4"\n  1  above 1/10\n  2  otherwise\ntable risk (b : band) -> level  hit unique  cites "t4"\n  rows\n    1  -> high\n    2  -> low\n' },
  ];
  const resolver = (id: string) => (id === 'base' ? other : undefined);

  it('brings a table in with what it depends on', () => {
    const text = 'import risk from "base"\ncondition high  cites "x"\n  = risk(band(1/2)) is high';
    expect(check(text, [], resolver)).toEqual([]);
    const r = loadRules([{ file: 's.rules', text: `regime "s"\n${text}` }], resolver, { appProfile: false });
    expect(r.ruleSet?.evaluate('high', {})).toMatchObject({ ok: true, value: true });
    expect(r.ruleSet?.enumeration('unused')).toBeUndefined();
  });

  it('an unknown regime or name; a clash with a local definition', () => {
    expect(check('import risk from "base-2011"', [], resolver)).toEqual(["2:18: unknown regime 'base-2011'"]);
    expect(check('import rsk from "base"', [], resolver)).toEqual(["2:8: regime 'base' has no 'rsk' — did you mean 'risk'?"]);
    // The imported table then meets the local enum: its own rows are reported too.
    expect(check('import risk from "base"\nenum level\n  a', [], resolver)).toContain(`2:18: 'level' comes with the import from "base", but it is already an enum at line 3`);
  });

  it('reads of the other regime only what the import brings in (and what that uses)', () => {
    // A broken declaration the import does not need is not parsed, so it stops nothing here
    // (loading "base" itself reports it); one the import needs is reported at its own place.
    const broken = (decl: string): RuleSource[] => [{ file: 'rules/base/regime.rules', text: other[0].text }, { file: 'rules/base/more.rules', text: decl }];
    const unrelated = (id: string) => (id === 'base' ? broken('condition odd  cites "x"\n  = (1 and\n') : undefined);
    expect(check('import risk from "base"\ncondition high  cites "x"\n  = risk(band(1/2)) is high', [], unrelated)).toEqual([]);
    const needed = (id: string) => (id === 'base' ? broken('condition oddity  cites "x"\n  = (1 and\n') : undefined);
    expect(check('import oddity from "base"', [], needed)).toEqual(["rules/base/more.rules:2:5: '(' is never closed: a ')' is missing"]);
    // A bad character in a needed declaration stops the load, without the parser's echo of it.
    const badCharacter = (id: string) => (id === 'base' ? broken('condition oddity  cites "x"\n  = true §\n') : undefined);
    expect(check('import oddity from "base"', [], badCharacter)).toEqual(["rules/base/more.rules:2:10: unexpected character '§'"]);
    // Names still come from every file, parsed or not: "did you mean" looks at all of them.
    expect(check('import odity from "base"', [], needed)).toEqual(["2:8: regime 'base' has no 'odity' — did you mean 'oddity'?"]);
  });
});

describe('the names the application relies on', () => {
  const TINY = join(import.meta.dirname, 'fixtures', 'tiny');
  const tiny = () =>
    readdirSync(TINY)
      .filter((f) => f.endsWith('.rules'))
      .sort()
      .map((f) => ({ file: `tiny/${f}`, text: readFileSync(join(TINY, f), 'utf8') }));

  it('a complete regime checks clean with the profile on', () => {
    const r = loadRegime(tiny());
    expect(r.diagnostics).toEqual([]);
    expect(r.ruleSet).not.toBeNull();
  });

  it('a missing or misshapen required name is reported at the regime declaration', () => {
    const sources = tiny().map((s) => (s.file.endsWith('criteria.rules') ? { ...s, text: s.text.replace(/decision classification[\s\S]*$/, '') } : s));
    const withoutValue = sources.map((s) => (s.file.endsWith('criteria.rules') ? { ...s, text: s.text.replace(/value notificationType[\s\S]*?(?=\n\n)/, '') } : s));
    const noDeadlines = withoutValue.filter((s) => !s.file.endsWith('deadlines.rules') && !s.file.endsWith('examples.rules'));
    const r = loadRegime(noDeadlines);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message} [${d.code}]`)).toEqual([
      "tiny/regime.rules:2: the application needs decision 'classification', which this regime does not declare [profile]",
    ]);
    const unordered = tiny().map((s) => (s.file.endsWith('regime.rules') ? { ...s, text: s.text.replace('enum severity ordered', 'enum severity') } : s));
    expect(loadRegime(unordered).diagnostics.map((d) => d.message)).toContain("the application needs enum 'severity' to be ordered (from lowest to highest)");
  });

  it('an empty rule set gives no diagnostics and no rule set error', () => {
    expect(loadRegime([])).toMatchObject({ diagnostics: [] });
    expect(check('')).toEqual([]);
  });

  it('a rule set without a regime declaration says so', () => {
    const r = loadRules([{ file: 'a.rules', text: 'enum e\n  a' }], undefined, { appProfile: false });
    expect(r.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([`1:1: no file of this rule set declares the regime: add 'regime "ID"' to one of them`]);
  });
});

describe('the risk method of a regime', () => {
  it('an unknown method is reported at its name, with the known ones and the closest', () => {
    expect(check(`  method "rapex-2040"\n`)).toEqual([`2:10: unknown method "rapex-2040" (known: rapex-2010-steps, rapex-2004) — did you mean 'rapex-2004'?`]);
    expect(check(`  method "dread"\n`)).toEqual([`2:10: unknown method "dread" (known: rapex-2010-steps, rapex-2004)`]);
  });

  it('the method is in the rule set; without the clause it is the step method', () => {
    const of = (head: string) => loadRules([{ file: 's.rules', text: `regime "s"\n${head}` }], undefined, { appProfile: false }).ruleSet?.meta.method;
    expect(of(`  method "rapex-2004"\n`)).toBe('rapex-2004');
    expect(of('')).toBe('rapex-2010-steps');
  });

  it('method without its text in quotes is a syntax error saying so', () => {
    const r = loadRules([{ file: 's.rules', text: `regime "s"\n  method rapex-2004\n` }], undefined, { appProfile: false });
    expect(r.diagnostics.map((d) => d.message)).toEqual([`expected the risk method in double quotes after 'method', such as "rapex-2004"`]);
  });

  it("the names the application needs follow the method: rapex-2004 needs its own tables, not the bands", () => {
    const TINY = join(import.meta.dirname, 'fixtures', 'tiny');
    const sources = readdirSync(TINY)
      .filter((f) => f.endsWith('.rules'))
      .sort()
      .map((f) => ({ file: `tiny/${f}`, text: readFileSync(join(TINY, f), 'utf8') }))
      .map((s) => (s.file.endsWith('regime.rules') ? { ...s, text: s.text.replace(/^(regime "[^"]*")/m, '$1\n  method "rapex-2004"') } : s));
    const messages = loadRegime(sources).diagnostics.map((d) => d.message);
    expect(messages).toContain("the application needs table 'overallProbability (exposure, defectProbability) -> probabilityClass', which this regime does not declare");
    expect(messages).toContain("the application needs enum 'vulnerablePerson', which this regime does not declare");
    expect(messages.some((m) => m.includes('probabilityBand'))).toBe(false);
  });
});

describe('did you mean', () => {
  it('edit distance counts a transposition as one edit', () => {
    expect(editDistance('seriuos', 'serious')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest plausible name, a case-only difference first, nothing far off', () => {
    expect(didYouMean('crossborder', ['crossBorder', 'crossBorders'])).toBe('crossBorder');
    expect(didYouMean('seriuos', ['low', 'medium', 'high', 'serious'])).toBe('serious');
    expect(didYouMean('xyz', ['serious', 'medium'])).toBeUndefined();
    expect(didYouMean('a', ['b'])).toBeUndefined();
    expect(didYouMean('ab', ['AB', 'ac'])).toBe('AB');
  });
});
