import type { Catalog } from './types';

export const rulesEditor: Catalog = { en: {}, de: {}, fr: {} };
