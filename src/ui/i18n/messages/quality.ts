import type { Catalog } from './types';

export const quality: Catalog = { en: {}, de: {}, fr: {} };
