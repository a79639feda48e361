import type { Catalog } from './types';

export const assessment: Catalog = { en: {}, de: {}, fr: {} };
