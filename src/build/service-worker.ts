// Astro integration: after the build, Workbox writes the service worker (sw.js) that keeps the last good
// copy of pages and their files for when the network drops. Pages come from the network whenever it
// answers (never stale when the network is good); the screens' version file never comes from a cache.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

export function serviceWorker(base: string): AstroIntegration {
  return {
    name: 'nq57-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          // Hashed scripts and styles: small, and what every page needs to work offline.
          globPatterns: ['_astro/*.{js,css}'],
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
                  },
                ],
              },
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
