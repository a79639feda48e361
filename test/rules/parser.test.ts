import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type Declaration, type Expr } from '../../src/rules/ast';
import { parse } from '../../src/rules/parse';

const FILE = 'test.rules';

/** The AST without source locations, for comparing shapes. */
function noLoc<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'loc' || k === 'hitLoc' ? undefined : v)));
}

function parseOk(text: string): Declaration[] {
  const r = parse(text, FILE);
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  return r.ast.declarations;
}

function one<K extends Declaration['kind']>(text: string, kind: K): Extract<Declaration, { kind: K }> {
  const decls = parseOk(text);
  expect(decls).toHaveLength(1);
  expect(decls[0].kind).toBe(kind);
  return decls[0] as Extract<Declaration, { kind: K }>;
}

function exprOf(text: string): Expr {
  return noLoc(one(`condition c = ${text}`, 'condition').expr);
}

function messages(text: string): string[] {
  return parse(text, FILE).diagnostics.map(formatDiagnostic);
}

const path = (...parts: string[]) => ({ kind: 'path', parts: parts.map((text) => ({ text })) });
const num = (text: string, form = 'integer') => ({ kind: 'number', text, form });

describe('declarations', () => {
  it('regime with title, source, effective dates and citation', () => {
    const d = one(
      `regime "rapex-2010"
         title "RAPEX guidelines"
         source "EFTA guidelines"
         effective from 2010-01-01
         effective to 2024-12-12
         cites "Guidelines, Part I"`,
      'regime',
    );
    expect(noLoc(d)).toEqual({
      kind: 'regime',
      id: { text: 'rapex-2010' },
      title: 'RAPEX guidelines',
      source: 'EFTA guidelines',
      effectiveFrom: { kind: 'date', text: '2010-01-01' },
      effectiveTo: { kind: 'date', text: '2024-12-12' },
      cites: { text: 'Guidelines, Part I' },
    });
    expect(d.loc).toMatchObject({ file: FILE, line: 1, column: 1, offset: 0 });
    expect(d.id.loc).toMatchObject({ line: 1, column: 8, offset: 7, endOffset: 19 });
    expect(d.effectiveFrom!.loc).toMatchObject({ line: 4, column: 25 });
  });

  it('import of several names', () => {
    const d = one('import probabilityBand, risk, severity from "rapex-2010"', 'import');
    expect(noLoc(d)).toEqual({
      kind: 'import',
      names: [{ text: 'probabilityBand' }, { text: 'risk' }, { text: 'severity' }],
      regime: { text: 'rapex-2010' },
    });
  });

  it('ordered enum with labels in several languages and a description', () => {
    const d = one(
      `enum riskLevel ordered                 cites "Appendix 5, 3.4"
         low      label "Low risk"     de "Geringes Risiko"   fr "Risque faible"
         serious  label "Serious risk" description "Act now" no "Handle nå"`,
      'enum',
    );
    expect(noLoc(d)).toEqual({
      kind: 'enum',
      name: { text: 'riskLevel' },
      ordered: true,
      cites: { text: 'Appendix 5, 3.4' },
      members: [
        { value: 'low', label: { en: 'Low risk', de: 'Geringes Risiko', fr: 'Risque faible' } },
        { value: 'serious', label: { en: 'Serious risk' }, description: { en: 'Act now', no: 'Handle nå' } },
      ],
    });
    expect(d.members[1].loc).toMatchObject({ line: 3, column: 10 });
  });

  it('enum of whole numbers, and the member none', () => {
    expect(noLoc(one('enum severity ordered 1 2 3 4', 'enum').members)).toEqual([{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }]);
    expect(noLoc(one('enum notificationType article-12 none', 'enum').members)).toEqual([{ value: 'article-12' }, { value: 'none' }]);
  });

  it('record and facts with dotted paths, optional and list types', () => {
    const r = one(
      `record measure cites "Interchange format v1"
         type    : measureType
         adopted : optional date   label "Adopted on"`,
      'record',
    );
    expect(noLoc(r.fields)).toEqual([
      { path: [{ text: 'type' }], type: { kind: 'named', name: { text: 'measureType' } } },
      { path: [{ text: 'adopted' }], type: { kind: 'optional', of: { kind: 'named', name: { text: 'date' } } }, label: { en: 'Adopted on' } },
    ]);
    const f = one(
      `facts case
         product.consumerProduct : boolean
         measures                : list of measure`,
      'facts',
    );
    expect(noLoc(f.fields)).toEqual([
      { path: [{ text: 'product' }, { text: 'consumerProduct' }], type: { kind: 'named', name: { text: 'boolean' } } },
      { path: [{ text: 'measures' }], type: { kind: 'list', of: { kind: 'named', name: { text: 'measure' } } } },
    ]);
    expect(f.fields[0].path[1].loc).toMatchObject({ line: 2, column: 18 });
  });

  it('bands with labels, bounds of every number form and otherwise', () => {
    const d = one(
      `bands probabilityBand over fraction   cites "Appendix 5, table 4"
         1  label "> 50 %"  above 1/2
         2  above 0.1
         3  above 1%
         4  above 1/1_000
         5  otherwise`,
      'bands',
    );
    expect(noLoc(d.over)).toEqual({ kind: 'named', name: { text: 'fraction' } });
    expect(noLoc(d.rows)).toEqual([
      { value: 1, otherwise: false, label: { en: '> 50 %' }, above: num('1/2', 'fraction') },
      { value: 2, otherwise: false, above: num('0.1', 'decimal') },
      { value: 3, otherwise: false, above: num('1%', 'percent') },
      { value: 4, otherwise: false, above: num('1/1000', 'fraction') },
      { value: 5, otherwise: true },
    ]);
  });

  it('matrix table: one line per row, column keys on the first line', () => {
    const d = one(
      `table risk (band : probabilityBand, severity : severity) -> riskLevel   hit unique
                                                              cites "Appendix 5, table 4"
         matrix band \\ severity
                  1        2
           1      high     serious
           2      medium   none`,
      'table',
    );
    expect(d.form).toBe('matrix');
    expect(d.hit).toBe('unique');
    expect(d.hitLoc).toMatchObject({ line: 1, column: 73 });
    expect(noLoc(d.params)).toEqual([
      { name: { text: 'band' }, type: { kind: 'named', name: { text: 'probabilityBand' } } },
      { name: { text: 'severity' }, type: { kind: 'named', name: { text: 'severity' } } },
    ]);
    const cell = (row: string, col: string, out: unknown) => ({
      inputs: [{ kind: 'values', values: [num(row)] }, { kind: 'values', values: [num(col)] }],
      output: out,
    });
    expect(noLoc(d.rows)).toEqual([
      cell('1', '1', path('high')),
      cell('1', '2', path('serious')),
      cell('2', '1', path('medium')),
      cell('2', '2', { kind: 'none' }),
    ]);
    expect(d.rows[3].loc).toMatchObject({ line: 6, column: 28 });
    expect(d.missingCells).toEqual([]);
  });

  it('matrix table: a short row fills missingCells where the row ended', () => {
    const d = one(
      `table risk (band : probabilityBand, severity : severity) -> riskLevel hit unique
         matrix band \\ severity
              1      2      3
           1  high   high
           2`,
      'table',
    );
    expect(d.rows).toHaveLength(2);
    expect(noLoc(d.missingCells)).toEqual([
      { row: num('1'), column: num('3') },
      { row: num('2'), column: num('1') },
      { row: num('2'), column: num('2') },
      { row: num('2'), column: num('3') },
    ]);
    expect(d.missingCells[0].loc).toMatchObject({ line: 4, column: 26 });
  });

  it('matrix table: a row with too many cells is a syntax error naming the counts', () => {
    const text = `table risk (band : probabilityBand, severity : severity) -> riskLevel hit unique
  matrix band \\ severity
       1      2
    1  high   high   low`;
    expect(messages(text)).toEqual([`${FILE}:4:22: row 1 has 3 cells but the header has 2 columns`]);
  });

  it('matrix table: the names in the header must be the inputs', () => {
    const text = `table risk (band : probabilityBand, severity : severity) -> riskLevel hit unique
  matrix severity \\ band
       1
    1  high`;
    expect(messages(text)[0]).toBe(`${FILE}:2:10: the matrix's row input is 'severity' but the table's first input is 'band'`);
  });

  it('rows table: any, lists, ranges, none and a citation per row', () => {
    const d = one(
      `table typicalInjury (injury : injuryType, severity : severity) -> optional text   hit first
         rows
           laceration   1      -> "superficial"
           laceration   2, 3   -> "deep"     cites "Table 3"
           concussion   1..2   -> none
           -            -      -> "other"`,
      'table',
    );
    expect(d.form).toBe('rows');
    expect(d.hit).toBe('first');
    expect(noLoc(d.result)).toEqual({ kind: 'optional', of: { kind: 'named', name: { text: 'text' } } });
    expect(noLoc(d.rows)).toEqual([
      { inputs: [{ kind: 'values', values: [path('laceration')] }, { kind: 'values', values: [num('1')] }], output: { kind: 'string', value: 'superficial' } },
      {
        inputs: [{ kind: 'values', values: [path('laceration')] }, { kind: 'values', values: [num('2'), num('3')] }],
        output: { kind: 'string', value: 'deep' },
        cites: { text: 'Table 3' },
      },
      { inputs: [{ kind: 'values', values: [path('concussion')] }, { kind: 'range', from: num('1'), to: num('2') }], output: { kind: 'none' } },
      { inputs: [{ kind: 'any' }, { kind: 'any' }], output: { kind: 'string', value: 'other' } },
    ]);
    expect(d.rows[2].loc).toMatchObject({ line: 5, column: 12 });
  });

  it('condition with label and citation before or after the expression', () => {
    const a = one(`condition seriousRisk label "serious risk" cites "Part II, 2.3" = case.risk.level is serious`, 'condition');
    const b = one(`condition seriousRisk = case.risk.level is serious label "serious risk" cites "Part II, 2.3"`, 'condition');
    expect(noLoc(a)).toEqual(noLoc(b));
    expect(noLoc(a)).toEqual({
      kind: 'condition',
      name: { text: 'seriousRisk' },
      label: { en: 'serious risk' },
      cites: { text: 'Part II, 2.3' },
      expr: { kind: 'is', subject: path('case', 'risk', 'level'), negated: false, test: { kind: 'value', value: path('serious') } },
    });
  });

  it('value with and without a type', () => {
    const v = one(`value measuresDate : optional date cites "Appendix 3" = earliest m.adopted for m in case.measures`, 'value');
    expect(noLoc(v.type)).toEqual({ kind: 'optional', of: { kind: 'named', name: { text: 'date' } } });
    expect(noLoc(v.expr)).toEqual({
      kind: 'aggregate',
      fn: 'earliest',
      of: path('m', 'adopted'),
      variable: { text: 'm' },
      list: path('case', 'measures'),
    });
    expect(one(`value x = 1`, 'value').type).toBeUndefined();
  });

  it('decision with fields, otherwise, rules, overrides and citations', () => {
    const d = one(
      `decision classification : notificationType with reason : infoReason   cites "Part II, 3.1"
         otherwise none                                        cites "Part II, 3.1"
         rule article12  article-12  when rapexCriteria        cites "Part II, 3.1"
         rule emergency  article-12-emergency
                         when rapexCriteria and emergencyNeeded
                         overrides article12                   cites "Part II, 3.1.1"
         rule infoB      for-information with reason b
                         when seriousRisk and not hasMeasures
                         overrides article12, emergency        cites "Part II, 3.1.2 (b)"`,
      'decision',
    );
    expect(noLoc(d.fields)).toEqual([{ name: { text: 'reason' }, type: { kind: 'named', name: { text: 'infoReason' } } }]);
    expect(noLoc(d.otherwise)).toEqual({ value: path('none'), cites: { text: 'Part II, 3.1' } });
    expect(noLoc(d.rules)).toEqual([
      { name: { text: 'article12' }, value: path('article-12'), fields: [], when: path('rapexCriteria'), overrides: [], cites: { text: 'Part II, 3.1' } },
      {
        name: { text: 'emergency' },
        value: path('article-12-emergency'),
        fields: [],
        when: { kind: 'and', left: path('rapexCriteria'), right: path('emergencyNeeded') },
        overrides: [{ text: 'article12' }],
        cites: { text: 'Part II, 3.1.1' },
      },
      {
        name: { text: 'infoB' },
        value: path('for-information'),
        fields: [{ name: { text: 'reason' }, value: path('b') }],
        when: { kind: 'and', left: path('seriousRisk'), right: { kind: 'not', operand: path('hasMeasures') } },
        overrides: [{ text: 'article12' }, { text: 'emergency' }],
        cites: { text: 'Part II, 3.1.2 (b)' },
      },
    ]);
    expect(d.rules[2].loc).toMatchObject({ line: 7, column: 10 });
    expect(d.rules[2].overrides[1].loc).toMatchObject({ line: 9, column: 47 });
  });

  it('calendar with weekend and holidays', () => {
    const d = one(
      `calendar commission cites "Regulation 1182/71, Art. 3"
         weekend saturday sunday
         holiday 2025-12-25 "Christmas Day"
         holiday 2025-12-26`,
      'calendar',
    );
    expect(noLoc(d)).toEqual({
      kind: 'calendar',
      name: { text: 'commission' },
      cites: { text: 'Regulation 1182/71, Art. 3' },
      weekend: [{ text: 'saturday' }, { text: 'sunday' }],
      holidays: [
        { date: { kind: 'date', text: '2025-12-25' }, label: 'Christmas Day' },
        { date: { kind: 'date', text: '2025-12-26' } },
      ],
    });
  });

  it('deadline with calendar-day and working-day rules', () => {
    const d = one(
      `deadline send-notification  label "Send the notification"   cites "Appendix 3"
         rule emergency  when notificationType is article-12-emergency
                              and case.notification.submitted is absent
                         due 3 calendar days after measuresDate     cites "Appendix 3, point 1"
         rule gpsr       when notificationType is article-12
                         due 4 working days after measuresDate using commission
                                                                   cites "Reg. 2024/3173"`,
      'deadline',
    );
    expect(d.action.text).toBe('send-notification');
    expect(d.label).toEqual({ en: 'Send the notification' });
    expect(noLoc(d.rules[0])).toMatchObject({ name: { text: 'emergency' }, days: num('3'), unit: 'calendar', after: path('measuresDate') });
    expect(d.rules[0].calendar).toBeUndefined();
    expect(noLoc(d.rules[1])).toMatchObject({ unit: 'working', calendar: { text: 'commission' }, cites: { text: 'Reg. 2024/3173' } });
  });

  it('a unit on its own line does not start a calendar declaration', () => {
    const d = one(
      `deadline x
         rule r when a due 3
           calendar days after b`,
      'deadline',
    );
    expect(d.rules[0].unit).toBe('calendar');
  });

  it('example with given bindings, lists, records and expects', () => {
    const d = one(
      `example "emergency recall: notify within 3 days"        cites "Appendix 3"
         given case
           product.consumerProduct = true
           risk.level = serious
           measures = [ { type = obligatory, adopted = 2026-03-27 }, {} ]
         expect classification is article-12-emergency
         expect classification.reason is absent
         expect deadline send-notification is 2026-03-30`,
      'example',
    );
    expect(d.title.text).toBe('emergency recall: notify within 3 days');
    expect(noLoc(d.given)).toEqual({
      root: { text: 'case' },
      bindings: [
        { path: [{ text: 'product' }, { text: 'consumerProduct' }], value: { kind: 'bool', value: true } },
        { path: [{ text: 'risk' }, { text: 'level' }], value: path('serious') },
        {
          path: [{ text: 'measures' }],
          value: {
            kind: 'list',
            items: [
              {
                kind: 'record',
                fields: [
                  { name: { text: 'type' }, value: path('obligatory') },
                  { name: { text: 'adopted' }, value: { kind: 'date', text: '2026-03-27' } },
                ],
              },
              { kind: 'record', fields: [] },
            ],
          },
        },
      ],
    });
    expect(noLoc(d.expects.map((e) => e.expr))).toEqual([
      { kind: 'is', subject: path('classification'), negated: false, test: { kind: 'value', value: path('article-12-emergency') } },
      { kind: 'is', subject: path('classification', 'reason'), negated: false, test: { kind: 'absent' } },
      {
        kind: 'is',
        subject: { kind: 'deadlineRef', action: { text: 'send-notification' } },
        negated: false,
        test: { kind: 'value', value: { kind: 'date', text: '2026-03-30' } },
      },
    ]);
    expect(d.expects[2].loc).toMatchObject({ line: 8, column: 10 });
  });

  it('example without given', () => {
    const d = one(`example "bands" expect probabilityBand(1/10 * 1/10 * 1/10) is 5`, 'example');
    expect(d.given).toBeNull();
    expect(d.expects).toHaveLength(1);
  });

  it('a whole file: declarations in order, comments ignored', () => {
    const decls = parseOk(`-- criteria
condition a = true   -- first
condition b = false
example "e" expect a`);
    expect(decls.map((d) => d.kind)).toEqual(['condition', 'condition', 'example']);
    expect(decls[2].loc).toMatchObject({ line: 4, column: 1 });
  });
});

