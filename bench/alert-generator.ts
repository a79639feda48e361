// Deterministic generated Safety Gate alerts (a fixed seed gives the same set): for the search
// benchmark over 50,000 alerts, and a duplicate-check benchmark set with known duplicate pairs —
// the same product notified again with its bar code reformatted, its brand or model written
// otherwise, typos in its name, its description reworded, fields left out — and hard non-duplicates
// (same brand, other product; same kind of product, other brand; a common batch number).
import { emptyAlert } from '../src/domain/alerts/build';
import type { Probe } from '../src/domain/alerts/already-notified';
import { compactText } from '../src/domain/alerts/codes';
import { entryOfAlert, type NotifiedEntry } from '../src/domain/alerts/notified';
import { termsOf } from '../src/domain/alerts/product-index';
import type { Alert } from '../src/domain/alerts/types';
import { rng } from './rng';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const KINDS: { kind: string; names: string[]; category: string; risk: string[]; parts: string[] }[] = [
  { kind: 'Toy car', names: ['Remote control car', 'Racing car', 'Pull-back car', 'Toy truck'], category: 'Toys', risk: ['Choking'], parts: ['wheels', 'axle', 'battery cover', 'spoiler'] },
  { kind: 'Soft toy', names: ['Plush teddy bear', 'Plush unicorn', 'Soft toy rabbit', 'Plush dog'], category: 'Toys', risk: ['Choking'], parts: ['eyes', 'nose', 'seams', 'ribbon'] },
  { kind: 'Slime', names: ['Glow slime', 'Fluffy slime', 'Butter slime kit'], category: 'Toys', risk: ['Chemical'], parts: ['boron', 'jar lid'] },
  { kind: 'Hair dryer', names: ['Hair dryer', 'Travel hair dryer', 'Ionic hair dryer'], category: 'Electrical appliances and equipment', risk: ['Electric shock', 'Fire'], parts: ['plug', 'cable', 'heating element'] },
  { kind: 'Charger', names: ['USB charger', 'Phone charger', 'Fast charger'], category: 'Electrical appliances and equipment', risk: ['Electric shock'], parts: ['insulation', 'pins', 'housing'] },
  { kind: 'Kettle', names: ['Electric kettle', 'Travel kettle', 'Glass kettle'], category: 'Electrical appliances and equipment', risk: ['Burns', 'Electric shock'], parts: ['lid', 'base', 'switch'] },
  { kind: 'LED lights', names: ['LED string lights', 'Fairy lights', 'LED light chain'], category: 'Lighting equipment', risk: ['Electric shock', 'Fire'], parts: ['transformer', 'wires', 'bulbs'] },
  { kind: 'Hoodie', names: ['Children’s hoodie', 'Hooded sweatshirt', 'Kids’ jacket'], category: 'Clothing, textiles and fashion items', risk: ['Strangulation', 'Injuries'], parts: ['drawstring', 'cords', 'toggles'] },
  { kind: 'Cosmetic', names: ['Skin whitening cream', 'Tattoo ink', 'Nail polish', 'Hair dye'], category: 'Cosmetics', risk: ['Chemical'], parts: ['mercury', 'hydroquinone', 'formaldehyde'] },
  { kind: 'Helmet', names: ['Bicycle helmet', 'Ski helmet', 'Kids’ helmet'], category: 'Protective equipment', risk: ['Injuries'], parts: ['shell', 'strap', 'buckle'] },
  { kind: 'Baby walker', names: ['Baby walker', 'Baby bouncer', 'Baby seat'], category: 'Childcare articles and children’s equipment', risk: ['Injuries', 'Choking'], parts: ['wheels', 'tray', 'frame'] },
  { kind: 'Jewellery', names: ['Necklace', 'Bracelet', 'Earrings', 'Ring'], category: 'Jewellery', risk: ['Chemical'], parts: ['cadmium', 'lead', 'nickel'] },
];
const FANCY = ['Thunder', 'Bella', 'Sunny', 'Rocket', 'Luna', 'Blitz', 'Coral', 'Nova', 'Pixie', 'Orion', 'Zephyr', 'Mango', 'Kiwi', 'Falcon', 'Aurora', 'Pebble', 'Comet', 'Tango', 'Juniper', 'Bolt', 'Sparrow', 'Maple', 'Echo', 'Dune', 'Fjord', 'Ginger', 'Harbor', 'Indigo', 'Jasper', 'Lotus'];
const BRANDS = ['SafeHome', 'Kinderfreude', 'Électro-Sûr', 'Nordlys', 'Bügelmeister', 'Casa Bella', 'Zabawa', 'Lumière', 'Sørensen', 'TechnoMax', 'Óptima', 'Kraków Toys', 'FunKids', 'Hotpot', 'GlamUp', 'Brightstar', 'PowerPlus', 'Happy Baby', 'Tiny Steps', 'Glitterz', 'Ride-On', 'Voltix', 'Mega Fun', 'Čarobni', 'Ümit', 'Łódź Design', 'Astra', 'Zeta', 'Polar', 'Kasa'];
const COLOURS = ['red', 'blue', 'green', 'yellow', 'pink', 'black', 'white', 'purple', 'orange', 'grey'];
const MATERIALS = ['plastic', 'metal', 'textile', 'rubber', 'glass', 'wood', 'silicone'];
const PACKS = ['cardboard box', 'blister pack', 'plastic bag', 'gift box', 'no packaging'];
const COUNTRIES = ['Germany', 'France', 'Poland', 'Italy', 'Spain', 'Netherlands', 'Sweden', 'Czechia', 'Hungary', 'Austria', 'Norway', 'Belgium'];
const ORIGINS = ['China', 'China', 'China', 'Türkiye', 'India', 'Unknown', 'Viet Nam', 'Poland', 'Germany'];
const MEASURES = ['Withdrawal of the product from the market', 'Recall of the product from end users', 'Import rejected at border', 'Ban on the marketing of the product', 'Destruction of the product'];
const LEVELS = ['Serious risk', 'Serious risk', 'Serious risk', 'High risk', 'Other risk level'];

