// Fields are named by their labels on the case pages, never by their paths in the case file.
import { describe, expect, it } from 'vitest';
import { fieldLabel, reactionFieldLabel } from '../../src/ui/pages/cases/case/field-labels';
import { gapText } from '../../src/ui/pages/cases/case/gap-text';
import { tn } from '../../src/ui/i18n';

describe('field labels', () => {
  it('names list items by their number and fields by their label', () => {
    expect(fieldLabel('traceability.importers[0].address')).toBe('Importer 1 — Address');
    expect(fieldLabel('measures[2].adopted')).toBe('Measure 3 — Adopted (or decided) on');
    expect(fieldLabel('traceability.importers[1]')).toBe('Importer 2');
    expect(fieldLabel('product.photos.label')).toBe('Photo of the label');
    expect(fieldLabel('reactions[0].productFound.measures[1].category')).toBe('Reaction 1 — Measure 2 — Category');
    expect(reactionFieldLabel('differentRiskAssessment.hazard')).toBe('Risk category');
  });

  it('never shows a path, even for a field without a label', () => {
    for (const p of ['notification.machineSnapshot', 'validated.distributed', 'traceability.importers[0].fax', 'risk.assessments[0].computedOn']) {
      const l = fieldLabel(p);
      expect(l, p).not.toMatch(/[.[\]]/);
      expect(l.length).toBeGreaterThan(0);
    }
  });

  it('says what is missing in words, with the item it belongs to', () => {
    expect(gapText('traceability.importers[1].address')).toBe('Importer 2: address missing');
    expect(gapText('product.photos.packaging')).toBe('No photo of the packaging');
    expect(gapText('measures[0].until')).toBe('Measure 1: end of the temporary measure missing');
  });

  it('counts in words with the right plural', () => {
    expect(tn('cases.completeness.gaps', 1)).toBe('1 item is missing without an explanation.');
    expect(tn('cases.completeness.gaps', 3)).toBe('3 items are missing without an explanation.');
  });
});
