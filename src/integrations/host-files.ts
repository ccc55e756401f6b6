// Astro integration: after the build, writes the files hosts read beside the site: `_headers` and
// `nginx-headers.conf` (security and cache headers, src/lib/host-headers.ts), `_redirects` and
// `nginx-qr-redirects.map` (the unit's retired QR codes; the landing pages forward by themselves too, so
// hosts without rules still lead every printed code somewhere).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, nginxHeaders } from '../lib/host-headers.ts';
import { redirectRules, type Retired } from '../lib/qr.ts';
import { collectionSpecs } from '../schemas/index.ts';
import { readEntries } from '../reader/index.ts';

export function hostFiles(unit: string, base: string): AstroIntegration {
  return {
    name: 'nq57-host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const retired = readEntries(collectionSpecs.qr, unit).flatMap(({ id, data }): Retired[] =>
          data.status === 'ngung' ? [{ code: id, to: data.redirectTo }] : [],
        );
        const { redirects, nginxMap } = redirectRules(retired, base);
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_redirects'), redirects);
        writeFileSync(join(out, 'nginx-qr-redirects.map'), nginxMap);
        writeFileSync(join(out, '_headers'), headersFile(base));
        writeFileSync(join(out, 'nginx-headers.conf'), nginxHeaders());
        logger.info(`Quy tắc chuyển hướng cho ${retired.length} mã QR đã ngừng.`);
      },
    },
  };
}
