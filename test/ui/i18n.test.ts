// @vitest-environment jsdom
// The UI speaks English, German and French: every catalog file is complete in all three, each
// text is a valid ICU message with the same placeholders as the English one; the translator
// follows the language signal, persists the choice, chooses plural forms by each language's rules,
// formats numbers and dates with Intl, and shows rule-file labels in the chosen language.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalog } from '../../src/ui/i18n/messages/types';

type Modules = Record<string, Record<string, unknown>>;
const modules = import.meta.glob('../../src/ui/i18n/messages/*.ts', { eager: true }) as Modules;

function isCatalog(v: unknown): v is Catalog {
  return typeof v === 'object' && v !== null && ['en', 'de', 'fr'].every((l) => typeof (v as Record<string, unknown>)[l] === 'object');
}

/** Every catalog exported by every file under messages/, named 'file.ts#export'. */
const catalogFiles: [string, Catalog][] = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => isCatalog(v))
    .filter(([name]) => name !== 'catalogs')
    .map(([name, v]) => [`${file.split('/').pop()}#${name}`, v as Catalog] as [string, Catalog]),
);

/** The argument names of an ICU message (a language may pluralise on another one than English). */
function argumentsOf(els: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of els) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value);
      for (const o of Object.values(e.options)) argumentsOf(o.value, out);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}
const placeholders = (s: string) => [...argumentsOf(parse(s, { ignoreTag: true }))].sort().join(', ');

