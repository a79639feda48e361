import { describe, expect, it } from 'vitest';
import { emptyCase, emptyNotification, emptyReaction } from '../../src/domain/case/empty';
import type { CaseFile } from '../../src/domain/case/types';
import { canonicalJson, checkCaseFile, exportCase, importCase, sha256Hex } from '../../src/store/case-export';
import { caseHistory, casePhotos, createCase, getCase, saveCase } from '../../src/store/cases';
import { openRiskcaseDb, type Db } from '../../src/store/db';

let n = 0;
const open = () => openRiskcaseDb(`export-test-${Date.now()}-${n++}`);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 250]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9]);

function sample(id = 'case-x'): CaseFile {
  const c = emptyCase({ id, created: '2026-03-01', regimeId: 'rapex-2010', country: 'DE' });
  c.title = 'Socket protector';
  c.product = { ...c.product, name: 'Socket protector', brand: 'SafeKid', model: 'SP-3', barcode: '4006381333931', photoIds: ['ph-a', 'ph-b'] };
  c.measures = [{ id: 'm1', type: 'obligatory', takenBy: { kind: 'authority', name: 'MSA' }, category: 'recall', adopted: '2026-03-27', entryIntoForce: null, duration: 'permanent', until: null, scope: 'national', description: 'Recall from end users' }];
  c.notification = emptyNotification({ notifyingCountry: 'DE' });
  c.notification.chosen = 'article-12-emergency';
  c.notification.machineSnapshot = { value: 'draft', context: { n: 1 } };
  c.reactions = [emptyReaction({ id: 'r1', kind: 'additional-information', notificationNumber: 'A12/1/26', notifyingCountry: 'FR', reactingCountry: 'DE' })];
  c.events = [{ id: 'e1', kind: 'developments', date: '2026-03-28', note: 'Ünïcödé ✓' }];
  return c;
}

async function storedSample(db: Db): Promise<void> {
  await createCase(db, sample(), {
    role: 'national-authority',
    now: () => '2026-03-01T10:00:00.000Z',
    addPhotos: [
      { id: 'ph-a', name: 'front.png', type: 'image/png', blob: new Blob([PNG], { type: 'image/png' }) },
      { id: 'ph-b', name: 'label.jpg', type: 'image/jpeg', blob: new Blob([JPEG], { type: 'image/jpeg' }) },
    ],
  });
  const c2 = sample();
  c2.product.model = 'SP-3b';
  await saveCase(db, c2, 1, { role: 'contact-point', now: () => '2026-03-02T10:00:00.000Z' });
}

async function counts(db: Db) {
  return { cases: await db.count('cases'), history: await db.count('history'), photos: await db.count('photos') };
}

async function exported(): Promise<Record<string, unknown>> {
  const db = await open();
  await storedSample(db);
  const file = await exportCase(db, 'case-x', () => '2026-04-01T08:00:00.000Z');
  db.close();
  return JSON.parse(file!.text) as Record<string, unknown>;
}

/** Re-signs an edited envelope, so the field checks (not the checksum) must catch the problem. */
async function signed(env: Record<string, unknown>): Promise<string> {
  const { sha256: _old, ...rest } = env;
  return JSON.stringify({ ...rest, sha256: await sha256Hex(canonicalJson(rest)) });
}

