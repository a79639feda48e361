// UI text lives in message catalogs, one per area (src/ui/i18n/messages/*.ts), in English,
// German and French. `t()` reads the current language signal, so call it inside JSX (a value
// captured in a const at setup time would not follow a language switch).
//
// Only the shell's texts (common, quality) are in the first screen's JavaScript; every area's
// catalog together is larger than the rest of the entry chunk, so it loads in parallel, right
// after start. The router waits for it before showing any page but the overview (App.tsx), and
// t() is reactive to its arrival.
import { createSignal } from 'solid-js';
import { common } from './messages/common';
import { quality } from './messages/quality';

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
type Texts = Record<Lang, Record<string, string>>;

const shell: Texts = {
  en: { ...common.en, ...quality.en },
  de: { ...common.de, ...quality.de },
  fr: { ...common.fr, ...quality.fr },
};
const [areas, setAreas] = createSignal<Texts | null>(null);
let loading: Promise<void> | null = null;

/** Loads every area's catalog (once); resolves when t() knows all keys. */
export function loadCatalogs(): Promise<void> {
  loading ??= import('./messages').then((m) => {
    setAreas(m.catalogs);
  });
  return loading;
}
// Under the unit-test runner components are rendered without the router: have every text ready
// before the first test (the condition is false in any build, and the bundler drops it).
if (import.meta.env.MODE === 'test') await loadCatalogs();
else void loadCatalogs();

function lookup(l: Lang, key: string): string | undefined {
  return areas()?.[l][key] ?? shell[l][key];
}

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Looks a key up in the current language, falling back to English, then to the key itself. */
export function t(key: string, params?: Params): string {
  const l = lang();
  return fill(lookup(l, key) ?? lookup('en', key) ?? key, params);
}

/**
 * A count in words: looks up `key.one`, `key.few`… by the language's plural rules (French counts
 * 0 as singular), falling back to `key`; `{count}` is filled in.
 */
export function tn(key: string, count: number, params?: Params): string {
  const l = lang();
  const form = `${key}.${new Intl.PluralRules(l).select(count)}`;
  const text = lookup(l, form) ?? lookup(l, key) ?? lookup('en', key) ?? key;
  return fill(text, { ...params, count });
}

/** A label from a rule file (`label "…" de "…" fr "…"`) in the current language. */
export function ruleLabel(labels: Record<string, string> | undefined, fallback: string): string {
  if (!labels) return fallback;
  return labels[lang()] ?? labels.en ?? fallback;
}
