// A unit that has not connected the web editor to its content repository: /admin/ says so and what to do,
// in Vietnamese, without JavaScript, and no editor configuration is published. (pages.spec.ts checks it as
// a page type: language, skip link, no other server, WCAG 2.2 AA.)
import { expect, test } from '@playwright/test';

test('/admin/ explains how to connect the editor, and nothing else is served for it', async ({ page, request }) => {
  await page.goto('admin/');
  await expect(page.getByRole('heading', { level: 1, name: 'Trang soạn thảo nội dung' })).toBeVisible();
  await expect(page.getByText(/chưa được kết nối với kho nội dung/)).toBeVisible();
  await expect(page.getByText('npm run new -- tin "Tiêu đề tin"')).toBeVisible();
  expect(await page.locator('script[src*="admin/cms"]').count()).toBe(0);
  expect((await request.get('admin/config.yml')).status()).toBe(404);
});
