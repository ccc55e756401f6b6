// Printed QR codes lead to a short address on the site's own domain: SITE_URL + base + /q/<code>/.
// Error correction M and a quiet zone of four modules, as printed codes need. A code's status says what it is:
// prepared (chuan-bi, not printed yet), printed and in use (dang-dung), or retired and forwarding (ngung).

import QRCode from 'qrcode';
import * as routes from './routes.ts';
import { withBase } from './url.ts';

const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** The code for an address as SVG (print shops, screens). */
export function qrSvg(address: string): Promise<string> {
  return QRCode.toString(address, { ...QR_OPTIONS, type: 'svg' });
}

/** The code for an address as PNG, 12 pixels a module (documents, messages). */
export function qrPng(address: string): Promise<Buffer> {
  return QRCode.toBuffer(address, { ...QR_OPTIONS, type: 'png', scale: 12 });
}

/** A code once printed, whose file must stay for as long as the site does. */
export function isPrinted(status: unknown): boolean {
  return status === 'dang-dung' || status === 'ngung';
}

/** A code that has a leaflet to print: prepared or in use, not retired. */
export function hasLeaflet(status: unknown): boolean {
  return status === 'chuan-bi' || status === 'dang-dung';
}

/** The address a printed code encodes. */
export function qrAddress(site: string, base: string, code: string): string {
  return new URL(withBase(routes.qrLanding(code), base), site).href;
}

/** The address printed under the code for people to type: without the scheme. */
export function shortAddress(address: string): string {
  return address.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export interface Retired {
  code: string;
  /** Site-relative destination, e.g. "/thu-tuc/". */
  to: string;
}

/** Redirect rules for retired codes, for hosts that read them: `_redirects` lines and an nginx `map`. */
export function redirectRules(retired: readonly Retired[], base: string): { redirects: string; nginxMap: string } {
  const rows = [...retired]
    .sort((x, y) => x.code.localeCompare(y.code))
    .map((r) => [withBase(routes.qrLanding(r.code), base), withBase(r.to, base)] as const);
  const redirects = rows.map(([from, to]) => `${from} ${to} 301`).join('\n');
  const nginxMap = [
    '# Mã QR đã ngừng: dẫn tới trang mới. Dùng trong khối server: if ($qr_moi) { return 301 $qr_moi; }',
    'map $uri $qr_moi {',
    '    default "";',
    ...rows.map(([from, to]) => `    ${from} ${to};`),
    '}',
  ].join('\n');
  return { redirects: redirects ? `${redirects}\n` : '', nginxMap: `${nginxMap}\n` };
}
