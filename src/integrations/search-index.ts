// Astro integration: after every build, Pagefind indexes the main content of each page
// (the <main data-pagefind-body> of BaseLayout) into <outDir>/pagefind/. Then the compact index
// (src/pages/tim-kiem/chi-muc.json.ts) learns which Pagefind page is which address, so the browser can
// rank Pagefind's results and fetch only the fragments it shows.
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { quickIndexPath, type QuickIndex } from '../lib/quick-search.ts';

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
      typeof data.url === 'string' ? { [basename(file, '.pf_fragment')]: data } : (data as Record<string, { url: string }>);
    for (const [id, page] of Object.entries(group)) {
      if (typeof page.url === 'string') pages[id] = page.url.replace(/^\//, '');
    }
  }
  return pages;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'nq57-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind lỗi khi đọc trang: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}pagefind` });
        await pagefind.close();
        logger.info(`Chỉ mục tìm kiếm: ${added.page_count} trang.`);
        const quickFile = join(site, quickIndexPath);
        if (!existsSync(quickFile)) throw new Error(`Thiếu chỉ mục tìm nhanh ${quickIndexPath} trong bản dựng.`);
        const quick = JSON.parse(readFileSync(quickFile, 'utf8')) as QuickIndex;
        quick.pages = pagefindPages(`${site}pagefind`);
        writeFileSync(quickFile, JSON.stringify(quick));
        logger.info(`Chỉ mục tìm nhanh: ${quick.entries.length} mục, ${Object.keys(quick.pages).length} trang.`);
      },
    },
  };
}
