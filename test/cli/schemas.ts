// The interchange schemas compiled as the tests validate with them: ajv in strict mode, every
// keyword, dates checked as real calendar dates (ajv-formats), batches referring to their items.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

export function schemaValidators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, logger: false });
  addFormats(ajv, ['date']);
  for (const f of ['case.v1', 'case-batch.v1', 'assessment.v1', 'assessment-batch.v1', 'assessment-2004.v1', 'assessment-2004-result.v1']) {
    ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schema', `${f}.schema.json`), 'utf8')), `${f}.schema.json`);
  }
  return {
    validCase: ajv.getSchema('case.v1.schema.json')!,
    validCaseBatch: ajv.getSchema('case-batch.v1.schema.json')!,
    validAssessment: ajv.getSchema('assessment.v1.schema.json')!,
    validAssessmentBatch: ajv.getSchema('assessment-batch.v1.schema.json')!,
    validAssessment2004: ajv.getSchema('assessment-2004.v1.schema.json')!,
    validAssessment2004Result: ajv.getSchema('assessment-2004-result.v1.schema.json')!,
  };
}
