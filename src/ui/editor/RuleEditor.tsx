// The rule editor as a Solid component: a thin wrapper around createRuleEditor (setup.ts).
// Pages import it with lazy(() => import(...)) so CodeMirror stays out of the first screen.
import { createEffect, createSignal, onCleanup, onMount, type JSX } from 'solid-js';
import { t } from '../i18n';
import type { SymbolInfo } from '../../rules/api';
import type { EditorDiagnostic } from './analysis';
import { editorPhrases } from './phrases';
import { createRuleEditor, type RuleEditorHandle } from './setup';
import { loadWrap, saveWrap } from './wrap-preference';
import './editor.css';

export interface RuleEditorProps {
  text: string;
  readOnly: boolean;
  ariaLabel: string;
  onChange?: (text: string) => void;
  analyse: (text: string) => EditorDiagnostic[];
  symbols: () => readonly SymbolInfo[];
  /** Receives the editor so the page can move the cursor to a diagnostic. */
  onReady?: (handle: RuleEditorHandle) => void;
}

export default function RuleEditor(props: RuleEditorProps): JSX.Element {
  let host!: HTMLDivElement;
  let handle: RuleEditorHandle | undefined;
  const [wrap, setWrap] = createSignal(loadWrap());
  onMount(() => {
    handle = createRuleEditor(host, {
      text: props.text,
      readOnly: props.readOnly,
      ariaLabel: props.ariaLabel,
      onChange: (text) => props.onChange?.(text),
      analyse: (text) => props.analyse(text),
      symbols: () => props.symbols(),
      phrases: editorPhrases(),
      wrap: wrap(),
    });
    props.onReady?.(handle);
  });
  createEffect(() => handle?.setText(props.text));
  createEffect(() => handle?.setReadOnly(props.readOnly));
  createEffect(() => handle?.setPhrases(editorPhrases()));
  createEffect(() => handle?.setWrap(wrap()));
  createEffect(() => handle?.view.contentDOM.setAttribute('aria-label', props.ariaLabel));
  onCleanup(() => handle?.destroy());
  return (
    <>
      <div class="rule-editor-bar">
        <label>
          <input
            type="checkbox"
            checked={wrap()}
            onChange={(e) => {
              setWrap(e.currentTarget.checked);
              saveWrap(e.currentTarget.checked);
            }}
          />{' '}
          {t('rulesEditor.wrap')}
        </label>
        <span class="rule-editor-hint">{t('rulesEditor.searchHint')}</span>
      </div>
      <div class="rule-editor" ref={host} />
    </>
  );
}
