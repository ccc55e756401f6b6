// Astro integration: after the build, Workbox writes the service worker (sw.js) that keeps the last good
// copy of pages and their files for when the network drops. Pages come from the network whenever it
// answers (never stale when the network is good); the screens' version file never comes from a cache.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { offlineGuides } from '../lib/offline-guides.ts';
import { quickIndexPath } from '../lib/quick-search.ts';
import { collectionSpecs } from '../schemas/index.ts';
import { readEntries } from '../checks/validate-content.ts';

export function serviceWorker(base: string, unit: string): AstroIntegration {
  return {
    name: 'nq57-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const guides = offlineGuides(readEntries(collectionSpecs.procedures, unit)).map(
          (g) => `thu-tuc/${g.id}/index.html`,
        );
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          // Kept when the site is first opened: hashed scripts and styles (what pages need to work), the
          // procedure guides (a resident at the desk with no signal still has the list of documents; see
          // src/lib/offline-guides.ts), and the page shown when a page was never kept.
          globPatterns: ['_astro/*.{js,css}', 'thu-tuc/index.html', 'ngoai-tuyen/index.html', ...guides],
          // Kept pages are never answered from this store while the network works: no address maps onto
          // them (a guide is opened at /thu-tuc/x/, kept as /thu-tuc/x/index.html). Pages go network first.
          directoryIndex: '',
          modifyURLPrefix: { '': base },
          swDest: join(out, 'sw.js'),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          runtimeCaching: [
            {
              urlPattern: ({ url }) => url.pathname.endsWith('/kiosk/phien-ban.json'),
              handler: 'NetworkOnly',
            },
            {
              // Pages: navigations, and a page fetching itself to keep a copy (it asks for text/html).
              urlPattern: ({ request }) =>
                request.mode === 'navigate' || (request.headers.get('Accept') ?? '').startsWith('text/html'),
              handler: 'NetworkFirst',
              options: {
                cacheName: 'nq57-trang',
                expiration: { maxEntries: 80 },
                plugins: [
                  {
                    // A server error (a host mid-deploy) is no better than no network: show the kept copy.
                    fetchDidSucceed: async ({ response }) => {
                      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
                      return response;
                    },
                    // No network and no copy of this page: a guide kept at install, or the offline page.
                    // (Written out whole into sw.js: it may use only what the service worker has.)
                    handlerDidError: async ({ request }) => {
                      const url = new URL(request.url);
                      const kept = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
                      const offline = new URL(
                        'ngoai-tuyen/index.html',
                        (self as unknown as { registration: { scope: string } }).registration.scope,
                      ).pathname;
                      return (
                        (await caches.match(kept, { ignoreSearch: true })) ??
                        (await caches.match(offline, { ignoreSearch: true }))
                      );
                    },
                  },
                ],
              },
            },
            // Search: Pagefind's index files are named by their content, kept once fetched; its runtime
            // (script, worker, wasm) is kept after the first search and checked again in the background;
            // the compact index comes fresh whenever the network answers, and from the cache when not.
            {
              urlPattern: /\/pagefind\/.+\.pf_[a-z]+$/,
              handler: 'CacheFirst',
              options: { cacheName: 'nq57-tim-kiem', expiration: { maxEntries: 100 } },
            },
            {
              urlPattern: /\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[a-z]+\.pagefind)$/,
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'nq57-tim-kiem-chay' },
            },
            {
              urlPattern: new RegExp(`/${quickIndexPath.replaceAll('.', '\\.')}$`),
              handler: 'NetworkFirst',
              options: { cacheName: 'nq57-tim-kiem-nhanh' },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/_astro/'),
              handler: 'CacheFirst',
              options: { cacheName: 'nq57-tep', expiration: { maxEntries: 200 } },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`Service worker: ${count} tệp giữ sẵn (${Math.round(size / 1000)} kB).`);
      },
    },
  };
}
