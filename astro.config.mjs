// @ts-check
// One codebase, many units: SITE_UNIT chooses the unit, SITE_BASE the base path, SITE_URL the origin.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { defineConfig, envField } from 'astro/config';
import { contentGuard } from './src/build/content-guard.ts';
import { qrRedirects } from './src/build/qr-redirects.ts';
import { siteBasePlugin } from './src/build/site-base-links.ts';
import { searchIndex } from './src/build/search-index.ts';
import { serviceWorker } from './src/build/service-worker.ts';
import { webEditor } from './src/build/web-editor.ts';
import { contentDir, publicDir, siteEnvOrExit } from './src/build/units.ts';

const env = siteEnvOrExit();

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
  env: {
    schema: {
      SITE_UNIT: envField.string({ context: 'server', access: 'public', default: env.unit }),
    },
  },
  markdown: { processor: satteri({ mdastPlugins: [siteBasePlugin(env.base)] }) },
  integrations: [
    contentGuard(env.unit),
    mdx(),
    sitemap({ filter: (page) => !/\/(404|tim-kiem|q\/.+|kiosk(\/.+)?|admin)\/$/.test(page) }),
    searchIndex(),
    qrRedirects(env.unit, env.base),
    serviceWorker(env.base),
    webEditor(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
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
});
