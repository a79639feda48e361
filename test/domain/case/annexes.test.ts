// Photos, attachments and accidents (Appendix 1) and how the completeness check counts them.
import { describe, expect, it } from 'vitest';
import { socketProtectorCase } from '../../../src/demo/cases';
import { addAttachment, addPhoto, annexesOf, checkUpload, newAccident, photosOf, removeAccident, removeAttachment, removePhoto, setPhotoCaption, updateAccident } from '../../../src/domain/case/annexes';
import { notificationCompleteness } from '../../../src/domain/case/notification-form';
import type { CaseFile } from '../../../src/domain/case/types';

const chosen = (c: CaseFile): CaseFile => ({ ...c, notification: { ...c.notification!, chosen: 'article-12-emergency', missing: [] } });
const gapFields = (c: CaseFile): string[] => notificationCompleteness(c).gaps.map((g) => g.field);

describe('photos', () => {
  it('a photo with a caption fills the photo gap; its caption is its description', () => {
    const c = addPhoto(chosen(socketProtectorCase()), { id: 'ph1', caption: 'Packaging: blister pack, front', addedOn: '2026-03-20' });
    expect(c.product.photoIds).toEqual(['ph1']);
    expect(photosOf(c)).toEqual([{ id: 'ph1', caption: 'Packaging: blister pack, front' }]);
    expect(gapFields(c)).not.toContain('product.photoIds');
    // A photo is not listed again among the annexes.
    expect(annexesOf(c).map((a) => a.attachment.id)).not.toContain('ph1');
  });

  it('a photo without a caption is a gap no explanation can stand in for', () => {
    const c = addPhoto(chosen(socketProtectorCase()), { id: 'ph1', caption: '  ', addedOn: '2026-03-20' });
    const gap = notificationCompleteness(c).gaps.find((g) => g.field === 'product.photos[0].caption');
    expect(gap).toMatchObject({ explainable: false, section: 'product' });
    expect(gapFields(setPhotoCaption(c, 'ph1', 'Label'))).not.toContain('product.photos[0].caption');
  });

  it('removing the last photo brings the photo gap back and leaves no dangling attachment', () => {
    const c = removePhoto(addPhoto(chosen(socketProtectorCase()), { id: 'ph1', caption: 'Product', addedOn: '2026-03-20' }), 'ph1');
    expect(c.product.photoIds).toEqual([]);
    expect(c.attachments.some((a) => a.id === 'ph1')).toBe(false);
    expect(gapFields(c)).toContain('product.photoIds');
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
    expect(notificationCompleteness(c).gaps.find((g) => g.field === 'attachments[3].name')).toMatchObject({ explainable: false, section: 'annexes' });
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
