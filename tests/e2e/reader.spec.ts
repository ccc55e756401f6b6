// What older readers and readers without JavaScript meet: text size that persists, pages that read
// without scripts, and clean printing.
import { expect, test, type Page } from '@playwright/test';

const sizeButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Cỡ chữ:' }).getByRole('button', { name, exact: true });

test('the text size choice applies at once and persists across pages and reloads', async ({ page }) => {
  await page.goto('');
  const html = page.locator('html');
  const before = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await sizeButton(page, 'Rất lớn').click();
  await expect(html).toHaveAttribute('data-text-size', 'rat-lon');
  await expect(sizeButton(page, 'Rất lớn')).toHaveAttribute('aria-pressed', 'true');
  const after = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before * 1.2);
  await page.getByRole('link', { name: 'Thủ tục hành chính' }).first().click();
  await expect(html).toHaveAttribute('data-text-size', 'rat-lon');
  await page.reload();
  await expect(sizeButton(page, 'Rất lớn')).toHaveAttribute('aria-pressed', 'true');
  await sizeButton(page, 'Vừa').click();
  await expect(html).toHaveAttribute('data-text-size', 'vua');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page leads to the four content groups and hides controls that need scripts', async ({ page }) => {
    await page.goto('');
    for (const name of ['Thông tin nổi bật', 'Thông tin tuyên truyền', 'Thủ tục hành chính', 'Thông tin phản hồi']) {
      await expect(page.getByRole('main').getByRole('link', { name: new RegExp(name) })).toBeVisible();
    }
    await expect(sizeButton(page, 'Lớn')).toBeHidden();
  });

  test('the search page still leads to the procedures and the FAQ', async ({ page }) => {
    await page.goto('tim-kiem/?q=khai+sinh');
    await expect(page.getByRole('link', { name: 'Danh sách hướng dẫn thủ tục hành chính' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Hỏi đáp về dịch vụ công' })).toBeVisible();
  });
});

test('printing drops navigation and search, keeps the content', async ({ page }) => {
  await page.goto('thu-tuc/dang-ky-khai-sinh/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Chuyên mục chính' })).toBeHidden();
  await expect(page.getByRole('search').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cần chuẩn bị' })).toBeVisible();
});

test('the header search sends the query to the search page, which finds the guide', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox', { name: 'Tìm trên trang' }).fill('khai sinh');
  await page.getByRole('searchbox', { name: 'Tìm trên trang' }).press('Enter');
  await expect(page).toHaveURL(/tim-kiem\/\?q=khai\+sinh$/);
  await expect(page.getByRole('status')).toContainText('kết quả cho «khai sinh»');
  await expect(page.locator('#search-results a').first()).toBeVisible();
  const titles = await page.locator('#search-results a').allTextContents();
  expect(titles.some((t) => /khai sinh/i.test(t))).toBe(true);
});
