// Photos, attachments and accidents (Appendix 1) and how the completeness check counts them.
import { describe, expect, it } from 'vitest';
import { socketProtectorCase } from '../../../src/demo/cases';
import { addAttachment, addPhoto, annexesOf, checkUpload, newAccident, photosOf, productPhoto, removeAccident, removeAttachment, removePhoto, setPhotoCaption, updateAccident } from '../../../src/domain/case/annexes';
import { parseCaseFile } from '../../../src/domain/case-file-parse';
import { notificationCompleteness } from '../../../src/domain/case/notification-form';
import type { CaseFile } from '../../../src/domain/case/types';
import { ruleSet as loadRuleSet } from '../../helpers/regimes';
const RS2010 = loadRuleSet('rapex-2010');

const chosen = (c: CaseFile): CaseFile => ({ ...c, notification: { ...c.notification!, chosen: 'article-12-emergency', missing: [] } });
const gapFields = (c: CaseFile): string[] => notificationCompleteness(c, RS2010).gaps.map((g) => g.field);

describe('photos', () => {
  it('a photo with a caption fills the photo gap; its caption is its description', () => {
    const c = addPhoto(chosen(socketProtectorCase()), { id: 'ph1', caption: 'Packaging: blister pack, front', addedOn: '2026-03-20' });
    expect(c.product.photoIds).toEqual(['ph1']);
    expect(photosOf(c)).toEqual([{ id: 'ph1', caption: 'Packaging: blister pack, front', role: null }]);
    expect(gapFields(c)).not.toContain('product.photos.product');
    // A photo is not listed again among the annexes.
    expect(annexesOf(c).map((a) => a.attachment.id)).not.toContain('ph1');
  });

  it('a photo keeps what it shows; the product photo is the one showing the product', () => {
    let c = addPhoto(chosen(socketProtectorCase()), { id: 'ph1', caption: 'Blister pack', addedOn: '2026-03-20', role: 'packaging' });
    c = addPhoto(c, { id: 'ph2', caption: 'Protector in a socket', addedOn: '2026-03-20', role: 'product' });
    expect(photosOf(c).map((p) => [p.id, p.role])).toEqual([['ph1', 'packaging'], ['ph2', 'product']]);
    expect(productPhoto(photosOf(c))?.id).toBe('ph2');
    // Only packaging and label shown: no product photo to show.
    expect(productPhoto(photosOf(c).filter((p) => p.role !== 'product'))).toBeNull();
    // A photo stored before roles were kept stands in for the product photo.
    expect(productPhoto([{ id: 'old', role: null }])?.id).toBe('old');
  });

  it('the case import parser carries the role of a photo and names a bad one', () => {
    const c = addPhoto(socketProtectorCase(), { id: 'ph1', caption: 'Label', addedOn: '2026-03-20', role: 'label' });
    const back = parseCaseFile(JSON.parse(JSON.stringify(c)));
    expect(back.ok && back.value.attachments.find((a) => a.id === 'ph1')?.role).toBe('label');
    const bad = JSON.parse(JSON.stringify(c));
    const i = bad.attachments.findIndex((a: { id: string }) => a.id === 'ph1');
    bad.attachments[i].role = 'sideways';
    const r = parseCaseFile(bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual([`case.attachments[${i}].role`]);
  });

  it('a photo without a caption is a gap no explanation can stand in for', () => {
    const c = addPhoto(chosen(socketProtectorCase()), { id: 'ph1', caption: '  ', addedOn: '2026-03-20' });
    const gap = notificationCompleteness(c, RS2010).gaps.find((g) => g.field === 'product.photos[0].caption');
    expect(gap).toMatchObject({ explainable: false, section: 'product' });
    expect(gapFields(setPhotoCaption(c, 'ph1', 'Label'))).not.toContain('product.photos[0].caption');
  });

  it('removing the last photo brings the photo gap back and leaves no dangling attachment', () => {
    const c = removePhoto(addPhoto(chosen(socketProtectorCase()), { id: 'ph1', caption: 'Product', addedOn: '2026-03-20' }), 'ph1');
    expect(c.product.photoIds).toEqual([]);
    expect(c.attachments.some((a) => a.id === 'ph1')).toBe(false);
    expect(gapFields(c)).toContain('product.photos.product');
  });

  it('refuses files the store cannot keep or give back, naming the reason', () => {
    expect(checkUpload({ type: 'image/png', size: 2000 }, ['image/png'])).toBeNull();
    expect(checkUpload({ type: 'text/html', size: 2000 }, ['image/png'])).toEqual({ field: 'file', code: 'type' });
    expect(checkUpload({ type: 'image/png', size: 11 * 1024 * 1024 }, ['image/png'])).toEqual({ field: 'file', code: 'size' });
    expect(checkUpload({ type: 'image/png', size: 0 }, ['image/png'])).toEqual({ field: 'file', code: 'empty' });
  });
});

describe('attachments and accidents', () => {
  it('an annex needs a name; removing a test report unlinks its test result', () => {
    const c0 = chosen(socketProtectorCase());
    const c = addAttachment(c0, { id: 'a9', kind: 'certificate', name: '', blobId: null, addedOn: '2026-03-20', internal: false });
    expect(notificationCompleteness(c, RS2010).gaps.find((g) => g.field === 'attachments[3].name')).toMatchObject({ explainable: false, section: 'annexes' });
    const without = removeAttachment(c0, 'a1');
    expect(without.testResults[0].reportAttachmentId).toBeNull();
    expect(gapFields(without)).toContain('attachments.test-report');
  });

  it('known accidents are stated or explained; each needs what happened, when and where', () => {
    const c0 = chosen(socketProtectorCase());
    expect(gapFields(c0)).toContain('accidents');
    const c1 = { ...c0, accidents: [newAccident('x1')] };
    expect(gapFields(c1)).toEqual(expect.arrayContaining(['accidents[0].description', 'accidents[0].date', 'accidents[0].country']));
    expect(gapFields(c1)).not.toContain('accidents');
    const c2 = updateAccident(c1, 'x1', { description: 'Child received an electric shock', date: '2026-02-02', country: 'SE', fatal: false });
    expect(gapFields(c2).filter((f) => f.startsWith('accidents'))).toEqual([]);
    expect(gapFields(removeAccident(c2, 'x1'))).toContain('accidents');
  });
});
