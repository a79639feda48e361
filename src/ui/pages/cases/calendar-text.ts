// How a working-day deadline's calendar is shown: "working days of Norway", "the Commission's
// working days", "weekends only — the public holidays of Poland are not known". The rule set
// decides which calendar counted (rules/compile/deadlines.ts); this only words it.
import type { CalendarGap } from '../../../rules/api';
import { t } from '../../i18n';
import { countryName } from '../alerts/labels';

export function calendarText(d: { calendar?: string; calendarGap?: CalendarGap }): string {
  if (d.calendar === undefined) return '';
  const name =
    d.calendar === 'weekends-only' ? t('casework.deadlines.calendar.weekendsOnly')
    : d.calendar === 'commission' ? t('casework.deadlines.calendar.commission')
    : /^[A-Z]{2}$/.test(d.calendar) ? t('casework.deadlines.calendar.state', { state: countryName(d.calendar) })
    : t('casework.deadlines.calendar.other', { name: d.calendar });
  const g = d.calendarGap;
  if (!g) return name;
  const why =
    g.kind === 'state-unknown' ? t('casework.deadlines.gap.stateUnknown', { state: countryName(g.state) })
    : g.kind === 'no-state' ? t('casework.deadlines.gap.noState')
    : t('casework.deadlines.gap.outsideYears', { first: String(g.first), last: String(g.last) });
  return `${name} — ${why}`;
}
