// Article 16 GPSD / Part II, 3.3: the public sees product identification, the risk and its
// non-compliance, and the measures — never internal documents, full test reports, distribution
// lists, exchanges with operators, or confidential parts. Includes a property test over random
// case files: no string from a confidential or never-public field reaches the summary or export.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../helpers/regimes';
import type { CompiledRuleSet } from '../../../src/rules/api';
import { asValidated } from '../../../src/domain/case/lifecycle-checks';
import { publicationDecision } from '../../../src/domain/case/publication';
import { socketProtectorCase } from '../../../src/demo/cases';
import { confidentialParts, decideConfidentiality, requestConfidentiality, withdrawConfidentiality } from '../../../src/domain/case/confidentiality';
import { addPhoto } from '../../../src/domain/case/annexes';
import { publicExport, publicExportJson } from '../../../src/domain/case/public-export';
import { isPublished, notPublishedReason, publicSummary } from '../../../src/domain/case/public-summary';
import { CASE_PARTS, type CaseFile, type CasePart, type Party } from '../../../src/domain/case/types';

/** The socket-protector case as validated and distributed (Article 12 emergency). */
function published(): CaseFile {
  const c = socketProtectorCase();
  return {
    ...c,
    notification: { ...c.notification!, number: 'A12/0100/26', chosen: 'article-12-emergency', validatedAs: 'article-12-emergency', status: 'validated', submitted: '2026-03-29', validated: '2026-03-31', publishedOnPublicSite: true },
  };
}

describe('public summary', () => {
  it('shows product, risk, non-compliance and measures of a validated Article 12 notification', () => {
    const s = publicSummary(published())!;
    expect(s.reference).toBe('A12/0100/26');
    expect(s.product).toMatchObject({ name: 'Socket protectors', brand: 'SafeHome', model: 'SP-12', barcode: '4006381333931' });
    expect(s.risk).toEqual({ hazard: 'electrical-energy', level: 'serious', nonCompliance: expect.stringContaining('NEK 502') });
    expect(s.measures).toEqual([{ type: 'obligatory', category: 'recall', adopted: '2026-03-27', scope: 'national', duration: 'permanent' }]);
    // The traceability part is confidential in the demo: no origin, and it says so.
    expect(s.origin).toBeNull();
    expect(s.withheld).toEqual(['traceability']);
    const json = JSON.stringify(s);
    for (const never of ['Nordic Baby Supplies', 'Kidz Online', 'lawyer', 'NETL report', '9 of 10 trials', 'Criminal investigation']) expect(json).not.toContain(never);
  });

  it('lists the photos with caption and role, and none when photos or the product are confidential', () => {
    const c = addPhoto(addPhoto(published(), { id: 'ph1', caption: 'Blister pack', addedOn: '2026-03-20', role: 'packaging' }), { id: 'ph2', caption: 'Protector in a socket', addedOn: '2026-03-20', role: 'product' });
    const s = publicSummary(c)!;
    expect(s.photos).toEqual([
      { id: 'ph1', caption: 'Blister pack', role: 'packaging' },
      { id: 'ph2', caption: 'Protector in a socket', role: 'product' },
    ]);
    for (const part of ['photos', 'product-identification'] as const) {
      const hidden = publicSummary({ ...c, confidentiality: { ...c.confidentiality, status: 'accepted', parts: ['traceability', part] } })!;
      expect([hidden.photoIds, hidden.photos]).toEqual([[], []]);
      expect(JSON.stringify(hidden)).not.toContain('Protector in a socket');
    }
  });

  it('is not published before validation, for other classifications, or while removed from the public site', () => {
    const p = published();
    expect(notPublishedReason(socketProtectorCase())).toBe('not-validated');
    // Validated as a type the rule set does not publish: the lifecycle recorded "not published".
    expect(notPublishedReason({ ...p, notification: { ...p.notification!, validatedAs: 'for-information', publishedOnPublicSite: false } })).toBe('type-not-published');
    expect(notPublishedReason({ ...p, notification: { ...p.notification!, status: 'removed-from-public', publishedOnPublicSite: false } })).toBe('removed-from-public-site');
    expect(notPublishedReason({ ...p, notification: null })).toBe('no-notification');
    expect(isPublished(p)).toBe(true);
    expect(publicSummary({ ...p, notification: { ...p.notification!, status: 'withdrawn' } })).toBeNull();
  });

  it('withdrawing the confidentiality request makes the parts publishable', () => {
    const p = published();
    const w = withdrawConfidentiality(p.confidentiality, '2026-06-01');
    expect(w.ok).toBe(true);
    if (!w.ok) return;
    const s = publicSummary({ ...p, confidentiality: w.value })!;
    expect(s.origin).toBe('CN');
    expect(s.withheld).toEqual([]);
    // … but never the distribution lists.
    expect(JSON.stringify(s)).not.toContain('Nordic Baby Supplies');
  });

  it('a request needs parts and a justification; it is decided once, withdrawn once', () => {
    expect(requestConfidentiality([], 'x', '2026-01-01')).toMatchObject({ ok: false, field: 'parts' });
    expect(requestConfidentiality(['measures'], ' ', '2026-01-01')).toMatchObject({ ok: false, field: 'justification' });
    const r = requestConfidentiality(['measures', 'measures', 'photos'], 'Ongoing court case', '2026-01-01');
    expect(r).toMatchObject({ ok: true, value: { status: 'requested', parts: ['measures', 'photos'] } });
    if (!r.ok) return;
    const refused = decideConfidentiality(r.value, false);
    expect(refused).toMatchObject({ ok: true, value: { status: 'refused' } });
    if (!refused.ok) return;
    expect(confidentialParts(refused.value).size).toBe(0);
    expect(decideConfidentiality(refused.value, true).ok).toBe(false);
    expect(withdrawConfidentiality(refused.value, '2026-02-01').ok).toBe(false);
  });

  it('the public export holds only published summaries, newest first', () => {
    const a = published();
    const b = { ...published(), id: 'b', notification: { ...published().notification!, number: 'A12/0200/26', validated: '2026-04-02' } };
    const draft = { ...socketProtectorCase(), id: 'draft' };
    const e = publicExport([a, draft, b], '2026-05-01');
    expect(e.format).toBe('riskcase-public/1');
    expect(e.items.map((i) => i.reference)).toEqual(['A12/0200/26', 'A12/0100/26']);
  });
});

