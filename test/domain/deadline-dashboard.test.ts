import { describe, expect, it } from 'vitest';
import { generateCases } from '../../bench/case-generator';
import { deadlinesCommand } from '../../src/cli/commands/deadlines';
import { CalendarDate } from '../../src/domain/calendar-date';
import { toCaseDocument } from '../../src/domain/case/case-document';
import { emptyCase, emptyNotification } from '../../src/domain/case/empty';
import type { CaseFile, Measure } from '../../src/domain/case/types';
import { deadlineDashboard } from '../../src/domain/deadline-dashboard';
import { ruleSet } from '../helpers/regimes';

const d = (s: string) => CalendarDate.parse(s)!;
const rs = ruleSet('rapex-2010');

function measure(adopted: string, type: Measure['type'] = 'obligatory'): Measure {
  return { id: `m-${adopted}`, type, takenBy: { kind: 'authority', name: 'MSA' }, category: 'recall', adopted, entryIntoForce: null, duration: 'permanent', until: null, scope: 'national', description: '' };
}

function base(id: string, title: string): CaseFile {
  const c = emptyCase({ id, created: '2026-01-01', regimeId: 'rapex-2010', country: 'DE' });
  c.title = title;
  c.product = { ...c.product, name: title, brand: 'Brand', category: 'toys' };
  c.criteria.crossBorder = true;
  return c;
}

// The worked checks of deadlines.md, as cases.
const emergency = (() => {
  const c = base('emergency', 'Socket protector');
  c.risk.assessments = [{ assessmentId: 'a', level: 'serious', lifeThreatening: true, fatalAccidents: false, hazard: 'electric-shock', summary: '', regimeId: 'rapex-2010', ruleSetVersion: '', computedOn: '2026-03-27' }];
  c.measures = [measure('2026-03-27')];
  c.notification = emptyNotification({ notifyingCountry: 'DE' });
  c.notification.chosen = 'article-12-emergency';
  return c;
})();
const forInformation = (() => {
  const c = base('info-b', 'Garden heater');
  c.risk.assessments = [{ assessmentId: 'b', level: 'serious', lifeThreatening: false, fatalAccidents: false, hazard: 'fire', summary: '', regimeId: 'rapex-2010', ruleSetVersion: '', computedOn: '2026-01-15' }];
  c.notification = emptyNotification({ notifyingCountry: 'DE' });
  c.notification.chosen = 'for-information';
  c.notification.forInformation = { reason: 'b', justification: 'measures not yet decided' };
  c.notification.status = 'submitted';
  c.notification.submitted = '2026-01-15';
  return c;
})();
const article11 = (() => {
  const c = base('art-11', 'Bicycle bell');
  c.risk.assessments = [{ assessmentId: 'c', level: 'medium', lifeThreatening: false, fatalAccidents: false, hazard: 'injuries', summary: '', regimeId: 'rapex-2010', ruleSetVersion: '', computedOn: '2026-02-20' }];
  c.measures = [measure('2026-02-20')];
  c.notification = emptyNotification({ notifyingCountry: 'DE' });
  c.notification.chosen = 'article-11';
  return c;
})();

