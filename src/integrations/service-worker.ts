// Astro integration: after the build, Workbox writes the service worker (sw.js) that keeps the last good
// copy of pages and their files for when the network drops. Pages come from the network whenever it
// answers (never stale when the network is good); the screens' version file never comes from a cache.
// A first visit costs only what it shows: the worker keeps at once just the offline page and its files (the
// site's CSS is inlined into pages; the budget holds them under 60 kB, scripts/lib/budget.ts); the page being read and its files are kept as they
// come (those open when the worker first takes over, too), the guides only when asked (saved-guides-worker.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { offlineGuides } from '../lib/offline-guides.ts';
import { scriptsOf } from '../lib/module-graph.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import * as routes from '../lib/routes.ts';
import { withBase } from '../lib/url.ts';
import { collectionSpecs } from '../schemas/index.ts';
import { readEntries } from '../reader/index.ts';
import { savedGuidesScript } from './saved-guides-worker.ts';

// The functions below are written out whole into sw.js (Workbox prints their source), so they cannot read this
// file's variables: the addresses they need are put into their text in place of these names.
declare const KIOSK_VERSION: string;
declare const OFFLINE_PAGE: string;
declare const ASSETS: string;
const constants = {
  KIOSK_VERSION: routes.kioskVersion(),
  OFFLINE_PAGE: routes.builtFile(routes.offline()),
  ASSETS: routes.assets(),
};

/** The function, whose printed source has the constants' values in place of their names. */
function withConstants<F extends (...args: never[]) => unknown>(fn: F): F {
  const source = Object.entries(constants).reduce(
    (text, [name, value]) => text.replaceAll(name, JSON.stringify(value)),
    fn.toString(),
  );
  return Object.assign(fn, { toString: () => source });
}

// Where the routes below keep pages (and the bulletin's text) and built files; saved-guides-worker.ts puts the
// pages open at the worker's takeover in the same places.
const pagesCache = 'nq57-trang';
const filesCache = 'nq57-tep';

type Plugin = NonNullable<NonNullable<RuntimeCaching['options']>['plugins']>[number];

// What a page (or the bulletin's text file) falls back on.
const keptCopy: Plugin = {
  // A server error (a host mid-deploy) is no better than no network: show the kept copy.
  fetchDidSucceed: async ({ response }) => {
    if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
    return response;
  },
  // No network and no copy of this page: a guide the reader saved (under its built file's address), or the
  // offline page.
  // (Written out whole into sw.js: it may use only what the service worker has.)
  handlerDidError: withConstants(async ({ request }) => {
    const url = new URL(request.url);
    const kept = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const offline = new URL(OFFLINE_PAGE, (self as unknown as { registration: { scope: string } }).registration.scope)
      .pathname;
    return (await caches.match(kept, { ignoreSearch: true })) ?? (await caches.match(offline, { ignoreSearch: true }));
  }),
};

export function serviceWorker(base: string, unit: string): AstroIntegration {
  return {
    name: 'nq57-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const offlinePage = routes.builtFile(routes.offline());
        // The offline page's own files, as built files: style sheets and scripts it links (none while Astro
        // inlines the site's CSS).
        const { stylesheets, external } = scriptsOf(readFileSync(join(out, offlinePage), 'utf8'));
        const offlineFiles = [...stylesheets, ...external].map((href) => href.slice(base.length));
        const swDest = join(out, routes.builtFile(routes.serviceWorker()));
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          // Kept when the site is first opened: only the page shown when a page was never kept, and its
          // files. No guides, no search, no charts: a cold scan pays for what it shows.
          globPatterns: [offlinePage, ...offlineFiles],
          // Kept pages are never answered from this store while the network works: no address maps onto
          // them (the offline page is kept as /ngoai-tuyen/index.html). Pages go network first.
          directoryIndex: '',
          modifyURLPrefix: { '': base },
          swDest,
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          runtimeCaching: [
            {
              urlPattern: withConstants(({ url }) => url.pathname.endsWith(KIOSK_VERSION)),
              handler: 'NetworkOnly',
            },
            {
              // The bulletin's text file (a download is not always a navigation): the network first, as pages,
              // and kept once downloaded, for the broadcast desk when the line is down (its page is kept once
              // opened, as every page).
              urlPattern: new RegExp(`${escapeRegExp(routes.bulletinText())}$`),
              handler: 'NetworkFirst',
              options: { cacheName: pagesCache, plugins: [keptCopy] },
            },
            {
              // Pages: navigations, and a page fetching itself to keep a copy (it asks for text/html).
              urlPattern: ({ request }) =>
                request.mode === 'navigate' || (request.headers.get('Accept') ?? '').startsWith('text/html'),
              handler: 'NetworkFirst',
              options: {
                cacheName: pagesCache,
                expiration: { maxEntries: 80 },
                plugins: [keptCopy],
              },
            },
            // Search: Pagefind's index files are named by their content, kept once fetched; its runtime
            // (script, worker, wasm) is kept after the first search and checked again in the background;
            // the compact index comes fresh whenever the network answers, and from the cache when not.
            {
              urlPattern: new RegExp(`${escapeRegExp(routes.searchIndex())}.+\\.pf_[a-z]+$`),
              handler: 'CacheFirst',
              options: { cacheName: 'nq57-tim-kiem', expiration: { maxEntries: 100 } },
            },
            {
              urlPattern: new RegExp(
                `${escapeRegExp(routes.searchIndex())}(pagefind\\.js|pagefind-worker\\.js|wasm\\.[a-z]+\\.pagefind)$`,
              ),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'nq57-tim-kiem-chay' },
            },
            {
              urlPattern: new RegExp(`${escapeRegExp(routes.searchQuickIndex())}$`),
              handler: 'NetworkFirst',
              options: { cacheName: 'nq57-tim-kiem-nhanh' },
            },
            {
              urlPattern: withConstants(({ url, sameOrigin }) => sameOrigin && url.pathname.includes(ASSETS)),
              handler: 'CacheFirst',
              options: { cacheName: filesCache, expiration: { maxEntries: 200 } },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        const guides = offlineGuides(readEntries(collectionSpecs.procedures, unit)).map((g) =>
          routes.builtFile(routes.guide(g.id)),
        );
        // Before Workbox's code: a request its routes answer never reaches a fetch listener added after them,
        // and the guides are saved ahead on a page being opened.
        const saved = savedGuidesScript(out, base, routes.builtFile(routes.guides()), guides, {
          pages: pagesCache,
          files: filesCache,
          assets: withBase(routes.assets(), base),
        });
        writeFileSync(swDest, saved + readFileSync(swDest, 'utf8'));
        logger.info(
          `Service worker: ${count} tệp giữ sẵn (${Math.round(size / 1000)} kB); ${guides.length} hướng dẫn lưu khi được yêu cầu.`,
        );
      },
    },
  };
}
