import type { Catalog } from './types';

export const casework: Catalog = { en: {}, de: {}, fr: {} };
