// The HTTP headers the site asks of whatever serves it: security headers on every response, a year's cache
// for files whose name carries their content hash, and revalidation for everything else (pages, the
// service worker, the screens' version file). One list, written for static hosts (`_headers`) and for nginx
// (`nginx-headers.conf`, included by deploy/nginx/nq57.conf).
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
  // Only the unit's own portal may show these pages in a frame (the page's <meta> policy cannot say this).
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
};

export const cacheHashed = 'public, max-age=31536000, immutable';
export const cacheRevalidate = 'no-cache';

/** `_headers` for Netlify, Cloudflare Pages and hosts that read the same format. */
export function headersFile(base: string): string {
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
  return [
    withBase('*', base),
    ...lines(securityHeaders),
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

/** The security headers as nginx directives, for an `include` in every location that sets its own headers. */
export function nginxHeaders(): string {
  return [
    '# Tạo tự động khi dựng trang (src/lib/host-headers.ts): đừng sửa tay.',
    ...Object.entries(securityHeaders).map(([k, v]) => `add_header ${k} "${v}" always;`),
    '',
  ].join('\n');
}
