// Under any base path (the cat-hai-nq57 project serves the site at /nq57/), the sitemap and robots.txt point
// under it. Every page's links, assets and forms are checked on the walk of every page (walk.spec.ts).
import { expect, test } from '@playwright/test';

test('the sitemap lists only pages under the base, and robots.txt points at it there', async ({ request, baseURL }) => {
  const base = new URL(baseURL ?? '');
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', base).href}`);
  const sitemapIndex = await (await request.get('sitemap-index.xml')).text();
  const sitemaps = [...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const sitemap of sitemaps) {
    expect(new URL(sitemap).pathname.startsWith(base.pathname), sitemap).toBe(true);
    const xml = await (await request.get(sitemap)).text();
    const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(pages.length).toBeGreaterThan(8);
    for (const url of pages)
      expect(new URL(url).pathname.startsWith(base.pathname), `${url} nằm ngoài ${base.pathname}`).toBe(true);
  }
});
