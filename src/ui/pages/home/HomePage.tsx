import { createMemo, For, Show, type JSX } from 'solid-js';
import { formatDiagnostic } from '../../../rules/ast';
import { t, tn } from '../../i18n';
import { useRegimes } from '../../regimes';
import { RegimePeriod } from '../../components/RegimePeriod';

/** The overview: which regimes are loaded and whether their rule files check clean. */
export default function HomePage(): JSX.Element {
  const regimes = useRegimes();
  return (
    <section class="page">
      <h1>{t('home.regimes')}</h1>
      <Show when={regimes()} fallback={<p role="status">{t('home.loading')}</p>}>
        <ul class="regime-list">
          <For each={regimes()}>
            {(r) => {
              const errors = () => r.diagnostics.filter((d) => d.severity === 'error');
              const warnings = () => r.diagnostics.filter((d) => d.severity === 'warning');
              // Running the rule files' examples is real work: once per card, not once per read.
              const examples = createMemo(() => r.ruleSet?.runExamples() ?? []);
              return (
                <li class="regime-card" data-regime={r.id}>
                  <h2>{r.ruleSet?.meta.title ?? r.id}</h2>
                  <p class="regime-id"><code>{r.id}</code> · {tn('home.regime.files', r.sources.length)}</p>
                  <RegimePeriod meta={r.ruleSet?.meta} />
                  <Show
                    when={errors().length === 0}
                    fallback={
                      <div class="status status-error" role="alert">
                        <p>{tn('home.regime.errors', errors().length)}</p>
                        <ul class="diagnostics">
                          <For each={errors().slice(0, 20)}>{(d) => <li><code>{formatDiagnostic(d)}</code></li>}</For>
                        </ul>
                      </div>
                    }
                  >
                    <p class="status status-ok" data-testid="regime-status">{t('home.regime.clean')}</p>
                  </Show>
                  <Show when={warnings().length > 0}>
                    <p class="status status-warn">{tn('home.regime.warnings', warnings().length)}</p>
                  </Show>
                  <Show when={r.ruleSet}>
                    <p>
                      {t('home.regime.examples', {
                        passed: examples().filter((e) => e.passed).length,
                        failed: examples().filter((e) => !e.passed).length,
                      })}
                    </p>
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