function gtin13(r: Rand): string {
  const d = Array.from({ length: 12 }, (_, i) => (i === 0 ? 4 : Math.floor(r() * 10)));
  const sum = d.reduce((s, x, i) => s + x * (i % 2 ? 3 : 1), 0);
  return d.join('') + String((10 - (sum % 10)) % 10);
}

function model(r: Rand): string {
  const letters = 'ABCDEFGHJKLMNPRSTX';
  const pre = Array.from({ length: 1 + Math.floor(r() * 2) }, () => pick(r, [...letters])).join('');
  return `${pre}-${100 + Math.floor(r() * 9900)}`;
}

function description(r: Rand, kind: (typeof KINDS)[number], name: string): string {
  const colour = pick(r, COLOURS);
  const material = pick(r, MATERIALS);
  const part = pick(r, kind.parts);
  const size = 5 + Math.floor(r() * 60);
  const pack = pick(r, PACKS);
  return `${name} made of ${colour} ${material}, about ${size} cm, sold in a ${pack}. The ${part} ${pick(r, ['detaches easily', 'is poorly insulated', 'exceeds the limit', 'breaks under load', 'overheats', 'is too long'])}; ${pick(r, ['a small child may swallow it', 'the user may get an electric shock', 'it may catch fire', 'it may cause skin irritation', 'the child may be strangled', 'the user may be injured'])}.`;
}

