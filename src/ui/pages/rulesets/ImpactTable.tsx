// What publishing a draft would change in the stored cases and assessments, old beside new.
import { For, Show, type JSX } from 'solid-js';
import type { ImpactChange } from '../../../domain/impact';
import type { CompiledRuleSet } from '../../../rules/api';
import { ruleLabel, t, tn } from '../../i18n';
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

function subjectLink(c: ImpactChange): string {
  return c.kind === 'case' ? `#/cases/${encodeURIComponent(c.subjectId)}` : `#/assessments/${encodeURIComponent(c.subjectId)}`;
}

export function ImpactTable(props: { report: ImpactReport; ruleSet: CompiledRuleSet | null }): JSX.Element {
  return (
    <div class="impact" data-testid="impact">
      <p>
        {t('rulesets.impact.compared', { against: props.report.against })}{' '}
        {tn('rulesets.impact.subjects', props.report.subjects)}
      </p>
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
            </tr>
          </thead>
          <tbody>
            <For each={props.report.changes}>
              {(c) => (
                <tr data-subject={c.subjectId} data-what={c.what}>
                  <th scope="row">
                    <small>{t(`rulesets.impact.kind.${c.kind}`)}</small> <a href={subjectLink(c)}>{c.title}</a>
                  </th>
                  <td>{what(c.what, props.ruleSet)}</td>
                  <td class="impact-before">{c.before}</td>
                  <td class="impact-after">{c.after}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
