// Astro integration: after the build, writes redirect rules for the unit's retired QR codes beside the
// site: `_redirects` (static hosts) and `nginx-qr-redirects.map` (an nginx map). The landing pages forward
// by themselves too, so hosts without rules still lead every printed code somewhere.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectRules, type Retired } from '../lib/qr.ts';
import { collectionSpecs } from '../schemas/index.ts';
import { readEntries } from './validate-content.ts';

export function qrRedirects(unit: string, base: string): AstroIntegration {
  return {
    name: 'nq57-qr-redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const retired = readEntries(collectionSpecs.qr, unit).flatMap(({ id, data }): Retired[] =>
          data.status === 'ngung' ? [{ code: id, to: data.redirectTo }] : [],
        );
        const { redirects, nginxMap } = redirectRules(retired, base);
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_redirects'), redirects);
        writeFileSync(join(out, 'nginx-qr-redirects.map'), nginxMap);
        logger.info(`Quy tắc chuyển hướng cho ${retired.length} mã QR đã ngừng.`);
      },
    },
  };
}
