// The only scripts written into pages themselves (not files): small enough that a file would cost a round
// trip for nothing. Kept here as text so the Content Security Policy can allow exactly these by their hash
// (src/integrations/csp.ts) and never needs 'unsafe-inline'.
import * as routes from './routes.ts';
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
{
  const root = document.documentElement;
  const box = document.querySelector('[data-text-size-control]');
  const buttons = box.querySelectorAll('button');
  const show = () =>
    buttons.forEach((b) => b.setAttribute('aria-pressed', b.dataset.size == (root.dataset.textSize || 'vua')));
  buttons.forEach(
    (b) =>
      (b.onclick = () => {
        root.dataset.textSize = b.dataset.size;
        try {
          localStorage.setItem('nq57-text-size', b.dataset.size);
        } catch {}
        show();
      }),
  );
  show();
  box.hidden = false;
}
`;

/**
 * At the end of every page: the service worker that keeps opened pages and the offline page for when the
 * network drops (src/integrations/service-worker.ts). Registered once the page has loaded, so it never
 * competes with the page itself on a weak line; not at all when the reader's phone asks to save data. What
 * the worker does beyond that (keeping this first page, saving the guides ahead on an unmetered fast line) it
 * decides itself: every byte here is paid on every page.
 */
export function serviceWorkerRegistration(base: string): string {
  const url = JSON.stringify(withBase(routes.serviceWorker(), base));
  const scope = JSON.stringify(base);
  return `
if ('serviceWorker' in navigator && !navigator.connection?.saveData)
  addEventListener('load', () => navigator.serviceWorker.register(${url}, { scope: ${scope} }).catch(() => {}));
`;
}
