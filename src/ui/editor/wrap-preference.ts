// The rule editor's "wrap long lines" choice, remembered in this browser across reloads.
const KEY = 'riskcase.editor.wrap';

export function loadWrap(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'true';
  } catch {
    return false; // storage may be unavailable (private mode)
  }
}

export function saveWrap(wrap: boolean): void {
  try {
    globalThis.localStorage?.setItem(KEY, String(wrap));
  } catch {
    // not remembered, still applied
  }
}
