// "Run examples": every example of the regime, passed or failed, with what came out instead.
import { createSignal, For, Show, type JSX } from 'solid-js';
import type { CompiledRuleSet, ExampleResult } from '../../../rules/api';
import { t } from '../../i18n';
import { fileName } from './file-name';

export function ExamplesPanel(props: { ruleSet: CompiledRuleSet | null }): JSX.Element {
  const [results, setResults] = createSignal<ExampleResult[] | null>(null);
  const passed = () => results()?.filter((r) => r.passed).length ?? 0;
  const failed = () => (results()?.length ?? 0) - passed();
  return (
    <section class="rules-panel" aria-labelledby="rules-examples-title">
      <h2 id="rules-examples-title">{t('rulesEditor.examples.title')}</h2>
      <Show when={props.ruleSet} fallback={<p>{t('rulesEditor.examples.unavailable')}</p>}>
        {(rs) => (
          <>
            <button type="button" onClick={() => setResults(rs().runExamples())}>{t('rulesEditor.examples.run')}</button>
            <Show when={results()}>
              {(list) => (
                <div aria-live="polite">
                  <Show when={list().length > 0} fallback={<p>{t('rulesEditor.examples.none')}</p>}>
                    <p class="examples-summary">{t('rulesEditor.examples.summary', { passed: passed(), failed: failed() })}</p>
                    <ul class="example-results">
                      <For each={list()}>
                        {(r) => (
                          <li data-passed={String(r.passed)}>
                            <span class={r.passed ? 'example-passed' : 'example-failed'}>
                              {r.passed ? t('rulesEditor.examples.passed') : t('rulesEditor.examples.failed')}
                            </span>{' '}
                            {r.title} <small>({fileName(r.file)}:{r.loc.line})</small>
                            <For each={r.failures}>
                              {(f) => <div class="example-failure">{f.loc.line}:{f.loc.column}: {f.message}</div>}
                            </For>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </div>
              )}
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