describe('which notifications are published is the rule set\'s decision', () => {
  const regimes: Record<string, CompiledRuleSet> = {};
  beforeAll(() => {
    for (const id of ['rapex-2010', 'rapex-2004']) regimes[id] = ruleSet(id);
  });
  const validatedAs = (id: string, as: 'article-12-emergency' | 'article-12' | 'for-information' | 'article-11') => {
    const d = publicationDecision(regimes[id], asValidated(socketProtectorCase(), as, '2026-03-31'));
    if (!d.ok) throw new Error(JSON.stringify(d.errors));
    return d.value;
  };

  it('rapex-2010 publishes Article 12 notifications only, citing Part II, 3.3.1', () => {
    expect(validatedAs('rapex-2010', 'article-12-emergency').published).toBe(true);
    expect(validatedAs('rapex-2010', 'article-12').published).toBe(true);
    expect(validatedAs('rapex-2010', 'for-information').published).toBe(false);
    expect(validatedAs('rapex-2010', 'article-11').published).toBe(false);
    const because = validatedAs('rapex-2010', 'for-information').because;
    expect(because.some((e) => e.name === 'publishedSummary' && e.cites.includes('Part II, 3.3.1'))).toBe(true);
  });

  it('rapex-2004 publishes emergency and alert notifications, not those for information', () => {
    expect(validatedAs('rapex-2004', 'article-12').published).toBe(true);
    expect(validatedAs('rapex-2004', 'for-information').published).toBe(false);
  });

  it('a rule set without the condition publishes nothing and says why', () => {
    const rs = regimes['rapex-2010'];
    const without: CompiledRuleSet = { ...rs, bindFacts: rs.bindFacts.bind(rs), evaluate: () => ({ ok: false, error: "unknown name 'publishedSummary'", trace: [] }) } as CompiledRuleSet;
    const d = publicationDecision(without, asValidated(socketProtectorCase(), 'article-12', '2026-03-31'));
    expect(d).toMatchObject({ ok: false, errors: [{ path: 'publishedSummary', message: expect.stringContaining('publishedSummary') }] });
  });
});

// ---- property: nothing confidential or never-public leaks ----

