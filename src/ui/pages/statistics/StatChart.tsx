import { createEffect, onCleanup, type JSX } from 'solid-js';
import type { ChartSpec, DrawnChart } from './chart-render';

/**
 * A chart drawn by Chart.js (loaded on first use). The canvas is an image with a name; the figures
 * themselves are in the table the page shows with every chart.
 */
export function StatChart(p: { spec: ChartSpec; label: string; testId: string }): JSX.Element {
  let canvas!: HTMLCanvasElement;
  let drawn: DrawnChart | null = null;
  let disposed = false;
  let latest: ChartSpec;
  createEffect(() => {
    latest = p.spec;
    if (drawn) return drawn.update(latest);
    void import('./chart-render').then((m) => {
      if (disposed || drawn) return;
      drawn = m.drawChart(canvas, latest);
      canvas.dataset.drawn = 'true';
    });
  });
  onCleanup(() => {
    disposed = true;
    drawn?.destroy();
  });
  return (
    <div class="sg-chart">
      <canvas ref={canvas} role="img" aria-label={p.label} data-testid={p.testId} />
    </div>
  );
}
