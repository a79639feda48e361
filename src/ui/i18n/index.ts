// UI text lives in message catalogs, one per area (src/ui/i18n/messages/*.ts), in English,
// German and French, written in ICU MessageFormat: `{name}` placeholders, plurals as
// `{count, plural, one {# case} other {# cases}}`, choices as `{level, select, high {…} other {…}}`.
// `t()` reads the current language signal, so call it inside JSX (a value captured in a const at
// setup time would not follow a language switch).
//
// Messages are formatted by intl-messageformat, which interprets the parsed message: no `eval` or
// `new Function`, so it runs under the app's strict Content Security Policy (the other ICU
// library, @messageformat/core, compiles messages to JavaScript at run time unless they are
// precompiled). Numbers in messages and the date helpers below go through `Intl` in the chosen
// language.
//
// Only the shell's texts (common, quality) are in the first screen's JavaScript; every area's
// catalog together is larger than the rest of the entry chunk, so it loads in parallel, right
// after start, and so does the message formatter (about 10 KB gzip, over the first screen's
// budget otherwise). The router waits for both before showing any page but the overview
// (App.tsx), and t() is reactive to their arrival: until then a text's `{name}` placeholders are
// filled plainly.
import { createSignal } from 'solid-js';
import type { IntlMessageFormat } from 'intl-messageformat';
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

/** Values for a message's placeholders: text is inserted as it is, numbers are formatted by Intl. */
export type Params = Record<string, string | number>;
type Texts = Record<Lang, Record<string, string>>;

const shell: Texts = {
  en: { ...common.en, ...quality.en },
  de: { ...common.de, ...quality.de },
  fr: { ...common.fr, ...quality.fr },
};
const [areas, setAreas] = createSignal<Texts | null>(null);
type Formatter = typeof IntlMessageFormat;
const [icu, setIcu] = createSignal<Formatter | null>(null);
let loading: Promise<void> | null = null;

/** Loads every area's catalog and the message formatter (once); resolves when t() knows all keys. */
export function loadCatalogs(): Promise<void> {
  loading ??= Promise.all([
    import('./messages').then((m) => setAreas(m.catalogs)),
    import('intl-messageformat').then((m) => setIcu(() => m.IntlMessageFormat)),
  ]).then(() => undefined);
  return loading;
}
// Under the unit-test runner components are rendered without the router: have every text ready
// before the first test (the condition is false in any build, and the bundler drops it).
if (import.meta.env.MODE === 'test') await loadCatalogs();
else void loadCatalogs();

function lookup(l: Lang, key: string): string | undefined {
  return areas()?.[l][key] ?? shell[l][key];
}

// A message is parsed once per language (the key is the text itself, so two keys with the same
// text share it). A text that does not parse is shown as it stands rather than failing the page;
// the catalog tests make sure none ships.
const formats = new Map<string, IntlMessageFormat | null>();

function formatter(Icu: Formatter, l: Lang, text: string): IntlMessageFormat | null {
  const id = `${l}\u0000${text}`;
  let f = formats.get(id);
  if (f === undefined) {
    try {
      // ignoreTag: '<' is text here ("< 1/1 000 000"), never rich-text markup.
      f = new Icu(text, l, undefined, { ignoreTag: true });
    } catch {
      f = null;
    }
    formats.set(id, f);
  }
  return f;
}

/** Simple `{name}` filling: for a text that does not parse, and for placeholders not given. */
function fillSimple(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

/** A message's text in a language, formatted with the values given; `{name}` stays visible when no value is given. */
export function formatMessage(l: Lang, text: string, params: Params = {}): string {
  // Most texts have no placeholder at all: nothing to parse.
  if (!/[{}']/.test(text)) return text;
  const Icu = icu();
  const f = Icu && formatter(Icu, l, text);
  if (!f) return fillSimple(text, params);
  try {
    return String(f.format(params));
  } catch {
    // A value the message needs was not given: keep its placeholder visible, as plain filling does.
    return fillSimple(text, params);
  }
}

/** Looks a key up in the current language, falling back to English, then to the key itself. */
export function t(key: string, params?: Params): string {
  const l = lang();
  const own = lookup(l, key);
  if (own !== undefined) return formatMessage(l, own, params);
  const en = lookup('en', key);
  return en !== undefined ? formatMessage('en', en, params) : key;
}

/** A count in words: the message's ICU plural gets `count` (same as t(key, { ...params, count })). */
export function tn(key: string, count: number, params?: Params): string {
  return t(key, { ...params, count });
}

/** A label from a rule file (`label "…" de "…" fr "…"`) in the current language. */
export function ruleLabel(labels: Record<string, string> | undefined, fallback: string): string {
  if (!labels) return fallback;
  return labels[lang()] ?? labels.en ?? fallback;
}

// ---- Numbers and dates in the chosen language (Intl) ----

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** 6000 → "6,000" (en), "6.000" (de), "6 000" (fr). */
export function formatNumber(n: number | bigint): string {
  const l = lang();
  let f = numberFormats.get(l);
  if (!f) numberFormats.set(l, (f = new Intl.NumberFormat(l)));
  return f.format(n);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date (`YYYY-MM-DD`) written out in the chosen language: "21 November 2026",
 * "21. November 2026", "21 novembre 2026". Formatted at UTC so that no time zone moves the day.
 * Anything that is not a calendar date comes back as it is.
 */
export function formatDate(date: string): string {
  const m = CALENDAR_DATE.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** A moment (ISO timestamp) as local date and time in the chosen language, e.g. for "last change". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
