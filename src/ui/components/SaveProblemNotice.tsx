import { Show, type JSX } from 'solid-js';
import { t } from '../i18n';

export interface SaveProblemNoticeProps {
  /** saveRecord's refusal other than a conflict (conflicts get ConflictNotice). */
  problem: { reason: 'quota' } | { reason: 'error'; message: string };
}

/** A full disk or another storage failure: nothing was written, the entry is still on screen. */
export function SaveProblemNotice(props: SaveProblemNoticeProps): JSX.Element {
  const p = () => props.problem;
  return (
    <div class="notice notice-error" role="alert" data-testid="save-problem" data-reason={p().reason}>
      <Show
        when={p().reason === 'quota'}
        fallback={
          <>
            <h2>{t('saveError.title')}</h2>
            <p>{t('saveError.body', { message: (p() as { message: string }).message })}</p>
          </>
        }
      >
        <h2>{t('quota.title')}</h2>
        <p>{t('quota.body')}</p>
      </Show>
    </div>
  );
}
