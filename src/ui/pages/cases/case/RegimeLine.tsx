// Which regime decides the case and why, and the case officer's explicit choice of another one.
// The page only shows what domain/case/deciding-regime.ts decided and records what
// domain/case/regime-choice.ts allows.
import { createSignal, For, Show, type JSX } from 'solid-js';
import type { DecidingRegime } from '../../../../domain/case/deciding-regime';
import type { ChoiceProblem } from '../../../../domain/case/regime-choice';
import { mayEditCase } from '../../../../domain/case/roles';
import type { CaseFile, Role } from '../../../../domain/case/types';
import { t } from '../../../i18n';
import { useRegimes } from '../../../regimes';
import { TextInput } from './fields';

export function regimeBasisText(r: DecidingRegime, file: CaseFile): string {
  switch (r.basis) {
    case 'chosen': {
      const c = file.regimeChoice;
      return t('regime.basis.chosen', { actor: c?.actor || t('regime.someone'), date: c?.date ?? '', reason: c?.reason ?? '' });
    }
    case 'decided':
      return t('regime.basis.decided');
    default:
      return t(`regime.basis.${r.basis}`, { date: r.date ?? '' });
  }
}

export function RegimeLine(p: {
  file: () => CaseFile;
  regime: DecidingRegime;
  role: () => Role;
  onChoose: (regimeId: string | null, reason: string) => Promise<ChoiceProblem[]>;
}): JSX.Element {
  const regimes = useRegimes();
  const [open, setOpen] = createSignal(false);
  const [choice, setChoice] = createSignal('');
  const [reason, setReason] = createSignal('');
  const [problems, setProblems] = createSignal<ChoiceProblem[]>([]);
  const usable = () => (regimes() ?? []).filter((r) => r.ruleSet);
  const title = (id: string) => usable().find((r) => r.id === id)?.ruleSet?.meta.title ?? id;
  const period = (id: string) => {
    const m = usable().find((r) => r.id === id)?.ruleSet?.meta;
    if (!m?.effectiveFrom) return '';
    return m.effectiveTo ? t('regime.period.closed', { from: m.effectiveFrom.toString(), to: m.effectiveTo.toString() }) : t('regime.period.open', { from: m.effectiveFrom.toString() });
  };
  const mayChoose = () => p.regime.basis !== 'decided' && mayEditCase(p.role());
  const submit = async (regimeId: string | null) => {
    const found = await p.onChoose(regimeId, reason());
    setProblems(found);
    if (found.length === 0) setOpen(false);
  };
  return (
    <div class="rule-set-line regime-line" data-testid="case-regime" data-regime={p.regime.regimeId} data-basis={p.regime.basis}>
      <span class="hint">
        <span title={period(p.regime.regimeId)}>{title(p.regime.regimeId)}</span> ({period(p.regime.regimeId)}) — {regimeBasisText(p.regime, p.file())}
      </span>
      <Show when={mayChoose()}>
        <Show
          when={open()}
          fallback={
            <button type="button" class="secondary small" data-testid="choose-regime" onClick={() => (setChoice(p.regime.regimeId), setOpen(true))}>
              {t('regime.choose')}
            </button>
          }
        >
          <div class="inline-form" data-testid="regime-chooser">
            <div class="field">
              <label for="case-regime-choice">{t('regime.choose.label')}</label>
              <select id="case-regime-choice" value={choice()} onChange={(e) => setChoice(e.currentTarget.value)}>
                <For each={usable()}>
                  {(r) => (
                    <option value={r.id}>
                      {r.ruleSet!.meta.title} ({period(r.id)})
                    </option>
                  )}
                </For>
              </select>
            </div>
            <TextInput path="regimeChoice.reason" label={t('regime.choose.reason')} value={reason()} onChange={setReason} problem={problems().includes('reason') ? t('regime.problem.reason') : null} />
            <For each={problems().filter((x) => x !== 'reason')}>{(x) => <p class="field-error" role="alert">{t(`regime.problem.${x}`)}</p>}</For>
            <button type="button" data-testid="choose-regime-confirm" onClick={() => void submit(choice())}>
              {t('regime.choose.confirm')}
            </button>
            <Show when={p.regime.basis === 'chosen'}>
              <button type="button" class="secondary" data-testid="regime-by-date" onClick={() => void submit(null)}>
                {t('regime.choose.byDate')}
              </button>
            </Show>
            <button type="button" class="secondary" onClick={() => (setOpen(false), setProblems([]))}>
              {t('regime.choose.cancel')}
            </button>
          </div>
        </Show>
      </Show>
    </div>
  );
}
