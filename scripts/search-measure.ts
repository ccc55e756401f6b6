// npm run search:measure [outDir] [-- --query="…"…]: for five queries residents type (or those given), on a
// fast link and on an emulated weak
// 3G one, the bytes downloaded and the time to the first results (the compact index) and to the full
// results (Pagefind's full text merged in), two ways: opening /tim-kiem/?q=… on a fresh phone, and typing
// into the search page once it has loaded. Prints numbers; asserts nothing (npm run budget checks bytes).
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from '@playwright/test';
import { FIRST_RESULTS } from './lib/budget.ts';
import * as routes from '../src/lib/routes.ts';
import { relativeToBase, withBase } from '../src/lib/url.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import { StaticServer } from './static-server.ts';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const base = process.env.SITE_BASE ?? '/';
const asked = args.filter((a) => a.startsWith('--query=')).map((a) => a.slice('--query='.length).trim());
const queries = asked.length ? asked : ['dang ky khai sinh', 'làm giấy khai sinh', 'tam tru', 'chung thuc', 'ket hon'];
// Each link with the time the first results must show within (issue 18), and at most FIRST_RESULTS bytes.
const links = [
  { name: 'mạng nhanh', throttle: undefined, firstMs: 300 },
  // Roughly a weak 3G link: 400 ms round trip, 400 kbit/s down.
  {
    name: '3G yếu',
    throttle: { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 20_000 },
    firstMs: 2500,
  },
] as const;

// Throttling needs real requests: serve the build on loopback, gzip for text as a host would.
const server = new StaticServer(outDir, { base, gzip: true });
await server.start();
const origin = server.origin;

const indexFiles = globSync(relativeToBase(routes.searchIndex('**/*')), { cwd: outDir }).filter((f) =>
  statSync(join(outDir, f)).isFile(),
);
const indexBytes = indexFiles.reduce((sum, f) => sum + statSync(join(outDir, f)).size, 0);
const quickFile = join(outDir, routes.builtFile(routes.searchQuickIndex()));
// (A build from before the compact index has none: its figures can still be taken, to compare.)
const quickBytes = existsSync(quickFile) ? gzipSync(readFileSync(quickFile), { level: 9 }).length : 0;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });

interface Loaded {
  url: string;
  bytes: number;
  /** When the request was sent, ms since the epoch (the browser's clock). */
  start: number;
}
interface Figures {
  firstMs: number;
  fullMs: number;
  firstBytes: number;
  fullBytes: number;
  pagefindRequests: number;
  firstTitle: string;
}

/** Every response the page receives, with its size on the wire (headers and compressed body). */
function recordLoads(page: Page): Loaded[] {
  const loads: Loaded[] = [];
  const done = async (r: Request) => {
    const sizes = await r.sizes().catch(() => undefined);
    const t = r.timing();
    loads.push({
      url: r.url(),
      bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
      start: t.startTime,
    });
  };
  page.on('requestfinished', (r) => void done(r));
  return loads;
}

/** Browser-clock times at which the first result shows and the full list is complete. */
async function resultTimes(page: Page): Promise<{ first: number; full: number }> {
  const times = await page.waitForFunction(
    () => {
      const t = (window as unknown as { searchTimes: { first: number; full: number } }).searchTimes;
      return t.full > 0 && t;
    },
    null,
    { timeout: 60_000 },
  );
  return (await times.jsonValue()) as { first: number; full: number };
}

