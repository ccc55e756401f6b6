// Plays a screen's playlist, unattended, for months. One timer drives everything (slides, clock,
// schedule, drift, checks for a new build); each slide replaces the last; a chart is destroyed before
// its slide leaves; the page reloads for new content only after the server has answered with a well-formed
// new build, and never twice in a row for the same one. Slides are timed by the monotonic clock
// (performance.now()), so setting the PC's clock back never holds them; the wall clock drives only the clock
// line and the on-air hours. A broken configuration shows a fallback slide with a line for the operator.
import {
  clockText,
  configErrorMessage,
  drift,
  onAir,
  readKioskConfig,
  readReloadMemory,
  shouldReload,
  slideSeconds,
  variantFor,
  versionInFile,
  type KioskConfig,
  type KioskUpdate,
} from '../lib/kiosk.ts';
import type { ChartSpec } from '../lib/metrics.ts';
import { chartConfig, loadChart } from './chart-setup.ts';

const CHECK_EVERY_MS = 10_000;
const DRIFT_EVERY_MS = 60_000;
/** sessionStorage key: the build the last reload was made for, and when (see shouldReload). */
const RELOADED_FOR = 'nq57-kiosk-tai-lai';
/** A version file is a few dozen bytes; anything longer is not read to the end. */
const VERSION_FILE_BYTES = 1_000;

/** Shrinks the text of a slide until nothing overflows it (long headlines, small LED panels). */
function fit(slide: HTMLElement): void {
  let scale = 1;
  slide.style.setProperty('--fit', '1');
  while ((slide.scrollHeight > slide.clientHeight || slide.scrollWidth > slide.clientWidth) && scale > 0.4) {
    scale -= 0.05;
    slide.style.setProperty('--fit', scale.toFixed(2));
  }
}

