// fieldTester (src/rules/compile/atoms.ts): the atom tests the decision tree walks, checked
// against hand-written expectations on flat field arrays, including list items without a flat
// copy (records built by hand, read by name).
import { describe, expect, it } from 'vitest';
import { type FieldTest, Test, fieldTester } from '../../src/rules/compile/atoms';
import { setFlat } from '../../src/rules/compile/runtime';
import type { RValue } from '../../src/rules/api';

const field = (index: number, test: Test, constant: RValue = null, constants: RValue[] = []): FieldTest => ({ index, test, constant, constants, items: null });
const list = (index: number, test: Test, any: boolean, constants: RValue[], constant: RValue = null): FieldTest => ({
  index,
  test,
  constant,
  constants,
  items: { index: 0, parts: ['type'], any, column: null },
});

describe('fieldTester', () => {
  const tests: FieldTest[] = [
    field(0, Test.IsTrue),
    field(1, Test.Equal, 'serious'),
    field(1, Test.NotEqual, 'serious'),
    field(1, Test.OneOf, null, ['low', 'medium']),
    field(1, Test.NotOneOf, null, ['low', 'medium']),
    field(2, Test.Present),
    field(2, Test.Absent),
    field(3, Test.Above, 0),
    field(3, Test.AtLeast, 2),
    field(3, Test.Below, 2),
    field(3, Test.AtMost, 2),
    list(4, Test.Equal, true, [], 'obligatory'),
    list(4, Test.OneOf, false, ['obligatory', 'voluntary']),
  ];
  const holds = fieldTester(tests);
  const all = (flat: RValue[]) => tests.map((_, a) => holds(a, flat));

  it('tests plain fields, absent values failing every comparison', () => {
    expect(all([true, 'serious', 'x', 2, []])).toEqual([true, true, false, false, true, true, false, true, true, false, true, false, true]);
    expect(all([false, 'low', null, 1, []])).toEqual([false, false, true, true, false, false, true, true, false, true, true, false, true]);
    expect(all([1 as unknown as RValue, null, null, null, []]).slice(0, 11)).toEqual([false, false, false, false, false, false, true, false, false, false, false]);
  });

  it('tests list items by their flat copy or, without one, by name', () => {
    const bound = {} as Record<string, RValue>;
    setFlat(bound, ['obligatory']);
    (bound as Record<string, RValue>).type = 'ignored: the flat copy is read';
    const byName = { type: 'voluntary' } as Record<string, RValue>;
    // any m where m.type is obligatory / no m where m.type is one of (obligatory, voluntary)
    expect([holds(11, [false, null, null, null, [bound]]), holds(12, [false, null, null, null, [bound]])]).toEqual([true, false]);
    expect([holds(11, [false, null, null, null, [byName]]), holds(12, [false, null, null, null, [byName]])]).toEqual([false, false]);
    expect([holds(11, [false, null, null, null, [{ type: null }]]), holds(12, [false, null, null, null, [null]])]).toEqual([false, true]);
    expect([holds(11, [false, null, null, null, null]), holds(12, [false, null, null, null, null])]).toEqual([false, true]);
  });

  it('reads the items from their column when the flat array has one, ignoring the records', () => {
    // Items of two fields (type, category): the column holds type0, category0, type1, category1.
    const withColumn: FieldTest[] = [
      { index: 0, test: Test.Equal, constant: 'obligatory', constants: [], items: { index: 0, parts: ['type'], any: true, column: { index: 1, stride: 2 } } },
      { index: 0, test: Test.Equal, constant: 'recall', constants: [], items: { index: 1, parts: ['category'], any: false, column: { index: 1, stride: 2 } } },
    ];
    const test = fieldTester(withColumn);
    const records = [{ type: 'voluntary', category: 'recall' }] as RValue[];
    expect([test(0, [records, ['voluntary', 'recall', 'obligatory', 'withdrawal']]), test(1, [records, ['voluntary', 'recall', 'obligatory', 'withdrawal']])]).toEqual([true, false]);
    expect([test(0, [records, ['voluntary', 'withdrawal']]), test(1, [records, ['voluntary', 'withdrawal']])]).toEqual([false, true]);
    expect([test(0, [records, []]), test(1, [records, []])]).toEqual([false, true]);
    // No column (a flat array made elsewhere): the records are read by name.
    expect([test(0, [records]), test(1, [records])]).toEqual([false, false]);
  });
});