describe('message catalogs', () => {
  it('finds the area catalog files', () => {
    expect(catalogFiles.map(([n]) => n)).toEqual(expect.arrayContaining(['common.ts#common', 'quality.ts#quality']));
  });

  it.each(catalogFiles)('%s: every English key has a German and a French text', (_name, catalog) => {
    const missing = Object.keys(catalog.en).flatMap((key) =>
      (['de', 'fr'] as const).filter((l) => !catalog[l][key]?.trim()).map((l) => `${l}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(catalogFiles)('%s: no German or French key without an English one', (_name, catalog) => {
    const extra = (['de', 'fr'] as const).flatMap((l) => Object.keys(catalog[l]).filter((k) => !(k in catalog.en)).map((k) => `${l}: ${k}`));
    expect(extra).toEqual([]);
  });

  it.each(catalogFiles)('%s: every text is a valid ICU message', (_name, catalog) => {
    const bad = (['en', 'de', 'fr'] as const).flatMap((l) =>
      Object.entries(catalog[l]).flatMap(([key, text]) => {
        try {
          parse(text, { ignoreTag: true });
          return [];
        } catch (e) {
          return [`${l}: ${key}: ${(e as Error).message}`];
        }
      }),
    );
    expect(bad).toEqual([]);
  });

  it.each(catalogFiles)('%s: no ASCII apostrophe before a brace or #, where ICU would read it as a quote', (_name, catalog) => {
    const quoted = (['en', 'de', 'fr'] as const).flatMap((l) => Object.entries(catalog[l]).filter(([, v]) => /'[{}#|']/.test(v)).map(([k]) => `${l}: ${k}`));
    expect(quoted).toEqual([]);
  });

  it.each(catalogFiles)('%s: translations keep the placeholders of the English text', (_name, catalog) => {
    const wrong = Object.entries(catalog.en).flatMap(([key, en]) =>
      (['de', 'fr'] as const)
        .filter((l) => catalog[l][key] !== undefined && placeholders(catalog[l][key]) !== placeholders(en))
        .map((l) => `${l}: ${key}: ${placeholders(catalog[l][key])} ≠ ${placeholders(en)}`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(catalogFiles)('%s: no plural by key suffix (.one, .few…) is left: plurals are ICU', (_name, catalog) => {
    const suffixed = Object.keys(catalog.en).filter((k) => {
      const m = /^(.+)\.(zero|one|two|few|many)$/.exec(k);
      return m !== null && m[1] in catalog.en;
    });
    expect(suffixed).toEqual([]);
  });

  it('every catalog file is merged into the catalogs the app reads, without clashing keys', async () => {
    const { catalogs } = await import('../../src/ui/i18n/messages');
    const owners = new Map<string, string[]>();
    for (const [name, c] of catalogFiles) for (const key of Object.keys(c.en)) owners.set(key, [...(owners.get(key) ?? []), name]);
    const clashes = [...owners].filter(([, names]) => names.length > 1).map(([k, names]) => `${k}: ${names.join(', ')}`);
    expect(clashes).toEqual([]);
    const notMerged = [...owners.keys()].filter((k) => !(k in catalogs.en));
    expect(notMerged).toEqual([]);
  });
});

describe('translator', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });

  async function freshI18n() {
    return import('../../src/ui/i18n');
  }

  it('starts in English by default and follows a switch at run time, persisting it', async () => {
    const i18n = await freshI18n();
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('nav.cases')).toBe('Cases');
    i18n.setLang('de');
    expect(i18n.t('nav.cases')).toBe('Fälle');
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('riskcase.lang')).toBe('de');
    i18n.setLang('fr');
    expect(i18n.t('nav.cases')).toBe('Dossiers');
  });

  it('restores the saved language on the next start', async () => {
    localStorage.setItem('riskcase.lang', 'fr');
    const i18n = await freshI18n();
    expect(i18n.lang()).toBe('fr');
    expect(i18n.t('skip.toContent')).toBe('Aller au contenu');
  });

  it('fills placeholders and leaves unknown ones visible; an unknown key shows itself', async () => {
    const i18n = await freshI18n();
    expect(i18n.t('home.regime.effectiveRange', { from: '2010-01-01', to: '2020-12-31' })).toBe('Effective 2010-01-01 to 2020-12-31');
    expect(i18n.t('home.regime.effective')).toBe('Effective from {from}');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
  });

  it('chooses singular or plural by the language: French counts 0 as singular, English does not', async () => {
    const i18n = await freshI18n();
    expect(i18n.t('home.regime.errors', { count: 1 })).toBe('1 error in the rule files');
    expect(i18n.t('home.regime.errors', { count: 0 })).toBe('0 errors in the rule files');
    expect(i18n.tn('home.regime.files', 8)).toBe('8 rule files');
    i18n.setLang('fr');
    expect(i18n.t('home.regime.errors', { count: 0 })).toBe('0 erreur dans les fichiers de règles');
    expect(i18n.t('home.regime.errors', { count: 2 })).toBe('2 erreurs dans les fichiers de règles');
    i18n.setLang('de');
    expect(i18n.tn('home.regime.warnings', 1)).toBe('1 Warnung');
  });

  it('formats numbers in messages, and plural counts, with the language’s digit grouping', async () => {
    const i18n = await freshI18n();
    expect(i18n.t('home.regime.files', { count: 12000 })).toBe('12,000 rule files');
    i18n.setLang('de');
    expect(i18n.t('home.regime.files', { count: 12000 })).toBe('12.000 Regeldateien');
    expect(i18n.formatNumber(6000)).toBe('6.000');
    i18n.setLang('fr');
    expect(i18n.formatNumber(6000)).toBe('6\u202f000');
    // Text values are inserted as they are, never re-read as numbers.
    expect(i18n.t('home.regime.effective', { from: '2010-01-01' })).toBe('En vigueur depuis le 2010-01-01');
  });

  it('writes calendar dates out in the chosen language, the same day in every time zone', async () => {
    const i18n = await freshI18n();
    expect(i18n.formatDate('2026-03-02')).toBe('March 2, 2026');
    i18n.setLang('de');
    expect(i18n.formatDate('2026-03-02')).toBe('2. März 2026');
    i18n.setLang('fr');
    expect(i18n.formatDate('2026-03-02')).toBe('2 mars 2026');
    expect(i18n.formatDate('not a date')).toBe('not a date');
  });

  it('formats an ICU message in a given language, with select and plural', async () => {
    const i18n = await freshI18n();
    const msg = '{level, select, high {hohem} serious {ernstem} other {{label}}} Risiko, {n, plural, one {# Schritt} other {# Schritte}}';
    expect(i18n.formatMessage('de', msg, { level: 'high', label: 'x', n: 1 })).toBe('hohem Risiko, 1 Schritt');
    expect(i18n.formatMessage('de', msg, { level: 'other-level', label: 'Sonder', n: 3 })).toBe('Sonder Risiko, 3 Schritte');
    // An apostrophe is text (ICU quotes only before a brace).
    expect(i18n.formatMessage('fr', "l'étape {n}", { n: 2 })).toBe("l'étape 2");
    // A text that is not a valid message is shown as it stands, placeholders filled simply.
    expect(i18n.formatMessage('en', 'broken {n, plural, one {x}', { n: 1 })).toBe('broken {n, plural, one {x}');
  });

  it('shows rule-file labels in the chosen language, else English, else the fallback', async () => {
    const i18n = await freshI18n();
    const labels = { en: 'Serious risk', de: 'Ernstes Risiko', fr: 'Risque grave' };
    expect(i18n.ruleLabel(labels, 'serious')).toBe('Serious risk');
    i18n.setLang('de');
    expect(i18n.ruleLabel(labels, 'serious')).toBe('Ernstes Risiko');
    expect(i18n.ruleLabel({ en: 'Low risk' }, 'low')).toBe('Low risk');
    expect(i18n.ruleLabel(undefined, 'low')).toBe('low');
    i18n.setLang('fr');
    expect(i18n.ruleLabel(labels, 'serious')).toBe('Risque grave');
  });
});
