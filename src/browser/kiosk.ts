// Plays a screen's playlist, unattended, for months. One timer drives everything (slides, clock,
// schedule, drift, checks for a new build); each slide replaces the last; a chart is destroyed before
// its slide leaves; the page reloads for new content only after the server has answered.
import { clockText, drift, onAir, slideSeconds, variantFor } from '../lib/kiosk.ts';
import type { ChartSpec } from '../lib/metrics.ts';
import { chartConfig, loadChart } from './chart-setup.ts';

interface KioskConfig {
  playlist: { kind: string; seconds: number; variants: number }[];
  schedule: { on: string; off: string };
  /** The unit's time zone (IANA name): the schedule and the clock follow it, whatever the PC's zone. */
  timeZone: string;
  version: string;
  versionUrl: string;
  serviceWorker: string;
  scope: string;
}

const CHECK_EVERY_MS = 10_000;
const DRIFT_EVERY_MS = 60_000;

/** Shrinks the text of a slide until nothing overflows it (long headlines, small LED panels). */
function fit(slide: HTMLElement): void {
  let scale = 1;
  slide.style.setProperty('--fit', '1');
  while ((slide.scrollHeight > slide.clientHeight || slide.scrollWidth > slide.clientWidth) && scale > 0.4) {
    scale -= 0.05;
    slide.style.setProperty('--fit', scale.toFixed(2));
  }
}

export function startKiosk(doc: Document): void {
  const root = doc.getElementById('kiosk');
  const stage = root?.querySelector<HTMLElement>('.stage');
  const clock = root?.querySelector<HTMLElement>('[data-clock]');
  const configText = doc.getElementById('kiosk-config')?.textContent;
  if (!root || !stage || !clock || !configText) return;
  const config = JSON.parse(configText) as KioskConfig;
  const param = new URL(doc.location.href).searchParams.get('duration');
  const seconds = config.playlist.map((s) => slideSeconds(param, s.seconds));
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;

  let index = -1;
  let pass = 0;
  let shown = 0;
  let chart: { destroy(): void } | undefined;
  let nextSlideAt = 0;
  let lastCheck = 0;
  let nextDriftAt = 0;
  let driftStep = 0;
  let checking = false;

  const clear = () => {
    chart?.destroy();
    chart = undefined;
    stage.replaceChildren();
  };

  const show = (i: number) => {
    clear();
    const item = config.playlist[i];
    if (!item) return;
    const variant = variantFor(pass, item.variants);
    const template = root.querySelector<HTMLTemplateElement>(`template[data-slide="${i}"][data-variant="${variant}"]`);
    if (!template) return;
    stage.replaceChildren(template.content.cloneNode(true));
    const slide = stage.firstElementChild as HTMLElement | null;
    root.dataset.slide = String(i);
    root.dataset.kind = item.kind;
    root.dataset.shown = String(++shown);
    if (!slide) return;
    fit(slide);
    const canvas = slide.querySelector<HTMLCanvasElement>('canvas[data-chart]');
    if (canvas) {
      const mine = shown;
      void loadChart().then((Chart) => {
        // The slide may have gone while Chart.js loaded: never draw on a canvas no longer shown.
        if (mine !== shown || !canvas.isConnected) return;
        const spec = JSON.parse(canvas.dataset.chart ?? '{}') as ChartSpec;
        const fontSize = Math.max(12, Math.round(Math.min(innerWidth, innerHeight) / 40));
        chart = new Chart(canvas, chartConfig(spec, { animate: false, fontSize }));
      });
    }
    if (animate) slide.classList.add('fade-in');
  };

  const checkForNewBuild = async () => {
    if (checking) return;
    checking = true;
    try {
      const response = await fetch(config.versionUrl, { cache: 'no-store' });
      if (!response.ok) return;
      const { version } = (await response.json()) as { version?: string };
      // The server answered with a different build: reload now, while it is there to serve the page.
      if (version && version !== config.version) doc.location.reload();
    } catch {
      // No network: keep playing what is on screen; the next pass will ask again.
    } finally {
      checking = false;
    }
  };

  const tick = () => {
    const now = Date.now();
    const date = new Date(now);
    clock.textContent = clockText(date, config.timeZone);
    const live = onAir(config.schedule, date, config.timeZone);
    if (!live) {
      if (root.dataset.air !== 'off') {
        clear();
        index = -1;
        root.dataset.air = 'off';
      }
    } else {
      root.dataset.air = 'on';
      if (now >= nextSlideAt) {
        index = (index + 1) % config.playlist.length;
        if (index === 0 && shown > 0) pass += 1;
        show(index);
        nextSlideAt = now + (seconds[index] ?? 10) * 1000;
        if (index === 0 && now - lastCheck >= CHECK_EVERY_MS) {
          lastCheck = now;
          void checkForNewBuild();
        }
      }
    }
    if (now >= nextDriftAt) {
      const { x, y } = drift(driftStep++);
      root.style.setProperty('--drift-x', `${x}px`);
      root.style.setProperty('--drift-y', `${y}px`);
      nextDriftAt = now + DRIFT_EVERY_MS;
    }
    const untilSlide = live ? Math.max(0, nextSlideAt - Date.now()) : 30_000;
    setTimeout(tick, Math.min(untilSlide, 1000 - (Date.now() % 1000) || 1000));
  };

  registerServiceWorker(config);
  tick();
}

/** Keeps the last good copy of the page and its files for when the network drops. */
function registerServiceWorker(config: KioskConfig): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(config.serviceWorker, { scope: config.scope })
    .then(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
      // The first load came before the worker: fetch the page and its files once through it, so they are kept.
      await fetch(location.href, { headers: { Accept: 'text/html' } }).catch(() => undefined);
      const files = [
        ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
        ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
        ...[...document.querySelectorAll<HTMLTemplateElement>('template')].flatMap((t) =>
          [...t.content.querySelectorAll('img')].map(
            (img) => new URL(img.getAttribute('src') ?? '', location.href).href,
          ),
        ),
      ];
      await Promise.all(files.map((f) => fetch(f).catch(() => undefined)));
      await loadChart();
      document.documentElement.dataset.offlineReady = 'true';
    })
    .catch(() => undefined);
}
