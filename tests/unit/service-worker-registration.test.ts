// The registration written into every page (src/lib/inline-scripts.ts), run over a fake browser: no worker
// with Save-Data; the first page and its files handed to the worker on a first visit only; the guides saved
// ahead only on an unmetered fast line.
import { describe, expect, it } from 'vitest';
import { serviceWorkerRegistration } from '../../src/lib/inline-scripts.ts';
import { savedGuidesMessage } from '../../src/lib/offline-guides.ts';

interface Line {
  type?: string;
  effectiveType?: string;
  saveData?: boolean;
}

/** Runs the script as a page would and returns what it did: registered or not, and the worker's messages. */
async function run(connection: Line | undefined, controlled = false) {
  const sent: unknown[] = [];
  const registered: string[] = [];
  let onLoad: (() => void) | undefined;
  const navigator = {
    connection,
    serviceWorker: {
      controller: controlled ? {} : null,
      register: (url: string) => {
        registered.push(url);
        return Promise.resolve();
      },
      ready: Promise.resolve({ active: { postMessage: (m: unknown) => sent.push(m) } }),
    },
  };
  const performance = {
    getEntriesByType: () => [
      { name: 'https://phuong.gov.vn/nq57/_astro/app.Ab1.js' },
      { name: 'https://phuong.gov.vn/nq57/tep/anh.webp' },
    ],
  };
  const location = { href: 'https://phuong.gov.vn/nq57/q/ho-dan/' };
  const addEventListener = (type: string, listener: () => void) => {
    if (type === 'load') onLoad = listener;
  };
  new Function('navigator', 'addEventListener', 'location', 'performance', serviceWorkerRegistration('/nq57/'))(
    navigator,
    addEventListener,
    location,
    performance,
  );
  onLoad?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { registered, sent };
}

const save = { type: savedGuidesMessage, save: true };

describe('serviceWorkerRegistration', () => {
  it('registers the worker under the base path, and on a first visit hands it the page and its built files', async () => {
    const { registered, sent } = await run({ type: 'cellular', effectiveType: '4g', saveData: false });
    expect(registered).toEqual(['/nq57/sw.js']);
    expect(sent).toEqual([
      {
        type: 'CACHE_URLS',
        payload: {
          urlsToCache: [
            ['https://phuong.gov.vn/nq57/q/ho-dan/', { headers: { Accept: 'text/html' } }],
            'https://phuong.gov.vn/nq57/_astro/app.Ab1.js',
          ],
        },
      },
    ]);
  });

  it('hands nothing over when the worker already served the page', async () => {
    expect((await run(undefined, true)).sent).toEqual([]);
  });

  it.each([
    [{ type: 'wifi', effectiveType: '4g', saveData: false }, true],
    [{ type: 'ethernet', effectiveType: '4g' }, true],
    [{ type: 'cellular', effectiveType: '4g', saveData: false }, false],
    [{ type: 'wifi', effectiveType: '3g', saveData: false }, false],
    [{ effectiveType: '4g', saveData: false }, false],
    [undefined, false],
  ])('line %j: guides saved ahead %s', async (line, ahead) => {
    expect((await run(line, true)).sent).toEqual(ahead ? [save] : []);
  });

  it('never registers, so never saves anything ahead, when the phone asks to save data', async () => {
    expect(await run({ type: 'wifi', effectiveType: '4g', saveData: true })).toEqual({ registered: [], sent: [] });
  });
});