describe('expressions', () => {
  it('literals', () => {
    expect(exprOf('true')).toEqual({ kind: 'bool', value: true });
    expect(exprOf('false')).toEqual({ kind: 'bool', value: false });
    expect(exprOf('27/160000')).toEqual(num('27/160000', 'fraction'));
    expect(exprOf('0.02')).toEqual(num('0.02', 'decimal'));
    expect(exprOf('2%')).toEqual(num('2%', 'percent'));
    expect(exprOf('2026-03-27')).toEqual({ kind: 'date', text: '2026-03-27' });
    expect(exprOf('"a \\"b\\" \\\\ c"')).toEqual({ kind: 'string', value: 'a "b" \\ c' });
    expect(exprOf('none')).toEqual(path('none'));
  });

  it('paths, keywords after a dot, and calls', () => {
    expect(exprOf('case.risk.level')).toEqual(path('case', 'risk', 'level'));
    expect(exprOf('m.count')).toEqual(path('m', 'count'));
    expect(exprOf('risk(probabilityBand(27/160000), 4)')).toEqual({
      kind: 'call',
      callee: { text: 'risk' },
      args: [{ kind: 'call', callee: { text: 'probabilityBand' }, args: [num('27/160000', 'fraction')] }, num('4')],
    });
  });

  it('precedence: otherwise < or < and < not < is < * ', () => {
    expect(exprOf('a or b and not c is d otherwise e')).toEqual({
      kind: 'otherwise',
      left: {
        kind: 'or',
        left: path('a'),
        right: {
          kind: 'and',
          left: path('b'),
          right: { kind: 'not', operand: { kind: 'is', subject: path('c'), negated: false, test: { kind: 'value', value: path('d') } } },
        },
      },
      right: path('e'),
    });
    expect(exprOf('1/10 * 1/10 > x * 2')).toEqual({
      kind: 'compare',
      op: '>',
      left: { kind: 'mul', left: num('1/10', 'fraction'), right: num('1/10', 'fraction') },
      right: { kind: 'mul', left: path('x'), right: num('2') },
    });
  });

  it('and/or/otherwise fold to the left; parentheses group', () => {
    expect(exprOf('a and b and c')).toEqual({ kind: 'and', left: { kind: 'and', left: path('a'), right: path('b') }, right: path('c') });
    expect(exprOf('a and (b or c)')).toEqual({ kind: 'and', left: path('a'), right: { kind: 'or', left: path('b'), right: path('c') } });
  });

  it('every form of is', () => {
    const is = (negated: boolean, test: unknown) => ({ kind: 'is', subject: path('x'), negated, test });
    expect(exprOf('x is v')).toEqual(is(false, { kind: 'value', value: path('v') }));
    expect(exprOf('x is not v')).toEqual(is(true, { kind: 'value', value: path('v') }));
    expect(exprOf('x is one of (a, b)')).toEqual(is(false, { kind: 'oneOf', values: [path('a'), path('b')] }));
    expect(exprOf('x is not one of (a)')).toEqual(is(true, { kind: 'oneOf', values: [path('a')] }));
    expect(exprOf('x is present')).toEqual(is(false, { kind: 'present' }));
    expect(exprOf('x is absent')).toEqual(is(false, { kind: 'absent' }));
    expect(exprOf('x is not absent')).toEqual(is(true, { kind: 'absent' }));
  });

  it('every comparison operator', () => {
    for (const op of ['<', '<=', '>', '>=', '='] as const) {
      expect(exprOf(`x ${op} 2026-01-01`)).toEqual({ kind: 'compare', op, left: path('x'), right: { kind: 'date', text: '2026-01-01' } });
    }
  });

  it('any and no', () => {
    expect(exprOf('any m in case.measures where m.type is obligatory')).toEqual({
      kind: 'any',
      variable: { text: 'm' },
      list: path('case', 'measures'),
      where: { kind: 'is', subject: path('m', 'type'), negated: false, test: { kind: 'value', value: path('obligatory') } },
    });
    expect(exprOf('no m in case.measures where m.adopted is present')).toMatchObject({ kind: 'no', variable: { text: 'm' } });
  });

  it('earliest, latest and count, with and without where', () => {
    expect(exprOf('latest e.date for e in case.events where e.kind is product-found')).toMatchObject({
      kind: 'aggregate',
      fn: 'latest',
      of: path('e', 'date'),
      where: { kind: 'is' },
    });
    expect(exprOf('count m in case.measures')).toEqual({
      kind: 'aggregate',
      fn: 'count',
      of: path('m'),
      variable: { text: 'm' },
      list: path('case', 'measures'),
    });
    // `where` takes one test; the comparison after it applies to the count.
    expect(exprOf('count m in case.measures where m.type is voluntary > 1')).toMatchObject({
      kind: 'compare',
      op: '>',
      left: { kind: 'aggregate', fn: 'count', where: { kind: 'is' } },
    });
    expect(exprOf('(count m in case.measures) > 1')).toMatchObject({ kind: 'compare', left: { kind: 'aggregate', fn: 'count' } });
  });

  it('deadline references, lists and records', () => {
    expect(exprOf('deadline send-notification')).toEqual({ kind: 'deadlineRef', action: { text: 'send-notification' } });
    expect(exprOf('[1, 2]')).toEqual({ kind: 'list', items: [num('1'), num('2')] });
    expect(exprOf('[]')).toEqual({ kind: 'list', items: [] });
    expect(exprOf('{ a = 1, b = x }')).toEqual({
      kind: 'record',
      fields: [
        { name: { text: 'a' }, value: num('1') },
        { name: { text: 'b' }, value: path('x') },
      ],
    });
  });

  it('expression locations span their operands', () => {
    const d = one('condition c =\n  a and bb', 'condition');
    expect(d.expr.loc).toMatchObject({ line: 2, column: 3, offset: 16, endOffset: 24 });
  });
});