describe('deadline dashboard (rapex-2010)', () => {
  it('gives the worked checks of the guidelines', () => {
    const { rows, problems } = deadlineDashboard(rs, [emergency, forInformation, article11], d('2026-03-01'));
    expect(problems).toEqual([]);
    const due = (caseId: string, action: string) => rows.find((r) => r.caseId === caseId && r.action === action)?.due.toString();
    expect(due('emergency', 'send-notification')).toBe('2026-03-30');
    expect(due('info-b', 'confirm-measures')).toBe('2026-03-01');
    expect(due('art-11', 'send-notification')).toBe('2026-03-02');
  });

  it('counts days left from the given today and puts overdue actions first', () => {
    const { rows } = deadlineDashboard(rs, [emergency, article11, forInformation], d('2026-03-15'));
    const sendArt11 = rows.find((r) => r.caseId === 'art-11' && r.action === 'send-notification')!;
    expect(sendArt11).toMatchObject({ daysLeft: -13, overdue: true, caseTitle: 'Brand Bicycle bell' });
    const sendEmergency = rows.find((r) => r.caseId === 'emergency' && r.action === 'send-notification')!;
    expect(sendEmergency).toMatchObject({ daysLeft: 15, overdue: false });
    expect(sendEmergency.basis.length).toBeGreaterThan(0);
    expect(sendEmergency.cites).toMatch(/Appendix 3/);
    // Overdue rows come before all others, most overdue first.
    const firstNotOverdue = rows.findIndex((r) => !r.overdue);
    expect(rows.slice(0, firstNotOverdue).every((r) => r.overdue)).toBe(true);
    expect(rows.slice(firstNotOverdue).every((r) => !r.overdue)).toBe(true);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].due.day).toBeLessThanOrEqual(rows[i].due.day);
    const dueToday = deadlineDashboard(rs, [article11], d('2026-03-02')).rows.find((r) => r.action === 'send-notification')!;
    expect(dueToday).toMatchObject({ daysLeft: 0, overdue: false });
  });

  it('lists a case it cannot compute as a problem naming the field, and one of an unknown regime', () => {
    const broken = base('broken', 'Broken');
    broken.measures = [measure('2026-02-30')];
    const foreign = { ...base('foreign', 'Foreign'), regimeId: 'rapex-1999' };
    const { rows, problems } = deadlineDashboard((c) => (c.regimeId === 'rapex-2010' ? rs : undefined), [broken, foreign, article11], d('2026-03-01'));
    expect(problems.map((p) => [p.caseId, p.errors[0].path])).toEqual([
      ['broken', 'measures[0].adopted'],
      ['foreign', 'regimeId'],
    ]);
    expect(rows.some((r) => r.caseId === 'art-11')).toBe(true);
  });

  it('agrees with the `deadlines` command of the CLI on 300 generated cases', () => {
    const cases = generateCases(300, { seed: 7 });
    const { rows, problems } = deadlineDashboard(rs, cases, d('2026-03-15'));
    expect(problems).toEqual([]);
    let compared = 0;
    for (const c of cases) {
      const cli = deadlinesCommand.evaluate(JSON.parse(JSON.stringify(toCaseDocument(c))), rs);
      if (!cli.ok) throw new Error(`CLI refused ${c.id}`);
      const fromCli = (deadlinesCommand.toJson(cli.value, rs) as { deadlines: { action: string; due: string }[] }).deadlines.map((x) => `${x.action} ${x.due}`).sort();
      const fromDashboard = rows.filter((r) => r.caseId === c.id).map((r) => `${r.action} ${r.due.toString()}`).sort();
      expect(fromDashboard, c.id).toEqual(fromCli);
      compared += fromCli.length;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('deadline cache', () => {
  it('reuses a case’s deadlines while its key is unchanged, and recomputes when it changes', () => {
    const results = new Map();
    let version = 1;
    const keyOf = (c: CaseFile) => `${c.id}@${version}`;
    const first = deadlineDashboard(rs, [article11], d('2026-03-01'), { keyOf, results });
    expect(results.size).toBe(1);
    // A stale cache entry is used as long as the key says nothing changed…
    const changed = structuredClone(article11);
    changed.measures = [measure('2026-02-25')];
    const cached = deadlineDashboard(rs, [changed], d('2026-03-01'), { keyOf, results });
    expect(cached.rows.map((r) => r.due.toString())).toEqual(first.rows.map((r) => r.due.toString()));
    // …and days left still follow today.
    expect(deadlineDashboard(rs, [changed], d('2026-03-05'), { keyOf, results }).rows[0].daysLeft).toBe(-3);
    version = 2;
    const fresh = deadlineDashboard(rs, [changed], d('2026-03-01'), { keyOf, results });
    expect(fresh.rows.find((r) => r.action === 'send-notification')!.due.toString()).toBe('2026-03-07');
  });
});
