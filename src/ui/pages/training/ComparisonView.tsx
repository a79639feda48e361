// The trainee's answer next to the model answer: the verdict, the step that diverges most, then
// step by step and the scenario as a whole (probability, band, severity, risk), each with how far
// it diverges.
import { For, Show, type JSX } from 'solid-js';
import type { Comparison } from '../../../domain/training/compare';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { t } from '../../i18n';
import { bandText, choiceText, fractionText, riskText, severityText } from '../assessment/format';
import { bandDiffText, largestStepText, levelDiffText, ratioText, stepCountText, verdictText } from './compare-text';

/** One line of the whole-scenario table: what, the model's, the trainee's, how far apart. */
function Row(props: { label: string; model: JSX.Element; answer: JSX.Element; diff: JSX.Element }): JSX.Element {
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td>{props.model}</td>
      <td>{props.answer}</td>
      <td>{props.diff}</td>
    </tr>
  );
}

export function ComparisonView(props: { tables: RiskTables; cmp: Comparison }): JSX.Element {
  const c = () => props.cmp;
  const tone = () => (c().verdict === 'identical' || c().verdict === 'sameRisk' ? 'status-ok' : 'status-warn');
  const bandOf = (band: number) => bandText(props.tables, props.tables.bands.findIndex((b) => b.value === band));
  return (
    <div class="comparison" data-verdict={c().verdict}>
      <p class={`status ${tone()}`} data-testid="comparison-verdict">
        {verdictText(props.tables, c())}
      </p>
      <Show when={largestStepText(c())}>{(s) => <p data-testid="comparison-largest">{s()}</p>}</Show>
      <Show when={stepCountText(c())}>{(s) => <p>{s()}</p>}</Show>
      <div class="table-scroll">
        <table class="assessment-table comparison-whole" data-testid="comparison-whole">
          <caption>{t('training.cmp.whole')}</caption>
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">{t('training.cmp.what')}</span></th>
              <th scope="col">{t('training.cmp.model')}</th>
              <th scope="col">{t('training.cmp.yours')}</th>
              <th scope="col">{t('training.cmp.difference')}</th>
            </tr>
          </thead>
          <tbody>
            <Row label={t('assessment.consumer')} model={choiceText(props.tables.consumerGroups, c().consumer.model)} answer={choiceText(props.tables.consumerGroups, c().consumer.answer)} diff={c().consumer.same ? t('training.cmp.sameChoice') : t('training.cmp.otherChoice')} />
            <Row label={t('assessment.hazard')} model={choiceText(props.tables.hazardGroups, c().hazard.model)} answer={choiceText(props.tables.hazardGroups, c().hazard.answer)} diff={c().hazard.same ? t('training.cmp.sameChoice') : t('training.cmp.otherChoice')} />
            <Row label={t('assessment.probability')} model={fractionText(c().probability.model)} answer={fractionText(c().probability.answer)} diff={ratioText(c().probability.ratio)} />
            <Row label={t('assessment.band')} model={bandOf(c().band.model)} answer={bandOf(c().band.answer)} diff={bandDiffText(c().band.higher)} />
            <Row label={t('assessment.severity')} model={severityText(props.tables, c().severity.model)} answer={severityText(props.tables, c().severity.answer)} diff={levelDiffText(c().severity.higher)} />
            <Row
              label={t('assessment.risk')}
              model={<span class={`risk-badge risk-${c().risk.model}`}>{riskText(props.tables, c().risk.model)}</span>}
              answer={<span class={`risk-badge risk-${c().risk.answer}`}>{riskText(props.tables, c().risk.answer)}</span>}
              diff={levelDiffText(c().risk.higher)}
            />
          </tbody>
        </table>
      </div>
      <div class="table-scroll">
        <table class="assessment-table comparison-steps" data-testid="comparison-steps">
          <caption>{t('training.cmp.steps')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.cmp.step')}</th>
              <th scope="col">{t('training.cmp.model')}</th>
              <th scope="col">{t('training.cmp.yours')}</th>
              <th scope="col">{t('training.cmp.difference')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={c().steps}>
              {(s) => (
                <tr classList={{ 'step-differs': !!s.ratio && s.ratio.toString() !== '1', 'step-largest': c().largestStep === s.index }} data-step={s.index + 1}>
                  <th scope="row">{s.index + 1}</th>
                  <td>
                    <Show when={s.model} fallback={<span>—</span>}>
                      {(p) => (
                        <>
                          {s.modelText} <strong class="nowrap">{fractionText(p())}</strong>
                        </>
                      )}
                    </Show>
                  </td>
                  <td>
                    <Show when={s.answer} fallback={<span>—</span>}>
                      {(p) => (
                        <>
                          {s.answerText} <strong class="nowrap">{fractionText(p())}</strong>
                        </>
                      )}
                    </Show>
                  </td>
                  <td>
                    <Show when={s.ratio} fallback={<span>{s.model ? t('training.cmp.missing') : t('training.cmp.extra')}</span>}>
                      {(r) => ratioText(r())}
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </div>
  );
}
