// decideValue, the fast path of decisions (no explanation): it must give exactly what `decide`
// gives — value, fields, winning rule, and the same errors — on the real rapex-2010 rules over
// generated cases, and on snippets that reach each of its forms (field tests on the facts root
// and on list items, comparisons, closures, decisions that name other decisions, > 30 rules).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledRuleSet, Facts, RValue } from '../../src/rules/api';
import { setFlat } from '../../src/rules/compile/runtime';
import { formatDiagnostic } from '../../src/rules/ast';
import { loadRules } from '../../src/rules/load';
import { ruleSet } from '../helpers/regimes';

function snippet(text: string): CompiledRuleSet {
  const r = loadRules([{ file: 'snippet.rules', text: `regime "snippet"\n${text}` }], undefined, { appProfile: false });
  if (!r.ruleSet) throw new Error(r.diagnostics.map(formatDiagnostic).join('\n'));
  return r.ruleSet;
}

function bind(set: CompiledRuleSet, doc: unknown): Facts {
  const b = set.bindFacts('case', doc);
  if (!b.ok) throw new Error(JSON.stringify(b.errors));
  return b.facts;
}

/** decide and decideValue on the same facts, reduced to what both must agree on. */
function both(set: CompiledRuleSet, name: string, facts: Facts) {
  const full = set.decide(name, facts);
  const fast = set.decideValue(name, facts);
  return {
    full: full.ok ? { ok: true, value: full.value.value, fields: full.value.fields, rule: full.value.rule } : { ok: false, error: full.error },
    fast: fast.ok ? { ok: true, value: fast.value.value, fields: fast.value.fields, rule: fast.value.rule } : { ok: false, error: fast.error },
  };
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Case documents of the interchange format over every field the classification reads. */
const caseDoc = fc.record(
  {
    product: fc.record(
      {
        name: maybe(fc.constantFrom('Kettle', null)),
        brand: maybe(fc.constantFrom('Acme', null)),
        photos: maybe(fc.constantFrom(0, 1, 3, null)),
        consumerProduct: fc.boolean(),
        excludedRegime: maybe(fc.constantFrom('food', 'medical-device', null)),
      },
      { requiredKeys: [] },
    ),
    risk: fc.record(
      {
        level: maybe(fc.constantFrom('serious', 'high', 'medium', 'low', null)),
        lifeThreatening: fc.boolean(),
        fatalAccidents: fc.boolean(),
        emergencyAction: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    crossBorder: fc.boolean(),
    ofInterestToOtherStates: fc.boolean(),
    underEeaDiscussion: fc.boolean(),
    criteriaUncertain: fc.boolean(),
    generallyApplicableMeasure: fc.boolean(),
    measures: fc.array(fc.record({ type: fc.constantFrom('obligatory', 'voluntary'), category: fc.constantFrom('recall', 'withdrawal') }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('decideValue on the rapex-2010 classification', () => {
  const rs = ruleSet('rapex-2010');

  it('gives the value, fields and rule that decide gives, on every generated case', () => {
    fc.assert(
      fc.property(caseDoc, (doc) => {
        const { full, fast } = both(rs, 'classification', bind(rs, doc));
        expect(fast).toEqual(full);
      }),
      { numRuns: 600, seed: 20260321 },
    );
  });

  it('agrees on facts built by hand (no flat field array), including list items', () => {
    const byHand = { case: { product: { consumerProduct: true }, risk: { level: 'serious' }, crossBorder: true, measures: [{ type: 'obligatory' }] } };
    const { full, fast } = both(rs, 'classification', byHand);
    expect(fast).toEqual(full);
    expect(fast).toMatchObject({ ok: true, value: 'for-information', fields: { reason: 'a' }, rule: 'infoA' });
    const local = { case: { product: { consumerProduct: true, name: 'x' }, risk: { level: 'serious' }, crossBorder: false, measures: [{ type: 'voluntary' }] } };
    expect(both(rs, 'classification', local).fast).toMatchObject({ value: 'for-information', fields: { reason: 'c' } });
    // No `case` root at all: every field absent, so not a consumer product.
    const none = both(rs, 'classification', { other: {} });
    expect(none.fast).toEqual(none.full);
    expect(none.fast).toMatchObject({ value: 'none', rule: 'notConsumer' });
  });

  it('answers with a frozen result, shared while the outcome is the same', () => {
    const a = rs.decideValue('classification', bind(rs, { product: { consumerProduct: false } }));
    const b = rs.decideValue('classification', bind(rs, { product: { consumerProduct: false }, crossBorder: true }));
    expect(a).toBe(b);
    expect(Object.isFrozen(a.ok && a.value)).toBe(true);
    expect(a).toMatchObject({ ok: true, value: { value: 'none', rule: 'notConsumer', fields: { reason: null } } });
  });

  it('an unknown decision is an error, not a throw', () => {
    expect(rs.decideValue('classifcation', bind(rs, {}))).toEqual({ ok: false, error: "unknown decision 'classifcation'" });
  });

  it('bound enum members are the declared texts', () => {
    const facts = bind(rs, { risk: { level: 'serious' } }) as { case: { risk: { level: unknown } } };
    expect(facts.case.risk.level).toBe('serious');
  });
});

describe('decideValue on snippets', () => {
  const lists = snippet(`
enum kind
  a
  b
  c
enum outcome
  gold
  silver
  bronze
  tin
record item  cites "f"
  kind : kind
  flag : boolean
  size : optional integer
facts case  cites "f"
  items : list of item
  n     : optional integer
  m     : optional integer
  k     : optional kind
  on    : boolean
condition anyA  cites "x"
  = any i in case.items where i.kind is a
condition noFlag  cites "x"
  = no i in case.items where i.flag
condition big  cites "x"
  = case.n > 2 and case.n <= 5
condition sameNM  cites "x"
  = case.n = case.m
value sized : integer  cites "x"
  = count i in case.items where i.size is present
decision d : outcome   cites "law"
  otherwise tin
  rule r1  gold    when anyA and not case.on                       overrides r2, r3
  rule r2  silver  when (big or sameNM) and case.k is not c         overrides r3
  rule r3  bronze  when noFlag or sized >= 2 or case.k is one of (a, b)
`);
  const doc = fc.record(
    {
      items: fc.array(fc.record({ kind: fc.constantFrom('a', 'b', 'c'), flag: fc.boolean(), size: maybe(fc.constantFrom(1, null)) }), { maxLength: 3 }),
      n: maybe(fc.integer({ min: 0, max: 7 })),
      m: maybe(fc.integer({ min: 0, max: 7 })),
      k: maybe(fc.constantFrom('a', 'b', 'c')),
      on: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('list tests, comparisons, negations and closures decide as decide does', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(doc, (x) => {
        const { full, fast } = both(lists, 'd', bind(lists, x));
        expect(fast).toEqual(full);
        seen.add(String(full.ok && full.rule));
      }),
      { numRuns: 500, seed: 7 },
    );
    // The generated cases reached every rule and `otherwise`.
    expect([...seen].sort()).toEqual(['null', 'r1', 'r2', 'r3']);
  });

  const ambiguous = `
enum outcome
  accept
  reject
facts case  cites "f"
  a : boolean
  b : boolean
  c : boolean
decision inner : outcome   cites "law"
  otherwise reject
  rule ra  accept  when case.a
  rule rb  reject  when case.b
decision outer : outcome   cites "law"
  otherwise reject
  rule top    accept  when case.c        overrides lower
  rule lower  reject  when inner is accept
`;

  it('the same ambiguity error as decide, also from a decision named in a skipped rule', () => {
    const set = snippet(ambiguous);
    const facts = bind(set, { a: true, b: true, c: true });
    const inner = both(set, 'inner', facts);
    expect(inner.fast).toEqual(inner.full);
    expect(inner.fast).toEqual({ ok: false, error: "inner is ambiguous: rules 'ra' and 'rb' both apply and neither overrides the other" });
    // `top` overrides `lower`, but `lower`'s when names an ambiguous decision: decide reports it,
    // so the fast path must not skip it.
    const outer = both(set, 'outer', facts);
    expect(outer.full.ok).toBe(false);
    expect(outer.fast).toEqual(outer.full);
    expect(both(set, 'outer', bind(set, { a: true, c: true })).fast).toEqual({ ok: true, value: 'accept', fields: {}, rule: 'top' });
  });

  it('a rule overridden by the winner still drops the rules it overrides itself', () => {
    // a overrides b, b overrides c, a does not override c: with all three holding, a wins —
    // c drops out because b holds, so b's `when` must be tested although b itself cannot win.
    const set = snippet(`
enum outcome
  accept
  reject
facts case  cites "f"
  a : boolean
  b : boolean
  c : boolean
decision d : outcome   cites "law"
  otherwise reject
  rule ra  accept  when case.a   overrides rb
  rule rb  reject  when case.b   overrides rc
  rule rc  reject  when case.c
`);
    for (const [a, b, c] of [[true, true, true], [true, false, true], [false, true, true], [true, true, false]]) {
      const { full, fast } = both(set, 'd', bind(set, { a, b, c }));
      expect(fast).toEqual(full);
    }
    expect(set.decideValue('d', bind(set, { a: true, b: true, c: true }))).toMatchObject({ ok: true, value: { rule: 'ra' } });
    expect(set.decideValue('d', bind(set, { a: true, c: true }))).toMatchObject({ ok: false, error: "d is ambiguous: rules 'ra' and 'rc' both apply and neither overrides the other" });
  });

  it('a decision too big for a tree of tests (20 chained rules) decides as decide does', () => {
    const facts = Array.from({ length: 20 }, (_, i) => `  b${i} : boolean`).join('\n');
    // Every rule overrides the next: one chain, so the tree must still decide all 20 `when`s.
    const rules = Array.from({ length: 20 }, (_, i) => `  rule r${i}  ${i % 2 ? 'accept' : 'reject'}  when case.b${i} and not case.b${(i + 7) % 20}${i < 19 ? `  overrides r${i + 1}` : ''}`).join('\n');
    const set = snippet(`enum outcome\n  accept\n  reject\nfacts case  cites "f"\n${facts}\ndecision d : outcome   cites "law"\n  otherwise reject\n${rules}\n`);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (bits) => {
        const { full, fast } = both(set, 'd', bind(set, Object.fromEntries(bits.map((b, i) => [`b${i}`, b]))));
        expect(fast).toEqual(full);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('a decision of more than 30 rules', () => {
    const rules = Array.from({ length: 40 }, (_, i) => `  rule r${i}  accept  when case.n > ${i}${i > 0 ? `  overrides r${i - 1}` : ''}`).join('\n');
    const set = snippet(`enum outcome\n  accept\n  reject\nfacts case  cites "f"\n  n : integer\ndecision d : outcome   cites "law"\n  otherwise reject\n${rules}\n`);
    for (const n of [0, 1, 17, 35, 45]) {
      const { full, fast } = both(set, 'd', bind(set, { n }));
      expect(fast).toEqual(full);
    }
    expect(set.decideValue('d', bind(set, { n: 35 }))).toMatchObject({ ok: true, value: { rule: 'r34' } });
  });

  it('a decision of field tests alone (the tree walk over flat fields and list columns) decides as decide does', () => {
    // Every test the walk runs in its loop — a boolean, equal, not equal, one of, present,
    // absent, any / no item equal or one of — and the ones it hands to the field tester: not one
    // of, comparisons, an item's boolean. Items of three fields, so the column's stride is 3.
    const set = snippet(`
enum kind
  a
  b
  c
enum outcome
  gold
  silver
  bronze
  copper
  tin
record item  cites "f"
  note  : optional text
  kind  : kind
  flag  : boolean
facts case  cites "f"
  items : list of item
  n     : optional integer
  k     : optional kind
  t     : optional text
  on    : boolean
decision d : outcome   cites "law"
  otherwise tin
  rule r1  gold    when case.on and any i in case.items where i.kind is a                 overrides r2, r3, r4
  rule r2  silver  when case.k is not c and no i in case.items where i.kind is one of (b, c)  overrides r3, r4
  rule r3  bronze  when (case.t is absent or case.k is one of (a, b)) and case.n > 2        overrides r4
  rule r4  copper  when case.k is not one of (a) or (any i in case.items where i.flag) or (no i in case.items where i.kind is c) or case.t is present and case.k is b
`);
    const doc = fc.record(
      {
        items: fc.array(fc.record({ note: maybe(fc.constantFrom('x', null)), kind: fc.constantFrom('a', 'b', 'c'), flag: fc.boolean() }, { requiredKeys: ['kind'] }), { maxLength: 3 }),
        n: maybe(fc.integer({ min: 0, max: 5 })),
        k: maybe(fc.constantFrom('a', 'b', 'c', null)),
        t: maybe(fc.constantFrom('text', null)),
        on: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const seen = new Set<string>();
    fc.assert(
      fc.property(doc, (x) => {
        const { full, fast } = both(set, 'd', bind(set, x));
        expect(fast).toEqual(full);
        seen.add(String(full.ok && full.rule));
      }),
      { numRuns: 800, seed: 29 },
    );
    expect([...seen].sort()).toEqual(['null', 'r1', 'r2', 'r3', 'r4']);
    // Facts built by hand (no flat arrays, no columns) take the general path: same answers.
    const byHand = { case: { on: true, items: [{ kind: 'a', flag: false }], n: null, k: null, t: null } };
    expect(both(set, 'd', byHand).fast).toEqual({ ok: true, value: 'gold', fields: {}, rule: 'r1' });
    // A flat array without the list's column (made by another rule set's binding): the items are read.
    const noColumn = { on: true, items: [{ kind: 'a', flag: false }], n: null, k: null, t: null } as Record<string, RValue>;
    setFlat(noColumn, [noColumn.items, null, null, null, true]);
    expect(both(set, 'd', { case: noColumn }).fast).toEqual({ ok: true, value: 'gold', fields: {}, rule: 'r1' });
    const none = { on: false, items: [{ kind: 'b', flag: false }], n: null, k: 'a', t: null } as Record<string, RValue>;
    setFlat(none, [none.items, null, 'a', null, false]);
    expect(both(set, 'd', { case: none }).fast).toEqual(both(set, 'd', { case: none }).full);
  });

  it('bound lists are frozen, so what the compiled rules copied from them cannot go stale', () => {
    const facts = bind(lists, { items: [{ kind: 'a', flag: true }] }) as { case: { items: unknown[] } };
    expect(() => facts.case.items.push({ kind: 'b', flag: false })).toThrow(TypeError);
    expect(Object.isFrozen((bind(lists, {}) as { case: { items: unknown[] } }).case.items)).toBe(true);
  });

  it('a fraction compared with a whole number is equal by value, on both paths', () => {
    const set = snippet(`
enum outcome
  zero
  other
facts case  cites "f"
  ratio : optional fraction
decision d : outcome   cites "law"
  otherwise other
  rule r  zero  when case.ratio is 0
`);
    for (const ratio of ['0', '0/5', '1/2', null]) {
      const { full, fast } = both(set, 'd', bind(set, { ratio }));
      expect(fast).toEqual(full);
    }
    expect(set.decideValue('d', bind(set, { ratio: '0/5' }))).toMatchObject({ ok: true, value: { value: 'zero' } });
  });
});
