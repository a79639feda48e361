// Record bodies as the browser stores them, for pushes in the server tests.
import { hammer } from '../../src/demo/assessments';
import { emptyCase } from '../../src/domain/case/empty';
import { caseIndexFields } from '../../src/domain/case/index-fields';

export function caseBody(id: string, productName = 'Kettle K-1') {
  const file = emptyCase({ id, created: '2026-11-02', regimeId: 'rapex-2010', authority: 'Test authority', country: 'NO' });
  file.product.name = productName;
  return { ...caseIndexFields(file), file };
}

export const assessmentBody = (name = 'Hammer') => ({ doc: { ...hammer, product: { ...hammer.product, name } }, wizard: null });
