// Search: the relevance suite over the built index, typed into the search page as a resident uses it; the
// first results from the compact index before Pagefind, the full text merged below them without moving
// them, on every surface (the search page, the header's box, «Hỏi nhanh»); bad queries handled without
// errors or injection. Runs under / and under /nq57/.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { QuickSearch, type QuickIndex } from '../../src/lib/quick-search.ts';
import * as routes from '../../src/lib/routes.ts';
import { relativeToBase } from '../../src/lib/url.ts';
import { fullTextCases, relevanceCases } from './support/search-queries.ts';

/**
 * The full list of results for a query typed into the search page, as a resident searching again types it
 * (the page is opened once; later searches stay on it, with the same search and ranking as opening
 * /tim-kiem/?q=). The status and the list's busy flag are cleared first, so only this query's answer counts.
 */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  if (!page.url().includes('/tim-kiem/')) await page.goto('tim-kiem/');
  const status = page.locator('#search-status');
  const list = page.locator('#search-results');
  await status.evaluate((el) => (el.textContent = ''));
  await list.evaluate((el) => el.setAttribute('aria-busy', 'true'));
  const box = page.getByLabel('Bạn cần tìm gì?');
  await box.fill(query);
  await box.press('Enter');
  await expect(status).toContainText(/kết quả cho|Không có kết quả/);
  await expect(list).toHaveAttribute('aria-busy', 'false');
  return list.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
}

/** Holds every request to Pagefind until the returned function is called. */
async function holdPagefind(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/**', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The address and place on the page of each result shown. */
const placesOf = (page: Page, list: string) =>
  page
    .locator(`${list} li`)
    .evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href'), top: li.getBoundingClientRect().top })),
    );

test('the relevance suite: every query finds its page in the top three, most of them first', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const misses: string[] = [];
  let first = 0;
  for (const c of relevanceCases) {
    const urls = await resultsFor(page, c.query);
    const at = urls.indexOf(new URL(c.expect, baseURL).href) + 1;
    if (at === 1) first++;
    if (at === 0 || at > c.rank) misses.push(`«${c.query}» → ${c.expect}: hạng ${at || 'không có'} (cần ≤ ${c.rank})`);
  }
  console.log(
    `Độ liên quan: ${relevanceCases.length - misses.length}/${relevanceCases.length} đạt; ${first}/${relevanceCases.length} đứng đầu.`,
  );
  expect(misses).toEqual([]);
  expect(first / relevanceCases.length).toBeGreaterThan(0.5);
});

test("the full text still finds what only a guide's documents or steps say", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const index = new QuickSearch(
    (await (await page.request.get(relativeToBase(routes.searchQuickIndex()))).json()) as QuickIndex,
  );
  const misses: string[] = [];
  for (const c of fullTextCases) {
    // Not in the compact index's answers: only Pagefind can find it.
    expect(
      index.search(c.query, 5).map((h) => h.url),
      c.query,
    ).not.toContain(c.expect);
    const urls = await resultsFor(page, c.query);
    if (!urls.includes(new URL(c.expect, baseURL).href)) misses.push(`«${c.query}» → ${c.expect}`);
  }
  expect(misses).toEqual([]);
});

test('first results come from the compact index before Pagefind, and keep their place when the full text comes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const release = await holdPagefind(page);
  await page.goto('tim-kiem/?q=dang+ky+khai+sinh');
  const list = page.locator('#search-results');
  await expect(list.locator('li').first()).toBeVisible();
  await expect(list).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status')).toHaveText(/^Có \d kết quả cho «dang ky khai sinh»\.$/);
  await expect(page.getByText('Đang tìm thêm trong toàn bộ nội dung…')).toBeVisible();
  await expect(list.getByRole('link').first()).toHaveText('Thủ tục đăng ký khai sinh');
  const first = await placesOf(page, '#search-results');
  release();
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByText('Đang tìm thêm trong toàn bộ nội dung…')).toBeHidden();
  await expect(page.getByRole('status')).toContainText(/^Có \d+ kết quả cho «dang ky khai sinh»/);
  const full = await placesOf(page, '#search-results');
  expect(full.length).toBeGreaterThan(first.length);
  expect(full.slice(0, first.length)).toEqual(first);
});

test('a search typed on the search page answers without reloading it, and Back shows the one before', async ({
  page,
}) => {
  await page.goto('tim-kiem/?q=tam+tru');
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const release = await holdPagefind(page);
  await page.getByLabel('Bạn cần tìm gì?').fill('chứng thực chữ ký');
  await page.getByLabel('Bạn cần tìm gì?').press('Enter');
  await expect(page).toHaveURL(/tim-kiem\/\?q=ch%E1%BB%A9ng\+th%E1%BB%B1c\+ch%E1%BB%AF\+k%C3%BD&loai=&linh-vuc=$/);
  await expect(page.locator('#search-results a').first()).toHaveText(/^Chứng thực chữ ký/);
  release();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await page.goBack();
  await expect(page.getByLabel('Bạn cần tìm gì?')).toHaveValue('tam tru');
  await expect(page.locator('#search-results a').first()).toHaveText('Đăng ký tạm trú');
});

