// One search index over the authority's cases and the imported alerts (MiniSearch: fuzzy and
// prefix matching, BM25 ranking), plus the exact keys the duplicate check looks up: bar codes,
// batch numbers, brand + model. Terms are normalised as the case search does (case, accents, ß);
// common function words are left out so they do not make two names look alike. Descriptions have
// an index of their own, which only the duplicate check queries (with a product's telling words):
// kept out of the free-text search, they would make every short query match half the register.
import MiniSearch, { type SearchResult } from 'minisearch';
import { normalise } from '../search';
import { barcodeKey, codeKey, compactText } from './codes';
import type { NotifiedEntry } from './notified';

interface IndexedDoc {
  i: number;
  name: string;
  product: string;
  brand: string;
  model: string;
  codes: string;
  number: string;
  category: string;
  countries: string;
}

const FIELDS = ['name', 'product', 'brand', 'model', 'codes', 'number', 'category', 'countries'] as const;
type IndexField = (typeof FIELDS)[number];
/** Fields whose text is codes: each value one term, compacted ("A12/01234/26" → "a120123426"). */
const CODE_FIELDS = new Set<string>(['codes', 'number']);

/** Words too common to tell two products apart (English, German, French). */
const STOP = new Set(
  'a an and the of for with in on to by from or set pack pcs piece pieces x mit und fur der die das den ein eine fuer von zum zur aus le la les de des du un une et pour avec en au aux sur'.split(' '),
);

function keep(w: string): boolean {
  return w !== '' && !STOP.has(w) && (w.length > 1 || /\d/.test(w));
}

/** The index terms of one token (most tokens are plain ASCII: no Unicode normalisation needed). */
export function indexTerms(term: string): string[] | string | null {
  const lower = term.toLowerCase();
  if (/^[a-z0-9]+$/.test(lower)) return keep(lower) ? lower : null;
  const words = normalise(term).split(' ').filter(keep);
  return words.length ? words : null;
}

/** Splits text into tokens; code fields and query words holding digits stay whole ("SP-12" → "sp12"). */
function tokenize(text: string, field?: string): string[] {
  if (field !== undefined && CODE_FIELDS.has(field)) return text.split(' ').map(codeKey).filter(Boolean);
  // Most text is ASCII: a plain character class is several times faster than Unicode properties.
  return (/^[\x00-\x7F]*$/.test(text) ? text.split(/[^A-Za-z0-9]+/) : text.split(/[\s\p{P}\p{S}]+/u)).filter(Boolean);
}

function tokenizeQuery(text: string): string[] {
  return text.split(/\s+/).flatMap((w) => (/\d/.test(w) ? [codeKey(w)] : tokenize(w))).filter(Boolean);
}

/** Distinct index terms of a text (what a name's similarity is measured in). */
export function termsOf(text: string): string[] {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    const terms = indexTerms(t);
    if (typeof terms === 'string') out.add(terms);
    else if (terms) for (const x of terms) out.add(x);
  }
  return [...out];
}

export interface ProductIndex {
  readonly entries: readonly NotifiedEntry[];
  /** @internal */
  readonly search: MiniSearch<IndexedDoc>;
  /** @internal Descriptions alone (the duplicate check's), filled on first use: see withDescriptions. */
  readonly descriptions: MiniSearch<{ i: number; description: string }>;
  /** @internal */
  descriptionsIndexed: boolean;
  /** @internal Entry positions by exact key. */
  readonly byBarcode: Map<string, number[]>;
  readonly byBatch: Map<string, number[]>;
  readonly byBrandModel: Map<string, number[]>;
  readonly byBrand: Map<string, number[]>;
  /** @internal Each entry's distinct name terms (with its product kind). */
  readonly nameTerms: readonly string[][];
  /** @internal In how many entries' names, and descriptions, each term occurs (for its weight). */
  readonly nameDf: Map<string, number>;
  readonly descriptionDf: Map<string, number>;
}

/** How telling a term is: rare terms weigh more (inverse document frequency). */
export function termWeight(index: ProductIndex, df: Map<string, number>, term: string): number {
  return Math.log(1 + index.entries.length / (df.get(term) ?? 1));
}

