// A CodeMirror 6 editor for rule files: our highlighting, live diagnostics from the real loader,
// completion and hover from the regime's symbols. Loaded lazily (CodeMirror is ~90 KB gzipped).
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter, lintKeymap, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
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
  /** CodeMirror's own texts (the search panel's "Find", "replace all", …) in the app's language. */
  phrases: Record<string, string>;
  /** Long lines wrap instead of scrolling sideways. */
  wrap: boolean;
}

export interface RuleEditorHandle {
  view: EditorView;
  /** Replace the whole text (another file was opened); not an edit of the user. */
  setText(text: string): void;
  setReadOnly(readOnly: boolean): void;
  /** The language changed: the search panel opened next speaks it. */
  setPhrases(phrases: Record<string, string>): void;
  setWrap(wrap: boolean): void;
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
  // Compartments so a language switch or the wrap toggle reconfigures the open editor in place.
  const phrases = new Compartment();
  const wrap = new Compartment();
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
        highlightSelectionMatches(),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
        readOnly.of(readOnlyExtensions(options.readOnly)),
        phrases.of(EditorState.phrases.of(options.phrases)),
        wrap.of(options.wrap ? EditorView.lineWrapping : []),
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
    setPhrases(value) {
      view.dispatch({ effects: phrases.reconfigure(EditorState.phrases.of(value)) });
    },
    setWrap(value) {
      view.dispatch({ effects: wrap.reconfigure(value ? EditorView.lineWrapping : []) });
    },
    destroy() {
      view.destroy();
    },
  };
}
