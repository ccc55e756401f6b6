// What older readers and readers without JavaScript meet: text size that persists, pages that read
// without scripts, and clean printing.
import { expect, test, type Page } from '@playwright/test';
import { primaryNav } from '../../src/lib/navigation.ts';
import * as routes from '../../src/lib/routes.ts';
import { relativeToBase } from '../../src/lib/url.ts';

const sizeButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Cỡ chữ:' }).getByRole('button', { name, exact: true });

test("the text size choice, in a phone's header menu, applies at once and persists across pages and reloads", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('');
  const html = page.locator('html');
  const menu = page.getByRole('banner').locator('summary', { hasText: 'Danh mục' });
  const before = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await menu.click();
  await sizeButton(page, 'Rất lớn').click();
  await expect(html).toHaveAttribute('data-text-size', 'rat-lon');
  await expect(sizeButton(page, 'Rất lớn')).toHaveAttribute('aria-pressed', 'true');
  const after = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before * 1.2);
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Thủ tục hành chính/ })
    .first()
    .click();
  await expect(html).toHaveAttribute('data-text-size', 'rat-lon');
  await page.reload();
  await menu.click();
  await expect(sizeButton(page, 'Rất lớn')).toHaveAttribute('aria-pressed', 'true');
  await sizeButton(page, 'Vừa').click();
  await expect(html).toHaveAttribute('data-text-size', 'vua');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the home page leads to the four content groups, a phone's header menu and search open and lead everywhere, and controls that need scripts stay hidden", async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('');
    for (const name of ['Thông tin nổi bật', 'Thông tin tuyên truyền', 'Thủ tục hành chính', 'Thông tin phản hồi']) {
      await expect(page.getByRole('main').getByRole('link', { name: new RegExp(name) })).toBeVisible();
    }
    // The menu: closed at first, then every destination of the primary navigation, in its order.
    const nav = page.getByRole('navigation', { name: 'Chuyên mục chính' });
    await expect(nav).toBeHidden();
    const menu = page.getByRole('banner').locator('summary', { hasText: 'Danh mục' });
    await menu.click();
    await expect(nav).toBeVisible();
    const links = nav.getByRole('link');
    await expect(links).toHaveText(primaryNav.map((item) => item.label));
    for (const [i, item] of primaryNav.entries()) {
      await expect(links.nth(i)).toBeInViewport();
      await expect(links.nth(i)).toHaveAttribute('href', new URL(relativeToBase(item.href), baseURL).pathname);
    }
    await expect(sizeButton(page, 'Lớn')).toBeHidden();
    await links.filter({ hasText: 'Thông tin phản hồi' }).click();
    await expect(page).toHaveURL(new URL(relativeToBase(routes.feedback()), baseURL).href);
    // Search: its panel holds the form, which goes to the search page (one panel open at a time).
    await menu.click();
    await page.getByRole('banner').locator('summary', { hasText: 'Tìm' }).click();
    await expect(nav).toBeHidden();
    await page.getByRole('searchbox', { name: 'Tìm trên trang' }).fill('khai sinh');
    await page.getByRole('searchbox', { name: 'Tìm trên trang' }).press('Enter');
    await expect(page).toHaveURL(/tim-kiem\/\?q=khai\+sinh$/);
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