function count(df: Map<string, number>, terms: readonly string[]): void {
  for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

function docOf(e: NotifiedEntry, i: number): IndexedDoc {
  return {
    i,
    name: e.name,
    product: e.product,
    brand: e.brand,
    model: e.model,
    codes: [...e.barcodes.map(barcodeKey), ...e.batches.map(codeKey), codeKey(e.model)].join(' '),
    number: e.number ?? '',
    category: e.category,
    countries: `${e.notifyingCountry} ${e.countryOfOrigin}`,
  };
}

function emptyIndex(entries: readonly NotifiedEntry[]): ProductIndex {
  const byBarcode = new Map<string, number[]>();
  const byBatch = new Map<string, number[]>();
  const byBrandModel = new Map<string, number[]>();
  const byBrand = new Map<string, number[]>();
  const nameTerms: string[][] = [];
  const nameDf = new Map<string, number>();
  const descriptionDf = new Map<string, number>();
  entries.forEach((e, i) => {
    for (const b of e.barcodes) push(byBarcode, barcodeKey(b), i);
    for (const b of e.batches) push(byBatch, codeKey(b), i);
    const brand = compactText(e.brand);
    const model = compactText(e.model);
    push(byBrand, brand, i);
    if (brand && model) push(byBrandModel, `${brand}|${model}`, i);
    nameTerms.push(termsOf(`${e.name} ${e.product}`));
    count(nameDf, nameTerms[i]);
    count(descriptionDf, termsOf(e.description));
  });
  return {
    entries,
    search: new MiniSearch<IndexedDoc>({ idField: 'i', fields: [...FIELDS], storeFields: [], tokenize, processTerm: (t, field) => (field !== undefined && CODE_FIELDS.has(field) ? t.toLowerCase() : indexTerms(t)) }),
    descriptions: new MiniSearch<{ i: number; description: string }>({ idField: 'i', fields: ['description'], storeFields: [], tokenize, processTerm: indexTerms }),
    descriptionsIndexed: false,
    byBarcode,
    byBatch,
    byBrandModel,
    byBrand,
    nameTerms,
    nameDf,
    descriptionDf,
  };
}

/** Builds the index; `entries` keep their order (hits refer to them). */
export function buildProductIndex(entries: readonly NotifiedEntry[]): ProductIndex {
  const index = emptyIndex(entries);
  index.search.addAll(entries.map(docOf));
  return index;
}

/** The same, adding documents in chunks between which the browser may paint (a large register). */
export async function buildProductIndexAsync(entries: readonly NotifiedEntry[], chunkSize = 2000): Promise<ProductIndex> {
  const index = emptyIndex(entries);
  await index.search.addAllAsync(entries.map(docOf), { chunkSize });
  return index;
}

const descriptionDocs = (index: ProductIndex) => index.entries.map((e, i) => ({ i, description: e.description }));

/** Indexes the descriptions (once): the search page never needs them, the duplicate check does. */
export function withDescriptions(index: ProductIndex): ProductIndex {
  if (!index.descriptionsIndexed) {
    index.descriptions.addAll(descriptionDocs(index));
    index.descriptionsIndexed = true;
  }
  return index;
}

/** The same, in chunks (the browser). */
export async function withDescriptionsAsync(index: ProductIndex, chunkSize = 2000): Promise<ProductIndex> {
  if (!index.descriptionsIndexed) {
    await index.descriptions.addAllAsync(descriptionDocs(index), { chunkSize });
    index.descriptionsIndexed = true;
  }
  return index;
}

export interface ProductHit {
  entry: NotifiedEntry;
  score: number;
}

export interface ProductSearchOptions {
  kinds?: readonly NotifiedEntry['kind'][];
  /** How many of the best hits to return (all are counted). */
  limit?: number;
}

const BOOST: Partial<Record<IndexField, number>> = { name: 3, number: 3, codes: 3, brand: 2, model: 2, product: 1.5 };

/**
 * Free-text search: every word must match some field; the last word may be the start of one (the
 * user is still typing), words of five letters or more may hold one typo.
 */
export function searchProducts(index: ProductIndex, query: string, options: ProductSearchOptions = {}): { total: number; hits: ProductHit[] } {
  const kinds = options.kinds && options.kinds.length ? new Set(options.kinds) : null;
  const results = index.search.search(query, {
    combineWith: 'AND',
    tokenize: tokenizeQuery,
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
    fuzzy: (term) => (term.length >= 5 && !/\d/.test(term) ? 0.2 : false),
    // One slip per word: a second edit costs several times as much and finds mostly noise.
    maxFuzzy: 1,
    boost: BOOST,
    ...(kinds ? { filter: (r: SearchResult) => kinds.has(index.entries[r.id as number].kind) } : {}),
  });
  const shown = options.limit === undefined ? results : results.slice(0, options.limit);
  return {
    total: results.length,
    hits: shown.map((r) => ({ entry: index.entries[r.id as number], score: r.score })),
  };
}
