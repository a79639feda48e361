// #/rules/:regime — the regime's files in the rule editor (read-only for built-in regimes, with a
// draft copy to try changes), its problems, its examples and a sample case.
import { createMemo, createSignal, lazy, Show, Suspense, type JSX } from 'solid-js';
import type { RuleSource } from '../../../rules/api';
import type { Diagnostic } from '../../../rules/ast';
import { builtinResolver } from '../../../rules/builtin';
import { analyseRegime, diagnosticsForFile, type RegimeAnalysis } from '../../editor/analysis';
import type { RuleEditorHandle } from '../../editor/setup';
import { t } from '../../i18n';
import { useRegimes, type LoadedRegime } from '../../regimes';
import { EvaluatePanel } from './EvaluatePanel';
import { ExamplesPanel } from './ExamplesPanel';
import { fileName } from './file-name';
import { FileTabs } from './FileTabs';
import { ProblemsPanel } from './ProblemsPanel';
import './rules.css';

// CodeMirror is loaded only when a regime is opened.
const RuleEditor = lazy(() => import('../../editor/RuleEditor'));

function requestedFile(): string | null {
  const q = globalThis.location?.hash.split('?')[1];
  return q ? new URLSearchParams(q).get('file') : null;
}

export default function RegimePage(props: { params: Record<string, string> }): JSX.Element {
  const regimes = useRegimes();
  const regime = () => regimes()?.find((r) => r.id === props.params.regime);
  return (
    <section class="page rules-page">
      <p><a href="#/rules">{t('rulesEditor.back')}</a></p>
      <Show when={regimes()} fallback={<><h1>{props.params.regime}</h1><p role="status">{t('rulesEditor.loading')}</p></>}>
        {/* keyed: opening another regime builds a fresh workbench (its own draft and editor). */}
        <Show keyed when={regime()} fallback={<><h1>{props.params.regime}</h1><p>{t('rulesEditor.notFound', { regime: props.params.regime })}</p></>}>
          {(r) => <RegimeWorkbench regime={r} />}
        </Show>
      </Show>
    </section>
  );
}

function RegimeWorkbench(props: { regime: LoadedRegime }): JSX.Element {
  const original = props.regime.sources;
  const [draft, setDraft] = createSignal<Map<string, string> | null>(null);
  const first = original.find((s) => fileName(s.file) === requestedFile()) ?? original[0];
  const [selected, setSelected] = createSignal(first?.file ?? '');
  const [analysis, setAnalysis] = createSignal<RegimeAnalysis>({
    ruleSet: props.regime.ruleSet,
    diagnostics: props.regime.diagnostics,
    symbols: props.regime.ruleSet?.symbols() ?? [],
  });
  let editor: RuleEditorHandle | undefined;

  const sources = createMemo((): RuleSource[] => {
    const d = draft();
    return original.map((s) => ({ file: s.file, text: d?.get(s.file) ?? s.text }));
  });
  const text = () => sources().find((s) => s.file === selected())?.text ?? '';
  const errorFiles = createMemo(() => new Set(analysis().diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)));

  const analyse = (current: string) => {
    const file = selected();
    const a = analyseRegime(sources(), { file, text: current }, builtinResolver);
    setAnalysis(a);
    return diagnosticsForFile(a.diagnostics, file, current.length);
  };

  const jumpTo = (d: Diagnostic) => {
    // Opening another file replaces the editor's text at once (Solid runs the effect synchronously).
    setSelected(d.file);
    if (!editor) return;
    editor.view.dispatch({ selection: { anchor: Math.min(d.offset, editor.view.state.doc.length) }, scrollIntoView: true });
    editor.view.focus();
  };

  return (
    <>
      <h1>{props.regime.ruleSet?.meta.title ?? props.regime.id}</h1>
      <p class="regime-id"><code>{props.regime.id}</code></p>
      <div class="notice rules-notice">
        <Show
          when={draft()}
          fallback={
            <>
              <p>{t('rulesEditor.builtin')}</p>
              <button type="button" class="secondary" onClick={() => setDraft(new Map())}>{t('rulesEditor.draft.start')}</button>{' '}
              <a class="button secondary" href="#/rulesets">{t('rulesEditor.versions')}</a>
            </>
          }
        >
          <p role="status">{t('rulesEditor.draft.active')}</p>
          <button type="button" class="secondary" onClick={() => setDraft(null)}>{t('rulesEditor.draft.discard')}</button>
        </Show>
      </div>
      {/* The editor takes the full width; examples and the sample case go below it (rules.css). */}
      <div class="rules-layout">
        <div class="rules-main">
          <FileTabs files={original} selected={selected()} onSelect={setSelected} errorFiles={errorFiles()} label={t('rulesEditor.filesLabel')} />
          <Suspense fallback={<p role="status">{t('rulesEditor.editorLoading')}</p>}>
            <RuleEditor
              text={text()}
              readOnly={draft() === null}
              ariaLabel={t('rulesEditor.editorLabel', { file: fileName(selected()) })}
              onChange={(value) => {
                const next = new Map(draft() ?? []);
                next.set(selected(), value);
                setDraft(next);
              }}
              analyse={analyse}
              symbols={() => analysis().symbols}
              onReady={(h) => (editor = h)}
            />
          </Suspense>
          <ProblemsPanel diagnostics={analysis().diagnostics} file={selected()} onShow={(d) => jumpTo(d)} />
        </div>
        <div class="rules-side">
          <ExamplesPanel ruleSet={analysis().ruleSet} />
          <EvaluatePanel ruleSet={analysis().ruleSet} symbols={analysis().symbols} />
        </div>
      </div>
    </>
  );
}
