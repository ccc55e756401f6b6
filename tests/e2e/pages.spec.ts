// Every page type: it loads, it is Vietnamese, it has one h1 and a working skip link, it asks nothing of
// other servers, and axe finds no WCAG 2.2 AA violation, on a desktop screen and on a 360-px phone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open, pageTypes } from './support/page-types.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Axe runs at the desktop size Playwright opens with, and on the most common phone width. */
const screens: [string, { width: number; height: number } | undefined][] = [
  ['a desktop screen', undefined],
  ['a 360-px phone', { width: 360, height: 640 }],
];

for (const type of pageTypes) {
  test.describe(type.name, () => {
    test('loads as a complete Vietnamese page', async ({ page }) => {
      expect(await open(page, type)).toBe(type.status ?? 200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/Nghị quyết 57 – (Phường Hồng Bàng|Đặc khu Cát Hải)$/);
      await expect(page.getByRole('navigation', { name: 'Chuyên mục chính' }).getByRole('link')).toHaveCount(6);
      await expect(page.getByRole('contentinfo')).toContainText('chịu trách nhiệm');
    });

    test('starts with a skip link to the main content', async ({ page }) => {
      await open(page, type);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Bỏ qua, tới nội dung chính' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });

    test('asks nothing of any server but the site (no analytics unless the unit configures one)', async ({
      page,
      baseURL,
    }) => {
      const site = new URL(baseURL ?? '').origin;
      const outside: string[] = [];
      page.on('request', (r) => {
        if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== site) outside.push(r.url());
      });
      await open(page, type);
      await page.waitForLoadState('networkidle');
      expect(outside).toEqual([]);
    });

    test('runs under a Content Security Policy with no inline script allowed, and breaks none of it', async ({
      page,
    }) => {
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/.test(m.text())) refused.push(m.text());
      });
      await open(page, type);
      await page.waitForLoadState('networkidle');
      const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/script-src 'self' 'sha256-/);
      expect(policy).not.toContain('unsafe-inline');
      expect(refused).toEqual([]);
    });

    for (const [screen, viewport] of screens) {
      test(`has no WCAG 2.2 AA violation on ${screen}`, async ({ page }) => {
        if (viewport) await page.setViewportSize(viewport);
        await open(page, type);
        const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
