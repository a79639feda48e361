// The trainee's answer next to the model answer: the verdict, the step that diverges most, then
// step by step and the scenario as a whole (probability, band, severity, risk), each with how far
// it diverges.
import { For, Show, type JSX } from 'solid-js';
import type { Comparison } from '../../../domain/training/compare';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { t } from '../../i18n';
import { bandText, choiceText, fractionText, riskText, severityText } from '../assessment/format';
import { bandDiffText, largestStepText, levelDiffText, ratioText, stepCountText, verdictText } from './compare-text';

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
            <tr>
              <th scope="row">{t('assessment.consumer')}</th>
              <td>{choiceText(props.tables.consumerGroups, c().consumer.model)}</td>
              <td>{choiceText(props.tables.consumerGroups, c().consumer.answer)}</td>
              <td>{c().consumer.same ? t('training.cmp.sameChoice') : t('training.cmp.otherChoice')}</td>
            </tr>
            <tr>
              <th scope="row">{t('assessment.hazard')}</th>
              <td>{choiceText(props.tables.hazardGroups, c().hazard.model)}</td>
              <td>{choiceText(props.tables.hazardGroups, c().hazard.answer)}</td>
              <td>{c().hazard.same ? t('training.cmp.sameChoice') : t('training.cmp.otherChoice')}</td>
            </tr>
            <tr>
              <th scope="row">{t('assessment.probability')}</th>
              <td>{fractionText(c().probability.model)}</td>
              <td>{fractionText(c().probability.answer)}</td>
              <td>{ratioText(c().probability.ratio)}</td>
            </tr>
            <tr>
              <th scope="row">{t('assessment.band')}</th>
              <td>{bandOf(c().band.model)}</td>
              <td>{bandOf(c().band.answer)}</td>
              <td>{bandDiffText(c().band.higher)}</td>
            </tr>
            <tr>
              <th scope="row">{t('assessment.severity')}</th>
              <td>{severityText(props.tables, c().severity.model)}</td>
              <td>{severityText(props.tables, c().severity.answer)}</td>
              <td>{levelDiffText(c().severity.higher)}</td>
            </tr>
            <tr>
              <th scope="row">{t('assessment.risk')}</th>
              <td>
                <span class={`risk-badge risk-${c().risk.model}`}>{riskText(props.tables, c().risk.model)}</span>
              </td>
              <td>
                <span class={`risk-badge risk-${c().risk.answer}`}>{riskText(props.tables, c().risk.answer)}</span>
              </td>
              <td>{levelDiffText(c().risk.higher)}</td>
            </tr>
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
