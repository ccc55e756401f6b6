// Every page type: it loads, it is Vietnamese, it has one h1 and a working skip link, it asks nothing of
// other servers, axe finds no WCAG 2.2 AA violation on a 360-px phone (every unit) and on a desktop
// screen (the first unit), and on a 360×740 phone the header is compact, the h1 near the top and the page's
// answers (data-answer) on the first screen, in one visit.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { unitSites } from '../sites.ts';
import { open, pageTypes } from './support/page-types.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const phone = { width: 360, height: 740 };
/** On that phone, at the default text size: the header's height and the top of the h1, at most (px). */
const headerMost = 120;
const h1TopMost = 200;
/**
 * Axe runs on the most common phone width on every unit, and at the desktop size Playwright opens with on the
 * first unit: every page type is checked at both sizes, and each axe run costs seconds on a 2-core machine.
 */
const desktopAxeUnit = unitSites[0]?.name;

for (const type of pageTypes) {
  // One visit checks what every page must be; a failure names the check (expect.soft keeps the others going).
  test(`${type.name}: a complete Vietnamese page with a skip link, no other server, its CSP kept, and no WCAG 2.2 AA violation`, async ({
    page,
    baseURL,
  }, info) => {
    test.setTimeout(120_000);
    const site = new URL(baseURL ?? '').origin;
    const outside: string[] = [];
    const refused: string[] = [];
    page.on('request', (r) => {
      if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== site) outside.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) refused.push(m.text());
    });
    const desktop = info.project.name === desktopAxeUnit;
    if (!desktop) await page.setViewportSize(phone);
    expect(await open(page, type)).toBe(type.status ?? 200);
    await expect.soft(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect.soft(page.locator('h1')).toHaveCount(1);
    await expect.soft(page).toHaveTitle(/Nghị quyết 57 – (Phường Hồng Bàng|Đặc khu Cát Hải)$/);
    // Every destination is in the menu (on a phone it is folded in «Danh mục»: reader.spec.ts opens it).
    await expect.soft(page.locator('nav[aria-label="Chuyên mục chính"] a')).toHaveCount(6);
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

    const axe = async (screen: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect
        .soft(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          screen,
        )
        .toEqual([]);
    };
    if (desktop) {
      await axe('a desktop screen');
      // The page is opened again on the phone, as a reader there would get it.
      await page.setViewportSize(phone);
      await page.reload();
    }
    // Measured from the top of the document, whatever scroll the reload kept.
    const edges = (selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els.map((e) => ({
          top: e.getBoundingClientRect().top + scrollY,
          bottom: e.getBoundingClientRect().bottom + scrollY,
        })),
      );
    const [header] = await edges('body > header');
    expect.soft(header && header.bottom - header.top, "the header's height at 360 px").toBeLessThanOrEqual(headerMost);
    const [h1] = await edges('h1');
    expect.soft(h1?.top, 'the top of the h1 at 360 px').toBeLessThanOrEqual(h1TopMost);
    for (const [name, count] of Object.entries(type.answers ?? {})) {
      await expect.soft(page.locator(`[data-answer="${name}"]`), `data-answer="${name}"`).toHaveCount(count);
      for (const [i, answer] of (await edges(`[data-answer="${name}"]`)).entries())
        expect.soft(answer.bottom, `the bottom of data-answer="${name}" #${i + 1}`).toBeLessThanOrEqual(phone.height);
    }
    await axe('a 360-px phone');
  });
}
