// One way to draw a chart from a dataset, for the figures page and for the kiosk: Chart.js fetched on
// first use with only the parts the charts need (11 kB gzip less than registering all of it), the
// Okabe–Ito palette (told apart by readers with colour-blindness), numbers in Vietnamese.
import type { Chart as ChartType, ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../lib/metrics.ts';

const palette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'];

let loaded: Promise<typeof ChartType> | undefined;

/** Chart.js, loaded and registered once per page. */
export function loadChart(): Promise<typeof ChartType> {
  loaded ??= import('chart.js').then((m) => {
    m.Chart.register(
      m.BarController,
      m.BarElement,
      m.CategoryScale,
      m.LinearScale,
      m.DoughnutController,
      m.ArcElement,
      m.Legend,
      m.Tooltip,
    );
    return m.Chart;
  });
  return loaded;
}

/** The Chart.js configuration of a chart spec; `fontSize` scales labels (larger on a screen). */
export function chartConfig(spec: ChartSpec, options: { animate: boolean; fontSize: number }): ChartConfiguration {
  const number = new Intl.NumberFormat('vi-VN');
  const font = { size: options.fontSize };
  return {
    type: spec.kind === 'tron' ? 'doughnut' : 'bar',
    data: {
      labels: spec.labels,
      datasets: [
        { data: spec.values, backgroundColor: spec.labels.map((_, i) => palette[i % palette.length] ?? '#000') },
      ],
    },
    options: {
      animation: options.animate ? { duration: 400 } : false,
      maintainAspectRatio: false,
      locale: 'vi-VN',
      plugins: {
        legend: { display: spec.kind === 'tron', position: 'bottom', labels: { font } },
        tooltip: { callbacks: { label: (c) => spec.texts?.[c.dataIndex] ?? number.format(Number(c.raw)) } },
      },
      scales: spec.kind === 'tron' ? {} : { x: { ticks: { font } }, y: { beginAtZero: true, ticks: { font } } },
    },
  };
}
