// The rule editor as a Solid component: a thin wrapper around createRuleEditor (setup.ts).
// Pages import it with lazy(() => import(...)) so CodeMirror stays out of the first screen.
import { createEffect, onCleanup, onMount, type JSX } from 'solid-js';
import type { SymbolInfo } from '../../rules/api';
import type { EditorDiagnostic } from './analysis';
import { createRuleEditor, type RuleEditorHandle } from './setup';
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
  onMount(() => {
    handle = createRuleEditor(host, {
      text: props.text,
      readOnly: props.readOnly,
      ariaLabel: props.ariaLabel,
      onChange: (text) => props.onChange?.(text),
      analyse: (text) => props.analyse(text),
      symbols: () => props.symbols(),
    });
    props.onReady?.(handle);
  });
  createEffect(() => handle?.setText(props.text));
  createEffect(() => handle?.setReadOnly(props.readOnly));
  createEffect(() => handle?.view.contentDOM.setAttribute('aria-label', props.ariaLabel));
  onCleanup(() => handle?.destroy());
  return <div class="rule-editor" ref={host} />;
}
