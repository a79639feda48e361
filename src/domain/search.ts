// Search over cases, their notification and their reactions: by name, brand, model, bar code,
// category, country, risk level, classification and state. Text is normalised (case, accents,
// ß, punctuation), so "Bügeleisen" matches "bugeleisen" and "BÜGEL-EISEN" matches "bugel eisen".
//
// The index is one long normalised text for all cases (and one per field), with the offset where
// each case starts. A query word is found with the engine's native substring search over that
// text — one pass, whatever the number of cases — and each match is mapped to its case by offset.
// This stays far below 50 ms for 10,000 cases. Which fields and sources matched is worked out for
// the hits that are shown only.
import { decisiveAssessment } from './case/case-document';
import type { PublicSummary } from './case/public-summary';
import type { CaseFile } from './case/types';

const normalised = new Map<string, string>();

/** Lower case, no accents, ß → ss, every run of non-letters/digits → one space. */
export function normalise(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const out = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // Field values repeat a lot (countries, states, categories, brands): remember recent ones.
  if (normalised.size > 50_000) normalised.clear();
  normalised.set(text, out);
  return out;
}

export const SEARCH_FIELDS = ['name', 'brand', 'model', 'barcode', 'category', 'country', 'risk', 'classification', 'state', 'number'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Where a value came from: the case itself, its own notification, or one of its reactions. */
export type Source = 'case' | 'notification' | 'reaction';

interface Entry {
  field: SearchField;
  source: Source;
  /** ' ' + normalised value + ' ' (the spaces make word-start and whole-word tests cheap). */
  text: string;
}

/** Texts of many documents joined; document i occupies [starts[i], starts[i + 1]). */
interface Corpus {
  text: string;
  starts: Int32Array;
}

export interface CaseIndex {
  readonly size: number;
  /** @internal */
  readonly ids: readonly string[];
  /** @internal */
  readonly entries: readonly Entry[][];
  /** @internal */
  readonly all: Corpus;
  /** @internal */
  readonly byField: Readonly<Record<SearchField, Corpus>>;
}

function corpus(parts: string[]): Corpus {
  const starts = new Int32Array(parts.length + 1);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    starts[i] = at;
    at += parts[i].length;
  }
  starts[parts.length] = at;
  return { text: parts.join(''), starts };
}

function classificationOf(c: CaseFile): string | null {
  const n = c.notification;
  return n ? (n.validatedAs ?? n.chosen ?? n.suggested?.classification ?? null) : null;
}

type Add = (field: SearchField, source: Source, value: string | null | undefined) => void;

function collect(fill: (add: Add) => void): Entry[] {
  const out: Entry[] = [];
  fill((field, source, value) => {
    if (!value) return;
    const text = normalise(value);
    if (text) out.push({ field, source, text: ` ${text} ` });
  });
  return out;
}

function entriesOf(c: CaseFile): Entry[] {
  return collect((add) => addCase(c, add));
}

function addCase(c: CaseFile, add: Add): void {
  const p = c.product;
  add('name', 'case', p.name);
  add('name', 'case', c.title);
  add('brand', 'case', p.brand);
  add('model', 'case', p.model);
  add('barcode', 'case', p.barcode);
  add('barcode', 'case', p.batch);
  add('category', 'case', p.category);
  add('country', 'case', c.country);
  add('country', 'case', c.traceability.origin);
  add('risk', 'case', decisiveAssessment(c)?.level);
  add('state', 'case', c.notification ? null : 'draft');
  const n = c.notification;
  if (n) {
    add('number', 'notification', n.number);
    add('country', 'notification', n.notifyingCountry);
    add('classification', 'notification', classificationOf(c));
    add('state', 'notification', n.status);
  }
  const f = c.followUp;
  if (f) {
    add('number', 'notification', f.number);
    add('country', 'notification', f.notifyingCountry);
    add('classification', 'notification', f.classification);
    add('name', 'notification', f.productName);
  }
  for (const r of c.reactions) {
    add('name', 'reaction', r.productAsFound.name);
    add('name', 'reaction', r.notifiedProductName);
    add('brand', 'reaction', r.productAsFound.brand);
    add('model', 'reaction', r.productAsFound.model);
    add('barcode', 'reaction', r.productAsFound.barcode);
    add('barcode', 'reaction', r.productAsFound.batch);
    add('country', 'reaction', r.reactingCountry);
    add('country', 'reaction', r.notifyingCountry);
    add('number', 'reaction', r.notificationNumber);
    add('classification', 'reaction', r.notificationClassification);
    add('state', 'reaction', r.status);
  }
}

