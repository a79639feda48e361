import { describe, expect, it } from 'vitest';
import { generateCases } from '../../bench/case-generator';
import { emptyCase, emptyNotification, emptyReaction } from '../../src/domain/case/empty';
import type { CaseFile } from '../../src/domain/case/types';
import { buildCaseIndex, normalise, parseQuery, searchCases } from '../../src/domain/search';

function make(id: string, edit: (c: CaseFile) => void): CaseFile {
  const c = emptyCase({ id, created: '2026-03-01', regimeId: 'rapex-2010', country: 'DE' });
  edit(c);
  return c;
}

const iron = make('iron', (c) => {
  c.product = { ...c.product, name: 'Bügeleisen Dampf', brand: 'Électro-Sûr', model: 'ES-220', barcode: '4006381333931', category: 'electrical appliances' };
  c.risk.assessments = [{ assessmentId: 'a', level: 'serious', lifeThreatening: true, fatalAccidents: false, hazard: 'electric-shock', summary: '', regimeId: 'rapex-2010', ruleSetVersion: '', computedOn: '2026-03-01' }];
  c.notification = emptyNotification({ notifyingCountry: 'DE' });
  c.notification.status = 'validated';
  c.notification.chosen = 'article-12';
  c.notification.validatedAs = 'article-12-emergency';
  c.notification.number = 'A12/0042/26';
});
const bear = make('bear', (c) => {
  c.country = 'FR';
  c.product = { ...c.product, name: 'Ours en peluche', brand: 'Kinderfreude', model: 'KF-1', barcode: '5000000000017', category: 'toys' };
  c.risk.assessments = [{ assessmentId: 'b', level: 'high', lifeThreatening: false, fatalAccidents: false, hazard: 'choking', summary: '', regimeId: 'rapex-2010', ruleSetVersion: '', computedOn: '2026-03-01' }];
});
const followUp = make('follow', (c) => {
  c.country = 'AT';
  c.product = { ...c.product, name: 'Steam iron', brand: 'Nordlys', category: 'electrical appliances' };
  c.followUp = { number: 'A12/0042/26', notifyingCountry: 'DE', classification: 'article-12-emergency', productName: 'Bügeleisen', received: '2026-03-05' };
  const r = emptyReaction({ id: 'r1', kind: 'product-found', notificationNumber: 'A12/0042/26', notifyingCountry: 'DE', reactingCountry: 'AT' });
  r.productAsFound = { name: 'Dampfbügeleisen', brand: 'Electro-Sur', model: 'ES-220', batch: '', barcode: '4006381333931' };
  r.status = 'submitted';
  c.reactions = [r];
});
const index = buildCaseIndex([iron, bear, followUp]);
const ids = (q: Parameters<typeof searchCases>[1]) => searchCases(index, q).map((h) => h.caseId).sort();

describe('normalise', () => {
  it('folds case, accents, ß and punctuation', () => {
    expect(normalise('  Bügel-EISEN  ')).toBe('bugel eisen');
    expect(normalise('Électro-Sûr')).toBe('electro sur');
    expect(normalise('Straße')).toBe('strasse');
    expect(normalise('Sørensen & Œuvre')).toBe('sorensen oeuvre');
    expect(normalise('ＡＢＣ１２３')).toBe('abc123');
  });
});

