// npm run first-screen [-- --unit=<unit>[,<unit>]|all] [--strict] [--shots=<dir>]: what a resident's phone
// shows first, measured in Chromium at 360×740 over the builds of tests/sites.ts (default: hong-bang).
// 1. For every page type: the header's height, the top of the H1 and where each answer element
//    (`data-answer`) sits, against the goals of issue 25 (scripts/lib/first-screen.ts).
// 2. A cold scan of the unit's QR landing page on a weak 3G link made at the server (scripts/lib/slow-link.ts),
//    service worker allowed: every byte the server sends, the page's and the worker's, until 30 s after load.
// --shots writes the first screen of five page types as PNG, at «Vừa» and «Rất lớn». Prints numbers; fails
// only with --strict, when a goal is missed. Nothing leaves the machine: every host but loopback is unknown.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readEntries, type Entry } from '../src/reader/index.ts';
import { collectionSpecs } from '../src/schemas/index.ts';
import { DEFAULT_UNIT } from '../src/units.ts';
import { newestFirst } from '../src/lib/entries.ts';
import * as routes from '../src/lib/routes.ts';
import { withBase } from '../src/lib/url.ts';
import { unitSites, type TestSite } from '../tests/sites.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import {
  GUIDE,
  goals,
  judge,
  parseOptions,
  SCAN_WINDOW_MS,
  scanReport,
  SCREEN,
  screenPages,
  screenTable,
  type Judged,
  type Measured,
  type Options,
  type ScreenPage,
  TEXT_SIZE_KEY,
  textSizes,
} from './lib/first-screen.ts';
import { describeLink, SlowLink, weak3g } from './lib/slow-link.ts';
import { StaticServer } from './static-server.ts';

