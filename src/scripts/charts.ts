// Draws each chart figure once, when it first comes into view; Chart.js is fetched then, not before.
// Colours: the Okabe–Ito palette, told apart by readers with colour-blindness; no animation when the
// reader asks for reduced motion.

const palette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'];

interface Spec {
  kind: 'cot' | 'tron';
  labels: string[];
  values: number[];
}

async function draw(figure: HTMLElement): Promise<void> {
  const spec = JSON.parse(figure.dataset.chart ?? '{}') as Spec;
  const area = figure.querySelector<HTMLElement>('.chart-area');
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas');
  if (!area || !canvas) return;
  // Only the parts the charts use: naming them saves 11 kB gzip over registering all of Chart.js.
  const {
    Chart,
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    DoughnutController,
    ArcElement,
    Legend,
    Tooltip,
  } = await import('chart.js');
  Chart.register(
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    DoughnutController,
    ArcElement,
    Legend,
    Tooltip,
  );
  area.hidden = false;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const number = new Intl.NumberFormat('vi-VN');
  new Chart(canvas, {
    type: spec.kind === 'tron' ? 'doughnut' : 'bar',
    data: {
      labels: spec.labels,
      datasets: [
        { data: spec.values, backgroundColor: spec.labels.map((_, i) => palette[i % palette.length] ?? '#000') },
      ],
    },
    options: {
      animation: still ? false : { duration: 400 },
      maintainAspectRatio: false,
      locale: 'vi-VN',
      plugins: {
        legend: { display: spec.kind === 'tron', position: 'bottom', labels: { font: { size: 15 } } },
        tooltip: { callbacks: { label: (c) => number.format(Number(c.raw)) } },
      },
      scales:
        spec.kind === 'tron'
          ? {}
          : { x: { ticks: { font: { size: 14 } } }, y: { beginAtZero: true, ticks: { font: { size: 14 } } } },
    },
  });
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
