// Astro integration: after the build, writes redirect rules for the unit's retired QR codes beside the
// site: `_redirects` (static hosts) and `nginx-qr-redirects.map` (an nginx map). The landing pages forward
// by themselves too, so hosts without rules still lead every printed code somewhere.
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { redirectRules, type Retired } from '../lib/qr.ts';
import { qrSchema } from '../schemas/qr.ts';
import { contentDir } from './units.ts';

export function qrRedirects(unit: string, base: string): AstroIntegration {
  return {
    name: 'nq57-qr-redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const retired = globSync(`units/${unit}/qr/*.yaml`, { cwd: contentDir }).flatMap((file): Retired[] => {
          const parsed = qrSchema.safeParse(parse(readFileSync(join(contentDir, file), 'utf8')));
          if (!parsed.success || parsed.data.status !== 'ngung') return [];
          return [
            {
              code:
                file
                  .split('/')
                  .pop()
                  ?.replace(/\.yaml$/, '') ?? '',
              to: parsed.data.redirectTo,
            },
          ];
        });
        const { redirects, nginxMap } = redirectRules(retired, base);
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_redirects'), redirects);
        writeFileSync(join(out, 'nginx-qr-redirects.map'), nginxMap);
        logger.info(`Quy tắc chuyển hướng cho ${retired.length} mã QR đã ngừng.`);
      },
    },
  };
}
