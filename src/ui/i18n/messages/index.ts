// Each area owns one catalog file; this file only merges them.
import type { Catalog } from './types';
import { common } from './common';
import { assessment } from './assessment';
import { assessment2004 } from './assessment-2004';
import { cases } from './cases';
import { rulesEditor } from './rules-editor';
import { training } from './training';
import { casework } from './casework';
import { quality } from './quality';
import { rulesets } from './rulesets';
import { alerts } from './alerts';
import { server } from './server';
import { notices } from './notices';
import { regimeChoice } from './regime-choice';
import { impact } from './impact';

const parts = [common, assessment, assessment2004, cases, casework, rulesEditor, training, quality, rulesets, alerts, server, notices, regimeChoice, impact];

function merge(lang: 'en' | 'de' | 'fr'): Record<string, string> {
  return Object.assign({}, ...parts.map((p) => p[lang]));
}

export const catalogs = { en: merge('en'), de: merge('de'), fr: merge('fr') };
export type { Catalog };
