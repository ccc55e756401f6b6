// The part of the service worker (sw.js, written by service-worker.ts) that saves the procedure guides for use
// without a network, only when asked: by the «Lưu các hướng dẫn…» control on the guides list
// (src/browser/save-guides.ts) or by the registration on an unmetered fast line (src/lib/inline-scripts.ts).
// They go into a cache named for this build's guides, where the offline fallback finds them by path; the
// copies of an older build are dropped once the new ones are all kept.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { savedGuidesMessage, type SavedGuidesStatus } from '../lib/offline-guides.ts';

/** What the worker's code is given: the addresses to save (the guides list first) and their size. */
interface SavedGuides {
  message: string;
  cachePrefix: string;
  cache: string;
  list: string;
  guides: string[];
  bytes: number;
}

// Only what a service worker has (caches, fetch, clients); typed here, since the project's types are the DOM's.
interface WorkerScope {
  clients: { matchAll(options: object): Promise<{ postMessage(message: unknown): void }[]> };
  addEventListener(
    type: 'message',
    listener: (event: {
      data: unknown;
      source: { postMessage(message: unknown): void } | null;
      waitUntil(p: Promise<unknown>): void;
    }) => void,
  ): void;
}

/** Written out whole into sw.js with its argument: it may use only what the service worker has. */
function savedGuidesWorker(kept: SavedGuides): void {
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
  worker.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; save?: unknown } | null;
    if (data?.type !== kept.message) return;
    if (data.save && !saving) saving = save().finally(() => (saving = undefined));
    event.waitUntil(
      saving && data.save
        ? saving.then(async (failed) => tell(await status(failed)))
        : status().then((s) => event.source?.postMessage(s)),
    );
  });
}

/** sw.js's addition: the code above, given the guides of this build (addresses under base, built files in out). */
export function savedGuidesScript(out: string, base: string, list: string, guides: readonly string[]): string {
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
  };
  return `\n(${savedGuidesWorker.toString()})(${JSON.stringify(kept)});\n`;
}
