// #/rules — the regimes with their rule files and whether they check clean.
import { For, Show, type JSX } from 'solid-js';
import { t, tn } from '../../i18n';
import { useRegimes } from '../../regimes';
import { fileName } from './file-name';
import './rules.css';

export default function RulesListPage(): JSX.Element {
  const regimes = useRegimes();
  return (
    <section class="page rules-page">
      <h1>{t('rulesEditor.title')}</h1>
      <p>{t('rulesEditor.intro')}</p>
      <Show when={regimes()} fallback={<p role="status">{t('rulesEditor.loading')}</p>}>
        <ul class="regime-list">
          <For each={regimes()}>
            {(r) => {
              const errors = () => r.diagnostics.filter((d) => d.severity === 'error').length;
              const warnings = () => r.diagnostics.filter((d) => d.severity === 'warning').length;
              return (
                <li class="regime-card" data-regime={r.id}>
                  <h2>
                    <a href={`#/rules/${encodeURIComponent(r.id)}`}>{r.ruleSet?.meta.title ?? r.id}</a>
                  </h2>
                  <p class="regime-id">
                    <code>{r.id}</code> · {tn('rulesEditor.files', r.sources.length)}
                  </p>
                  <p class={errors() > 0 ? 'status status-error' : 'status status-ok'}>
                    {errors() > 0 ? tn('rulesEditor.errors', errors()) : t('rulesEditor.clean')}
                    <Show when={warnings() > 0}> · {tn('rulesEditor.warnings', warnings())}</Show>
                  </p>
                  <ul class="rules-file-list">
                    <For each={r.sources}>
                      {(s) => (
                        <li>
                          <a href={`#/rules/${encodeURIComponent(r.id)}?file=${encodeURIComponent(fileName(s.file))}`}>
                            <code>{fileName(s.file)}</code>
                          </a>
                        </li>
                      )}
                    </For>
                  </ul>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