describe('case export and import', () => {
  it('exports the case, history and photos in a checksummed envelope', async () => {
    const env = await exported();
    expect(env).toMatchObject({ format: 'riskcase-case', version: 1, exportedAt: '2026-04-01T08:00:00.000Z' });
    expect(env.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((env.history as { summary: string }[]).map((h) => h.summary)).toEqual(['created', 'changed: product.model']);
    expect((env.photos as { id: string; data: string }[]).map((p) => p.id).sort()).toEqual(['ph-a', 'ph-b']);
  });

  it('round-trips into a fresh database: same case, history kept, photos byte for byte', async () => {
    const db1 = await open();
    await storedSample(db1);
    const file = (await exportCase(db1, 'case-x'))!;
    expect(file.filename).toMatch(/^riskcase-case-case-x-\d{4}-\d{2}-\d{2}\.json$/);
    const original = (await getCase(db1, 'case-x'))!.file;
    db1.close();

    const db2 = await open();
    const r = await importCase(db2, file.text, { role: 'contact-point', now: () => '2026-04-02T00:00:00.000Z' });
    expect(r).toEqual({ ok: true, caseId: 'case-x', photos: 2, history: 3 });
    const back = (await getCase(db2, 'case-x'))!;
    expect(back.file).toEqual(original);
    expect(back).toMatchObject({ rev: 1, state: 'draft', barcode: '4006381333931' });
    expect((await caseHistory(db2, 'case-x')).map((h) => [h.role, h.summary])).toEqual([
      ['national-authority', 'created'],
      ['contact-point', 'changed: product.model'],
      ['contact-point', 'imported from a file'],
    ]);
    const photos = await casePhotos(db2, 'case-x');
    const png = photos.find((p) => p.id === 'ph-a')!;
    expect(png.type).toBe('image/png');
    expect(new Uint8Array(await png.blob.arrayBuffer())).toEqual(PNG);
    db2.close();
  });

  it('refuses an id that exists, or imports a copy under new ids when asked', async () => {
    const db = await open();
    await storedSample(db);
    const text = (await exportCase(db, 'case-x'))!.text;
    const before = await counts(db);
    const refused = await importCase(db, text, { role: 'contact-point' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]).toMatchObject({ path: 'case.id', message: expect.stringContaining('already exists') });
    expect(await counts(db)).toEqual(before);
    let k = 0;
    const copy = await importCase(db, text, { role: 'contact-point', onExisting: 'copy', newId: () => `new-${k++}` });
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    const c = (await getCase(db, copy.caseId))!;
    expect(c.file.product.photoIds).toHaveLength(2);
    expect(c.file.product.photoIds.every((id) => id.startsWith('new-'))).toBe(true);
    expect((await casePhotos(db, copy.caseId)).map((p) => p.id).sort()).toEqual([...c.file.product.photoIds].sort());
    // The original is untouched.
    expect((await casePhotos(db, 'case-x')).map((p) => p.id).sort()).toEqual(['ph-a', 'ph-b']);
    db.close();
  });

  describe('every kind of bad file writes nothing and says what is wrong', () => {
    type Case = [string, (env: Record<string, unknown>) => Promise<string> | string, RegExp];
    const edit = (f: (env: any) => void) => async (env: Record<string, unknown>) => {
      const copy = structuredClone(env);
      f(copy);
      return signed(copy);
    };
    const cases: Case[] = [
      ['not JSON', () => '{"format": "riskcase-case", ', /\(file\): the file is not valid JSON/],
      ['a JSON list', () => '[1,2,3]', /\(file\): .*expected a JSON object/],
      ['another format', edit((e) => (e.format = 'riskcase-assessment')), /format: this is not a Riskcase case file/],
      ['a future version', edit((e) => (e.version = 2)), /version: version 2 of the case file format is not supported/],
      ['no checksum', (e) => JSON.stringify({ ...e, sha256: undefined }), /sha256: the checksum is missing/],
      ['a changed field under the old checksum', (e) => JSON.stringify({ ...e, case: { ...(e.case as object), title: 'Tampered' } }), /sha256: the checksum does not match/],
      ['a number where text belongs', edit((e) => (e.case.product.name = 42)), /case\.product\.name: expected text, got number/],
      ['an impossible date', edit((e) => (e.case.measures[0].adopted = '2026-02-30')), /case\.measures\[0\]\.adopted: expected a date YYYY-MM-DD/],
      ['an unknown enum value', edit((e) => (e.case.notification.status = 'approved-by-magic')), /case\.notification\.status: expected one of draft/],
      ['a missing field', edit((e) => delete e.case.criteria), /case\.criteria: missing/],
      ['an unknown field', edit((e) => (e.case.product.price = '9.99')), /case\.product\.price: unknown field/],
      ['a huge string', edit((e) => (e.case.product.description = 'x'.repeat(200_000))), /case\.product\.description: text is too long \(200000 characters/],
      ['__proto__ keys', (e) => signed(e).then((t) => t.replace('"product":{', '"product":{"__proto__":{"polluted":true},')), /case\.product\.__proto__: the key "__proto__" is not allowed/],
      ['a constructor key in a snapshot', edit((e) => (e.case.notification.machineSnapshot = { constructor: { prototype: { x: 1 } } })), /case\.notification\.machineSnapshot\.constructor: the key "constructor" is not allowed/],
      ['bad base64', edit((e) => (e.photos[0].data = 'not*base64!')), /photos\[\d\]\.data: is not valid base64/],
      ['a photo whose bytes are not its type', edit((e) => (e.photos[0].data = btoa('<script>alert(1)</script>'))), /photos\[\d\]\.data: the content is not a image\/(png|jpeg) file/],
      ['a photo type that is not allowed', edit((e) => (e.photos[0].type = 'image/svg+xml')), /photos\[0\]\.type: expected one of image\/png/],
      ['a duplicate photo id', edit((e) => (e.photos[1].id = e.photos[0].id)), /photos\[1\]\.id: the photo id ".*" appears twice/],
      ['a history entry with an unknown role', edit((e) => (e.history[0].role = 'admin')), /history\[0\]\.role: expected one of national-authority/],
      ['deep nesting', edit((e) => { let x: unknown = 1; for (let i = 0; i < 200; i++) x = [x]; e.case.notification.machineSnapshot = x; }), /nested too deeply/],
      ['an unknown envelope field', edit((e) => (e.extra = true)), /^extra: unknown field/],
    ];
    for (const [name, make, message] of cases) {
      it(name, async () => {
        const env = await exported();
        const text = await make(env);
        const db = await open();
        await createCase(db, sample('other'), { role: 'national-authority' });
        const before = await counts(db);
        const r = await importCase(db, text, { role: 'contact-point' });
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(message);
        expect(await counts(db)).toEqual(before);
        expect(Object.prototype).not.toHaveProperty('polluted');
        db.close();
      });
    }
  });

  it('checks a file without a database and names every bad field at once', async () => {
    const env = await exported();
    const c = env.case as any;
    c.product.name = 1;
    c.product.brand = null;
    c.measures[0].scope = 'galactic';
    const r = await checkCaseFile(await signed(env));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual(['case.product.name', 'case.product.brand', 'case.measures[0].scope']);
  });
});
