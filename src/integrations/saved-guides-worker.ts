// The part of the service worker (sw.js, written by service-worker.ts) that runs on its own, not through
// Workbox's routes. When it first takes over, it keeps the pages open in the browser (the page a cold scan
// opened came before it), with their built files. It saves the procedure guides for use without a network
// only when asked, by the «Lưu các hướng dẫn…» control on the guides list (src/browser/save-guides.ts), or
// when the phone says its line is unmetered and fast (unmeteredFast, checked at takeover and on each page
// opened). The guides go into a cache named for this build's guides, where the offline fallback finds them by
// path; the copies of an older build are dropped once the new ones are all kept.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { savedGuidesMessage, unmeteredFast, type SavedGuidesStatus } from '../lib/offline-guides.ts';

/** What the worker's code is given: the addresses to save (the guides list first) and their size. */
interface SavedGuides {
  message: string;
  cachePrefix: string;
  cache: string;
  list: string;
  guides: string[];
  bytes: number;
  /** The caches Workbox's routes keep pages and built files in, and where built files live. */
  pagesCache: string;
  filesCache: string;
  assets: string;
}

type Line = Parameters<typeof unmeteredFast>[0];
interface Extendable {
  waitUntil(p: Promise<unknown>): void;
}

// Only what a service worker has (caches, fetch, clients); typed here, since the project's types are the DOM's.
interface WorkerScope {
  navigator: { connection?: Line };
  registration: { scope: string };
  clients: { matchAll(options: object): Promise<{ url: string; postMessage(message: unknown): void }[]> };
  addEventListener(
    type: 'message',
    listener: (event: Extendable & { data: unknown; source: { postMessage(message: unknown): void } | null }) => void,
  ): void;
  addEventListener(type: 'activate', listener: (event: Extendable) => void): void;
  addEventListener(type: 'fetch', listener: (event: Extendable & { request: Request }) => void): void;
}

/** Written out whole into sw.js with its arguments: it may use only what the service worker has. */
function savedGuidesWorker(kept: SavedGuides, lineAllows: typeof unmeteredFast): void {
  const worker = self as unknown as WorkerScope;
  let saving: Promise<number> | undefined;
  const status = async (failed = 0): Promise<SavedGuidesStatus & { type: string }> => {
    const have = new Set((await (await caches.open(kept.cache)).keys()).map((r) => new URL(r.url).pathname));
    return {
      type: kept.message,
      total: kept.guides.length,
      bytes: kept.bytes,
      saved: kept.guides.filter((g) => have.has(g)).length,
      failed,
      saving: Boolean(saving),
    };
  };
  const tell = async (message: unknown) => {
    for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true }))
      client.postMessage(message);
  };
  const save = async () => {
    const cache = await caches.open(kept.cache);
    const missing: string[] = [];
    for (const file of [kept.list, ...kept.guides]) if (!(await cache.match(file))) missing.push(file);
    let failed = 0;
    // Three at a time: a weak line's round trips overlap, and the phone is never flooded.
    const next = async () => {
      for (let file = missing.shift(); file; file = missing.shift()) {
        try {
          const response = await fetch(file);
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          await cache.put(file, response);
        } catch {
          failed++;
        }
        await tell(await status());
      }
    };
    await Promise.all([next(), next(), next()]);
    if (failed === 0)
      for (const name of await caches.keys())
        if (name.startsWith(kept.cachePrefix) && name !== kept.cache) await caches.delete(name);
    return failed;
  };
  const saveNow = async () => {
    saving ??= save().finally(() => (saving = undefined));
    const failed = await saving;
    await tell(await status(failed));
  };
  // Ahead, unasked: only on an unmetered fast line, never when the phone or the page asks to save data.
  const ahead = (request?: Request) =>
    lineAllows(worker.navigator.connection) && request?.headers.get('Save-Data') !== 'on';

  // The pages open when the worker first takes over, and their built files, as the routes would keep them.
  const keepOpenPages = async () => {
    const pages = await caches.open(kept.pagesCache);
    const files = await caches.open(kept.filesCache);
    for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
      if (!client.url.startsWith(worker.registration.scope)) continue;
      const response = await fetch(client.url, { headers: { Accept: 'text/html' } }).catch(() => undefined);
      if (!response?.ok) continue;
      await pages.put(client.url, response.clone());
      const html = await response.text();
      for (const [, path] of html.matchAll(/(?:src|href)="([^"]+)"/g))
        if (path?.startsWith(kept.assets)) {
          const file = await fetch(path).catch(() => undefined);
          if (file?.ok) await files.put(path, file);
        }
    }
  };

  // Keeping the open pages holds the takeover back a moment (a page and files the browser has); saving the
  // guides would hold it for long, so it starts after, and goes on at the next page opened if cut short.
  worker.addEventListener('activate', (event) =>
    event.waitUntil(
      keepOpenPages().then(() => {
        if (ahead()) void saveNow();
      }),
    ),
  );
  worker.addEventListener('fetch', (event) => {
    if (event.request.mode === 'navigate' && ahead(event.request)) event.waitUntil(saveNow());
  });
  worker.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; save?: unknown } | null;
    if (data?.type !== kept.message) return;
    event.waitUntil(data.save ? saveNow() : status().then((s) => event.source?.postMessage(s)));
  });
}

/** sw.js's addition: the code above, given the guides of this build (addresses under base, built files in out). */
export function savedGuidesScript(
  out: string,
  base: string,
  list: string,
  guides: readonly string[],
  stores: { pages: string; files: string; assets: string },
): string {
  const files = [list, ...guides];
  const hash = createHash('sha256');
  let bytes = 0;
  for (const file of files) {
    const body = readFileSync(join(out, file));
    hash.update(file).update(body);
    bytes += gzipSync(body).length;
  }
  const cachePrefix = 'nq57-huong-dan-';
  const kept: SavedGuides = {
    message: savedGuidesMessage,
    cachePrefix,
    cache: `${cachePrefix}${hash.digest('hex').slice(0, 12)}`,
    list: `${base}${list}`,
    guides: guides.map((g) => `${base}${g}`),
    bytes,
    pagesCache: stores.pages,
    filesCache: stores.files,
    assets: stores.assets,
  };
  return `\n(${savedGuidesWorker.toString()})(${JSON.stringify(kept)}, ${unmeteredFast.toString()});\n`;
}
