// Sensitivity displays shared by the wizard's result, the sensitivity page and the report.
import { For, Show, type JSX } from 'solid-js';
import type { ScenarioResult } from '../../../domain/risk/assess';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { neighbourhood, type Variation } from '../../../domain/risk/sensitivity';
import type { Fraction } from '../../../domain/fraction';
import { t } from '../../i18n';
import { bandText, fractionText, riskText, severityText } from './format';

export function RangeSummary(props: { tables: RiskTables; result: ScenarioResult }): JSX.Element {
  const s = () => props.result.sensitivity;
  return (
    <p class="range-summary" data-borderline={s().borderline ? 'true' : 'false'}>
      {s().borderline
        ? t('assessment.sens.borderline', { low: riskText(props.tables, s().range[0]), high: riskText(props.tables, s().range[1]) })
        : t('assessment.sens.robust', { risk: riskText(props.tables, props.result.risk) })}
    </p>
  );
}

function variationText(tables: RiskTables, v: Variation): string {
  const step = v.step !== undefined ? v.step + 1 : 0;
  return t(`assessment.sens.var.${v.kind}`, { severity: severityText(tables, v.severity), band: bandText(tables, v.bandIndex), step });
}

export function VariationList(props: { tables: RiskTables; result: ScenarioResult }): JSX.Element {
  return (
    <ul class="variation-list">
      <For each={props.result.sensitivity.variations}>
        {(v) => (
          <li>
            {variationText(props.tables, v)} → <span class={`risk-badge risk-${v.risk}`}>{riskText(props.tables, v.risk)}</span>
          </li>
        )}
      </For>
    </ul>
  );
}

function factorText(f: Fraction): string {
  return `×${fractionText(f)}`;
}

/** "How sure must I be?": per step, the probability at which the level changes, both ways. */
export function StepThresholdTable(props: { tables: RiskTables; result: ScenarioResult; stepTexts: readonly string[]; stepValues: readonly string[] }): JSX.Element {
  return (
    <table class="threshold-table">
      <caption>{t('assessment.sens.howSure')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('assessment.step')}</th>
          <th scope="col">{t('assessment.probability')}</th>
          <th scope="col">{t('assessment.sens.upColumn')}</th>
          <th scope="col">{t('assessment.sens.downColumn')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.result.sensitivity.steps}>
          {(st) => (
            <tr>
              <th scope="row">
                {st.step + 1}. {props.stepTexts[st.step]}
              </th>
              <td>{props.stepValues[st.step]}</td>
              <td>
                <Show when={st.up} fallback={t('assessment.sens.noChange')}>
                  {(up) => (
                    <Show when={up().reachable} fallback={t('assessment.sens.upUnreachable', { p: fractionText(up().probability), risk: riskText(props.tables, up().risk) })}>
                      {t('assessment.sens.upAt', { p: fractionText(up().probability), factor: factorText(up().factor), risk: riskText(props.tables, up().risk) })}
                    </Show>
                  )}
                </Show>
              </td>
              <td>
                <Show when={st.down} fallback={t('assessment.sens.noChange')}>
                  {(down) => t('assessment.sens.downAt', { p: fractionText(down().probability), factor: factorText(down().factor), risk: riskText(props.tables, down().risk) })}
                </Show>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

/** The scenario's cell of the risk matrix with its neighbours. */
export function MatrixNeighbourhood(props: { tables: RiskTables; result: ScenarioResult }): JSX.Element {
  const rows = () => neighbourhood(props.tables, props.result.bandIndex, props.result.severity);
  return (
    <table class="matrix-neighbourhood">
      <caption>{t('assessment.sens.matrix')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('assessment.band')}</th>
          <For each={rows()[0]}>{(c) => <th scope="col">{severityText(props.tables, c.severity)}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <For each={rows()}>
          {(row) => (
            <tr>
              <th scope="row">{bandText(props.tables, row[0].bandIndex)}</th>
              <For each={row}>
                {(c) => (
                  <td class={`risk-cell risk-${c.risk} ${c.current ? 'current' : ''}`} aria-current={c.current ? 'true' : undefined}>
                    {riskText(props.tables, c.risk)}
                    <Show when={c.current}>
                      <span class="current-mark"> ● {t('assessment.sens.thisScenario')}</span>
                    </Show>
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
