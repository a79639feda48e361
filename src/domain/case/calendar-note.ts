// In plain English, why a working-day deadline may count too few holidays (the CLI's `note`; the
// app words the same gap through its i18n layer).
import type { CalendarGap } from '../../rules/api';

export function calendarGapNote(gap: CalendarGap): string {
  switch (gap.kind) {
    case 'state-unknown':
      return `the public holidays of ${gap.state} are not known: only weekends are left out`;
    case 'no-state':
      return 'the State is not given (notifyingCountry): its public holidays are not known, only weekends are left out';
    case 'outside-years':
      return `the calendar lists public holidays for ${gap.first}-${gap.last} only: holidays outside those years are not left out`;
  }
}
