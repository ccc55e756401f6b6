// The HTTP headers the site asks of whatever serves it: security headers on every response, the Content
// Security Policy of each kind of response (src/lib/csp-policy.ts), a year's cache for files whose name
// carries their content hash, and revalidation for everything else (pages, the service worker, the screens'
// version file). One list, written for static hosts (`_headers`, in the build) and for nginx
// (`nginx-headers.conf` and `nginx-csp.map`, beside the build: deploy/nginx/ includes them from outside the
// web root, and the deploy checks their shape first, deploy/ci/xuat-ban.yml).
import type { HostPolicies } from './csp-policy.ts';
import { frameAncestors } from './csp-policy.ts';
import { escapeRegExp } from './regexp.ts';
import { publishedTypes } from './published-types.ts';
import * as routes from './routes.ts';
import { withBase } from './url.ts';

export const securityHeaders: Record<string, string> = {
  // Two years, and the portal's subdomains: a government site is only ever reached over HTTPS.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // Other sites learn which site a reader came from, never which page (a procedure, a search).
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Nothing on the site uses the camera, microphone, location, payment or USB; no embedded player may either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'SAMEORIGIN',
};

export const cacheHashed = 'public, max-age=31536000, immutable';
export const cacheRevalidate = 'no-cache';

/**
 * What the media folder (/tep/) and the forms folder (/bieu-mau/) may serve: the types the content check lets
 * editors publish (src/lib/published-types.ts); anything else there answers 404 under nginx. Office forms are
 * downloaded, never opened by the browser.
 */
export const publishedFiles = {
  inline: Object.keys(publishedTypes).filter((ext) => !publishedTypes[ext]?.download),
  download: Object.keys(publishedTypes).filter((ext) => publishedTypes[ext]?.download),
};

/** The folders whose files editors publish as they are. */
export const publishedFolders = [routes.media(), routes.forms()];

/** `_headers` for Netlify, Cloudflare Pages and hosts that read the same format (policies of one path add up). */
export function headersFile(base: string, policies: HostPolicies): string {
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
  return [
    withBase('*', base),
    // Pages carry their own policy in a <meta>; these hosts cannot tell a page from a file by its path.
    ...lines({ ...securityHeaders, 'Content-Security-Policy': frameAncestors }),
    ...publishedFolders.flatMap((folder) => [
      withBase(`${folder}*`, base),
      ...lines({ 'Content-Security-Policy': policies.document }),
    ]),
    ...[routes.assets('*'), routes.adminCms('chunks/*'), routes.adminCms('assets/*')].flatMap((path) => [
      withBase(path, base),
      ...lines({ 'Cache-Control': cacheHashed }),
    ]),
    withBase(routes.searchIndex('*'), base),
    ...lines({ 'Cache-Control': cacheRevalidate }),
    withBase(routes.serviceWorker(), base),
    ...lines({ 'Cache-Control': cacheRevalidate }),
    '',
  ].join('\n');
}

/** The variables nginx-csp.map defines and every location sends (deploy/nginx/nq57-site.conf). */
export const nginxVariables = {
  'Content-Security-Policy': '$nq57_csp',
  'Content-Disposition': '$nq57_disposition',
} as const;

const generated = (file: string) => `# Tạo tự động khi dựng trang (src/lib/${file}): đừng sửa tay.`;

/** The headers as nginx directives, for an `include` in every location that sets its own headers. */
export function nginxHeaders(): string {
  return [
    generated('host-headers.ts'),
    ...Object.entries(securityHeaders).map(([k, v]) => `add_header ${k} "${v}" always;`),
    // nginx leaves out a header whose value is empty (no Content-Disposition on most files).
    ...Object.entries(nginxVariables).map(([k, v]) => `add_header ${k} ${v} always;`),
    '',
  ].join('\n');
}

/**
 * The http-level maps behind those variables: the policy of each response, by address and content type (the
 * first matching line wins); downloads for office files; 404 for what the published folders may not hold. Each
 * line keeps to the shapes the deploy checks before nginx loads it (deploy/ci/xuat-ban.yml): no bracket
 * expression in a pattern, no quote, `$`, backslash or brace in a value.
 */
export function nginxMaps(base: string, policies: HostPolicies): string {
  const at = (path: string) => `^${escapeRegExp(withBase(path, base))}`;
  const folders = `${at('/')}(${publishedFolders.map((f) => escapeRegExp(f.slice(1, -1))).join('|')})/`;
  const row = (key: string, value: string) => `    "${key}" "${value}";`;
  const ext = (list: readonly string[]) => `\\.(${list.join('|')})$`;
  return [
    generated('host-headers.ts'),
    'map "$uri|$sent_http_content_type" $nq57_csp {',
    `    default "${policies.file}";`,
    row('~\\|application/pdf', policies.document),
    row(`~${folders}`, policies.file),
    row(`~${at(routes.admin())}.*\\|(text/html|text/javascript|application/javascript)`, policies.editor),
    row('~\\|text/html', policies.page),
    row('~\\|(text|application)/javascript', policies.worker),
    '}',
    'map $uri $nq57_disposition {',
    '    default "";',
    row(`~*${ext(publishedFiles.download)}`, 'attachment'),
    '}',
    'map $uri $nq57_refused {',
    // Asked again after the 404 page's internal redirect, for its own address.
    '    volatile;',
    '    default "";',
    row(`~*${folders}.+${ext([...publishedFiles.inline, ...publishedFiles.download])}`, ''),
    row(`~${folders}`, '1'),
    '}',
    '',
  ].join('\n');
}

/**
 * Where a build's nginx files go: beside the build, never in it ("dist-units/cat-hai" →
 * "dist-units/cat-hai-nginx"), so the web root never holds a file nginx reads as configuration.
 */
export function nginxFilesDir(outDir: string): string {
  return `${outDir.replace(/\/+$/, '')}-nginx`;
}
