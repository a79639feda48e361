// Random damage to a valid case file (re-signed, so the field checks must catch it): the import
// never throws, and either writes the whole case or nothing at all. And every demo case parses
// and round-trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoCases } from '../../src/demo/cases';
import { ruleSet } from '../helpers/regimes';
import { parseCaseFile } from '../../src/domain/case-file-parse';
import { canonicalJson, exportCase, importCase, sha256Hex } from '../../src/store/case-export';
import { createCase, getCase } from '../../src/store/cases';
import { openRiskcaseDb, type Db } from '../../src/store/db';

let n = 0;
const open = () => openRiskcaseDb(`fuzz-test-${Date.now()}-${n++}`);

async function counts(db: Db) {
  return [await db.count('cases'), await db.count('history'), await db.count('photos')];
}

/** Every path to a value inside `v`. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v && typeof v === 'object') return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return [at];
}

function setAt(root: any, path: (string | number)[], value: unknown): void {
  if (path.length === 0) return;
  let o = root;
  for (const k of path.slice(0, -1)) {
    o = o?.[k];
    // An earlier edit replaced a container with a plain value: nothing left to damage here.
    if (o === null || typeof o !== 'object') return;
  }
  o[path[path.length - 1]] = value;
}

describe('case import under random damage', () => {
  it('every demo case parses field by field and round-trips through a file', async () => {
    for (const c of demoCases(ruleSet('rapex-2010'))) {
      const parsed = parseCaseFile(JSON.parse(JSON.stringify(c)));
      expect(parsed.ok ? [] : parsed.errors, c.id).toEqual([]);
      const a = await open();
      await createCase(a, c, { role: 'national-authority' });
      const file = (await exportCase(a, c.id))!;
      a.close();
      const b = await open();
      expect(await importCase(b, file.text, { role: 'contact-point' })).toMatchObject({ ok: true, caseId: c.id });
      expect((await getCase(b, c.id))!.file).toEqual(c);
      b.close();
    }
  });

  it('never throws and never writes part of a damaged file', async () => {
    const source = await open();
    const demo = demoCases(ruleSet('rapex-2010'))[0];
    await createCase(source, demo, { role: 'national-authority' });
    const valid = JSON.parse((await exportCase(source, demo.id))!.text);
    source.close();
    const allPaths = paths(valid.case).map((p) => ['case', ...p]);
    const junk = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.double(), fc.constant('2026-02-30'), fc.constant({ __proto__: 1 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(allPaths.length - 1), junk), { minLength: 1, maxLength: 3 }), async (edits) => {
        const env = structuredClone(valid);
        for (const [i, value] of edits) setAt(env, allPaths[i], value);
        const { sha256: _s, ...rest } = env;
        const text = JSON.stringify({ ...rest, sha256: await sha256Hex(canonicalJson(rest)) });
        const db = await open();
        const r = await importCase(db, text, { role: 'contact-point' });
        const after = await counts(db);
        if (r.ok) expect(after[0]).toBe(1);
        else {
          expect(after).toEqual([0, 0, 0]);
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.path.length).toBeGreaterThan(0);
        }
        db.close();
      }),
      { numRuns: 150 },
    );
  });
});
