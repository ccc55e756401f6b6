// The other three doors on the real sites: highlights (order, topics, feed, sharing), campaign material
// and infographics, and feedback without an endpoint.
import { expect, test } from '@playwright/test';

test('highlights are newest first, lead to their topic pages and related items, and are in the feed', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('tin-tuc/');
  const dates = await page
    .locator('main ul.grid time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  expect([...dates].sort().reverse()).toEqual(dates);
  const feed = await (await request.get('tin-tuc/rss.xml')).text();
  expect((feed.match(/<item>/g) ?? []).length).toBe(dates.length);
  for (const link of feed.matchAll(/<link>([^<]+)<\/link>/g)) expect(link[1]?.startsWith(baseURL ?? '')).toBe(true);

  await page.locator('main ul.grid a.card').first().click();
  const topic = page.getByText('Chủ đề:').getByRole('link').first();
  const topicName = (await topic.textContent()) ?? '';
  await topic.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Chủ đề: ${topicName}`);
  expect(await page.locator('main ul.grid a.card').count()).toBeGreaterThan(0);
});

test('articles carry canonical, Open Graph and share links that need no script', async ({ page }) => {
  await page.goto('tin-tuc/');
  await page.locator('main ul.grid a.card').first().click();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toBe(page.url());
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical ?? '');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    (await page.locator('h1').textContent()) ?? '',
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
  await expect(page.getByRole('link', { name: 'Chia sẻ lên Facebook' })).toHaveAttribute(
    'href',
    `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical ?? '')}`,
  );
});

test('campaign material is grouped by the plan and links to the infographics', async ({ page, request }) => {
  await page.goto('tuyen-truyen/');
  expect(await page.locator('main h2').count()).toBeGreaterThan(1);
  await page.getByRole('link', { name: 'Xem các infographic về Nghị quyết 57 và số liệu của đơn vị' }).click();
  await page.locator('main ul a.card').first().click();
  await expect(page.getByRole('heading', { name: 'Toàn văn infographic' })).toBeVisible();
  const image = page.locator('figure img');
  await expect(image).toHaveAttribute('aria-describedby', 'toan-van');
  expect(((await image.getAttribute('alt')) ?? '').length).toBeGreaterThan(8);
  const download = page.getByRole('link', { name: /^Tải ảnh gốc/ });
  expect((await request.get((await download.getAttribute('href')) ?? '')).status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Nguồn' })).toBeVisible();
});

test('without an endpoint, feedback is copied with IDs removed, for the channels listed, and the draft goes', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
  await page.goto('phan-hoi/');
  await page.getByLabel('Nội dung ý kiến').selectOption('thu-tuc');
  await page.getByLabel('Ý kiến của bạn').fill('Xin hỏi giờ nhận hồ sơ khai sinh. CCCD 031200001234');
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(page.getByRole('status')).toContainText('Đã sao chép ý kiến và xóa khỏi trang này.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('CCCD [đã xóa số định danh]');
  expect(copied).toContain('Nội dung: Thủ tục hành chính');
  // Handed over: nothing of it stays for the next person at this PC.
  expect(await page.evaluate(() => localStorage.getItem('nq57-phan-hoi'))).toBeNull();
  await page.reload();
  await expect(page.getByLabel('Ý kiến của bạn')).toHaveValue('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the feedback page shows every channel and no dead form', async ({ page }) => {
    await page.goto('phan-hoi/');
    await expect(page.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' })).toHaveAttribute(
      'href',
      'https://dichvucong.gov.vn',
    );
    await expect(page.getByText(/Trực tiếp tại Bộ phận một cửa của Ủy ban nhân dân/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gửi ý kiến' })).toBeHidden();
  });
});
