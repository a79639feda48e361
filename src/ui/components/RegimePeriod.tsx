// The period a regime applies in, as its regime.rules declares it ("effective from … to …"): one
// component for the overview and the rule-set list, so the two cannot show different periods.
import { Show, type JSX } from 'solid-js';
import type { RegimeMeta } from '../../rules/api';
import { t } from '../i18n';

export function RegimePeriod(props: { meta: RegimeMeta | undefined }): JSX.Element {
  return (
    <Show when={props.meta?.effectiveFrom}>
      {(from) => (
        <p class="regime-period" data-testid="regime-period" data-from={from().toString()} data-to={props.meta?.effectiveTo?.toString() ?? ''}>
          {props.meta?.effectiveTo
            ? t('home.regime.effectiveRange', { from: from().toString(), to: props.meta.effectiveTo.toString() })
            : t('home.regime.effective', { from: from().toString() })}
        </p>
      )}
    </Show>
  );
}
