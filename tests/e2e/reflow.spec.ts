// Reflow (WCAG 2.2, 1.4.10): every page of the unit's built sitemap, and the residents' pages it leaves out
// (search, offline, not found, QR landing pages and leaflets), at 320 and 360 px wide and at the
// «Vừa» and «Rất lớn» text sizes, reads without scrolling sideways. A failure names the page and the
// element that sticks out furthest. One page per worker walks the whole sitemap, opening each page once and measuring it at every width
// and size in place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { testSite } from '../sites.ts';

const root = join(import.meta.dirname, '..', '..');
const widths = [320, 360];
const sizes = ['Vừa', 'Rất lớn'];

/** Paths (relative to the base) of every page in the sitemap the build wrote into the site's out dir. */
function sitemapPages(outDir: string): string[] {
  const locs = (file: string) =>
    [...readFileSync(join(root, outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? ''),
    );
  const index = locs('sitemap-index.xml');
  // The sitemaps sit beside the index, under the base the site was built for.
  const builtBase = (index[0]?.pathname ?? '/').replace(/[^/]*$/, '');
  return index.flatMap((s) => locs(s.pathname.slice(builtBase.length))).map((u) => u.pathname.slice(builtBase.length));
}

/**
 * Pages residents reach that the sitemap leaves out: search, the offline page, the page for an unknown
 * address, and every QR landing page and leaflet (the codes' folders under q/ in the build).
 */
function unlistedPages(outDir: string): string[] {
  const folders = (path: string) =>
    readdirSync(join(root, outDir, path), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'in')
      .map((d) => `${path}/${d.name}/`);
  return ['tim-kiem/', 'ngoai-tuyen/', 'khong-co-trang-nay/', 'q/in/', ...folders('q'), ...folders('q/in')];
}

/** What sticks out past the viewport's right edge, furthest first; nothing when the page does not scroll. */
function sideways(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return undefined;
    // Scripts that size things to the window (Chart.js) catch up with the new width in the next frames.
    for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
    if (doc.scrollWidth <= doc.clientWidth) return undefined;
    const viewport = doc.clientWidth;
    // Content inside a box that scrolls or clips on its own does not move the page.
    const contained = (from: Element | null) => {
      for (let p = from; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const depth = (el: Element) => {
      let d = 0;
      for (let p = el.parentElement; p; p = p.parentElement) d++;
      return d;
    };
    const out: { el: Element; right: number; width: number; depth: number }[] = [];
    const consider = (el: Element, box: Element | null, r: DOMRect) => {
      const right = r.right + window.scrollX;
      if ((r.width > 0 || r.height > 0) && right > viewport + 0.5 && !contained(box))
        out.push({ el, right, width: r.width, depth: depth(el) });
    };
    for (const el of document.body.querySelectorAll('*')) consider(el, el.parentElement, el.getBoundingClientRect());
    // A word too long for its box sticks out of the box: its text, not the box, reaches past the edge.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let t = texts.nextNode(); t; t = texts.nextNode()) {
      if (!t.parentElement || !t.textContent?.trim()) continue;
      range.selectNodeContents(t);
      consider(t.parentElement, t.parentElement, range.getBoundingClientRect());
    }
    // The furthest right edge; at the same edge, the deepest element (the cause, not the boxes it widens).
    const worst = out.sort((a, b) => (Math.abs(b.right - a.right) > 0.5 ? b.right - a.right : b.depth - a.depth))[0];
    const name = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      (el.getAttribute('class') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((c) => `.${c}`)
        .join('');
    const what = worst
      ? `${name(worst.el)} «${(worst.el.textContent ?? '').trim().slice(0, 60)}» (mép phải ${Math.round(worst.right)} px, rộng ${Math.round(worst.width)} px)`
      : 'không tìm ra phần tử nào';
    return `rộng ${doc.scrollWidth} px > ${viewport} px; tràn nhất: ${what}`;
  });
}

// One page per worker, reused for every page it walks.
const test = base.extend<object, { walker: Page }>({
  walker: [
    async ({ browser }, use, info) => {
      const context = await browser.newContext({ baseURL: info.project.use.baseURL ?? '', locale: 'vi-VN' });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test(`no page in the sitemap, nor search, offline, not-found or QR page, scrolls sideways at ${widths.join(' or ')} px, text size ${sizes.map((s) => `«${s}»`).join(' or ')}`, async ({
  walker: page,
}, info) => {
  test.setTimeout(300_000);
  const { outDir } = testSite(info.project.name);
  const pages = [...sitemapPages(outDir), ...unlistedPages(outDir)];
  expect(pages.length).toBeGreaterThan(8);
  // The reader's own control sets the largest size; it is kept for every page that follows (read back on
  // each one). Each page is then measured again at every other size, set as the control sets it, so a page
  // is opened once for all sizes and widths.
  const largest = sizes.at(-1) ?? '';
  const others = sizes.slice(0, -1);
  await page.setViewportSize({ width: widths[0] ?? 320, height: 640 });
  await page.goto('');
  const control = page.getByRole('group', { name: 'Cỡ chữ:' });
  const sizeKey = async (size: string) =>
    control.getByRole('button', { name: size, exact: true }).getAttribute('data-size');
  const otherKeys = await Promise.all(others.map(async (size) => ({ size, key: await sizeKey(size) })));
  await control.getByRole('button', { name: largest, exact: true }).click();
  const chosen = await page.locator('html').getAttribute('data-text-size');
  expect(chosen, 'the text-size control set a size').toBe(await sizeKey(largest));

  const failures: string[] = [];
  const measure = async (path: string, size: string) => {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 640 });
      const problem = await sideways(page);
      if (problem) failures.push(`/${path} ở ${width} px, cỡ chữ «${size}»: ${problem}`);
    }
  };
  for (const path of pages) {
    await page.goto(path);
    expect(await page.locator('html').getAttribute('data-text-size'), `${path}: cỡ chữ đã chọn`).toBe(chosen);
    await measure(path, largest);
    for (const { size, key } of otherKeys) {
      expect(key, `the «${size}» button names its size`).toBeTruthy();
      await page.evaluate((k) => (document.documentElement.dataset.textSize = k ?? ''), key);
      await measure(path, size);
    }
  }
  const checks = pages.length * widths.length * sizes.length;
  console.log(
    `${info.project.name}: ${pages.length} trang × ${widths.length} bề rộng × ${sizes.length} cỡ chữ = ${checks} lần đo, ${failures.length} lần cuộn ngang.`,
  );
  expect(failures).toEqual([]);
});