function indexOf(docs: { id: string; entries: Entry[] }[]): CaseIndex {
  // '|' separates entries and documents: a query word (letters and digits) never spans two.
  const all = docs.map((d) => d.entries.map((e) => e.text).join('|') + '|');
  const byField = {} as Record<SearchField, Corpus>;
  for (const f of SEARCH_FIELDS) {
    byField[f] = corpus(docs.map((d) => d.entries.filter((e) => e.field === f).map((e) => e.text).join('|') + '|'));
  }
  return { size: docs.length, ids: docs.map((d) => d.id), entries: docs.map((d) => d.entries), all: corpus(all), byField };
}

export function buildCaseIndex(cases: readonly CaseFile[]): CaseIndex {
  return indexOf(cases.map((c) => ({ id: c.id, entries: entriesOf(c) })));
}

/**
 * An index over public summaries only (the public area): built from what the public may see, so a
 * search can never reveal a confidential value by what it finds. Hits carry the reference.
 */
export function buildPublicIndex(summaries: readonly PublicSummary[]): CaseIndex {
  return indexOf(
    summaries.map((s) => ({
      id: s.reference,
      entries: collect((add) => {
        add('number', 'notification', s.reference);
        add('country', 'notification', s.notifyingCountry);
        add('country', 'notification', s.origin);
        add('classification', 'notification', s.classification);
        if (s.product) {
          add('name', 'notification', s.product.name);
          add('brand', 'notification', s.product.brand);
          add('model', 'notification', s.product.model);
          add('barcode', 'notification', s.product.barcode);
          add('barcode', 'notification', s.product.batch);
          add('category', 'notification', s.product.category);
        }
        if (s.risk) add('risk', 'notification', s.risk.level);
      }),
    })),
  );
}

export interface SearchQuery {
  /** Free words; every word must occur (as a part of a word) in some field. */
  text?: string;
  /** Field filters: the field must hold a value containing these words. */
  fields?: Partial<Record<SearchField, string>>;
  /** Only matches from these sources (default: all). */
  sources?: readonly Source[];
}

export interface SearchHit {
  caseId: string;
  /** Which sources matched (a reaction's product as found, the notification number, …). */
  sources: Source[];
  /** Fields that held a query word. */
  fields: SearchField[];
  score: number;
}

/** Field names a query may use, by what the user types: a Map, so `constructor:x` is only text. */
const FIELD_ALIASES: ReadonlyMap<string, SearchField> = new Map(Object.entries({
  name: 'name',
  product: 'name',
  brand: 'brand',
  model: 'model',
  barcode: 'barcode',
  ean: 'barcode',
  batch: 'barcode',
  category: 'category',
  country: 'country',
  risk: 'risk',
  classification: 'classification',
  class: 'classification',
  type: 'classification',
  state: 'state',
  status: 'state',
  number: 'number',
} satisfies Record<string, SearchField>));

/** "brand:acme state:validated kettle" → { text: 'kettle', fields: { brand: 'acme', state: 'validated' } }. */
export function parseQuery(input: string): SearchQuery {
  const fields: Partial<Record<SearchField, string>> = {};
  const text = input.replace(/(\p{L}+):("([^"]*)"|\S+)/gu, (whole, name: string, raw: string, quoted: string | undefined) => {
    const field = FIELD_ALIASES.get(name.toLowerCase());
    if (!field) return whole;
    const value = quoted ?? raw;
    fields[field] = fields[field] ? `${fields[field]} ${value}` : value;
    return ' ';
  });
  return { text: text.replace(/\s+/g, ' ').trim(), fields };
}

function words(text: string | undefined): string[] {
  return text ? normalise(text).split(' ').filter(Boolean) : [];
}

/**
 * The best score of `w` in each document: 3 whole word, 2 word start, 1 inside a word, 0 absent.
 * One native substring scan of the corpus.
 */
function scan(c: Corpus, w: string, n: number): Uint8Array {
  const scores = new Uint8Array(n);
  const { text, starts } = c;
  let doc = 0;
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    while (starts[doc + 1] <= at) doc++;
    const before = text.charCodeAt(at - 1) === 32;
    const after = text.charCodeAt(at + w.length) === 32;
    const sc = before ? (after ? 3 : 2) : 1;
    if (sc > scores[doc]) scores[doc] = sc;
  }
  return scores;
}

function wordScore(text: string, w: string): number {
  if (!text.includes(w)) return 0;
  if (text.includes(` ${w} `)) return 3;
  return text.includes(` ${w}`) ? 2 : 1;
}

export interface SearchOptions {
  /** How many of the best hits get `sources` and `fields` filled in (the rest get empty lists). */
  detail?: number;
}

