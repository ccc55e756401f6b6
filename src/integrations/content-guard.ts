// Astro integration: validates every file under content/ and public/ (src/checks/published-files.ts) and the
// active unit's content (and the shared content) before Astro starts, so a mistake stops the build with the
// same Vietnamese message `npm run check` gives (drafts are named, never built); and after the build, checks that every page the content makes was written (a file
// Astro fails to render is only logged by Astro, and its page would silently be missing).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitePaths } from '../lib/site-paths.ts';
import { collectionSpecs } from '../schemas/index.ts';
import { contentDir } from '../units.ts';
import { checkContentAndFiles, formatProblems } from '../checks/validate-content.ts';
import { readEntries } from '../reader/index.ts';

/** Pages the content makes that are not in the output folder (site paths, without the base). */
export function missingPages(unit: string, out: string, dir = contentDir): string[] {
  const loaded = Object.fromEntries(
    Object.entries(collectionSpecs).map(([name, spec]) => [
      name,
      readEntries(spec, unit, dir).map((e) => ({ ...e, file: '' })),
    ]),
  );
  return [...sitePaths(loaded)].filter(
    (path) => !existsSync(join(out, path.endsWith('/') ? `${path}index.html` : path)),
  );
}

export function contentGuard(unit: string): AstroIntegration {
  return {
    name: 'nq57-content-guard',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'preview') return;
        const { problems, drafts } = await checkContentAndFiles([unit]);
        if (drafts.length > 0) {
          console.log(`\nBản nháp không đăng (${drafts.length}): ${drafts.map((d) => d.file).join(', ')}\n`);
        }
        if (problems.length === 0) return;
        console.error(`\nNội dung có lỗi, trang chưa được dựng:\n\n${formatProblems(problems)}\n`);
        process.exit(1);
      },
      'astro:build:done': ({ dir }) => {
        const missing = missingPages(unit, fileURLToPath(dir));
        if (missing.length === 0) return;
        console.error(
          `\nMột số trang không dựng được (xem dòng [ERROR] phía trên để biết tệp nội dung nào hỏng):\n${missing.map((p) => `  • ${p}`).join('\n')}\nKhông đăng bản dựng này.\n`,
        );
        process.exit(1);
      },
    },
  };
}