describe('syntax errors', () => {
  it('never throws, and an empty file is an empty AST', () => {
    expect(parse('', FILE)).toEqual({ ast: { file: FILE, declarations: [] }, diagnostics: [] });
  });

  it('names the missing piece in plain words', () => {
    expect(messages('condition = x')).toEqual([`${FILE}:1:11: expected a name after 'condition'`]);
    expect(messages('condition c x')).toEqual([`${FILE}:1:13: expected '=' and an expression after the condition's name`]);
    expect(messages('condition c = x)')).toEqual([`${FILE}:1:16: unexpected ')'`]);
    expect(messages('deadline d rule r when x due 3 weekdays after y')).toEqual([
      `${FILE}:1:32: expected 'calendar' or 'working' after the number of days`,
    ]);
    expect(messages('condition c = x and')).toEqual([`${FILE}:1:17: expected an expression after 'and'`]);
    expect(messages('decision d : t rule r v x')).toEqual([`${FILE}:1:25: expected 'when' and a condition after the rule's value`]);
    expect(messages('decision d : t\n  rule r when a')).toEqual([`${FILE}:2:10: expected the rule's value after its name, as in 'rule article12 article-12 when …'`]);
    expect(messages('frobnicate x')).toEqual([`${FILE}:1:1: expected a declaration such as 'condition', 'table' or 'example', found 'frobnicate'`]);
    expect(messages('condition c = x y')).toEqual([`${FILE}:1:17: unexpected 'y'`]);
  });

  it('reports an unclosed bracket at the bracket', () => {
    expect(messages('condition c = (a and\n  b\ncondition d = true')).toEqual([`${FILE}:1:15: '(' is never closed: a ')' is missing`]);
    expect(messages('example "e" given case m = [ { a = 1 ]')).toEqual([`${FILE}:1:38: unexpected ']'`]);
  });

  it('reports lexer errors with code lex, and no echo from the parser', () => {
    const r = parse('condition c = case.crossBorder § true\ncondition d = "open', FILE);
    expect(r.diagnostics.map((d) => [d.code, formatDiagnostic(d)])).toEqual([
      ['lex', `${FILE}:1:32: unexpected character '§'`],
      ['lex', `${FILE}:2:15: unterminated text: a closing " is missing on this line`],
    ]);
    expect(parse('value v = 😀', FILE).diagnostics[0].message).toBe(`unexpected character '😀'`);
    expect(parse('value v = 1 / 2', FILE).diagnostics[0].message).toBe(
      `unexpected character '/': a fraction is written without spaces, like 1/1000`,
    );
  });

  it('every syntax diagnostic has code syntax, a real position and an offset range', () => {
    const r = parse('condition c =\n', FILE);
    expect(r.diagnostics).toEqual([
      { severity: 'error', code: 'syntax', message: `expected an expression after '='`, file: FILE, line: 1, column: 13, offset: 12, endOffset: 13 },
    ]);
  });

  it('one bad declaration does not lose the others', () => {
    const r = parse(
      `condition a = true
condition b = (x and
condition c = false
enum e x y
example "t" expect a`,
      FILE,
    );
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0].line).toBe(2);
    expect(r.ast.declarations.map((d) => d.kind + ':' + ('name' in d ? d.name.text : ''))).toEqual([
      'condition:a',
      'condition:b',
      'condition:c',
      'enum:e',
      'example:',
    ]);
  });

  it('absurd nesting costs only its own declaration', () => {
    const deep = parse(`condition a = true\ncondition c = ${'('.repeat(500)}x${')'.repeat(500)}\ncondition d = true`, FILE);
    expect(deep.diagnostics.map(formatDiagnostic)).toEqual([`${FILE}:2:115: brackets are nested more than 100 deep here`]);
    expect(deep.ast.declarations).toHaveLength(2);
    const nots = parse(`condition a = true\ncondition c = ${'not '.repeat(5_000)}x\ncondition d = true`, FILE);
    // At the `not` that went too deep: the 101st, 15 + 100 × 4 columns in.
    expect(nots.diagnostics.map(formatDiagnostic)).toEqual([`${FILE}:2:415: 'not' is nested more than 100 deep here, brackets included`]);
    expect(nots.ast.declarations.map((d) => ('name' in d ? d.name.text : ''))).toEqual(['a', 'd']);
  });

  it('a declaration keyword inside an expression on a new line does not split it', () => {
    const d = one('example "e"\n  expect\n    deadline send-notification is absent', 'example');
    expect(d.expects[0].expr).toMatchObject({ kind: 'is', subject: { kind: 'deadlineRef' } });
  });

  it('suggests the keyword a misspelt word was probably meant to be', () => {
    expect(messages('decision d : t\n  rule r x when a overides b')).toEqual([`${FILE}:2:19: unexpected 'overides' — did you mean 'overrides'?`]);
    expect(messages('condition a = true\ncondtion c = x')).toEqual([`${FILE}:2:1: unexpected 'condtion' — did you mean 'condition'?`]);
  });

  it('counts lines and columns the same with Windows line ends', () => {
    const r = parse('condition a = true\r\ncondition b = (x\r\n', FILE);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([`${FILE}:2:15: '(' is never closed: a ')' is missing`]);
    expect(r.ast.declarations[1].loc).toMatchObject({ line: 2, column: 1, offset: 20 });
  });

  it('warns about a clause the declaration has no place for, instead of dropping it silently', () => {
    const r = parse('record r label "x"\n  a : b', FILE);
    expect(r.diagnostics.map((d) => [d.severity, d.code, formatDiagnostic(d)])).toEqual([
      ['warning', 'syntax', `${FILE}:1:10: warning: 'label' is not used here and is ignored`],
    ]);
    expect(r.ast.declarations[0]).not.toHaveProperty('label');
  });

  it('reports duplicated clauses', () => {
    expect(messages('condition c cites "a" cites "b" = true')).toEqual([`${FILE}:1:23: 'cites' is given twice here`]);
    expect(messages('decision d : t otherwise a cites "x" otherwise b')).toEqual([`${FILE}:1:38: a decision has one 'otherwise', and this is the second`]);
  });
});

