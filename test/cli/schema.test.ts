// schema/*.schema.json: the example documents validate, bad ones do not, and the enumerated values
// the case schema lists for each regime are exactly the members of that regime's rule files — a
// regime added or changed shows up here until the schema says the same.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../src/rules/ast';
import { parse } from '../../src/rules/parse';
import { ruleSet } from '../helpers/regimes';
import { FIXTURES, ROOT } from './helpers';
import { schemaValidators } from './schemas';

const load = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const caseSchema = load('schema/case.v1.schema.json');
const assessmentSchema = load('schema/assessment.v1.schema.json');

const { validCase, validCaseBatch, validAssessment, validAssessmentBatch, validAssessment2004 } = schemaValidators();
/** Documents of the rapex-2004 method have their own schema (assessment-2004.v1). */
const isMethod2004 = (d: { regime?: string }) => d.regime === 'rapex-2004';

const docs = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const j = load(join(dir, f));
      return Array.isArray(j) ? j : [j];
    });

const REGIMES = readdirSync(join(ROOT, 'rules')).sort();

describe('JSON Schemas of the interchange format', () => {
  it('every example case document validates, and the batches as batches', () => {
    for (const d of docs('examples/cases')) expect(validCase(d), JSON.stringify(validCase.errors)).toBe(true);
    expect(validCaseBatch(load('examples/cases/batch.json'))).toBe(true);
  });

  it('every example assessment document validates', () => {
    for (const d of docs('examples/assessments')) {
      const valid = isMethod2004(d) ? validAssessment2004 : validAssessment;
      expect(valid(d), JSON.stringify(valid.errors)).toBe(true);
    }
    const toy = load('examples/assessments/rapex-2004-pull-along-toy.json');
    // The step schema keeps refusing a 2004 document, and the 2004 schema a step document.
    expect(validAssessment(toy)).toBe(false);
    expect(validAssessment2004(load('examples/assessments/hammer.json'))).toBe(false);
    expect(validAssessmentBatch(load('examples/assessments/batch.json'))).toBe(true);
  });

  it('rejects an unknown risk level, a malformed or impossible date, a missing product or risk, prototype keys', () => {
    const kettle = JSON.parse(readFileSync(join(FIXTURES, 'unknown-level.json'), 'utf8'));
    expect(validCase(kettle)).toBe(false);
    const ok = { ...kettle, risk: { level: 'serious' } };
    expect(validCase(ok)).toBe(true);
    expect(validCase({ ...ok, measures: [{ type: 'obligatory', category: 'recall', adopted: '2 March 2026' }] })).toBe(false);
    expect(validCase({ ...ok, measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-02-30' }] })).toBe(false);
    expect(validCase({ ...ok, measures: [{ type: 'obligatory', category: 'recall', adopted: '2026-03-02 ' }] })).toBe(false);
    expect(validCase({ ...ok, measures: [null] })).toBe(false);
    expect(validCase({ foo: 1 })).toBe(false);
    expect(validCase({ product: { consumerProduct: true } })).toBe(false);
    expect(validCase({ product: { consumerProduct: true }, notification: { received: '2026-03-05' } })).toBe(true);
    expect(validCase(JSON.parse('{"product": {"consumerProduct": true}, "risk": {"level": null}, "x": {"__proto__": 1}}'))).toBe(false);
    expect(validCase({ ...ok, colour: 'red' })).toBe(true);
    expect(validAssessment({ product: { name: 'x' }, scenarios: [{ id: 's', consumer: 'adult', hazard: 'h', injury: 'i', severity: 5, steps: [] }] })).toBe(false);
  });

  it('says a batch has its own, larger limit', () => {
    expect(caseSchema.properties.measures.maxItems).toBe(1000);
    expect(load('schema/case-batch.v1.schema.json').maxItems).toBe(100_000);
    expect(assessmentSchema.properties.scenarios.items.properties.steps.maxItems).toBe(100);
  });

  it('lists the built-in regimes as the values of "regime"', () => {
    expect(caseSchema.properties.regime.enum).toEqual(REGIMES);
    expect(caseSchema.allOf.map((a: { then: { $ref: string } }) => a.then.$ref).sort()).toEqual(REGIMES.map((id) => `#/$defs/${id}`));
  });

  it.each(REGIMES)('lists, for %s, exactly the enum members its rule files give each enumerated field', (id) => {
    const rs = ruleSet(id);
    const declsOf = (regime: string) =>
      readdirSync(join(ROOT, 'rules', regime))
        .filter((f) => f.endsWith('.rules'))
        .flatMap((f) => parse(readFileSync(join(ROOT, 'rules', regime, f), 'utf8'), f).ast.declarations);
    // A regime that imports its case document (rapex-2019) has it from the regime it names.
    const own = declsOf(id);
    const from = own.flatMap((d) => (d.kind === 'import' && d.names.some((n) => n.text === 'case') ? [d.regime.text] : []));
    const decls = [...own, ...from.flatMap(declsOf)];
    const records = new Map(decls.flatMap((d) => (d.kind === 'record' ? [[d.name.text, d.fields] as const] : [])));
    const facts = decls.find((d) => d.kind === 'facts' && d.name.text === 'case');
    if (facts?.kind !== 'facts') throw new Error(`rules/${id} has no facts case`);

    /** Every enumerated field of the facts, as a path into the schema, with its members (and null when optional). */
    const expected = new Map<string, unknown[]>();
    const walk = (fields: typeof facts.fields, at: string[]) => {
      for (const f of fields) {
        let t: TypeRef = f.type;
        const optional = t.kind === 'optional';
        if (t.kind === 'optional') t = t.of;
        const path = [...at, ...f.path.flatMap((p) => ['properties', p.text])];
        if (t.kind === 'list' && t.of.kind === 'named' && records.has(t.of.name.text)) walk(records.get(t.of.name.text)!, [...path, 'items']);
        else if (t.kind === 'named' && rs.enumeration(t.name.text)) {
          const members = rs.enumeration(t.name.text)!.members.map((m) => m.value);
          expected.set(path.join('/'), optional ? [...members, null] : members);
        }
      }
    };
    walk(facts.fields, []);

    const listed = new Map<string, unknown[]>();
    const collect = (node: Record<string, unknown>, at: string[]) => {
      if (Array.isArray(node.enum)) listed.set(at.join('/'), node.enum);
      for (const key of ['properties', 'items'] as const) {
        const sub = node[key] as Record<string, Record<string, unknown>> | undefined;
        if (!sub) continue;
        if (key === 'items') collect(sub as Record<string, unknown>, [...at, 'items']);
        else for (const [name, child] of Object.entries(sub)) collect(child, [...at, 'properties', name]);
      }
    };
    collect(caseSchema.$defs[id], []);
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(expected));
  });
});
