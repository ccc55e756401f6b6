// Astro integration: after every build, Pagefind indexes the main content of each page
// (the <main data-pagefind-body> of BaseLayout) into <outDir>/pagefind/. Then the compact index
// (src/pages/tim-kiem/chi-muc.json.ts) learns which Pagefind page is which address, so the browser can
// rank Pagefind's results and fetch only the fragments it shows; and the search page announces its script
// files in its head, so a phone fetches them together instead of one import after another.
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import * as routes from '../lib/routes.ts';
import { relativeToBase } from '../lib/url.ts';
import { moduleGraph, scriptsOf } from '../lib/module-graph.ts';
import type { QuickIndex } from '../lib/quick-search.ts';

/** Pagefind's page ids and the address of each, under the base, from its fragment files. */
export function pagefindPages(pagefindDir: string): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const file of globSync('fragment/*.pf_fragment', { cwd: pagefindDir }).sort()) {
    const text = gunzipSync(readFileSync(join(pagefindDir, file)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const data = JSON.parse(text) as { url?: string } | Record<string, { url: string }>;
    // One page per file, or a group of pages by id.
    const group: Record<string, { url?: unknown }> =
      typeof data.url === 'string'
        ? { [basename(file, '.pf_fragment')]: data }
        : (data as Record<string, { url: string }>);
    for (const [id, page] of Object.entries(group)) {
      if (typeof page.url === 'string') pages[id] = page.url.replace(/^\//, '');
    }
  }
  return pages;
}

/** Adds a modulepreload link to the page's head for each script file its module scripts import statically. */
export function preloadImports(site: string, page: string, base: string): number {
  const file = join(site, page);
  const html = readFileSync(file, 'utf8');
  const entries = scriptsOf(html).external.map((src) => join(site, src.slice(base.length)));
  const imported = moduleGraph(
    entries,
    (f) => readFileSync(f, 'utf8'),
    (specifier, from) => join(dirname(from), specifier),
  ).filter((f) => !entries.includes(f));
  const links = imported.map((f) => `<link rel="modulepreload" href="${base}${relative(site, f)}">`).join('');
  writeFileSync(file, html.replace('</head>', `${links}</head>`));
  return imported.length;
}

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'nq57-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind lỗi khi đọc trang: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: join(site, routes.searchIndex()) });
        await pagefind.close();
        logger.info(`Chỉ mục tìm kiếm: ${added.page_count} trang.`);
        const quickFile = join(site, routes.builtFile(routes.searchQuickIndex()));
        if (!existsSync(quickFile))
          throw new Error(`Thiếu chỉ mục tìm nhanh ${routes.searchQuickIndex()} trong bản dựng.`);
        const quick = JSON.parse(readFileSync(quickFile, 'utf8')) as QuickIndex;
        quick.pages = pagefindPages(join(site, relativeToBase(routes.searchIndex())));
        writeFileSync(quickFile, JSON.stringify(quick));
        logger.info(`Chỉ mục tìm nhanh: ${quick.entries.length} mục, ${Object.keys(quick.pages).length} trang.`);
        preloadImports(site, routes.builtFile(routes.search()), base);
      },
    },
  };
}
