// Astro integration: after the build, writes the files hosts read. In the build, for static hosts:
// `_headers` (security, policy and cache headers, src/lib/host-headers.ts) and `_redirects` (the unit's
// retired QR codes; the landing pages forward by themselves too, so hosts without rules still lead every
// printed code somewhere). Beside the build, for nginx (nginxFilesDir, outside the web root):
// `nginx-headers.conf`, `nginx-csp.map` and `nginx-qr-redirects.map`. The policies come from the <meta>
// Astro wrote into the built pages (src/lib/csp-policy.ts): the header names the same hashes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostPolicies, metaPolicy, type PagePolicy } from '../lib/csp-policy.ts';
import { headersFile, nginxFilesDir, nginxHeaders, nginxMaps } from '../lib/host-headers.ts';
import { redirectRules, type Retired } from '../lib/qr.ts';
import { collectionSpecs } from '../schemas/index.ts';
import { readEntries } from '../reader/index.ts';

/** Every built page's own policy, by its address under the base. */
function builtPolicies(out: string, base: string): PagePolicy[] {
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.flatMap((file) => {
    const policy = metaPolicy(readFileSync(join(out, file), 'utf8'));
    const path = `${base}${relative(out, join(out, file)).split(sep).join('/')}`;
    return policy ? [{ path, policy }] : [];
  });
}

export function hostFiles(unit: string, base: string): AstroIntegration {
  let origin = '';
  return {
    name: 'nq57-host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('Thiếu địa chỉ chuyên trang (SITE_URL): chính sách CSP cần nó.');
        origin = new URL(config.site).origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const retired = readEntries(collectionSpecs.qr, unit).flatMap(({ id, data }): Retired[] =>
          data.status === 'ngung' ? [{ code: id, to: data.redirectTo }] : [],
        );
        const { redirects, nginxMap } = redirectRules(retired, base);
        const out = fileURLToPath(dir);
        const policies = hostPolicies(builtPolicies(out, base), origin, base);
        writeFileSync(join(out, '_redirects'), redirects);
        writeFileSync(join(out, '_headers'), headersFile(base, policies));
        const nginx = nginxFilesDir(out);
        rmSync(nginx, { recursive: true, force: true });
        mkdirSync(nginx, { recursive: true });
        writeFileSync(join(nginx, 'nginx-qr-redirects.map'), nginxMap);
        writeFileSync(join(nginx, 'nginx-headers.conf'), nginxHeaders());
        writeFileSync(join(nginx, 'nginx-csp.map'), nginxMaps(base, policies));
        logger.info(`Quy tắc chuyển hướng cho ${retired.length} mã QR đã ngừng; tệp cho nginx ở ${nginx}.`);
      },
    },
  };
}