test("the header's search box leads to the fast path from any page", async ({ page }) => {
  const release = await holdPagefind(page);
  await page.goto('thu-tuc/');
  await page.getByRole('searchbox', { name: 'Tìm trên trang' }).fill('ket hon');
  await page.getByRole('searchbox', { name: 'Tìm trên trang' }).press('Enter');
  await expect(page.locator('#search-results a').first()).toHaveText('Thủ tục đăng ký kết hôn');
  release();
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
});

test('results show type, title, field and the matched words highlighted, and the search page passes axe', async ({
  page,
}) => {
  await page.goto('tim-kiem/?q=dang+ky+tam+tru');
  const firstHit = page.locator('#search-results li').first();
  await expect(firstHit.locator('p.meta')).toHaveText('Thủ tục · Cư trú');
  await expect(firstHit.getByRole('link')).toHaveText('Đăng ký tạm trú');
  expect(await firstHit.locator('mark').count()).toBeGreaterThan(0);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('bad queries get a clear message, no console error, nothing injected', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('tim-kiem/?q=%20%20%20');
  await expect(page.locator('#search-results li')).toHaveCount(0);
  await page.goto('tim-kiem/?q=' + encodeURIComponent('?!… ---'));
  await expect(page.getByRole('status')).toHaveText('Hãy gõ từ cần tìm bằng chữ hoặc số, ví dụ «khai sinh».');
  await page.goto('tim-kiem/?q=' + encodeURIComponent('<img src=x onerror=alert(1)><b>khai sinh</b>'));
  await expect(page.getByRole('status')).toContainText('kết quả cho «<img src=x onerror=alert(1)><b>khai sinh</b>»');
  expect(await page.locator('main img[src="x"], main b').count()).toBe(0);
  await page.goto('tim-kiem/?q=' + encodeURIComponent('khai sinh '.repeat(50)));
  await expect(page.getByRole('status')).toContainText('(chỉ tìm theo 100 ký tự đầu)');
  expect(errors).toEqual([]);
});

test('a page that is never searched loads no search code', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('thu-tuc/dang-ky-khai-sinh/');
  await page.goto('tim-kiem/');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await page.goto('tim-kiem/?q=khai+sinh');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  // The full text follows the first results.
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('«Hỏi nhanh» answers a typed question from the FAQ and the guides', async ({ page }) => {
  await page.goto('hoi-dap/');
  const release = await holdPagefind(page);
  await page.getByRole('searchbox', { name: 'Câu hỏi của bạn' }).fill('dang ky tam tru o dau');
  await page.getByRole('button', { name: 'Hỏi' }).click();
  // First answers from the compact index, while Pagefind is still held back.
  await expect(page.locator('[data-quick-ask-results] li')).not.toHaveCount(0);
  const first = await placesOf(page, '[data-quick-ask-results]');
  release();
  await expect(page.locator('[data-quick-ask-results]')).toHaveAttribute('aria-busy', 'false');
  expect((await placesOf(page, '[data-quick-ask-results]')).slice(0, first.length)).toEqual(first);
  const links = await page.locator('[data-quick-ask-results] a').allTextContents();
  expect(links.length).toBeLessThanOrEqual(3);
  expect(links.some((t) => /tạm trú|cư trú/i.test(t))).toBe(true);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data['@type']).toBe('FAQPage');
  expect(data.mainEntity.length).toBeGreaterThan(10);
});

test('filters narrow results to one kind of page, or one field of procedures, and stay in the URL', async ({
  page,
}) => {
  await page.goto('tim-kiem/?q=khai+sinh&loai=H%E1%BB%8Fi+%C4%91%C3%A1p');
  await expect(page.getByLabel('Loại')).toHaveValue('Hỏi đáp');
  await expect(page.getByRole('status')).toContainText('kết quả cho «khai sinh»');
  const kinds = await page.locator('#search-results li p.meta').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['Hỏi đáp']));

  await page.getByLabel('Loại').selectOption('Thủ tục');
  await page.getByLabel('Lĩnh vực thủ tục').selectOption('Chứng thực');
  await page.getByLabel('Bạn cần tìm gì?').fill('ban sao');
  await page.getByRole('button', { name: 'Tìm', exact: true }).last().click();
  await expect(page).toHaveURL(/loai=Th%E1%BB%A7\+t%E1%BB%A5c&linh-vuc=Ch%E1%BB%A9ng\+th%E1%BB%B1c/);
  await expect(page.getByRole('status')).toContainText('kết quả cho «ban sao»');
  const fields = await page.locator('#search-results li p.meta').allTextContents();
  expect(new Set(fields)).toEqual(new Set(['Thủ tục · Chứng thực']));
  await expect(page.locator('#search-results a').first()).toHaveText(/Chứng thực bản sao/);
});

test('after the first search the service worker keeps Pagefind, so the next search fetches none of it again', async ({
  page,
}) => {
  await page.goto('tim-kiem/');
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, {
    timeout: 20_000,
  });
  await page.reload(); // now controlled by the worker
  await page.goto('tim-kiem/?q=khai+sinh');
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  const runtime: { url: string; kept: boolean }[] = [];
  page.on('response', (r) => {
    if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(r.url()))
      runtime.push({ url: r.url(), kept: r.fromServiceWorker() });
  });
  await page.goto('tim-kiem/?q=tam+tru');
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  expect(runtime.length).toBeGreaterThan(0);
  expect(runtime.filter((r) => !r.kept)).toEqual([]);
});
