// A missing item or a refused act in words, with field labels (never a path): the catalog's text
// for the field when it has one (cases.gap.<fieldKey>), else "<label of the item>: <what is
// missing>" ("Importer 2: address missing"), else "<label>: missing".
import { keyOf } from '../../../../domain/case/form-gaps';
import { t } from '../../../i18n';
import { fieldLabel, reactionFieldLabel } from './field-labels';

function known(key: string, params?: Record<string, string>): string | null {
  const s = t(key, params);
  return s === key ? null : s;
}

/** `field` is a path of the case file (or, with `reaction`, of one reaction). */
export function gapText(field: string, reaction = false): string {
  const key = keyOf(field);
  const own = known(`cases.gap.${reaction ? 'reaction.' : ''}${key}`);
  if (own) return own;
  const label = reaction ? reactionFieldLabel : fieldLabel;
  const cut = field.lastIndexOf('.');
  if (cut > 0) {
    const generic = known(`cases.gap.field.${field.slice(cut + 1)}`, { where: label(field.slice(0, cut)) });
    if (generic) return generic;
  }
  return t('cases.gap.missing', { field: label(field) });
}