const MARK = '\u00a7C\u00a7';
/** A secret: a unique marker no benign string can contain. */
const secret = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `${MARK}${s}${MARK}`);
/** Benign text: anything without the marker character. */
const benign = fc.string({ maxLength: 12 }).map((s) => s.replace(/\u00a7/g, ''));

function caseArb(): fc.Arbitrary<{ c: CaseFile; secrets: string[] }> {
  return fc
    .record({
      parts: fc.subarray([...CASE_PARTS], { minLength: 1 }),
      status: fc.constantFrom('requested' as const, 'accepted' as const),
      texts: fc.array(fc.tuple(secret, benign), { minLength: 60, maxLength: 60 }),
      published: fc.boolean(),
    })
    .map(({ parts, status, texts, published: pub }) => {
      const secrets: string[] = [];
      let i = 0;
      // Each field takes the next generated pair: the secret when its part is confidential (or
      // never public), else the benign text.
      const v = (part: CasePart | 'never'): string => {
        const [s, b] = texts[i++ % texts.length];
        if (part === 'never' || parts.includes(part)) {
          const unique = `${s}#${i}${MARK}`;
          secrets.push(unique);
          return unique;
        }
        return b;
      };
      const partyOf = (): Party => ({ name: v('never'), address: v('never'), contact: v('never'), country: v('never') });
      const base = published();
      const c: CaseFile = {
        ...base,
        title: v('never'),
        product: {
          ...base.product,
          category: v('product-identification'),
          name: v('product-identification'),
          brand: v('product-identification'),
          model: v('product-identification'),
          batch: v('product-identification'),
          barcode: v('product-identification'),
          customsCode: v('product-identification'),
          description: v('product-identification'),
          packaging: v('never'),
          photoIds: [v('photos')],
        },
        regulations: { legalProvisions: [v('never')], standards: [v('never')], proofOfConformity: v('never'), counterfeit: 'no' },
        traceability: {
          origin: v('traceability'),
          destinations: [v('never')],
          manufacturer: partyOf(),
          exporters: [partyOf()],
          importers: [partyOf()],
          distributors: [partyOf()],
          retailers: [partyOf()],
          soldOnline: true,
        },
        testResults: [{ id: 't1', date: null, laboratory: v('never'), summary: v('never'), failedRequirements: [v('test-results')], reportAttachmentId: v('never') }],
        risk: {
          ...base.risk,
          hazard: v('risk-description'),
          conclusions: v('never'),
          nonCompliance: v('risk-description'),
          assessments: [{ ...base.risk.assessments[0], level: v('risk-description'), hazard: v('risk-description'), summary: v('never') }],
        },
        accidents: [{ id: 'x', date: null, country: v('never'), description: v('never'), fatal: false }],
        measures: [{ ...base.measures[0], category: v('measures'), description: v('never'), takenBy: { kind: 'operator', name: v('never') } }],
        attachments: [{ id: 'a', kind: 'correspondence', name: v('never'), blobId: null, addedOn: '2026-01-01', internal: true }],
        entries: [{ id: 'e', authority: v('never'), country: 'SE', role: 'other-state', date: '2026-01-01', part: 'general', text: v('never') }],
        confidentiality: { status, parts, justification: v('never'), requestedOn: '2026-01-01', withdrawnOn: null },
        notification: {
          ...base.notification!,
          contactPoint: v('never'),
          personInCharge: v('never'),
          choiceReason: v('never'),
          missing: [{ field: 'product.photoIds', reason: v('never') }],
          publishedOnPublicSite: pub,
        },
      };
      return { c, secrets };
    });
}

describe('property: no confidential value in a public summary or export', () => {
  it('holds for random case files', () => {
    fc.assert(
      fc.property(caseArb(), caseArb(), ({ c, secrets }, other) => {
        const summary = JSON.stringify(publicSummary(c));
        const exported = publicExportJson([c, { ...other.c, id: 'other' }], '2026-06-01');
        for (const s of [...secrets, ...other.secrets]) {
          expect(summary).not.toContain(s);
          expect(exported).not.toContain(s);
        }
        // Not vacuous: what is neither confidential nor never-public is shown.
        if (c.notification!.publishedOnPublicSite && !c.confidentiality.parts.includes('product-identification')) {
          expect(publicSummary(c)!.product!.name).toBe(c.product.name);
        }
      }),
      { numRuns: 300 },
    );
  });
});
