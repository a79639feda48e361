// A CodeMirror 6 editor for rule files: our highlighting, live diagnostics from the real loader,
// completion and hover from the regime's symbols. Loaded lazily (CodeMirror is ~90 KB gzipped).
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter, lintKeymap, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import type { SymbolInfo } from '../../rules/api';
import type { EditorDiagnostic } from './analysis';
import { rulesCompletion } from './completion';
import { rulesLanguage } from './highlight';
import { rulesHover } from './hover';

export interface RuleEditorOptions {
  text: string;
  readOnly: boolean;
  /** Accessible name of the editing area. */
  ariaLabel: string;
  onChange?: (text: string) => void;
  /** Checks the current text (with the rest of the regime) and returns this file's diagnostics. */
  analyse: (text: string) => EditorDiagnostic[];
  symbols: () => readonly SymbolInfo[];
}

export interface RuleEditorHandle {
  view: EditorView;
  /** Replace the whole text (another file was opened); not an edit of the user. */
  setText(text: string): void;
  setReadOnly(readOnly: boolean): void;
  destroy(): void;
}

function readOnlyExtensions(readOnly: boolean) {
  return [
    EditorState.readOnly.of(readOnly),
    EditorView.editable.of(!readOnly),
    // A read-only editor must still be reachable by keyboard to read and scroll it.
    readOnly ? EditorView.contentAttributes.of({ tabindex: '0', 'aria-readonly': 'true' }) : [],
  ];
}

export function createRuleEditor(parent: HTMLElement, options: RuleEditorOptions): RuleEditorHandle {
  const readOnly = new Compartment();
  let replacing = false;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        bracketMatching(),
        closeBrackets(),
        rulesLanguage,
        syntaxHighlighting(defaultHighlightStyle),
        lintGutter(),
        linter((v): CmDiagnostic[] => options.analyse(v.state.doc.toString()).map((d) => ({ from: d.from, to: d.to, severity: d.severity, message: d.message })), {
          delay: 250,
        }),
        autocompletion({ override: [rulesCompletion(options.symbols)] }),
        rulesHover(options.symbols),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
        readOnly.of(readOnlyExtensions(options.readOnly)),
        EditorView.contentAttributes.of({ 'aria-label': options.ariaLabel }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !replacing) options.onChange?.(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    setText(text) {
      if (text === view.state.doc.toString()) return;
      replacing = true;
      try {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      } finally {
        replacing = false;
      }
    },
    setReadOnly(value) {
      view.dispatch({ effects: readOnly.reconfigure(readOnlyExtensions(value)) });
    },
    destroy() {
      view.destroy();
    },
  };
}
