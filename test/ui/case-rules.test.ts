// Which rule set the case page decides under: the version the case recorded at its first decision
// (kept when a newer one takes effect), the one in force today while none is recorded, and a clear fallback when the recorded
// version is not stored in this browser.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RULE_SET_VERSION, socketProtectorCase } from '../../src/demo/cases';
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

  it('a case that records no version takes the one in force today', async () => {
    const r = await rulesForCase({ ...validated, ruleSetVersion: '' });
    expect([r.version, r.missing]).toEqual(['rapex-2010@builtin', null]);
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
