// robots.txt: everything public may be indexed but the web editor; the sitemap sits under the base path.
import type { APIRoute } from 'astro';
import * as routes from '../lib/routes.ts';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(routes.sitemapIndex(), import.meta.env.BASE_URL), site);
  return new Response(
    `User-agent: *\nAllow: /\nDisallow: ${withBase(routes.admin(), import.meta.env.BASE_URL)}\n\nSitemap: ${sitemap.href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
