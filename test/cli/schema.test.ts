// schema/*.v1.schema.json: the example documents validate, bad ones do not, and the enum lists
// in the case schema are exactly the members of the built-in rule sets (no drift).
// ajv comes with the toolchain (a dependency of vite-plugin-pwa's workbox-build).
import Ajv2020 from 'ajv/dist/2020';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../helpers/regimes';
import { FIXTURES, ROOT } from './helpers';

const load = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const caseSchema = load('schema/case.v1.schema.json');
const assessmentSchema = load('schema/assessment.v1.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
const validCase = ajv.compile(caseSchema);
const validAssessment = ajv.compile(assessmentSchema);

const docs = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const j = load(join(dir, f));
      return Array.isArray(j) ? j : [j];
    });

describe('JSON Schemas of the interchange format', () => {
  it('every example case document validates', () => {
    for (const d of docs('examples/cases')) expect(validCase(d), JSON.stringify(validCase.errors)).toBe(true);
  });

  it('every example assessment document validates', () => {
    for (const d of docs('examples/assessments')) expect(validAssessment(d), JSON.stringify(validAssessment.errors)).toBe(true);
  });

  it('rejects an unknown risk level and a malformed date', () => {
    expect(validCase(JSON.parse(readFileSync(join(FIXTURES, 'unknown-level.json'), 'utf8')))).toBe(false);
    expect(validCase({ measures: [{ type: 'obligatory', category: 'recall', adopted: '2 March 2026' }] })).toBe(false);
    expect(validAssessment({ product: { name: 'x' }, scenarios: [{ id: 's', consumer: 'adult', hazard: 'h', injury: 'i', severity: 5, steps: [] }] })).toBe(false);
  });

  it('lists exactly the enum members of the rapex-2010 rule set', () => {
    const rs = ruleSet('rapex-2010');
    const members = (name: string) => rs.enumeration(name)!.members.map((m) => m.value).sort();
    const p = caseSchema.properties;
    const schemaEnum = (s: { enum?: string[]; anyOf?: { enum?: string[] }[] }) => [...(s.enum ?? s.anyOf!.find((x) => x.enum)!.enum!)].sort();
    expect(schemaEnum(p.risk.properties.level)).toEqual(members('riskLevel'));
    expect(schemaEnum(p.product.properties.excludedRegime)).toEqual(members('excludedRegime'));
    expect(schemaEnum(p.notification.properties.type)).toEqual(members('notificationType'));
    expect(schemaEnum(p.measures.items.properties.type)).toEqual(members('measureType'));
    expect(schemaEnum(p.measures.items.properties.category)).toEqual(members('measureCategory'));
    expect(schemaEnum(p.measures.items.properties.scope)).toEqual(members('measureScope'));
    expect(schemaEnum(p.measures.items.properties.duration)).toEqual(members('measureDuration'));
    expect(schemaEnum(p.events.items.properties.kind)).toEqual(members('eventKind'));
  });
});
