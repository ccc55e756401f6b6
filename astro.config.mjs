// @ts-check
// One codebase, many units: SITE_UNIT chooses the unit, SITE_BASE the base path, SITE_URL the origin.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { cspOptions } from './src/integrations/csp.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import {
  bodyCodeGuardPlugin,
  siteBasePlugin,
  tableAlignPlugin,
  tableScrollPlugin,
} from './src/integrations/markdown-plugins.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { webEditor } from './src/integrations/web-editor.ts';
import * as routes from './src/lib/routes.ts';
import { withoutBase } from './src/lib/url.ts';
import { contentDir, publicDir, siteEnvOrExit } from './src/units.ts';
import { readEntries } from './src/reader/index.ts';
import { collectionSpecs } from './src/schemas/index.ts';

const env = siteEnvOrExit();
// The unit's profile as the check reads it (an invalid one stops the build in contentGuard anyway).
const profile = readEntries(collectionSpecs.units, env.unit)[0]?.data ?? {};

export default defineConfig({
  site: env.site,
  base: env.base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Astro keeps parsed entries by id; a build from another content folder (a test's copy) keeps its own.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`,
  publicDir,
  build: {
    format: 'directory',
    // One round trip: the page's CSS travels inside its HTML.
    inlineStylesheets: 'always',
  },
  // No code highlighting: residents' pages have no code, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      // The guard first: a body with code is refused before any other plugin or the MDX compiler sees it.
      mdastPlugins: [bodyCodeGuardPlugin, siteBasePlugin(env.base)],
      hastPlugins: [tableAlignPlugin, tableScrollPlugin],
    }),
  },
  integrations: [
    contentGuard(env.unit),
    mdx(),
    sitemap({ filter: (page) => routes.inSitemap(withoutBase(new URL(page).pathname, env.base)) }),
    searchIndex(),
    hostFiles(env.unit, env.base),
    serviceWorker(env.base, env.unit),
    webEditor(env.unit),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // One round trip: a page's own script up to 8 kB (about 3.5 kB gzip, the feedback form's) travels inside
      // its HTML, as its CSS does; other assets keep Vite's 4 kB. The budgets (npm run budget) count both.
      assetsInlineLimit: (file, content) => (file.endsWith('.js') ? content.length < 8 * 1024 : undefined),
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX directive, harmless: https://github.com/withastro/astro/issues/18087
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  server: { port: 4321, host: true },
  devToolbar: { enabled: false },
  security: { csp: cspOptions(env.base, profile) },
});
