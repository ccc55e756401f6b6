// A walk of every page of the unit's built sitemap, and of the residents' pages it leaves out (search, offline,
// not found, QR landing pages and leaflets), opening each page once:
// - reflow (WCAG 2.2, 1.4.10): at 320 and 360 px wide and at the «Vừa» and «Rất lớn» text sizes, the page
//   reads without scrolling sideways; a failure names the page and the element that sticks out furthest;
// - the base path (the cat-hai-nq57 project serves the site at /nq57/): no link, asset, form or script escapes
//   it, and every internal link leads to a page that exists;
// - no request to another host, and nothing the page's Content Security Policy refuses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
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

// The pages are walked in three parts, each its own test, so that the two workers share a site's walk and
// neither waits at the end for the other's long one.
const parts = 3;
for (let part = 0; part < parts; part++)
  test(`no page in the sitemap, nor search, offline, not-found or QR page, scrolls sideways at ${widths.join(' or ')} px, text size ${sizes.map((s) => `«${s}»`).join(' or ')}, leaves the base path, links to a missing page, asks another host or breaks its CSP (part ${part + 1} of ${parts})`, async ({
    page,
    request,
  }, info) => {
    test.setTimeout(300_000);
    const base = new URL(info.project.use.baseURL ?? '');
    const outside: string[] = [];
    const refused: string[] = [];
    page.on('request', (r) => {
      if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== base.origin)
        outside.push(`${page.url()} → ${r.url()}`);
    });
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) refused.push(`${page.url()}: ${m.text()}`);
    });
    // Every link, asset, form and script of a page stays under the base and leads to something that exists (on
    // the fixture site, under the base only: its video and radio piece are recorded in the browser at test time).
    const site = testSite(info.project.name);
    const linked = new Map<string, number>();
    const refsOnPage = () =>
      page.$$eval(
        'a[href], link[href], script[src], img[src], source[src], form[action], audio[src], video[src], track[src]',
        (els) =>
          els.map(
            (el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src || (el as HTMLFormElement).action,
          ),
      );
    const checkLinks = async (path: string) => {
      // A page that sends the reader on (a retired QR code's) may still be leaving: read the page it leads to.
      let refs: string[] | undefined;
      for (let attempt = 1; !refs; attempt++) {
        try {
          refs = await refsOnPage();
        } catch (error) {
          if (attempt === 3 || !/context was destroyed/.test(String(error))) throw error;
          await page.waitForLoadState();
        }
      }
      const here = new URL(page.url());
      for (const ref of refs) {
        const target = new URL(ref);
        if (target.origin !== base.origin) continue;
        expect(target.pathname.startsWith(base.pathname), `/${path} → ${ref} ra ngoài đường dẫn gốc`).toBe(true);
        const key = target.origin + target.pathname;
        if (site.contentDir || key === here.origin + here.pathname) continue; // the page itself, e.g. its skip link
        if (!linked.has(key)) linked.set(key, (await request.get(key)).status());
        expect(linked.get(key), `/${path} → ${key}`).toBe(200);
      }
    };
    const { outDir } = site;
    const all = [...sitemapPages(outDir), ...unlistedPages(outDir)];
    expect(all.length).toBeGreaterThan(8);
    const pages = all.filter((_, i) => i % parts === part);
    // The reader's own control sets the largest size; it is kept for every page that follows (read back on
    // each one). Each page is then measured again at every other size, set as the control sets it, so a page
    // is opened once for all sizes and widths.
    const largest = sizes.at(-1) ?? '';
    const others = sizes.slice(0, -1);
    await page.setViewportSize({ width: widths[0] ?? 320, height: 640 });
    await page.goto('');
    // On a phone the control sits in the header's menu.
    await page.locator('summary', { hasText: 'Danh mục' }).click();
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
      await checkLinks(path);
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
      `${info.project.name}, phần ${part + 1}/${parts}: ${pages.length} trang × ${widths.length} bề rộng × ${sizes.length} cỡ chữ = ${checks} lần đo, ${failures.length} lần cuộn ngang.`,
    );
    expect(failures).toEqual([]);
    // The fixture site's QR pages report a scan to the analytics host its unit configures (fixture-site/qr.spec.ts).
    if (!site.contentDir) expect(outside, 'requests to other hosts').toEqual([]);
    expect(refused, 'what the Content Security Policy refused').toEqual([]);
  });
