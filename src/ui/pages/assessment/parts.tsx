// Small pieces shared by the assessment pages.
import { For, Show, type JSX } from 'solid-js';
import { t } from '../../i18n';
import type { LoadedAssessment } from './data';

const VIEWS = [
  { key: 'overview', path: '', label: 'assessment.nav.overview' },
  { key: 'sensitivity', path: '/sensitivity', label: 'assessment.nav.sensitivity' },
  { key: 'report', path: '/report', label: 'assessment.nav.report' },
] as const;

export function AssessmentNav(props: { id: string; current: (typeof VIEWS)[number]['key'] }): JSX.Element {
  return (
    <nav class="assessment-nav no-print" aria-label={t('assessment.nav.label')}>
      <a href="#/assessments">{t('assessment.backToList')}</a>
      <For each={VIEWS}>
        {(v) => (
          <a href={`#/assessments/${encodeURIComponent(props.id)}${v.path}`} aria-current={props.current === v.key ? 'page' : undefined}>
            {t(v.label)}
          </a>
        )}
      </For>
    </nav>
  );
}

/** A stored document that does not parse or assess: say what and where, lose nothing. */
export function LoadProblems(props: { data: LoadedAssessment }): JSX.Element {
  const errors = () => (props.data.parseErrors.length ? props.data.parseErrors : props.data.outcome && !props.data.outcome.ok ? props.data.outcome.errors : []);
  return (
    <Show when={errors().length > 0}>
      <div class="status status-warn" role="status">
        <p>{t('assessment.incomplete')}</p>
        <ul>
          <For each={errors()}>{(e) => <li><code>{e.path || '—'}</code>: {e.message}</li>}</For>
        </ul>
      </div>
    </Show>
  );
}
