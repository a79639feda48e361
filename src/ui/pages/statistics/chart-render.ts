// Chart.js with only the parts the statistics page draws (bar and line charts), loaded lazily with
// that page's first chart. Animation is off: the figures are read, not watched, and a user who
// prefers reduced motion gets none.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart also by the point style. */
const COLOURS = ['#0b5cad', '#b03a00', '#1d6b32', '#7a4d00', '#6a3d9a', '#8b0000', '#4a5360'];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded'] as const;

export interface ChartSpec {
  type: 'bar' | 'line';
  labels: string[];
  series: { label: string; data: number[] }[];
}

export interface DrawnChart {
  update(spec: ChartSpec): void;
  destroy(): void;
}

function config(spec: ChartSpec) {
  return {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.data,
        backgroundColor: COLOURS[i % COLOURS.length],
        borderColor: COLOURS[i % COLOURS.length],
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: 4,
        borderWidth: 2,
      })),
    },
    options: {
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.type === 'bar' ? ('y' as const) : ('x' as const),
      plugins: { legend: { display: spec.series.length > 1 } },
      scales: { [spec.type === 'bar' ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  };
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): DrawnChart {
  const chart = new Chart(canvas, config(spec) as never);
  return {
    update(next) {
      // A chart keeps its type (each of the page's charts has one); data and scales follow.
      const c = config(next);
      chart.data = c.data as never;
      chart.options = c.options as never;
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
