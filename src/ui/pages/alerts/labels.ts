// How the alerts pages show values: countries by name in the current language, empty values as
// "not given", the trend's remainder as "other"; the Excel file type for downloads.
import { OTHER } from '../../../domain/alerts/stats';
import { lang, t } from '../../i18n';

const names = new Map<string, Intl.DisplayNames>();

export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  const l = lang();
  let n = names.get(l);
  if (!n) names.set(l, (n = new Intl.DisplayNames([l], { type: 'region' })));
  try {
    return n.of(code) ?? code;
  } catch {
    return code;
  }
}

const COUNTRY_FIELDS = new Set(['notifyingCountry', 'countryOfOrigin', 'foundIn']);

/** A statistics value as shown (and exported). */
export function valueLabel(field: string, value: string): string {
  if (value === '') return t('alerts.notGiven');
  if (value === OTHER) return t('alerts.other');
  return COUNTRY_FIELDS.has(field) ? countryName(value) : value;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