describe('broken files (test/rules/broken/syntax-*.rules)', () => {
  const dir = 'test/rules/broken';
  const files = readdirSync(dir).filter((n) => n.startsWith('syntax-') && n.endsWith('.rules'));

  it('there are at least six', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of files) {
    it(name, () => {
      const file = `${dir}/${name}`;
      const text = readFileSync(file, 'utf8');
      const expected = /^-- expect: (.*)$/m.exec(text.split('\n')[0])?.[1];
      expect(expected).toBeDefined();
      expect(parse(text, file).diagnostics.map(formatDiagnostic)).toContain(`${file}:${expected}`);
    });
  }
});

describe('the full-language fixture', () => {
  it('parses with no diagnostics and every declaration kind', () => {
    const text = readFileSync('test/rules/fixtures/full-language.rules', 'utf8');
    const r = parse(text, 'full-language.rules');
    expect(r.diagnostics).toEqual([]);
    expect(new Set(r.ast.declarations.map((d) => d.kind))).toEqual(
      new Set(['regime', 'import', 'enum', 'record', 'facts', 'bands', 'table', 'condition', 'value', 'decision', 'calendar', 'deadline', 'example']),
    );
  });

  it('a 1,000-line file parses in a few milliseconds once warm', () => {
    const base = readFileSync('test/rules/fixtures/full-language.rules', 'utf8');
    let text = '';
    while (text.split('\n').length < 1000) text += base + '\n';
    // Warm up the JIT first: the parser is built once per process and reused.
    for (let i = 0; i < 25; i++) parse(text, 'big.rules');
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      parse(text, 'big.rules');
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // Typically 4-8 ms; the bound is loose because the test machine is shared, yet catches
    // anything worse than linear (which would take seconds).
    expect(times[0]).toBeLessThan(150);
  });
});