describe('searchCases', () => {
  it('matches names and brands without accents or case', () => {
    expect(ids('bugeleisen')).toEqual(['follow', 'iron']);
    expect(ids('ELECTRO sur')).toEqual(['follow', 'iron']);
    expect(ids('peluche')).toEqual(['bear']);
    expect(ids('kinderfreude ours')).toEqual(['bear']);
  });

  it('requires every word', () => {
    expect(ids('bugeleisen peluche')).toEqual([]);
    expect(ids('dampf')).toEqual(['follow', 'iron']);
  });

  it('finds by model, partial bar code and notification number', () => {
    expect(ids('es-220')).toEqual(['follow', 'iron']);
    expect(ids('333931')).toEqual(['follow', 'iron']);
    expect(ids('5000000000017')).toEqual(['bear']);
    expect(ids('A12/0042/26')).toEqual(['follow', 'iron']);
  });

  it('filters by field: category, country, risk, classification, state', () => {
    expect(ids('category:toys')).toEqual(['bear']);
    expect(ids('country:fr')).toEqual(['bear']);
    expect(ids('country:at')).toEqual(['follow']);
    expect(ids('risk:serious')).toEqual(['iron']);
    expect(ids({ fields: { risk: 'high' } })).toEqual(['bear']);
    // The validated classification wins over the one chosen.
    expect(ids('classification:article-12-emergency')).toEqual(['follow', 'iron']);
    expect(ids('state:validated')).toEqual(['iron']);
    expect(ids('state:draft')).toEqual(['bear', 'follow']);
    expect(ids('state:submitted')).toEqual(['follow']);
    expect(ids('brand:nordlys steam')).toEqual(['follow']);
    // A field filter looks only at that field: "toys" is no brand.
    expect(ids('brand:toys')).toEqual([]);
  });

  it('searches reactions and notifications separately when asked', () => {
    expect(ids({ text: 'dampfbugeleisen' })).toEqual(['follow']);
    expect(ids({ text: 'es 220', sources: ['reaction'] })).toEqual(['follow']);
    expect(ids({ text: 'es 220', sources: ['case'] })).toEqual(['iron']);
    const hit = searchCases(index, { text: 'A12/0042/26' }).find((h) => h.caseId === 'follow')!;
    expect(hit.sources.sort()).toEqual(['notification', 'reaction']);
    expect(hit.fields).toEqual(['number']);
  });

  it('ranks whole-word matches above partial ones', () => {
    const idx = buildCaseIndex([make('partial', (c) => (c.product.name = 'Ironing board')), make('whole', (c) => (c.product.name = 'Iron'))]);
    expect(searchCases(idx, 'iron').map((h) => h.caseId)).toEqual(['whole', 'partial']);
  });

  it('an empty query lists every case', () => {
    expect(ids('')).toEqual(['bear', 'follow', 'iron']);
  });

  it('parses field filters, quoted values and aliases, and leaves unknown prefixes as text', () => {
    expect(parseQuery('kettle brand:"Casa Bella" status:validated foo:bar')).toEqual({ text: 'kettle foo:bar', fields: { brand: 'Casa Bella', state: 'validated' } });
  });

  it('answers within 50 ms over 10,000 cases', () => {
    const big = buildCaseIndex(generateCases(10_000));
    const queries = ['bugeleisen', 'kinderfreude toys', 'risk:serious state:validated', '4006', 'zzzz-not-there', 'country:de category:toys hoodie'];
    for (const q of queries) searchCases(big, q); // warm up
    for (const q of queries) {
      // Best of three: the machine is shared, a single sample may catch another process's work.
      const times = [0, 1, 2].map(() => {
        const t0 = performance.now();
        searchCases(big, q);
        return performance.now() - t0;
      });
      expect(Math.min(...times), q).toBeLessThan(50);
    }
    expect(searchCases(big, 'risk:serious').length).toBeGreaterThan(1000);
  });
});

describe('caseFacets', () => {
  it('gives exact values for list filters, where free text would also match "not-validated"', async () => {
    const { caseFacets, matchesFacets } = await import('../../src/domain/search');
    const notValidated = make('nv', (c) => {
      c.notification = emptyNotification({ notifyingCountry: 'DE' });
      c.notification.status = 'not-validated';
    });
    expect(matchesFacets(caseFacets(notValidated), { state: 'validated' })).toBe(false);
    expect(matchesFacets(caseFacets(iron), { state: 'validated', risk: 'serious', classification: 'article-12-emergency' })).toBe(true);
    expect(matchesFacets(caseFacets(followUp), { state: 'submitted', classification: 'article-12-emergency' })).toBe(true);
    expect(matchesFacets(caseFacets(followUp), { state: 'draft' })).toBe(true);
    expect(matchesFacets(caseFacets(bear), { risk: 'serious' })).toBe(false);
  });
});

describe('searchParts', () => {
  it('gives the same hits over an index built in parts as over one index', async () => {
    const { searchParts } = await import('../../src/domain/search');
    const cases = generateCases(500, { seed: 3 });
    const whole = buildCaseIndex(cases);
    const parts = [buildCaseIndex(cases.slice(0, 120)), buildCaseIndex(cases.slice(120, 300)), buildCaseIndex(cases.slice(300))];
    for (const q of ['kinderfreude', 'risk:serious toys', '40', 'zzzz', '']) {
      const a = searchCases(whole, q, { detail: 0 }).map((h) => `${h.caseId}:${h.score}`);
      const b = searchParts(parts, q, { detail: 0 }).map((h) => `${h.caseId}:${h.score}`);
      expect(b, q).toEqual(a);
    }
  });
});

describe('field names typed by the user', () => {
  it('reads names of Object.prototype members as plain words, not as fields', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const q = parseQuery(`${name}:x kettle`);
      expect(q.fields).toEqual({});
      expect(q.text).toBe(`${name}:x kettle`);
    }
  });

  it('still reads the known field names', () => {
    expect(parseQuery('Brand:acme kettle')).toEqual({ text: 'kettle', fields: { brand: 'acme' } });
  });
});
