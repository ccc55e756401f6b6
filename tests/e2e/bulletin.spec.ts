// The loudspeaker bulletin page (/truyen-thanh/) on every unit: the weekly bulletin opens and closes with the
// unit's name, says no digit and names its sources; its text file is the same words in UTF-8; it prints on at
// most two A4 pages in a large font without the site's frame; it reads without JavaScript; axe finds nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { printedPages } from './support/pdf.ts';
import { unitSites } from '../sites.ts';

const root = join(import.meta.dirname, '..', '..');
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The unit's names, from the profile of the project's content folder. */
function unitOf(content: unknown): { shortName: string; committee: string } {
  return parse(readFileSync(join(root, String(content), 'unit.yaml'), 'utf8')) as {
    shortName: string;
    committee: string;
  };
}

const bulletinParagraphs = (page: Page) => page.locator('#ban-tin p').allInnerTexts();

test('the weekly bulletin opens and closes with the unit, says no digit, and names its sources', async ({
  page,
}, info) => {
  const unit = unitOf(info.project.metadata.content);
  await page.goto('truyen-thanh/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bản tin truyền thanh');
  const paragraphs = await bulletinParagraphs(page);
  expect(paragraphs.length).toBeGreaterThan(4);
  expect(paragraphs[0]).toContain(unit.shortName);
  expect(paragraphs.at(-1)).toContain(unit.shortName);
  expect(paragraphs.join('\n')).not.toMatch(/\d/);
  // Each item read ends with whom it comes from; the closing says whose bulletin it was, without office jargon.
  const items = page.locator('#ban-tin [data-role="muc"]');
  expect(await items.count()).toBeGreaterThan(1);
  for (const item of await items.all()) await expect(item.locator('p').last()).toHaveText(/^Theo .+\.$/);
  await expect(page.locator('#ban-tin [data-role="ket"]')).toContainText(`Bản tin truyền thanh của ${unit.committee}`);
  await expect(page.locator('#ban-tin')).not.toContainText('của đơn vị');
  // The stated time is at most five minutes, at the stated rate; each item links to its article.
  await expect(page.locator('[data-bulletin-time]')).toHaveText(
    /^Đọc khoảng (?:[1-4] phút(?: \d+ giây)?|5 phút|\d+ giây) \(\d+ tiếng, đọc 160 tiếng một phút\)/,
  );
  const links = page.locator('h3:text-is("Các tin, bài trong bản tin") + ol a');
  await expect(links).toHaveCount(await items.count());
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
});

test('downloads as UTF-8 text, word for word the bulletin on the page', async ({ page }) => {
  await page.goto('truyen-thanh/');
  const paragraphs = await bulletinParagraphs(page);
  const link = page.getByRole('link', { name: 'Tải bản tin (tệp chữ .txt)' });
  await expect(link).toHaveAttribute('download', /^ban-tin-truyen-thanh-[a-z-]+\.txt$/);
  const response = await page.request.get((await link.evaluate((a) => (a as HTMLAnchorElement).href)) ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(await response.body());
  expect(text).toBe(`${paragraphs.join('\n\n')}\n`);
  // Each item's own script downloads too.
  const own = page.getByRole('link', { name: /^Tải lời đọc/ }).first();
  const script = await page.request.get(await own.evaluate((a) => (a as HTMLAnchorElement).href));
  expect(new TextDecoder('utf-8', { fatal: true }).decode(await script.body())).toMatch(/^\P{N}+\n$/u);
});

test('prints the bulletin alone, in a large font, on at most two A4 pages', async ({ page }) => {
  await page.goto('truyen-thanh/');
  expect(await printedPages(page)).toBeLessThanOrEqual(2);
  // (printedPages left the page in print media.)
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('body > footer')).toBeHidden();
  await expect(page.locator('#tung-tin-bai')).toBeHidden();
  await expect(page.locator('#ban-tin')).toBeVisible();
  const points = await page
    .locator('#ban-tin p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize) * 0.75);
  expect(points).toBeGreaterThanOrEqual(14);
});

test('reads without JavaScript; only the print button needs it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: String(baseURL) });
  const page = await context.newPage();
  await page.goto('truyen-thanh/');
  expect((await bulletinParagraphs(page)).length).toBeGreaterThan(4);
  await expect(page.getByRole('button', { name: 'In bản tin' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Tải bản tin (tệp chữ .txt)' })).toBeVisible();
  await context.close();
  const withScript = await browser.newPage({ baseURL: String(baseURL) });
  await withScript.goto('truyen-thanh/');
  await expect(withScript.getByRole('button', { name: 'In bản tin' })).toBeVisible();
  await withScript.close();
});

test('is linked from the campaign material page and the footer', async ({ page }) => {
  await page.goto('tuyen-truyen/');
  await page
    .getByRole('link', { name: /^Bản tin truyền thanh/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/truyen-thanh\/$/);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Bản tin truyền thanh' })).toBeVisible();
});

// On a 360-px phone on every site, and on a desktop screen on the first unit (the page's frame is the same on
// every unit, and each axe run over the unfolded scripts costs seconds on a 2-core machine).
test('has no WCAG 2.2 AA violation on a 360-px phone, nor on a desktop screen, its scripts unfolded', async ({
  page,
}, info) => {
  const screens = [
    ...(info.project.name === unitSites[0]?.name ? [['a desktop screen', page.viewportSize()] as const] : []),
    ['a 360-px phone', { width: 360, height: 640 }] as const,
  ];
  for (const [screen, viewport] of screens) {
    if (viewport) await page.setViewportSize(viewport);
    await page.goto('truyen-thanh/');
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect
      .soft(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        screen,
      )
      .toEqual([]);
  }
});
