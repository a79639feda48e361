// What publishing a draft would change in the stored cases and assessments it will govern, old
// beside new, and the ones it will not govern with the reason (src/domain/impact-scope.ts).
import { For, Show, type JSX } from 'solid-js';
import type { ImpactChange, ScopedSubject } from '../../../domain/impact';
import type { Scope } from '../../../domain/impact-scope';
import type { CompiledRuleSet } from '../../../rules/api';
import { formatDate, ruleLabel, t, tn } from '../../i18n';
import type { ImpactReport } from './data';

/** A summary key of src/domain/impact.ts ('classification', 'deadline send-notification', 'risk s1', …) in words. */
function what(key: string, ruleSet: CompiledRuleSet | null): string {
  const deadline = /^deadline (.+)$/.exec(key);
  if (deadline) {
    const member = ruleSet?.enumeration('action')?.members.find((m) => m.value === deadline[1]);
    return t('rulesets.impact.deadline', { action: ruleLabel(member?.label, deadline[1]) });
  }
  const risk = /^risk (.+)$/.exec(key);
  if (risk) return t('rulesets.impact.risk', { scenario: risk[1] });
  if (['classification', 'deadlines', 'overall', 'input', 'error'].includes(key)) return t(`rulesets.impact.${key}`);
  return key;
}

/** Why a subject is governed or not, in words. */
export function scopeText(scope: Scope): string {
  switch (scope.reason) {
    case 'undecided':
    case 'undated':
      return t(`impact.scope.${scope.reason}${scope.pending ? '.pending' : ''}`, { from: formatDate(scope.from) });
    case 'dated':
      return t('impact.scope.dated', { date: formatDate(scope.date) });
    case 'decided-under':
      return t('impact.scope.decided-under', { version: scope.version });
    case 'dated-before':
      return t('impact.scope.dated-before', { date: formatDate(scope.date), from: formatDate(scope.from) });
    case 'later-version':
      return t('impact.scope.later-version', { version: scope.version, from: formatDate(scope.from) });
  }
}

function subjectLink(c: { kind: ImpactChange['kind']; subjectId: string }): string {
  return c.kind === 'case' ? `#/cases/${encodeURIComponent(c.subjectId)}` : `#/assessments/${encodeURIComponent(c.subjectId)}`;
}

function SubjectCell(props: { s: { kind: ImpactChange['kind']; subjectId: string; title: string } }): JSX.Element {
  return (
    <th scope="row">
      <small>{t(`rulesets.impact.kind.${props.s.kind}`)}</small> <a href={subjectLink(props.s)}>{props.s.title}</a>
    </th>
  );
}

export function ImpactTable(props: { report: ImpactReport; ruleSet: CompiledRuleSet | null }): JSX.Element {
  const scopeOf = (id: string): ScopedSubject | undefined => props.report.governed.find((g) => g.subjectId === id);
  const pending = () => props.report.governed.some((g) => 'pending' in g.scope && g.scope.pending);
  return (
    <div class="impact" data-testid="impact" data-from={props.report.from}>
      <p>
        {t('impact.compared', { against: props.report.against, from: formatDate(props.report.from) })}{' '}
        <Show when={props.report.until}>{(u) => <>{t('impact.until', { until: formatDate(u().from), version: u().id })} </>}</Show>
        {tn('rulesets.impact.subjects', props.report.subjects)}
      </p>
      <p data-testid="impact-governed">{tn('impact.governed', props.report.governed.length)}</p>
      <Show when={pending()}>
        <p class="notice">{t('impact.pending', { from: formatDate(props.report.from) })}</p>
      </Show>
      <Show when={props.report.changes.length > 0} fallback={<p class="status status-ok">{t('rulesets.impact.none')}</p>}>
        <p>{tn('rulesets.impact.changes', props.report.changes.length)}</p>
        <table class="impact-table">
          <caption class="rulesets-caption">{t('rulesets.impact.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rulesets.impact.subject')}</th>
              <th scope="col">{t('rulesets.impact.what')}</th>
              <th scope="col">{t('rulesets.impact.before')}</th>
              <th scope="col">{t('rulesets.impact.after')}</th>
              <th scope="col">{t('impact.reason')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.report.changes}>
              {(c) => (
                <tr data-subject={c.subjectId} data-what={c.what}>
                  <SubjectCell s={c} />
                  <td>{what(c.what, props.ruleSet)}</td>
                  <td class="impact-before">{c.before}</td>
                  <td class="impact-after">{c.after}</td>
                  <td class="impact-scope">{((g) => (g ? scopeText(g.scope) : ''))(scopeOf(c.subjectId))}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={props.report.notGoverned.length > 0}>
        <p>{tn('impact.notGoverned.count', props.report.notGoverned.length)}</p>
        <table class="impact-table" data-testid="impact-not-governed">
          <caption class="rulesets-caption">{t('impact.notGoverned.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rulesets.impact.subject')}</th>
              <th scope="col">{t('impact.reason')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.report.notGoverned}>
              {(s) => (
                <tr data-subject={s.subjectId} data-reason={s.scope.reason}>
                  <SubjectCell s={s} />
                  <td class="impact-scope">{scopeText(s.scope)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
