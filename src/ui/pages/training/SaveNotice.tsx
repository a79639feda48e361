// A refused save on a training page: a change from another tab (reload to see it) or a storage
// problem (nothing written, the input is still on screen).
import { Show, type JSX } from 'solid-js';
import type { SaveResult } from '../../../store/records';
import type { SessionRecord } from '../../../store/sessions';
import { t } from '../../i18n';
import { SaveProblemNotice } from '../../components/SaveProblemNotice';

export type SaveProblem = Exclude<SaveResult<SessionRecord>, { ok: true }>;

export function SaveNotice(props: { problem: SaveProblem }): JSX.Element {
  return (
    <Show when={props.problem.reason === 'conflict'} fallback={<SaveProblemNotice problem={props.problem as { reason: 'quota' } | { reason: 'error'; message: string }} />}>
      <div class="notice notice-conflict" role="alert" data-testid="save-conflict">
        <p>{t('training.conflict')}</p>
        <button type="button" onClick={() => location.reload()}>
          {t('training.reload')}
        </button>
      </div>
    </Show>
  );
}
