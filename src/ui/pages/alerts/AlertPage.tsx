import { createResource, For, Show, type JSX } from 'solid-js';
import { ALERT_FIELDS } from '../../../domain/alerts/fields';
import type { Alert, AlertField } from '../../../domain/alerts/types';
import { t } from '../../i18n';
import { loadAlert } from './alerts-data';
import './alerts.css';

const URL_FIELDS = new Set<AlertField>(['recallUrl', 'caseUrl']);

function shown(a: Alert, f: AlertField): string {
  const v = a[f];
  return Array.isArray(v) ? v.join('\n') : v;
}

/** A web address from the file, linked only when it is http(s) (never javascript: or data:). */
function safeUrl(text: string): string | null {
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** #/alerts/:id — one alert as published, read-only, with where it came from and what changed. */
export default function AlertPage(props: { params: Record<string, string> }): JSX.Element {
  const [stored] = createResource(() => props.params.id, loadAlert);
  return (
    <section class="page sg" aria-labelledby="alert-title">
      <Show
        when={stored()}
        fallback={
          <Show when={!stored.loading} fallback={<p role="status">{t('common.loading')}</p>}>
            <h1 id="alert-title" tabindex="-1">{t('alerts.detail.notFound')}</h1>
            <p>
              <a href="#/alerts">{t('alerts.detail.back')}</a>
            </p>
          </Show>
        }
      >
        {(s) => (
          <>
            <h1 id="alert-title" tabindex="-1">
              {t('alerts.detail.title', { number: s().id })}
            </h1>
            <p class="lead">{[s().alert.brand, s().alert.name || s().alert.product].filter(Boolean).join(' — ')}</p>
            <p class="sg-hint" data-testid="alert-readonly">
              {t('alerts.detail.readonly', { file: s().alert.source.file, week: `${s().alert.source.year}-W${String(s().alert.source.week).padStart(2, '0')}` })}
            </p>
            <dl class="sg-facts" data-testid="alert-facts">
              <For each={ALERT_FIELDS.filter((f) => shown(s().alert, f) !== '')}>
                {(f) => (
                  <div>
                    <dt>{t(`alerts.field.${f}`)}</dt>
                    <dd>
                      <Show when={URL_FIELDS.has(f) && safeUrl(shown(s().alert, f))} fallback={shown(s().alert, f)}>
                        {(href) => (
                          <a href={href()} rel="noopener noreferrer" target="_blank">
                            {shown(s().alert, f)}
                          </a>
                        )}
                      </Show>
                    </dd>
                  </div>
                )}
              </For>
            </dl>
            <h2>{t('alerts.detail.history')}</h2>
            <ul data-testid="alert-history">
              <For each={s().history}>
                {(h) => (
                  <li>
                    {h.change === 'new' ? t('alerts.detail.published', { week: h.week, file: h.file }) : t('alerts.detail.changed', { week: h.week, file: h.file, fields: h.fields.map((f) => t(`alerts.field.${f}`)).join(', ') })}
                  </li>
                )}
              </For>
            </ul>
            <p>
              <a href="#/alerts">{t('alerts.detail.back')}</a> · <a href={`#/weekly/${s().firstWeek}`}>{t('alerts.detail.week', { week: s().firstWeek })}</a>
            </p>
          </>
        )}
      </Show>
    </section>
  );
}