/** The body of a response as text, or undefined when it is longer than `max` bytes (read no further). */
async function readCapped(response: Response, max: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return undefined;
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

const session = {
  read: (key: string): string | null => {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Whether the value could be kept: without it the player must not reload (it could not tell a loop). */
  write: (key: string, value: string): boolean => {
    try {
      sessionStorage.setItem(key, value);
      return sessionStorage.getItem(key) === value;
    } catch {
      return false;
    }
  },
};

export function startKiosk(doc: Document): void {
  const root = doc.getElementById('kiosk');
  const stage = root?.querySelector<HTMLElement>('.stage');
  const clock = root?.querySelector<HTMLElement>('[data-clock]');
  if (!root || !stage || !clock) return;
  const reading = readKioskConfig(doc.getElementById('kiosk-config')?.textContent);
  const config: KioskConfig | undefined = reading.ok ? reading.config : undefined;
  const timeZone = reading.ok ? reading.config.timeZone : reading.timeZone;
  const update: KioskUpdate | undefined = reading.ok ? reading.config : reading.update;
  const param = new URL(doc.location.href).searchParams.get('duration');
  const seconds = config?.playlist.map((s) => slideSeconds(param, s.seconds)) ?? [];
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;

  let index = -1;
  let pass = 0;
  let shown = 0;
  let chart: { destroy(): void } | undefined;
  // Times on the monotonic clock (performance.now(), ms): a change of the PC's clock does not move them.
  let nextSlideAt = 0;
  let lastCheck = Number.NEGATIVE_INFINITY;
  let nextDriftAt = 0;
  let driftStep = 0;
  let checking = false;

  const clear = () => {
    chart?.destroy();
    chart = undefined;
    stage.replaceChildren();
  };

  /** The slide that stands in when there is nothing sound to show, with the operator's line under it. */
  const showFallback = (problem: string) => {
    clear();
    const template = root.querySelector<HTMLTemplateElement>('template[data-fallback]');
    if (template) stage.replaceChildren(template.content.cloneNode(true));
    const note = stage.querySelector<HTMLElement>('[data-operator-note]');
    if (note) note.textContent = configErrorMessage(problem);
    root.dataset.configError = problem;
    root.dataset.kind = 'fallback';
  };

  const show = (i: number) => {
    clear();
    const item = config?.playlist[i];
    if (!item) return;
    const variant = variantFor(pass, item.variants);
    const template = root.querySelector<HTMLTemplateElement>(`template[data-slide="${i}"][data-variant="${variant}"]`);
    root.dataset.slide = String(i);
    root.dataset.shown = String(++shown);
    if (!template) {
      showFallback(`không có nội dung cho trang chiếu thứ ${i + 1} (${item.kind})`);
      return;
    }
    stage.replaceChildren(template.content.cloneNode(true));
    const slide = stage.firstElementChild as HTMLElement | null;
    root.dataset.kind = item.kind;
    delete root.dataset.configError;
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

  const checkForNewBuild = async ({ version, versionUrl }: KioskUpdate) => {
    if (checking) return;
    checking = true;
    try {
      const response = await fetch(versionUrl, { cache: 'no-store' });
      if (!response.ok) return;
      const served = versionInFile((await readCapped(response, VERSION_FILE_BYTES)) ?? '');
      const now = Date.now();
      if (!shouldReload(served, version, readReloadMemory(session.read(RELOADED_FOR)), now)) return;
      // The server answered with a different build: reload now, while it is there to serve the page.
      if (session.write(RELOADED_FOR, JSON.stringify({ version: served, at: now }))) doc.location.reload();
    } catch {
      // No network: keep playing what is on screen; the next pass will ask again.
    } finally {
      checking = false;
    }
  };

  const maybeCheck = (now: number) => {
    if (!update || now - lastCheck < CHECK_EVERY_MS) return;
    lastCheck = now;
    void checkForNewBuild(update);
  };

  const step = (now: number, date: Date): boolean => {
    if (!config) {
      maybeCheck(now);
      return false;
    }
    const live = onAir(config.schedule, date, config.timeZone);
    if (!live) {
      if (root.dataset.air !== 'off') {
        clear();
        index = -1;
        root.dataset.air = 'off';
      }
      return false;
    }
    root.dataset.air = 'on';
    if (now >= nextSlideAt) {
      index = (index + 1) % config.playlist.length;
      if (index === 0 && shown > 0) pass += 1;
      nextSlideAt = now + (seconds[index] ?? 10) * 1000;
      show(index);
      if (index === 0) maybeCheck(now);
    }
    return true;
  };

  const tick = () => {
    const now = performance.now();
    let live = false;
    try {
      clock.textContent = clockText(new Date(), timeZone);
      live = step(now, new Date());
      if (now >= nextDriftAt) {
        const { x, y } = drift(driftStep++);
        root.style.setProperty('--drift-x', `${x}px`);
        root.style.setProperty('--drift-y', `${y}px`);
        nextDriftAt = now + DRIFT_EVERY_MS;
      }
    } finally {
      // Whatever a slide did, the timer goes on: a screen never freezes on one error.
      const untilSlide = live ? Math.max(0, nextSlideAt - performance.now()) : 30_000;
      setTimeout(tick, Math.min(untilSlide, 1000 - (Date.now() % 1000) || 1000));
    }
  };

  if (reading.ok) registerServiceWorker(reading.config);
  else showFallback(reading.problem);
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
      // The first load came before the worker: fetch the page and its files once through it, so they are kept
      // (the worker keeps nothing else ahead: every script the player loaded, its chunks included, is here).
      await fetch(location.href, { headers: { Accept: 'text/html' } }).catch(() => undefined);
      const files = [
        // Its scripts (their chunks too), styles and images so far, from the browser's resource timings (read
        // through an observer, which a test's fake clock leaves alone; the screen loads nothing from another
        // host; files loaded later call it again, which changes nothing); then the slides' images, not yet shown.
        ...(await new Promise<string[]>((resolve) =>
          new PerformanceObserver((list) => resolve(list.getEntries().map((e) => e.name))).observe({
            type: 'resource',
            buffered: true,
          }),
        )),
        ...[...document.querySelectorAll<HTMLTemplateElement>('template')].flatMap((t) =>
          // As written: fetch() reads an address against the page's, as the image will.
          [...t.content.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? location.href),
        ),
      ];
      await Promise.all(files.map((f) => fetch(f).catch(() => undefined)));
      await loadChart();
      document.documentElement.dataset.offlineReady = 'true';
    })
    .catch(() => undefined);
}
