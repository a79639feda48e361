// Which rule-set version decides a case: the one it recorded once decided, else the one in force.
// The case page and the deadlines page both go by this (src/domain/case/deciding-version.ts), and
// the dashboard computes each case under the rule set it is given for that case.
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/domain/calendar-date';
import { recordedVersion } from '../../src/domain/case/deciding-version';
import { emptyCase, emptyNotification, emptyReaction } from '../../src/domain/case/empty';
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
  it('is the recorded version once the notification is past draft and the contact point', () => {
    expect(recordedVersion(caseWith('a', 'submitted'))).toBe('rapex-2010@3');
    expect(recordedVersion(caseWith('b', 'validated'))).toBe('rapex-2010@3');
  });

  it('is none (the version in force decides) while nothing is decided, or when none is recorded', () => {
    expect(recordedVersion(caseWith('c', 'draft'))).toBeNull();
    expect(recordedVersion(caseWith('d', 'contact-point-check'))).toBeNull();
    expect(recordedVersion(caseWith('e', 'submitted', ''))).toBeNull();
    const noNotification = emptyCase({ id: 'f', created: '2026-01-01', regimeId: 'rapex-2010', ruleSetVersion: 'rapex-2010@3', country: 'DE' });
    expect(recordedVersion(noNotification)).toBeNull();
  });

  it('a reaction sent decides too, even without a notification of its own', () => {
    const c = emptyCase({ id: 'g', created: '2026-01-01', regimeId: 'rapex-2010', ruleSetVersion: 'rapex-2010@2', country: 'DE' });
    const r = emptyReaction({ id: 'r1', kind: 'product-found', notificationNumber: 'A12/0001/26', notifyingCountry: 'FR', reactingCountry: 'DE' });
    c.reactions = [r];
    expect(recordedVersion(c)).toBeNull();
    c.reactions = [{ ...r, status: 'submitted' }];
    expect(recordedVersion(c)).toBe('rapex-2010@2');
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
