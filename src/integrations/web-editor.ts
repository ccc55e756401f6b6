// Astro integration: the web editor (Sveltia CMS) at /admin/. Writes its configuration, admin/config.yml, for
// the unit being built (src/cms/config.ts; none when the unit has not connected the editor, and the /admin/
// page then says how), and serves it in development. Bundles the editor (src/browser/cms.ts) with Vite into
// <outDir>/admin/cms/, apart from the site's own _astro/ files so that the service worker and the page
// budgets never carry it. Built once per editor version and kept in node_modules/.cache.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { stringify } from 'yaml';
import { readEntries } from '../reader/index.ts';
import { cmsConfig } from '../cms/config.ts';
import * as routes from '../lib/routes.ts';
import { withBase } from '../lib/url.ts';
import { collectionSpecs } from '../schemas/index.ts';
import { contentDir, projectRoot, publicDir } from '../units.ts';

const entry = join(projectRoot, 'src', 'browser', 'cms.ts');

function cacheKey(): string {
  const version = JSON.parse(readFileSync(join(projectRoot, 'node_modules', '@sveltia', 'cms', 'package.json'), 'utf8'))
    .version as string;
  return createHash('sha256').update(version).update(readFileSync(entry)).digest('hex').slice(0, 16);
}

async function bundle(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: projectRoot,
    // Relative addresses, so the editor works under any base path (/nq57/admin/…).
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        input: entry,
        output: {
          entryFileNames: 'cms.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  const script = join(outDir, 'cms.js');
  writeFileSync(script, useLocalFonts(readFileSync(script, 'utf8'), readdirSync(join(outDir, 'assets'))));
}

/**
 * The editor's stylesheet asks a CDN for its three fonts; the package ships the same files, which the bundle
 * already holds. Point the stylesheet at them (relative to the /admin/ page that loads it).
 */
export function useLocalFonts(code: string, assets: readonly string[]): string {
  return code.replace(
    /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/(latin-[a-z0-9]+-normal)\.woff2/g,
    (url, family: string, face: string) => {
      const local = assets.find((a) => a.startsWith(`${family}-${face}-`) && a.endsWith('.woff2'));
      if (!local) throw new Error(`Gói trình soạn thảo không có phông chữ cho ${url}.`);
      return `cms/assets/${local}`;
    },
  );
}

/** admin/config.yml for one unit, or undefined when its profile does not connect the editor. */
export function editorConfigFile(unit: string, siteUrl: string): string | undefined {
  const profile = readEntries(collectionSpecs.units, unit)[0]?.data;
  const config =
    profile &&
    cmsConfig({
      unit,
      profile,
      contentPath: relative(projectRoot, contentDir),
      publicPath: relative(projectRoot, publicDir),
      siteUrl,
    });
  if (!config) return undefined;
  return `# Tạo tự động từ src/schemas và src/cms khi dựng trang: đừng sửa tay.\n${stringify(config, { lineWidth: 0 })}`;
}

export function webEditor(unit: string): AstroIntegration {
  let base = '/';
  let siteUrl = '';
  return {
    name: 'nq57-web-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        siteUrl = new URL(config.base, config.site).href;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const wanted = request.url?.split('?')[0] === withBase(routes.adminConfig(), base);
          const file = wanted && editorConfigFile(unit, siteUrl);
          if (!file) return next();
          response.setHeader('Content-Type', 'text/yaml; charset=utf-8');
          response.end(file);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const config = editorConfigFile(unit, siteUrl);
        if (config) writeFileSync(join(fileURLToPath(dir), routes.adminConfig()), config);
        const cached = join(projectRoot, 'node_modules', '.cache', 'nq57-web-editor', cacheKey());
        if (!existsSync(join(cached, 'cms.js'))) await bundle(cached);
        cpSync(cached, join(fileURLToPath(dir), routes.adminCms()), { recursive: true });
        logger.info(`Trang soạn thảo ${routes.admin()} đã sẵn sàng.`);
      },
    },
  };
}