/** `count` distinct alerts published over the weeks before 2026-W48. */
export function generateAlerts(count: number, seed = 7): Alert[] {
  const r = rng(seed);
  const out: Alert[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(r, KINDS);
    const base = pick(r, kind.names);
    const name = r() < 0.6 ? `${base} ${pick(r, FANCY)}` : base;
    const week = 48 - Math.floor(r() * 40);
    const a = emptyAlert(`A12/${String(10000 + i).padStart(5, '0')}/26`, { file: 'generated.xml', format: 'xml', reportDate: null, year: 2026, week, at: 1 });
    a.alertType = r() < 0.9 ? 'Consumer' : 'Professional';
    a.riskLevel = pick(r, LEVELS);
    a.category = kind.category;
    a.product = kind.kind;
    a.brand = r() < 0.85 ? pick(r, BRANDS) : r() < 0.5 ? 'Unknown' : '';
    a.name = name;
    a.model = r() < 0.8 ? model(r) : '';
    a.barcode = r() < 0.7 ? [gtin13(r)] : [];
    a.batch = r() < 0.4 ? [`L${2024 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 99)).padStart(2, '0')}`] : [];
    a.riskType = [...kind.risk];
    a.description = description(r, kind, base);
    a.danger = `The product does not comply with the requirements; ${kind.risk.join(' and ').toLowerCase()} risk.`;
    a.measures = [pick(r, MEASURES)];
    a.notifyingCountry = pick(r, COUNTRIES);
    a.countryOfOrigin = pick(r, ORIGINS);
    out.push(a);
  }
  return out;
}

// ---- perturbations, as people write the same product differently ----

function typo(r: Rand, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  const op = r();
  if (op < 0.4) return word.slice(0, i) + word.slice(i + 1); // dropped letter
  if (op < 0.8) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swapped letters
  return word.slice(0, i) + word[i] + word.slice(i); // doubled letter
}

function typos(r: Rand, text: string, rate: number): string {
  return text
    .split(' ')
    .map((w) => (r() < rate ? typo(r, w) : w))
    .join(' ');
}

function respell(r: Rand, text: string): string {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '');
  return pick(r, [text.toUpperCase(), text.toLowerCase(), plain, text.replace(/-/g, ' '), text.replace(/[- ]/g, ''), plain.toUpperCase().replace(/-/g, '')]);
}

function reword(r: Rand, text: string): string {
  const words = text.split(' ');
  return typos(
    r,
    words.filter(() => r() > 0.25).join(' '),
    0.1,
  );
}

function spaced(code: string): string {
  return code.length === 13 ? `${code[0]} ${code.slice(1, 7)} ${code.slice(7)}` : code;
}

export type VariantKind = 'barcode' | 'brand-model' | 'name-brand' | 'batch' | 'name-description' | 'translated';

/** The same product, written by someone else. */
function variantOf(r: Rand, a: Alert, kind: VariantKind): Probe {
  const probe: Probe = { name: a.name, brand: a.brand, model: a.model, barcode: '', batch: '', description: '', country: 'NO' };
  switch (kind) {
    case 'barcode':
      return { ...probe, barcode: r() < 0.5 ? spaced(a.barcode[0]) : `0${a.barcode[0]}`, name: typos(r, a.name, 0.3), model: '', description: reword(r, a.description) };
    case 'brand-model':
      return { ...probe, brand: respell(r, a.brand), model: respell(r, a.model), name: typos(r, a.name, 0.2) };
    case 'name-brand':
      return { ...probe, brand: respell(r, a.brand), model: '', name: typos(r, a.name.split(' ').reverse().join(' '), 0.3), description: r() < 0.5 ? reword(r, a.description) : '' };
    case 'batch':
      return { ...probe, batch: a.batch[0].toLowerCase().replace('-', ' '), model: '', name: r() < 0.5 ? typos(r, a.name, 0.3) : a.product };
    case 'name-description':
      return { ...probe, brand: '', model: '', name: typos(r, a.name, 0.2), description: reword(r, a.description) };
    case 'translated':
      // Brand and model unknown, the name in another language: the check is not expected to find these.
      return { ...probe, brand: '', model: '', name: `Produkt ${a.product.toLowerCase()}`, description: reword(r, a.description).split(' ').reverse().join(' ') };
  }
}