let options: Options;
try {
  options = parseOptions(
    process.argv.slice(2),
    unitSites.map((s) => s.unit),
    DEFAULT_UNIT,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const sites = options.units.map((unit) => unitSites.find((s) => s.unit === unit) as TestSite);
const unbuilt = sites.filter((s) => !existsSync(join(s.outDir, 'index.html')));
if (unbuilt.length) {
  console.error(
    `Chưa có bản dựng ${unbuilt.map((s) => `${s.outDir}/`).join(', ')}: chạy node scripts/build-test-sites.ts ${unbuilt.map((s) => s.name).join(' ')} trước (qua bash scripts/with-node.sh).`,
  );
  process.exit(1);
}
if (options.shots) mkdirSync(options.shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: chromiumPath,
  // Offline whatever a page asks for: only loopback, which the servers below listen on, resolves.
  args: [...chromiumFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const phone = { viewport: SCREEN, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

/** The unit's own examples, read as the build reads its content. */
function examplesOf(unit: string) {
  const code = readEntries(collectionSpecs.qr, unit).find((e) => e.data.status !== 'ngung')?.id;
  const guide = readEntries(collectionSpecs.procedures, unit).find((e) => e.id === GUIDE);
  // Their schemas are built per image function, so their data reaches here untyped; both have a date.
  const newest = (entries: Entry[]) => newestFirst(entries as Entry<{ date: Date }>[])[0]?.id;
  return {
    qrCode: code,
    newsItem: newest(readEntries(collectionSpecs.news, unit)),
    infographic: newest(readEntries(collectionSpecs.infographics, unit)),
    guideOnline: guide?.data.channels.online ?? false,
  };
}

/** Opens a page and waits for what its first screen shows: fonts, and the first search results. */
async function open(page: Page, url: string, screen: ScreenPage): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (screen.answers.some((a) => a.name === 'ket-qua-dau'))
    await page
      .waitForFunction(
        () =>
          document.querySelector('[data-answer="ket-qua-dau"]') ??
          (document.querySelector('#search-results')?.children.length ?? 0) > 0,
        null,
        { timeout: 15_000 },
      )
      .catch(() => console.log(`  (không thấy kết quả tìm kiếm nào trên ${url})`));
}

/** Where the header, the H1 and the answers are, px from the top of the page. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const header = document.querySelector('body > header');
    const h1 = document.querySelector('main h1') ?? document.querySelector('h1');
    return {
      header: header ? header.getBoundingClientRect().height : null,
      h1: h1 ? h1.getBoundingClientRect().top + scrollY : null,
      answers: [...document.querySelectorAll<HTMLElement>('[data-answer]')].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.dataset.answer ?? '',
          box: r.width > 0 || r.height > 0 ? { top: r.top + scrollY, bottom: r.bottom + scrollY } : null,
        };
      }),
    };
  });
}

async function shot(page: Page, site: TestSite, screen: ScreenPage, size: string): Promise<void> {
  if (!options.shots) return;
  await page.screenshot({ path: join(options.shots, `${site.name}-${screen.key}-${size}.png`) });
}

/** Part 1: every page type at the default text size, then the photographed ones at «Rất lớn». */
async function firstScreens(b: Browser, site: TestSite, pages: ScreenPage[]): Promise<Judged[]> {
  const server = new StaticServer(site.outDir, { base: site.base, gzip: true, sitePage404: true });
  await server.start();
  const judged: Judged[] = [];
  try {
    for (const size of textSizes) {
      if (size.value !== 'vua' && !options.shots) break;
      // A phone that has opened the site before: no service worker at work while measuring.
      const context: BrowserContext = await b.newContext({ ...phone, serviceWorkers: 'block' });
      if (size.value !== 'vua')
        await context.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
          key: TEXT_SIZE_KEY,
          value: size.value,
        });
      const page = await context.newPage();
      for (const screen of pages) {
        if (size.value !== 'vua' && !screen.shot) continue;
        await open(page, `${server.origin}${withBase(screen.path, site.base)}`, screen);
        const applied = await page.evaluate(() => document.documentElement.dataset.textSize ?? 'vua');
        if (applied !== size.value)
          throw new Error(`Cỡ chữ «${size.label}» không áp dụng (${TEXT_SIZE_KEY} trong localStorage đã đổi?)`);
        if (size.value === 'vua') judged.push(judge(screen, await measure(page)));
        if (screen.shot) await shot(page, site, screen, size.value);
      }
      await context.close();
    }
  } finally {
    await server.stop();
  }
  return judged;
}

/** Part 2: a phone that has never opened the site scans the code; every byte the server sends is counted. */
async function coldScan(b: Browser, site: TestSite, code: string) {
  const server = new StaticServer(site.outDir, {
    base: site.base,
    gzip: true,
    link: new SlowLink(weak3g),
    count: true,
  });
  await server.start();
  const context = await b.newContext(phone);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}${withBase(routes.qrLanding(code), site.base)}`, {
      waitUntil: 'load',
      timeout: 120_000,
    });
    // The load event on the machine's clock, which the server's times use too.
    const loadAt = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return performance.timeOrigin + (nav?.loadEventStart ?? performance.now());
    });
    // Real time: the window is part of what is measured.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, loadAt + SCAN_WINDOW_MS - Date.now())));
    const fetched = server.served.map(({ path, bytes, at }) => ({ path, bytes, at }));
    return scanReport(fetched, loadAt);
  } finally {
    await context.close();
    await server.stop();
  }
}

const failures: string[] = [];
try {
  for (const site of sites) {
    const examples = examplesOf(site.unit);
    const pages = screenPages({ ...examples, qrCode: examples.qrCode ?? '' }).filter(
      (p) => examples.qrCode || p.key !== 'ma-qr',
    );
    console.log(`\n══ ${site.unit} (${site.outDir}/, gốc ${site.base}) ══`);
    console.log(
      `\nMàn hình đầu ${SCREEN.width}×${SCREEN.height}, cỡ chữ «Vừa», Chromium. Mục tiêu: đầu trang ≤ ${goals.header} px, đỉnh H1 ≤ ${goals.h1} px, đáy mỗi phần trả lời ≤ ${goals.answerBottom} px; «—»: không có.\n`,
    );
    const judged = await firstScreens(browser, site, pages);
    for (const line of screenTable(judged)) console.log(line);
    failures.push(...judged.flatMap((j, i) => j.failures.map((f) => `${site.unit} · ${pages[i]?.name}: ${f}`)));

    if (!examples.qrCode) {
      console.log('\nĐơn vị chưa có mã QR nào đang dùng: bỏ qua phép đo quét mã.');
      continue;
    }
    console.log(
      `\nQuét mã lần đầu: ${withBase(routes.qrLanding(examples.qrCode), site.base)} trên 3G yếu (${describeLink(weak3g)}, giả lập ở máy chủ nên gồm cả service worker), tính tới ${SCAN_WINDOW_MS / 1000} s sau khi trang tải xong; byte trên đường truyền (gzip, cả tiêu đề).\n`,
    );
    const scan = await coldScan(browser, site, examples.qrCode);
    for (const line of scan.lines) console.log(`  ${line}`);
    if (!scan.ok)
      failures.push(`${site.unit} · quét mã: ${(scan.total / 1024).toFixed(1)} kB > ${goals.scanBytes / 1024} kB`);
  }
} finally {
  await browser.close();
}

if (options.shots) console.log(`\nẢnh màn hình đầu: ${options.shots}/`);
if (!failures.length) console.log('\n✓ Mọi mục tiêu đều đạt.');
else if (!options.strict) console.log(`\n${failures.length} mục chưa đạt (✗ ở trên; --strict liệt kê và báo lỗi).`);
else {
  console.error(`\n${failures.length} mục chưa đạt:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exit(1);
}
