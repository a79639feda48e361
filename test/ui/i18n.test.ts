// @vitest-environment jsdom
// The UI speaks English, German and French: every catalog file is complete in all three, with the
// same placeholders; the translator follows the language signal, persists the choice, handles
// plurals, and shows rule-file labels in the chosen language.
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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

  it.each(catalogFiles)('%s: translations keep the placeholders of the English text', (_name, catalog) => {
    const wrong = Object.entries(catalog.en).flatMap(([key, en]) =>
      (['de', 'fr'] as const)
        .filter((l) => catalog[l][key] !== undefined && placeholders(catalog[l][key]).join() !== placeholders(en).join())
        .map((l) => `${l}: ${key}`),
    );
    expect(wrong).toEqual([]);
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
    expect(i18n.tn('home.regime.errors', 1)).toBe('1 error in the rule files');
    expect(i18n.tn('home.regime.errors', 0)).toBe('0 errors in the rule files');
    expect(i18n.tn('home.regime.files', 8)).toBe('8 rule files');
    i18n.setLang('fr');
    expect(i18n.tn('home.regime.errors', 0)).toBe('0 erreur dans les fichiers de règles');
    expect(i18n.tn('home.regime.errors', 2)).toBe('2 erreurs dans les fichiers de règles');
    i18n.setLang('de');
    expect(i18n.tn('home.regime.warnings', 1)).toBe('1 Warnung');
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
