// npm run search:measure [outDir]: index size on disk, bytes a first query fetches, and time to the
// first result in Chromium, on a fast link and on a slow 3G-like one. Prints numbers; asserts nothing.
import { statSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as routes from '../src/lib/routes.ts';
import { relativeToBase, withBase } from '../src/lib/url.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import { StaticServer } from './static-server.ts';

const outDir = process.argv[2] ?? 'dist';
const base = process.env.SITE_BASE ?? '/';
const query = 'dang ky khai sinh';

// Throttling needs real requests: serve the build on loopback, gzip for text as a host would.
const server = new StaticServer(outDir, { base, gzip: true });
await server.start();
const origin = server.origin;

const indexFiles = globSync(relativeToBase(routes.searchIndex('**/*')), { cwd: outDir }).filter((f) =>
  statSync(join(outDir, f)).isFile(),
);
const indexBytes = indexFiles.reduce((sum, f) => sum + statSync(join(outDir, f)).size, 0);

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });

async function measure(slow: boolean): Promise<{ ms: number; bytes: number; requests: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    // Roughly a weak 3G link: 400 ms round trip, 400 kbit/s down.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 50_000,
      uploadThroughput: 20_000,
    });
  }
  await page.goto(origin + withBase(routes.search(), base));
  let bytes = 0;
  let requests = 0;
  page.on('requestfinished', async (r) => {
    if (!r.url().includes(routes.searchIndex())) return;
    requests++;
    const sizes = await r.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  const start = Date.now();
  await page.goto(`${origin}${withBase(routes.search(), base)}?q=${encodeURIComponent(query)}`);
  await page.locator('#search-results li').first().waitFor();
  const ms = Date.now() - start;
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ms, bytes, requests };
}

const fast = await measure(false);
const slow = await measure(true);
await browser.close();
await server.stop();

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`Tìm kiếm — ${outDir}, câu hỏi «${query}»`);
console.log(`  Chỉ mục trên đĩa:            ${kb(indexBytes)} (${indexFiles.length} tệp)`);
console.log(`  Lần tìm đầu tải về (gzip):   ${kb(fast.bytes)} trong ${fast.requests} yêu cầu tới /pagefind/`);
console.log(`  Tới kết quả đầu (mạng nhanh): ${fast.ms} ms (gồm tải trang tìm kiếm)`);
console.log(`  Tới kết quả đầu (3G yếu):     ${slow.ms} ms (400 ms/lượt, 400 kbit/s)`);
