// CodeMirror's own texts (search panel, go-to-line) keyed by its English phrase, mapped to our
// catalog keys, so the editor speaks the app's language. `$` is CodeMirror's placeholder.
import { t } from '../i18n';

const PHRASE_KEYS: Record<string, string> = {
  Find: 'rulesEditor.cm.find',
  Replace: 'rulesEditor.cm.replace',
  next: 'rulesEditor.cm.next',
  previous: 'rulesEditor.cm.previous',
  all: 'rulesEditor.cm.all',
  'match case': 'rulesEditor.cm.matchCase',
  regexp: 'rulesEditor.cm.regexp',
  'by word': 'rulesEditor.cm.byWord',
  replace: 'rulesEditor.cm.replaceOne',
  'replace all': 'rulesEditor.cm.replaceAll',
  close: 'rulesEditor.cm.close',
  'current match': 'rulesEditor.cm.currentMatch',
  'on line': 'rulesEditor.cm.onLine',
  'replaced match on line $': 'rulesEditor.cm.replacedOnLine',
  'replaced $ matches': 'rulesEditor.cm.replacedCount',
  'Go to line': 'rulesEditor.cm.gotoLine',
  go: 'rulesEditor.cm.go',
};

/** Reads the language signal: call inside a reactive scope to follow a switch. */
export function editorPhrases(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [phrase, key] of Object.entries(PHRASE_KEYS)) out[phrase] = t(key);
  return out;
}
