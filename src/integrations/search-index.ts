// Astro integration: after every build, Pagefind indexes the main content of each page
// (the <main data-pagefind-body> of BaseLayout) into <outDir>/pagefind/.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import * as routes from '../lib/routes.ts';

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
        await index.writeFiles({ outputPath: join(site, routes.searchIndex()) });
        await pagefind.close();
        logger.info(`Chỉ mục tìm kiếm: ${added.page_count} trang.`);
      },
    },
  };
}
