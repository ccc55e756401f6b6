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
    // One visit checks what every page must be; a failure names the check (expect.soft keeps the others going).
    test('is a complete Vietnamese page with a skip link, asks no other server, and keeps its CSP', async ({
      page,
      baseURL,
    }) => {
      const site = new URL(baseURL ?? '').origin;
      const outside: string[] = [];
      const refused: string[] = [];
      page.on('request', (r) => {
        if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== site) outside.push(r.url());
      });
      page.on('console', (m) => {
        if (/Content Security Policy/.test(m.text())) refused.push(m.text());
      });
      expect(await open(page, type)).toBe(type.status ?? 200);
      await expect.soft(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expect.soft(page.locator('h1')).toHaveCount(1);
      await expect.soft(page).toHaveTitle(/Nghị quyết 57 – (Phường Hồng Bàng|Đặc khu Cát Hải)$/);
      await expect.soft(page.getByRole('navigation', { name: 'Chuyên mục chính' }).getByRole('link')).toHaveCount(6);
      await expect.soft(page.getByRole('contentinfo')).toContainText('chịu trách nhiệm');

      // No analytics unless the unit configures one; nothing refused by the Content Security Policy.
      await page.waitForLoadState('networkidle');
      expect.soft(outside, 'requests to other servers').toEqual([]);
      const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      expect.soft(policy).toMatch(/default-src 'self'/);
      expect.soft(policy).toMatch(/script-src 'self' 'sha256-/);
      expect.soft(policy).not.toContain('unsafe-inline');
      expect.soft(refused, 'what the Content Security Policy refused').toEqual([]);

      // The first Tab reaches the skip link, which moves focus to the main content.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Bỏ qua, tới nội dung chính' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });

    test(`has no WCAG 2.2 AA violation on ${screens.map(([name]) => name).join(' or ')}`, async ({ page }) => {
      // Two full axe runs: each takes a few seconds, and several times that on a busy 2-core machine.
      test.setTimeout(120_000);
      await open(page, type);
      for (const [screen, viewport] of screens) {
        // The page is opened again at each size, as a reader on that screen would get it.
        if (viewport) {
          await page.setViewportSize(viewport);
          await page.reload();
        }
        const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
        expect
          .soft(
            violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            screen,
          )
          .toEqual([]);
      }
    });
  });
}
