// "Already notified?" before a notification goes out (Part II, 3.2.1: the contact point checks the
// product was not notified already, and if it was, reacts instead of notifying again) — against the
// authority's own notified cases and the imported Safety Gate alerts together. Bar code and batch
// match exactly; brand and model normalised (case, spaces, hyphens, diacritics); names and
// descriptions fuzzily, through the product index. Every hit says why it matched, and what to do
// instead: a reaction to another State's notification, a follow-up of one's own.
import { editDistance } from '../case/duplicates';
import { barcodeKey, codeKey, compactText } from './codes';
import { countryCode } from './countries';
import type { NotifiedEntry } from './notified';
import { termsOf, termWeight, withDescriptions, type ProductIndex } from './product-index';

/** The product about to be notified. */
export interface Probe {
  /** Left out of the hits (the case itself). */
  caseId?: string;
  name: string;
  brand: string;
  model: string;
  barcode: string;
  batch: string;
  description: string;
  /** The notifying authority's country (ISO code or name). */
  country: string;
}

/**
 * `matched` of `of` words of the probe's name (or description) matched, `words` being the entry's.
 * Words weigh by how rare they are among all entries, so "LED string lights" shared by a hundred
 * alerts counts less than a product's own name "Nova".
 */
export interface FuzzyReason {
  kind: 'name' | 'description';
  /** Names: weighted Dice overlap of both names' words; descriptions: weighted share of the probe's words found. */
  similarity: number;
  /** Weighted share of the probe's words found in the entry. */
  coverage: number;
  matched: number;
  of: number;
  words: string[];
}

export type MatchReason =
  | { kind: 'barcode'; value: string }
  | { kind: 'batch'; value: string }
  | { kind: 'brand-model'; brand: string; model: string }
  | { kind: 'brand'; brand: string }
  | FuzzyReason;

export type Suggestion = 'reaction' | 'follow-up';

export interface AlreadyNotifiedHit {
  entry: NotifiedEntry;
  reasons: MatchReason[];
  /** 1 for an exact bar code or brand + model; lower for fuzzier evidence. */
  score: number;
  /** React to another State's notification; follow up (update) one's own. */
  suggestion: Suggestion;
}

/**
 * The thresholds (search heuristics, not law), chosen on the generated benchmark set with seed 13
 * and measured on others (bench/alert-generator.ts; precision and recall in BENCHMARKS.md).
 */
export const THRESHOLDS = {
  /** Name similarity that, with the same brand, makes a hit. */
  nameWithBrand: 0.6,
  /** Name similarity that, with a similar description, makes a hit without the brand. */
  nameWithDescription: 0.8,
  description: 0.7,
  /** Share of the probe's name found that, with an exact batch number, makes a hit. */
  nameWithBatch: 0.5,
} as const;

/** Candidates taken from each fuzzy search (ranked by the index), before they are scored. */
const FUZZY_CANDIDATES = 50;

interface Evidence {
  /** Both name a brand (or a model), and they differ: another product, unless a code says otherwise. */
  brandConflict?: boolean;
  modelConflict?: boolean;
  barcode?: string;
  batch?: string;
  brandModel?: boolean;
  brand?: boolean;
  name?: FuzzyReason;
  description?: FuzzyReason;
}

/** Description words found in more entries than this are not asked for (they tell little, and cost much). */
const common = (entries: number) => Math.max(35, 0.02 * entries);
/** At most this many of a description's rarest words are asked for. */
const DESCRIPTION_WORDS = 12;

/**
 * Similar words: BM25 ranks the candidates (all of them, and those of the same brand apart, so a
 * common name does not crowd the brand's own products out), the weighted share of words in common
 * decides.
 */
function fuzzy(index: ProductIndex, text: string, field: 'name' | 'description', into: Map<number, Evidence>, sameBrand: ReadonlySet<number>, besides: ReadonlySet<string> = new Set()): void {
  const df = field === 'name' ? index.nameDf : index.descriptionDf;
  const weight = (t: string) => termWeight(index, df, t);
  let words = termsOf(text);
  if (field === 'description') {
    const limit = common(index.entries.length);
    words = words
      .filter((w) => !besides.has(w) && (df.get(w) ?? 0) <= limit)
      .sort((a, b) => weight(b) - weight(a))
      .slice(0, DESCRIPTION_WORDS);
  }
  if (words.length === 0) return;
  const total = words.reduce((s, w) => s + weight(w), 0);
  const options = { combineWith: 'OR', prefix: false, fuzzy: (term: string) => (term.length >= 4 && !/\d/.test(term) ? 0.2 : false) } as const;
  const query = words.join(' ');
  const engine = field === 'name' ? index.search : index.descriptions;
  const fields = field === 'name' ? ['name', 'product'] : ['description'];
  const ranked = engine.search(query, { ...options, fields }).slice(0, FUZZY_CANDIDATES);
  const ofBrand = sameBrand.size ? engine.search(query, { ...options, fields, filter: (r) => sameBrand.has(r.id as number) }).slice(0, FUZZY_CANDIDATES) : [];
  for (const r of [...ranked, ...ofBrand]) {
    const i = r.id as number;
    if (into.get(i)?.[field]) continue;
    const found = r.queryTerms.reduce((s, w) => s + weight(w), 0);
    const coverage = Math.min(1, found / total);
    const own = field === 'name' ? index.nameTerms[i].reduce((s, w) => s + weight(w), 0) : total;
    const similarity = field === 'name' ? Math.min(1, (2 * found) / (total + Math.max(own, found))) : coverage;
    into.set(i, { ...into.get(i), [field]: { kind: field, similarity, coverage, matched: r.queryTerms.length, of: words.length, words: r.terms } });
  }
}

