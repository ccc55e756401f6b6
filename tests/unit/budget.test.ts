import { describe, expect, it } from 'vitest';
import {
  budgets,
  FIRST_RESULTS,
  firstResultsProblem,
  pageTypeOf,
  PRECACHE,
  precachedUrls,
  precacheProblem,
} from '../../scripts/lib/budget.ts';
import { scriptsOf } from '../../src/lib/module-graph.ts';

describe('pageTypeOf', () => {
  it.each([
    ['index.html', 'trang chủ'],
    ['404.html', 'không tìm thấy'],
    ['admin/index.html', 'trang soạn thảo'],
    ['ngoai-tuyen/index.html', 'không có mạng'],
    ['q/ho-dan/index.html', 'mã QR'],
    ['q/in/index.html', 'tờ rơi mã QR'],
    ['q/in/ho-dan/index.html', 'tờ rơi mã QR'],
    ['thu-tuc/index.html', 'danh sách thủ tục'],
    ['thu-tuc/dang-ky-khai-sinh/index.html', 'hướng dẫn thủ tục'],
    ['thu-tuc/dang-ky-khai-sinh/ho-so-mau/index.html', 'hồ sơ mẫu'],
    ['tin-tuc/ngay-hoi/index.html', 'bài tin'],
    ['tin-tuc/trang/2/index.html', 'danh sách tin'],
    ['tin-tuc/chu-de/su-kien/index.html', 'chủ đề tin'],
    ['truyen-thanh/index.html', 'bản tin truyền thanh'],
    ['infographic/index.html', 'thư viện infographic'],
    ['infographic/ho-so-truc-tuyen/index.html', 'infographic'],
    ['tim-kiem/index.html', 'tìm kiếm'],
    ['kiosk/index.html', 'danh sách màn hình'],
    ['kiosk/cat-ba-ngang/index.html', 'màn hình LED'],
    ['la/index.html', undefined],
    ['thu-tuc/khac.html', undefined],
  ])('%s → %s', (file, type) => {
    expect(pageTypeOf(file)).toBe(type);
  });

  it('has a budget for every type it names, the first pages in one round trip', () => {
    for (const type of ['trang chủ', 'hướng dẫn thủ tục']) expect(budgets[type]?.htmlCss).toBe(14 * 1024);
  });
});

describe('scriptsOf', () => {
  it('counts code, not data blocks, and finds script and stylesheet files', () => {
    const html = `<head><link rel="stylesheet" href="/_astro/a.css"><script>let a=1</script>
      <script type="application/ld+json">{"@type":"GovernmentService"}</script></head>
      <body><script type="module" src="/_astro/s.js"></script><script type="module">import('/x')</script><script> </script></body>`;
    expect(scriptsOf(html)).toEqual({
      inline: ['let a=1', "import('/x')"],
      external: ['/_astro/s.js'],
      stylesheets: ['/_astro/a.css'],
    });
  });
});

describe('firstResultsProblem', () => {
  it('lets the first search results need up to 60 kB, and names every part when they need more', () => {
    expect(FIRST_RESULTS).toBe(60 * 1024);
    expect(firstResultsProblem({ 'trang tìm kiếm': 14_000, 'chỉ mục tìm nhanh': 10_000 })).toBeUndefined();
    expect(firstResultsProblem({ 'trang tìm kiếm': 30_000, 'chỉ mục tìm nhanh': 31_440 })).toBeUndefined();
    const problem = firstResultsProblem({ 'trang tìm kiếm': 30_000, 'chỉ mục tìm nhanh': 31_441 });
    expect(problem).toBe(
      'Kết quả tìm kiếm đầu tiên cần 61441 B > 61440 B (trang tìm kiếm 30000 B, chỉ mục tìm nhanh 31441 B)',
    );
  });
});

describe('precachedUrls', () => {
  it('reads the manifest of a minified Workbox worker, and nothing else', () => {
    const source =
      'st={directoryIndex:""},function(t){nt().precache(t)}([{url:"/ngoai-tuyen/index.html",revision:"63d8ec02"},' +
      '{url:"/_astro/app.DVWEl.css",revision:null}]),function(t){const e={url:t,revision:e}}';
    expect(precachedUrls(source)).toEqual(['/ngoai-tuyen/index.html', '/_astro/app.DVWEl.css']);
  });

  it('reads an unminified one too', () => {
    const source = 'precacheAndRoute([{\n  "url": "/nq57/ngoai-tuyen/index.html",\n  "revision": "ab"\n}], {});';
    expect(precachedUrls(source)).toEqual(['/nq57/ngoai-tuyen/index.html']);
  });
});

describe('precacheProblem', () => {
  it('passes a small offline shell and fails a heavier one, or a list it could not read', () => {
    expect(precacheProblem(1, 9_000)).toBeUndefined();
    expect(precacheProblem(1, PRECACHE)).toBeUndefined();
    expect(precacheProblem(56, 624_175)).toContain('56 tệp, 624175 B > 61440 B');
    expect(precacheProblem(0, 0)).toContain('Không đọc được');
  });
});
