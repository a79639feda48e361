export interface Catalog {
  en: Record<string, string>;
  de: Record<string, string>;
  fr: Record<string, string>;
}