function lookup(map: Map<string, number[]>, key: string): number[] {
  return key ? (map.get(key) ?? []) : [];
}

export function checkAlreadyNotified(index: ProductIndex, probe: Probe): AlreadyNotifiedHit[] {
  withDescriptions(index);
  const found = new Map<number, Evidence>();
  const note = (i: number, patch: Evidence) => found.set(i, { ...found.get(i), ...patch });
  for (const i of lookup(index.byBarcode, barcodeKey(probe.barcode))) note(i, { barcode: probe.barcode.trim() });
  for (const i of lookup(index.byBatch, codeKey(probe.batch))) note(i, { batch: probe.batch.trim() });
  const brand = compactText(probe.brand);
  const model = compactText(probe.model);
  if (brand && model) for (const i of lookup(index.byBrandModel, `${brand}|${model}`)) note(i, { brandModel: true });
  const sameBrand = new Set(lookup(index.byBrand, brand));
  fuzzy(index, probe.name, 'name', found, sameBrand);
  // A description's own evidence: the words of the name were weighed already.
  fuzzy(index, probe.description, 'description', found, sameBrand, new Set(termsOf(probe.name)));
  const known = (b: string) => b !== '' && !NO_BRAND.has(b);

  const own = countryCode(probe.country);
  const hits: AlreadyNotifiedHit[] = [];
  for (const [i, ev] of found) {
    const entry = index.entries[i];
    if (!entry.notified || (entry.kind === 'case' && entry.id === probe.caseId)) continue;
    if (sameBrand.has(i)) ev.brand = true;
    else if (known(brand) && known(compactText(entry.brand))) ev.brandConflict = !similarCode(brand, compactText(entry.brand));
    const otherModel = compactText(entry.model);
    ev.modelConflict = model !== '' && otherModel !== '' && model !== otherModel;
    const score = decide(ev);
    if (score === 0) continue;
    hits.push({ entry, reasons: reasonsOf(ev, entry), score, suggestion: own && entry.notifyingCountry === own ? 'follow-up' : 'reaction' });
  }
  return hits.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}

/** What stands for "no brand" in published alerts. */
const NO_BRAND = new Set(['unknown', 'nobrand', 'unbranded', 'none', 'na', 'unbekannt', 'sansmarque', 'inconnue']);

/** The same brand written with one slip ("Kinderfrude"), for brands long enough to tell. */
function similarCode(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 6 && editDistance(a, b) <= 1);
}

/** 0 when the evidence is not enough for a hit, else how sure it is. */
function decide(ev: Evidence): number {
  const name = ev.name?.similarity ?? 0;
  const description = ev.description?.similarity ?? 0;
  if (ev.barcode || ev.brandModel) return 1;
  if (ev.brandConflict) return 0;
  if (ev.batch && (ev.name?.coverage ?? 0) >= THRESHOLDS.nameWithBatch) return 0.9;
  if (ev.modelConflict) return 0;
  if (ev.brand && name >= THRESHOLDS.nameWithBrand) return 0.6 + 0.3 * name;
  if (name >= THRESHOLDS.nameWithDescription && description >= THRESHOLDS.description) return 0.5 + 0.2 * name + 0.1 * description;
  return 0;
}

function reasonsOf(ev: Evidence, entry: NotifiedEntry): MatchReason[] {
  const out: MatchReason[] = [];
  if (ev.barcode) out.push({ kind: 'barcode', value: ev.barcode });
  if (ev.batch) out.push({ kind: 'batch', value: ev.batch });
  if (ev.brandModel) out.push({ kind: 'brand-model', brand: entry.brand, model: entry.model });
  else if (ev.brand) out.push({ kind: 'brand', brand: entry.brand });
  if (ev.name) out.push(ev.name);
  if (ev.description) out.push(ev.description);
  return out;
}

/** One line per reason, in English (the command line and tests; the app translates the reasons). */
export function reasonText(r: MatchReason): string {
  switch (r.kind) {
    case 'barcode':
      return `same bar code ${r.value}`;
    case 'batch':
      return `same batch number ${r.value}`;
    case 'brand-model':
      return `same brand and model (${r.brand} ${r.model})`;
    case 'brand':
      return `same brand (${r.brand})`;
    default:
      return `similar ${r.kind}: ${r.matched} of ${r.of} words (${r.words.join(', ')})`;
  }
}