export interface DuplicateBenchmark {
  /** What the check searches: alerts, and the authority's own notified cases. */
  corpus: NotifiedEntry[];
  /** Products about to be notified; `group` is the product's group, null for a new product. */
  probes: { probe: Probe; group: number | null; variant: VariantKind | 'new' }[];
  /** Product group of each corpus entry (entries of one group are the same product). */
  groups: number[];
}

/**
 * `alerts` published alerts (some products notified twice, by two countries), a share of them the
 * authority's own cases, and probes: variants of known products and new products that look alike.
 */
export function duplicateBenchmark(options: { alerts?: number; probes?: number; newProducts?: number; seed?: number } = {}): DuplicateBenchmark {
  const r = rng(options.seed ?? 13);
  // Distinct products: no two share a brand and a name (those would be duplicates nobody made).
  const seen = new Set<string>();
  const bases = generateAlerts(3 * (options.alerts ?? 320), (options.seed ?? 13) + 1)
    .filter((a) => {
      const key = `${compactText(a.brand)}|${termsOf(a.name).sort().join(' ')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, options.alerts ?? 320);
  const corpus: NotifiedEntry[] = [];
  const groups: number[] = [];
  bases.forEach((a, g) => {
    const e = entryOfAlert(a);
    // About one in eight is the authority's own notified case (Norway's, or another State's it follows).
    if (r() < 0.125) corpus.push({ ...e, kind: 'case', id: `case-${g}`, notifyingCountry: r() < 0.5 ? 'NO' : e.notifyingCountry });
    else corpus.push(e);
    groups.push(g);
  });
  // Thirty products were notified twice (a second alert by another State, written otherwise).
  for (let k = 0; k < 30; k++) {
    const g = Math.floor(r() * bases.length);
    const a = bases[g];
    const twin = { ...entryOfAlert(a), id: `A12/${String(20000 + k)}/26`, number: `A12/${String(20000 + k)}/26`, notifyingCountry: 'FR', name: typos(r, a.name, 0.2), brand: respell(r, a.brand) };
    corpus.push(twin);
    groups.push(g);
  }
  const probes: DuplicateBenchmark['probes'] = [];
  const kinds: VariantKind[] = ['barcode', 'brand-model', 'name-brand', 'batch', 'name-description', 'translated'];
  const weights = [0.22, 0.2, 0.2, 0.13, 0.2, 0.05];
  for (let k = 0; k < (options.probes ?? 160); k++) {
    let kind: VariantKind = 'name-description';
    let x = r();
    for (let j = 0; j < kinds.length; j++) {
      if (x < weights[j]) {
        kind = kinds[j];
        break;
      }
      x -= weights[j];
    }
    // A base that has what the variant keeps (a bar code, a brand and model, a batch).
    const fits = (a: Alert) =>
      (kind !== 'barcode' || a.barcode.length > 0) &&
      (kind !== 'brand-model' || (a.brand !== '' && a.brand !== 'Unknown' && a.model !== '')) &&
      (kind !== 'name-brand' || (a.brand !== '' && a.brand !== 'Unknown')) &&
      (kind !== 'batch' || a.batch.length > 0);
    let g = Math.floor(r() * bases.length);
    while (!fits(bases[g])) g = (g + 1) % bases.length;
    probes.push({ probe: variantOf(r, bases[g], kind), group: g, variant: kind });
  }
  // New products that look like known ones: same brand and kind but another product, the same
  // kind of product by another brand with its own description, a common batch number.
  const fresh = generateAlerts(options.newProducts ?? 80, (options.seed ?? 13) + 2);
  fresh.forEach((a, k) => {
    const like = bases[Math.floor(r() * bases.length)];
    const trick = k % 3;
    const probe: Probe = {
      name: trick === 1 ? like.product : a.name,
      brand: trick === 0 ? like.brand : a.brand,
      model: a.model,
      barcode: a.barcode[0] ?? '',
      batch: trick === 2 && like.batch.length ? like.batch[0] : (a.batch[0] ?? ''),
      description: a.description,
      country: 'NO',
    };
    probes.push({ probe, group: null, variant: 'new' });
  });
  return { corpus, probes, groups };
}
