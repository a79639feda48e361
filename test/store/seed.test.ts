import { describe, expect, it } from 'vitest';
import { demoCases } from '../../src/demo/cases';
import { ruleSet } from '../helpers/regimes';
import { emptyCase } from '../../src/domain/case/empty';
import { caseHistory, createCase, deleteCase, getCase, listCases } from '../../src/store/cases';
import { openRiskcaseDb } from '../../src/store/db';
import { seedDemoCases } from '../../src/store/seed';

let n = 0;
const open = () => openRiskcaseDb(`seed-test-${Date.now()}-${n++}`);

describe('demo cases', () => {
  it('are added on first run with a history line, and only once', async () => {
    const db = await open();
    const demo = demoCases(ruleSet('rapex-2010'));
    expect(demo.length).toBeGreaterThan(0);
    expect(await seedDemoCases(db, demo)).toBe(true);
    expect((await listCases(db)).map((c) => c.id).sort()).toEqual(demo.map((c) => c.id).sort());
    expect((await caseHistory(db, demo[0].id)).map((h) => h.summary)).toEqual(['demo case added']);
    // A deleted demo case stays deleted on the next start.
    const first = (await getCase(db, demo[0].id))!;
    await deleteCase(db, first.id, first.rev, { role: 'national-authority' });
    expect(await seedDemoCases(db, demo)).toBe(false);
    expect(await getCase(db, demo[0].id)).toBeUndefined();
    db.close();
  });

  it('never overwrites a case the user already has under a demo id', async () => {
    const db = await open();
    const demo = demoCases(ruleSet('rapex-2010'));
    const mine = emptyCase({ id: demo[0].id, created: '2026-01-01', regimeId: 'rapex-2010' });
    mine.title = 'My own case';
    await createCase(db, mine, { role: 'national-authority' });
    await seedDemoCases(db, demo);
    expect((await getCase(db, demo[0].id))!.file.title).toBe('My own case');
    db.close();
  });
});

describe('demo cases built on demand', () => {
  it('builds them only when the database has none yet', async () => {
    const db = await open();
    let built = 0;
    const build = () => {
      built++;
      return demoCases(ruleSet('rapex-2010'));
    };
    expect(await seedDemoCases(db, build)).toBe(true);
    expect(await seedDemoCases(db, async () => build())).toBe(false);
    expect(built).toBe(1);
    // The published demo case is among them, validated and on the public site.
    const published = (await listCases(db)).find((c) => c.file.notification?.publishedOnPublicSite);
    expect(published?.file.notification?.status).toBe('validated');
    db.close();
  });
});
