// Per-step chart: on a logarithmic probability axis, each step's current value and the range in
// which the risk level holds. Plain SVG with a title/description; the table beside it carries the
// same figures as text.
import { createUniqueId, For, type JSX } from 'solid-js';
import type { ScenarioResult } from '../../../domain/risk/assess';
import type { RiskTables } from '../../../domain/risk/risk-tables';
import { t } from '../../i18n';
import { fractionText, riskText } from './format';

const W = 640;
const ROW = 34;
const LEFT = 70;
const RIGHT = 20;

function log10(p: { toNumber(): number }): number {
  return Math.log10(Math.max(p.toNumber(), 1e-12));
}

export function StepChart(props: { tables: RiskTables; result: ScenarioResult; values: readonly { toNumber(): number; toString(): string }[] }): JSX.Element {
  const titleId = createUniqueId();
  const descId = createUniqueId();
  const steps = () => props.result.sensitivity.steps;
  // Axis from the smallest value shown (rounded down to a power of ten) to 1.
  const minExp = () => {
    let m = 0;
    for (const st of steps()) {
      m = Math.min(m, log10(props.values[st.step]), st.down ? log10(st.down.probability) : 0);
    }
    return Math.floor(m) - (Math.floor(m) === m ? 1 : 0) || -1;
  };
  const x = (e: number) => LEFT + ((e - minExp()) / (0 - minExp())) * (W - LEFT - RIGHT);
  const height = () => 30 + steps().length * ROW;
  const ticks = () => Array.from({ length: -minExp() + 1 }, (_, i) => minExp() + i);
  const desc = () =>
    steps()
      .map((st) => {
        const parts = [t('assessment.chart.stepNow', { n: st.step + 1, p: props.values[st.step].toString() })];
        if (st.down) parts.push(t('assessment.chart.down', { p: fractionText(st.down.probability), risk: riskText(props.tables, st.down.risk) }));
        if (st.up?.reachable) parts.push(t('assessment.chart.up', { p: fractionText(st.up.probability), risk: riskText(props.tables, st.up.risk) }));
        return parts.join('; ');
      })
      .join('. ');
  return (
    <svg class="step-chart" viewBox={`0 0 ${W} ${height()}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{t('assessment.chart.title')}</title>
      <desc id={descId}>{desc()}</desc>
      <For each={ticks()}>
        {(e) => (
          <g>
            <line x1={x(e)} x2={x(e)} y1={10} y2={height() - 14} class="tick" />
            <text x={x(e)} y={height() - 2} text-anchor="middle" class="tick-label">
              {e === 0 ? '1' : `1e${e}`}
            </text>
          </g>
        )}
      </For>
      <For each={steps()}>
        {(st, i) => {
          const y = () => 22 + i() * ROW;
          const lo = () => (st.down ? log10(st.down.probability) : minExp());
          const hi = () => (st.up ? Math.min(0, log10(st.up.probability)) : 0);
          return (
            <g>
              <text x={LEFT - 8} y={y() + 4} text-anchor="end" class="step-label">
                {t('assessment.chart.stepLabel', { n: st.step + 1 })}
              </text>
              <line x1={x(lo())} x2={x(hi())} y1={y()} y2={y()} class="holds" />
              <line x1={x(lo())} x2={x(lo())} y1={y() - 8} y2={y() + 8} class="bound down" />
              <line x1={x(hi())} x2={x(hi())} y1={y() - 8} y2={y() + 8} class={`bound up ${st.up?.reachable ? '' : 'unreachable'}`} />
              <circle cx={x(log10(props.values[st.step]))} cy={y()} r="6" class="now" />
            </g>
          );
        }}
      </For>
    </svg>
  );
}
