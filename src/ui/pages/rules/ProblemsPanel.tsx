// The regime's diagnostics, those of the open file first, each with a button that shows it in the editor.
import { For, Show, type JSX } from 'solid-js';
import type { Diagnostic } from '../../../rules/ast';
import { t } from '../../i18n';
import { fileName } from './file-name';

export function ProblemsPanel(props: {
  diagnostics: readonly Diagnostic[];
  file: string;
  onShow: (d: Diagnostic) => void;
}): JSX.Element {
  const here = () => props.diagnostics.filter((d) => d.file === props.file);
  const elsewhere = () => props.diagnostics.filter((d) => d.file !== props.file);
  const item = (d: Diagnostic) => (
    <li data-line={d.line} data-column={d.column}>
      <span class={`severity-${d.severity}`}>{fileName(d.file)}:{d.line}:{d.column}</span>{' '}
      <span class="problem-message">{d.message}</span>
      <button type="button" class="secondary" onClick={() => props.onShow(d)}>{t('rulesEditor.show')}</button>
    </li>
  );
  return (
    <section class="rules-panel" aria-labelledby="rules-problems-title">
      <h2 id="rules-problems-title">{t('rulesEditor.problems')}</h2>
      <Show when={props.diagnostics.length > 0} fallback={<p class="status status-ok">{t('rulesEditor.noProblems')}</p>}>
        <div aria-live="polite">
          <Show when={here().length > 0}>
            <h3>{t('rulesEditor.problemsIn', { file: fileName(props.file) })}</h3>
            <ul class="rules-problems" data-testid="problems-here">
              <For each={here().slice(0, 50)}>{item}</For>
            </ul>
          </Show>
          <Show when={elsewhere().length > 0}>
            <h3>{t('rulesEditor.otherFiles')}</h3>
            <ul class="rules-problems">
              <For each={elsewhere().slice(0, 50)}>{item}</For>
            </ul>
          </Show>
        </div>
      </Show>
    </section>
  );
}
