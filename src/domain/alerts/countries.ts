// Countries as the portal names them ("Germany", "Czechia") and as case files hold them ("DE"):
// both become ISO 3166 alpha-2 codes, so statistics and "is this our own notification?" agree.
// A name not listed stays as written (trimmed).
import { normalise } from '../search';

const NAMES: [string, string[]][] = [
  ['AT', ['Austria', 'Österreich', 'Autriche']],
  ['BE', ['Belgium', 'Belgien', 'Belgique']],
  ['BG', ['Bulgaria', 'Bulgarien', 'Bulgarie']],
  ['HR', ['Croatia', 'Kroatien', 'Croatie']],
  ['CY', ['Cyprus', 'Zypern', 'Chypre']],
  ['CZ', ['Czechia', 'Czech Republic', 'Tschechien', 'Tchéquie', 'République tchèque']],
  ['DK', ['Denmark', 'Dänemark', 'Danemark']],
  ['EE', ['Estonia', 'Estland', 'Estonie']],
  ['FI', ['Finland', 'Finnland', 'Finlande']],
  ['FR', ['France', 'Frankreich']],
  ['DE', ['Germany', 'Deutschland', 'Allemagne']],
  ['GR', ['Greece', 'Griechenland', 'Grèce', 'EL']],
  ['HU', ['Hungary', 'Ungarn', 'Hongrie']],
  ['IS', ['Iceland', 'Island', 'Islande']],
  ['IE', ['Ireland', 'Irland', 'Irlande']],
  ['IT', ['Italy', 'Italien', 'Italie']],
  ['LV', ['Latvia', 'Lettland', 'Lettonie']],
  ['LI', ['Liechtenstein']],
  ['LT', ['Lithuania', 'Litauen', 'Lituanie']],
  ['LU', ['Luxembourg', 'Luxemburg']],
  ['MT', ['Malta', 'Malte']],
  ['NL', ['Netherlands', 'The Netherlands', 'Niederlande', 'Pays-Bas']],
  ['NO', ['Norway', 'Norwegen', 'Norvège']],
  ['PL', ['Poland', 'Polen', 'Pologne']],
  ['PT', ['Portugal']],
  ['RO', ['Romania', 'Rumänien', 'Roumanie']],
  ['SK', ['Slovakia', 'Slowakei', 'Slovaquie']],
  ['SI', ['Slovenia', 'Slowenien', 'Slovénie']],
  ['ES', ['Spain', 'Spanien', 'Espagne']],
  ['SE', ['Sweden', 'Schweden', 'Suède']],
  ['CH', ['Switzerland', 'Schweiz', 'Suisse']],
  ['GB', ['United Kingdom', 'UK', 'Great Britain', 'Vereinigtes Königreich', 'Royaume-Uni']],
  ['CN', ['China', 'People’s Republic of China', "People's Republic of China", 'Chine']],
  ['HK', ['Hong Kong', 'Hongkong']],
  ['TW', ['Taiwan', 'Taïwan']],
  ['TR', ['Türkiye', 'Turkey', 'Türkei', 'Turquie']],
  ['US', ['United States', 'United States of America', 'USA', 'Vereinigte Staaten', 'États-Unis']],
  ['IN', ['India', 'Indien', 'Inde']],
  ['VN', ['Viet Nam', 'Vietnam']],
  ['JP', ['Japan', 'Japon']],
  ['KR', ['South Korea', 'Korea, Republic of', 'Republic of Korea', 'Südkorea', 'Corée du Sud']],
  ['TH', ['Thailand', 'Thaïlande']],
  ['ID', ['Indonesia', 'Indonesien', 'Indonésie']],
  ['MY', ['Malaysia', 'Malaisie']],
  ['PK', ['Pakistan']],
  ['BD', ['Bangladesh', 'Bangladesch']],
  ['RS', ['Serbia', 'Serbien', 'Serbie']],
  ['UA', ['Ukraine']],
  ['MA', ['Morocco', 'Marokko', 'Maroc']],
  ['TN', ['Tunisia', 'Tunesien', 'Tunisie']],
  ['EG', ['Egypt', 'Ägypten', 'Égypte']],
  ['CA', ['Canada', 'Kanada']],
  ['IL', ['Israel', 'Israël']],
];

const BY_NAME = new Map<string, string>();
for (const [code, names] of NAMES) {
  BY_NAME.set(code.toLowerCase(), code);
  for (const n of names) BY_NAME.set(normalise(n), code);
}

/** Country code for a published name or a code; '' for an empty or "unknown" country; else the text as written. */
export function countryCode(text: string): string {
  const t = text.trim();
  if (!t) return '';
  const key = normalise(t);
  if (key === 'unknown' || key === 'unbekannt' || key === 'inconnu') return '';
  return BY_NAME.get(key) ?? (/^[A-Za-z]{2}$/.test(t) ? t.toUpperCase() : t);
}
