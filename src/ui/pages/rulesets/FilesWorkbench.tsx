// A version's rule files in the rule editor (H1's component), with live problems, its examples and
// a sample case on the side. Editable only for a draft; edits go to `onEdit`.
import { createMemo, createSignal, lazy, Suspense, type JSX } from 'solid-js';
import type { RuleSetFile } from '../../../domain/rule-set-document';
import type { Diagnostic } from '../../../rules/ast';
import { builtinResolver } from '../../../rules/builtin';
import { analyseRegime, diagnosticsForFile, type RegimeAnalysis } from '../../editor/analysis';
import type { RuleEditorHandle } from '../../editor/setup';
import { t } from '../../i18n';
import { EvaluatePanel } from '../rules/EvaluatePanel';
import { ExamplesPanel } from '../rules/ExamplesPanel';
import { fileName } from '../rules/file-name';
import { FileTabs } from '../rules/FileTabs';
import { ProblemsPanel } from '../rules/ProblemsPanel';
import '../rules/rules.css';

// CodeMirror is loaded only when a version is opened.
const RuleEditor = lazy(() => import('../../editor/RuleEditor'));

export function FilesWorkbench(props: {
  files: RuleSetFile[];
  readOnly: boolean;
  onEdit?: (file: string, text: string) => void;
}): JSX.Element {
  const [selected, setSelected] = createSignal(props.files[0]?.file ?? '');
  const [analysis, setAnalysis] = createSignal<RegimeAnalysis>(analyseRegime(props.files, null, builtinResolver));
  let editor: RuleEditorHandle | undefined;

  const text = () => props.files.find((f) => f.file === selected())?.text ?? '';
  const errorFiles = createMemo(() => new Set(analysis().diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)));

  // The editor asks for diagnostics of the text it shows; the whole rule set is checked with it.
  const analyse = (current: string) => {
    const file = selected();
    const a = analyseRegime(props.files, { file, text: current }, builtinResolver);
    setAnalysis(a);
    return diagnosticsForFile(a.diagnostics, file, current.length);
  };

  const jumpTo = (d: Diagnostic) => {
    setSelected(d.file);
    if (!editor) return;
    editor.view.dispatch({ selection: { anchor: Math.min(d.offset, editor.view.state.doc.length) }, scrollIntoView: true });
    editor.view.focus();
  };

  return (
    <div class="rules-layout">
      <div class="rules-main">
        <FileTabs files={props.files} selected={selected()} onSelect={setSelected} errorFiles={errorFiles()} label={t('rulesets.filesLabel')} />
        <Suspense fallback={<p role="status">{t('rulesets.editorLoading')}</p>}>
          <RuleEditor
            text={text()}
            readOnly={props.readOnly}
            ariaLabel={t('rulesets.editorLabel', { file: fileName(selected()) })}
            onChange={(value) => props.onEdit?.(selected(), value)}
            analyse={analyse}
            symbols={() => analysis().symbols}
            onReady={(h) => {
              editor = h;
              void keepKeyboardReachable(h);
            }}
          />
        </Suspense>
        <ProblemsPanel diagnostics={analysis().diagnostics} file={selected()} onShow={jumpTo} />
      </div>
      <div class="rules-side">
        <ExamplesPanel ruleSet={analysis().ruleSet} />
        <EvaluatePanel ruleSet={analysis().ruleSet} symbols={analysis().symbols} />
      </div>
    </div>
  );
}

/**
 * An editable CodeMirror content is contenteditable without a tabindex, which axe reports as a
 * scrollable region without keyboard access; tabindex 0 makes it plainly reachable by Tab in both
 * modes. (Better in the editor's own setup: reported to its owner.)
 */
async function keepKeyboardReachable(handle: RuleEditorHandle): Promise<void> {
  const [{ StateEffect }, { EditorView }] = await Promise.all([import('@codemirror/state'), import('@codemirror/view')]);
  handle.view.dispatch({ effects: StateEffect.appendConfig.of(EditorView.contentAttributes.of({ tabindex: '0' })) });
}
