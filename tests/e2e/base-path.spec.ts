// Under any base path (the cat-hai-nq57 project serves the site at /nq57/), no link, asset, form or
// script escapes the base, and every internal link on every page leads to a page that exists. The same
// walk fails on any request to another host and on anything the page's Content Security Policy refuses.
import { expect, test } from '@playwright/test';

test('every page in the sitemap keeps to the base, asks no other host, keeps its CSP, and links to pages that exist', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const base = new URL(baseURL ?? '');
  const sitemapIndex = await (await request.get('sitemap-index.xml')).text();
  const sitemaps = [...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(sitemaps.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    expect(new URL(sitemap).pathname.startsWith(base.pathname)).toBe(true);
    const xml = await (await request.get(sitemap)).text();
    pages.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
  }
  pages.push(new URL('tim-kiem/', base).href, new URL('khong-co/', base).href);
  expect(pages.length).toBeGreaterThan(8);

  const outside: string[] = [];
  const refused: string[] = [];
  page.on('request', (r) => {
    if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== base.origin) outside.push(`${page.url()} → ${r.url()}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) refused.push(`${page.url()}: ${m.text()}`);
  });
  const checked = new Map<string, number>();
  for (const url of pages) {
    expect(new URL(url).pathname.startsWith(base.pathname), `${url} nằm ngoài ${base.pathname}`).toBe(true);
    await page.goto(url);
    const refs = await page.$$eval(
      'a[href], link[href], script[src], img[src], source[src], form[action], audio[src], video[src], track[src]',
      (els) =>
        els.map(
          (el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src || (el as HTMLFormElement).action,
        ),
    );
    for (const ref of refs) {
      const target = new URL(ref);
      if (target.origin !== base.origin) continue;
      expect(target.pathname.startsWith(base.pathname), `${url} → ${ref} ra ngoài đường dẫn gốc`).toBe(true);
      const key = target.origin + target.pathname;
      if (key === new URL(url).origin + new URL(url).pathname) continue; // the page itself, e.g. its skip link
      if (!checked.has(key)) checked.set(key, (await request.get(key)).status());
      expect(checked.get(key), `${url} → ${key}`).toBe(200);
    }
  }
  expect(outside).toEqual([]);
  expect(refused).toEqual([]);
});

test('robots.txt points at the sitemap under the base', async ({ request, baseURL }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', baseURL).href}`);
});
