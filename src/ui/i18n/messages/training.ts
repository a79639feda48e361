import type { Catalog } from './types';

export const training: Catalog = { en: {}, de: {}, fr: {} };
