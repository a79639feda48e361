// Which rule set the case page decides under: the version the case recorded at its first decision
// (kept when a newer one takes effect), the one in force today while none is recorded, and a clear fallback when the recorded
// version is not stored in this browser.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RULE_SET_VERSION, socketProtectorCase, underTheGuidelines } from '../../src/demo/cases';
import { hairStraightenerCase } from '../../src/demo/published-case';
import type { CaseFile } from '../../src/domain/case/types';
import type { CompiledRuleSet } from '../../src/rules/api';
import { rulesForCase } from '../../src/ui/pages/cases/case/case-page-data';
import { ruleSet } from '../helpers/regimes';

let rs: CompiledRuleSet;
let validated: CaseFile;
beforeAll(() => {
  rs = ruleSet('rapex-2010');
  validated = hairStraightenerCase(rs, DEMO_RULE_SET_VERSION);
});

describe('rules for a case', () => {
  it('a decided case is shown under the version it recorded', async () => {
    const r = await rulesForCase(validated);
    expect([r.version, r.missing]).toEqual(['rapex-2010@builtin', null]);
    expect(r.ruleSet.meta.id).toBe('rapex-2010');
  });

  it('a case that records no version is decided under the regime in force on its first measure (GPSR in 2026), not the one it names', async () => {
    const r = await rulesForCase({ ...validated, ruleSetVersion: '' });
    expect([r.version, r.missing, r.regime.basis, r.regime.date]).toEqual(['gpsr-2024@builtin', null, 'first-measure', '2026-02-05']);
  });

  it('a measure adopted in 2023 puts an undecided case under 2019/417, one from 2015 under the 2010 guidelines, one from 2008 under Decision 2004/418/EC', async () => {
    const at = (adopted: string) => ({ ...validated, ruleSetVersion: '', measures: validated.measures.map((m) => ({ ...m, adopted })) });
    expect((await rulesForCase(at('2023-05-02'))).version).toBe('rapex-2019@builtin');
    expect((await rulesForCase(at('2015-05-02'))).version).toBe('rapex-2010@builtin');
    expect((await rulesForCase(at('2008-05-02'))).version).toBe('rapex-2004@builtin');
  });

  it('the demo cases say they are decided under the 2010 guidelines by explicit choice', async () => {
    const r = await rulesForCase(underTheGuidelines(socketProtectorCase()));
    expect([r.version, r.regime.basis]).toEqual(['rapex-2010@builtin', 'chosen']);
  });

  it('a draft whose classification was chosen keeps the version it recorded (moving it is an act), and knows the one in force', async () => {
    const r = await rulesForCase({ ...socketProtectorCase(), ruleSetVersion: 'rapex-2010@builtin' });
    expect([r.version, r.missing, r.inForce]).toEqual(['rapex-2010@builtin', null, 'rapex-2010@builtin']);
  });

  it('a decided case whose version is not stored here falls back to the one in force, and says so', async () => {
    const r = await rulesForCase({ ...validated, ruleSetVersion: 'rapex-2010@99' });
    expect([r.version, r.missing]).toEqual(['rapex-2010@builtin', 'rapex-2010@99']);
  });
});
