// Procedure guides on the real site: every guide is reachable from /thu-tuc/, the filter finds them
// as residents type, civil-status guides print on one A4 sheet, and the share row copies the link.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { printedPages } from './support/pdf.ts';

const guideFiles = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'shared', 'procedures')).filter((f) =>
  f.endsWith('.yaml'),
);

test('every guide is reachable from the index, and offers the portal when it can be filed online', async ({
  page,
  request,
}) => {
  await page.goto('thu-tuc/');
  const links = await page
    .locator('[data-by-field] li a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(new Set(links).size).toBe(guideFiles.length);
  for (const link of links) {
    expect((await request.get(link)).status()).toBe(200);
  }
});

test('the filter narrows the list as the resident types, without diacritics', async ({ page }) => {
  await page.goto('thu-tuc/');
  const filter = page.getByRole('searchbox', { name: 'Tìm nhanh thủ tục' });
  await filter.fill('dang ky khai tu');
  await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai tử' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'khớp với' })).toContainText('khớp với «dang ky khai tu»');
  await filter.fill('tam tru');
  await expect(page.getByRole('link', { name: 'Đăng ký tạm trú' })).toBeVisible();
  await filter.fill('xyz khong co');
  await expect(page.getByText('Không có thủ tục nào khớp với «xyz khong co»')).toBeVisible();
  await filter.fill('');
  await expect(page.getByRole('heading', { name: 'Theo việc trong đời' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the index shows the full grouped list and a guide reads completely', async ({ page }) => {
    await page.goto('thu-tuc/');
    await expect(page.getByRole('searchbox', { name: 'Tìm nhanh thủ tục' })).toBeHidden();
    expect(await page.locator('[data-by-field] li a').count()).toBe(guideFiles.length);
    await page.goto('thu-tuc/dang-ky-khai-sinh/');
    for (const heading of ['Bạn cần chuẩn bị', 'Nộp ở đâu, khi nào', 'Các bước', 'Căn cứ pháp lý']) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toBeHidden();
  });
});

test('copy link puts the guide address on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
  await page.goto('thu-tuc/dang-ky-khai-sinh/');
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(page.getByText('Đã sao chép liên kết.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL('thu-tuc/dang-ky-khai-sinh/', baseURL).href,
  );
});

test('every civil-status guide prints on one A4 sheet', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('thu-tuc/');
  const civil = await page
    .locator('#linh-vuc-ho-tich + ul a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(civil.length).toBeGreaterThan(0);
  const over: string[] = [];
  for (const url of civil) {
    await page.goto(url);
    const pages = await printedPages(page);
    if (pages !== 1) over.push(`${url}: ${pages} trang`);
  }
  expect(over).toEqual([]);
});

test('a guide carries GovernmentService and HowTo structured data', async ({ page }) => {
  await page.goto('thu-tuc/dang-ky-khai-sinh/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data['@type']).toBe('GovernmentService');
  expect(data.identifier).toBe('1.001193');
  expect(data.potentialAction['@type']).toBe('HowTo');
  expect(data.potentialAction.step.length).toBeGreaterThan(1);
});