async function measure(query: string, throttle: (typeof links)[number]['throttle'], typed: boolean): Promise<Figures> {
  // A phone's first visit: no service worker yet (one would also fetch outside the emulated link).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // The moments the list gets its first item and stops being busy, on the browser's clock.
  await context.addInitScript(() => {
    const times = { first: 0, full: 0 };
    (window as unknown as { searchTimes: typeof times }).searchTimes = times;
    new MutationObserver(() => {
      const list = document.querySelector('#search-results');
      if (!list) return;
      if (!times.first && list.children.length > 0) times.first = Date.now();
      // Complete once nothing more is on its way (a list that is never busy is complete at once).
      if (times.first && !times.full && list.getAttribute('aria-busy') !== 'true') times.full = Date.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const page = await context.newPage();
  if (throttle) await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', throttle);
  let loads: Loaded[];
  let start: number;
  if (typed) {
    await page.goto(`${origin}${withBase(routes.search(), base)}`);
    await page.waitForLoadState('networkidle');
    await page.locator('#search-query').fill(query);
    loads = recordLoads(page);
    start = await page.evaluate(() => Date.now());
    await page.locator('#search-query').press('Enter');
  } else {
    loads = recordLoads(page);
    await page.goto(`${origin}${withBase(routes.search(), base)}?q=${encodeURIComponent(query)}`);
    // From the start of the navigation, as Navigation Timing counts it (not from the test's own set-up).
    start = await page.evaluate(() => performance.timeOrigin);
  }
  const { first, full } = await resultTimes(page);
  const firstTitle = (await page.locator('#search-results a').first().textContent()) ?? '';
  await page.waitForLoadState('networkidle');
  await context.close();
  // What was asked for before the results showed (whatever they needed had to be asked for by then).
  const sum = (until: number) => loads.filter((l) => l.start < until).reduce((s, l) => s + l.bytes, 0);
  return {
    firstMs: Math.round(first - start),
    fullMs: Math.round(full - start),
    firstBytes: sum(first),
    fullBytes: sum(full),
    pagefindRequests: loads.filter((l) => l.url.includes(routes.searchIndex())).length,
    firstTitle,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`Tìm kiếm — ${outDir}`);
console.log(`  Chỉ mục đầy đủ (Pagefind) trên đĩa: ${kb(indexBytes)} (${indexFiles.length} tệp)`);
console.log(`  Chỉ mục tìm nhanh (gzip):           ${kb(quickBytes)}`);
for (const [way, typed] of [
  ['Mở trang tìm kiếm với ?q= (máy chưa có gì trong bộ đệm; tính cả trang, từ lúc bắt đầu mở trang)', false],
  ['Gõ vào trang tìm kiếm đã mở rồi bấm Tìm', true],
] as const) {
  console.log(`\n${way}:`);
  console.log(
    [
      'Câu hỏi'.padEnd(22),
      'Đường truyền'.padEnd(13),
      'Đầu: ms'.padStart(9),
      'kB'.padStart(8),
      'Đủ: ms'.padStart(9),
      'kB'.padStart(8),
      'Pagefind'.padStart(9),
      '  Đạt',
      '  Kết quả đầu',
    ].join(''),
  );
  for (const link of links) {
    for (const query of queries) {
      // A loopback time is mostly the machine's CPU, which other work shares: the median of three runs.
      const runs = link.throttle ? 1 : 3;
      const all: Figures[] = [];
      for (let i = 0; i < runs; i++) all.push(await measure(query, link.throttle, typed));
      const f = all.sort((a, b) => a.firstMs - b.firstMs)[Math.floor(runs / 2)] as Figures;
      console.log(
        [
          `«${query}»`.padEnd(22),
          link.name.padEnd(13),
          String(f.firstMs).padStart(9),
          (f.firstBytes / 1024).toFixed(1).padStart(8),
          String(f.fullMs).padStart(9),
          (f.fullBytes / 1024).toFixed(1).padStart(8),
          `${f.pagefindRequests} yc`.padStart(9),
          f.firstMs <= link.firstMs && f.firstBytes <= FIRST_RESULTS ? '  ✓  ' : '  ✗  ',
          `  ${f.firstTitle.length > 60 ? `${f.firstTitle.slice(0, 59)}…` : f.firstTitle}`,
        ].join(''),
      );
    }
  }
}
await browser.close();
await server.stop();
console.log('\nĐầu: tới khi kết quả đầu hiện; Đủ: tới khi kết quả toàn văn (Pagefind) đã ghép vào danh sách.');
console.log('kB: dữ liệu tải về (gzip, cả tiêu đề) tính từ lúc mở trang hoặc bấm Tìm; yc: số yêu cầu tới /pagefind/.');
console.log(
  `Đạt: kết quả đầu trong ${FIRST_RESULTS / 1024} kB và ${links.map((l) => `${l.firstMs} ms (${l.name})`).join(', ')}.`,
);
