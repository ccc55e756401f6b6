// robots.txt: everything public may be indexed but the web editor; the sitemap sits under the base path.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site);
  return new Response(
    `User-agent: *\nAllow: /\nDisallow: ${import.meta.env.BASE_URL}admin/\n\nSitemap: ${sitemap.href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
