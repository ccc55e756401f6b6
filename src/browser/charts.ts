// Draws each chart figure once, when it first comes into view; Chart.js is fetched then, not before.
// No animation when the reader asks for reduced motion.
import type { ChartSpec } from '../lib/metrics.ts';
import { chartConfig, loadChart } from './chart-setup.ts';

async function draw(figure: HTMLElement): Promise<void> {
  const spec = JSON.parse(figure.dataset.chart ?? '{}') as ChartSpec;
  const area = figure.querySelector<HTMLElement>('.chart-area');
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
  if (!area || !canvas) return;
  const Chart = await loadChart();
  area.hidden = false;
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  new Chart(canvas, chartConfig(spec, { animate, fontSize: 15 }));
  figure.dataset.drawn = 'true';
}

export function drawChartsInView(doc: Document): void {
  const figures = [...doc.querySelectorAll<HTMLElement>('figure[data-chart]:not([data-watched])')];
  if (figures.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px' },
  );
  for (const figure of figures) {
    figure.dataset.watched = 'true';
    observer.observe(figure);
  }
}
