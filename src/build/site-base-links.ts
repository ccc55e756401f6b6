// Links and images that content writes from the site's root ("/thu-tuc/dang-ky-khai-sinh/") are site paths.
// Under a base path (a ward publishing at /nq57/) they get the base in front, so editors write one form
// whatever address the site is published at. A plugin for Sätteri, Astro's Markdown and MDX processor.
import { defineMdastPlugin } from 'satteri';

/** The address with the base in front, for a root-relative path that does not carry it yet. */
export function withSiteBase(url: string, base: string): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(base)) return url;
  return `${base.replace(/\/$/, '')}${url}`;
}

export function siteBasePlugin(base: string) {
  return defineMdastPlugin({
    name: 'nq57-site-base',
    link(node, ctx) {
      ctx.setProperty(node, 'url', withSiteBase(node.url, base));
    },
    image(node, ctx) {
      ctx.setProperty(node, 'url', withSiteBase(node.url, base));
    },
  });
}
