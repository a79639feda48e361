// Why an assessment is under its regime: in force on the assessment's date, or chosen for it.
import { createResource, Show, type JSX } from 'solid-js';
import { CalendarDate } from '../../../domain/calendar-date';
import { t } from '../../i18n';
import { regimeOn } from '../../regimes';

export function RegimeBasis(p: { date: string | undefined; regime: string }): JSX.Element {
  const [onDate] = createResource(
    () => p.date,
    (d) => {
      const c = CalendarDate.parse(d);
      return c ? regimeOn(c) : null;
    },
  );
  return (
    <Show when={p.date && !onDate.loading ? p.date : undefined}>
      {(d) => (
        <span class="hint" data-testid="assessment-regime-basis" data-basis={onDate() === p.regime ? 'date' : 'chosen'}>
          {' '}
          ({onDate() === p.regime ? t('regime.basis.assessment-date', { date: d() }) : t('regime.basis.assessment-chosen')})
        </span>
      )}
    </Show>
  );
}
