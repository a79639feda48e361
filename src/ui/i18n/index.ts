// UI text lives in message catalogs, one per area (src/ui/i18n/messages/*.ts), in English,
// German and French. `t()` reads the current language signal, so call it inside JSX (a value
// captured in a const at setup time would not follow a language switch).
import { createSignal } from 'solid-js';
import { catalogs } from './messages';

export type Lang = 'en' | 'de' | 'fr';
export const LANGS: readonly { code: Lang; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
];

const STORAGE_KEY = 'riskcase.lang';

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'de' || saved === 'fr') return saved;
    const nav = globalThis.navigator?.language?.slice(0, 2);
    if (nav === 'de' || nav === 'fr') return nav;
  } catch {
    // storage may be unavailable (private mode, tests)
  }
  return 'en';
}

const [lang, setLangSignal] = createSignal<Lang>(initialLang());
export { lang };

export function setLang(l: Lang): void {
  setLangSignal(l);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, l);
  } catch {
    // ignore
  }
  if (typeof document !== 'undefined') document.documentElement.lang = l;
}

type Params = Record<string, string | number>;

/** Looks a key up in the current language, falling back to English, then to the key itself. */
export function t(key: string, params?: Params): string {
  const l = lang();
  const text = catalogs[l][key] ?? catalogs.en[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A label from a rule file (`label "…" de "…" fr "…"`) in the current language. */
export function ruleLabel(labels: Record<string, string> | undefined, fallback: string): string {
  if (!labels) return fallback;
  return labels[lang()] ?? labels.en ?? fallback;
}
