import type { Catalog } from './types';

export const cases: Catalog = { en: {}, de: {}, fr: {} };
