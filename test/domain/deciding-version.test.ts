// Which rule-set version decides a case: the one it recorded once decided, else the one in force.
// The case page and the deadlines page both go by this (src/domain/case/deciding-version.ts), and
// the dashboard computes each case under the rule set it is given for that case.
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/domain/calendar-date';
import { recordedVersion } from '../../src/domain/case/deciding-version';
import { emptyCase, emptyNotification } from '../../src/domain/case/empty';
import type { CaseFile, NotificationStatus } from '../../src/domain/case/types';
import { deadlineDashboard } from '../../src/domain/deadline-dashboard';
import { ruleSet } from '../helpers/regimes';

function caseWith(id: string, status: NotificationStatus, version = 'rapex-2010@3'): CaseFile {
  const c = emptyCase({ id, created: '2026-01-01', regimeId: 'rapex-2010', ruleSetVersion: version, country: 'DE' });
  c.notification = emptyNotification({ notifyingCountry: 'DE' });
  c.notification.status = status;
  return c;
}

describe('recordedVersion', () => {
  it('is the recorded version, whatever the state: a newer version taking effect does not move the case', () => {
    expect(recordedVersion(caseWith('a', 'submitted'))).toBe('rapex-2010@3');
    expect(recordedVersion(caseWith('b', 'validated'))).toBe('rapex-2010@3');
    expect(recordedVersion(caseWith('c', 'contact-point-check'))).toBe('rapex-2010@3');
  });

  it('is none (the version in force decides) while the case records none', () => {
    expect(recordedVersion(caseWith('e', 'draft', ''))).toBeNull();
    const noNotification = emptyCase({ id: 'f', created: '2026-01-01', regimeId: 'rapex-2010', country: 'DE' });
    expect(recordedVersion(noNotification)).toBeNull();
  });
});

describe('the dashboard computes each case under the rule set given for it', () => {
  it('asks per case, and reports a case whose rule set is missing', () => {
    const rs = ruleSet('rapex-2010');
    const asked: string[] = [];
    const known = caseWith('known', 'submitted');
    const unknown = caseWith('unknown', 'submitted', 'rapex-2010@9');
    const { problems } = deadlineDashboard(
      (c) => {
        asked.push(`${c.id}:${recordedVersion(c)}`);
        return c.id === 'known' ? rs : undefined;
      },
      [known, unknown],
      CalendarDate.parse('2026-03-01')!,
    );
    expect(asked).toEqual(['known:rapex-2010@3', 'unknown:rapex-2010@9']);
    expect(problems.map((p) => p.caseId)).toEqual(['unknown']);
  });
});