/** Cases matching every word and every field filter; best first (whole-word matches score higher). */
export function searchCases(index: CaseIndex, query: SearchQuery | string, options: SearchOptions = {}): SearchHit[] {
  const q = typeof query === 'string' ? parseQuery(query) : query;
  const free = words(q.text);
  const filters = Object.entries(q.fields ?? {})
    .filter(([field]) => (SEARCH_FIELDS as readonly string[]).includes(field))
    .map(([field, value]) => ({ field: field as SearchField, words: words(value) }))
    .filter((f) => f.words.length > 0);
  const sources = q.sources && q.sources.length > 0 ? new Set(q.sources) : null;
  const n = index.size;
  const total = new Uint16Array(n);
  const alive = new Uint8Array(n).fill(1);
  const apply = (scores: Uint8Array) => {
    for (let i = 0; i < n; i++) {
      if (scores[i] === 0) alive[i] = 0;
      else total[i] += scores[i];
    }
  };
  for (const w of free) apply(scan(index.all, w, n));
  for (const f of filters) for (const w of f.words) apply(scan(index.byField[f.field], w, n));

  let hits: SearchHit[] = [];
  for (let i = 0; i < n; i++) if (alive[i]) hits.push({ caseId: index.ids[i], sources: [], fields: [], score: total[i] });
  if (sources) {
    // Restricted to some sources: check each candidate entry by entry.
    const byId = new Map(index.ids.map((id, i) => [id, i]));
    hits = hits.map((h) => matchEntries(index.entries[byId.get(h.caseId)!], h.caseId, free, filters, sources)).filter((h): h is SearchHit => h !== null);
  }
  // Stable: equal scores keep the order the cases were indexed in.
  hits.sort((a, b) => b.score - a.score);
  if (!sources) {
    const byId = new Map<string, number>();
    const detail = Math.min(hits.length, options.detail ?? 200);
    if (detail > 0) index.ids.forEach((id, i) => byId.set(id, i));
    for (let i = 0; i < detail; i++) {
      const full = matchEntries(index.entries[byId.get(hits[i].caseId)!], hits[i].caseId, free, filters, null);
      if (full) hits[i] = { ...full, score: hits[i].score };
    }
  }
  return hits;
}

/** Which entries matched, for one case (and its score when only some sources count). */
function matchEntries(all: readonly Entry[], caseId: string, free: string[], filters: { field: SearchField; words: string[] }[], sources: Set<Source> | null): SearchHit | null {
  const entries = sources ? all.filter((e) => sources.has(e.source)) : all;
  if (sources && entries.length === 0) return null;
  const hitSources = new Set<Source>();
  const hitFields = new Set<SearchField>();
  let score = 0;
  const best = (w: string, field: SearchField | null): number => {
    let top = 0;
    for (const e of entries) {
      if (field && e.field !== field) continue;
      const sc = wordScore(e.text, w);
      if (sc > 0) {
        hitSources.add(e.source);
        hitFields.add(e.field);
        if (sc > top) top = sc;
      }
    }
    return top;
  };
  for (const f of filters) {
    for (const w of f.words) {
      const sc = best(w, f.field);
      if (sc === 0) return null;
      score += sc;
    }
  }
  for (const w of free) {
    const sc = best(w, null);
    if (sc === 0) return null;
    score += sc;
  }
  return { caseId, sources: [...hitSources], fields: [...hitFields], score };
}

/** Exact values of a case for list filters (a select means "exactly this", unlike free text). */
export interface CaseFacets {
  /** The notification's status ('draft' without one) and every reaction's status. */
  states: string[];
  risk: string | null;
  classification: string | null;
}

export function caseFacets(c: CaseFile): CaseFacets {
  const states = [c.notification ? c.notification.status : 'draft', ...c.reactions.map((r) => r.status)];
  return { states, risk: decisiveAssessment(c)?.level ?? null, classification: classificationOf(c) ?? c.followUp?.classification ?? null };
}

export function matchesFacets(f: CaseFacets, wanted: { state?: string; risk?: string; classification?: string }): boolean {
  return (!wanted.state || f.states.includes(wanted.state)) && (!wanted.risk || f.risk === wanted.risk) && (!wanted.classification || f.classification === wanted.classification);
}

/** Searches an index built in parts (e.g. in chunks between frames), as if it were one. */
export function searchParts(parts: readonly CaseIndex[], query: SearchQuery | string, options: SearchOptions = {}): SearchHit[] {
  if (parts.length === 1) return searchCases(parts[0], query, options);
  const q = typeof query === 'string' ? parseQuery(query) : query;
  const hits = parts.flatMap((p) => searchCases(p, q, options));
  // Stable: equal scores keep the parts' (and so the cases') order.
  return hits.sort((a, b) => b.score - a.score);
}
