// The only scripts written into pages themselves (not files): small enough that a file would cost a round
// trip for nothing. Kept here as text so the Content Security Policy can allow exactly these by their hash
// (src/integrations/csp.ts) and never needs 'unsafe-inline'.
import * as routes from './routes.ts';
import { savedGuidesMessage } from './offline-guides.ts';
import { withBase } from './url.ts';

/** In <head>, before paint: the reader's chosen text size (private browsing may refuse storage). */
export const textSizeEarly = `
try {
  const size = localStorage.getItem('nq57-text-size');
  if (size) document.documentElement.dataset.textSize = size;
} catch {}
`;

/** After the text-size buttons (hidden without JavaScript): shows them and keeps the choice. */
export const textSizeControl = `
(() => {
  const root = document.documentElement;
  const box = document.querySelector('[data-text-size-control]');
  const buttons = box.querySelectorAll('button');
  const show = () =>
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.size === (root.dataset.textSize || 'vua'))));
  buttons.forEach((b) =>
    b.addEventListener('click', () => {
      root.dataset.textSize = b.dataset.size;
      try {
        localStorage.setItem('nq57-text-size', b.dataset.size);
      } catch {}
      show();
    }),
  );
  show();
  box.hidden = false;
})();
`;

/**
 * At the end of every page: the service worker that keeps opened pages and the offline page for when the
 * network drops (src/integrations/service-worker.ts). Registered once the page has loaded, so it never
 * competes with the page itself on a weak line; not at all when the reader's phone asks to save data.
 * On a first visit (the page came before the worker) it hands the worker this page and its files to keep,
 * which come back from the browser's cache or as a «not changed» answer. The procedure guides are saved ahead
 * only on an unmetered fast line: the phone says it is on Wi-Fi or a cable (not mobile data, which residents
 * pay for) and that the line is fast (effectiveType 4g); a phone that says neither (most browsers but
 * Chrome's) is never charged for them unasked.
 */
export function serviceWorkerRegistration(base: string): string {
  const url = JSON.stringify(withBase(routes.serviceWorker(), base));
  const scope = JSON.stringify(base);
  const assets = JSON.stringify(withBase(routes.assets(), base));
  return `
const net = navigator.connection;
if ('serviceWorker' in navigator && !net?.saveData)
  addEventListener('load', () => {
    const first = !navigator.serviceWorker.controller;
    navigator.serviceWorker
      .register(${url}, { scope: ${scope} })
      .then(async () => {
        const worker = (await navigator.serviceWorker.ready).active;
        if (first) {
          const files = performance.getEntriesByType('resource').map((e) => e.name);
          const page = [location.href, { headers: { Accept: 'text/html' } }];
          const urlsToCache = [page, ...files.filter((f) => new URL(f).pathname.startsWith(${assets}))];
          worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
        }
        if (['wifi', 'ethernet'].includes(net?.type) && net.effectiveType === '4g')
          worker.postMessage({ type: ${JSON.stringify(savedGuidesMessage)}, save: true });
      })
      .catch(() => {});
  });
`;
}
