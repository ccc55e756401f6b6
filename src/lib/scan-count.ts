// What a QR landing page tells the unit's analytics tool: one event per scan, naming the code, its
// residential group and its campaign. The request is written at build time from the page's own address
// (so no query string or fragment ever goes out); the browser only sends it, unless the reader asks not
// to be tracked. No cookies, no identifiers; nothing at all when the unit has no tool.
import type { UnitProfile } from '../schemas/unit.ts';

export type Analytics = NonNullable<UnitProfile['analytics']>;

export interface Scan {
  code: string;
  /** Residential group (tổ dân phố), village or place the code was given to. */
  group?: string | undefined;
  campaign: string;
}

export interface ScanRequest {
  url: string;
  contentType: string;
  body: string;
}

export const SCAN_EVENT = 'Quét mã QR';
const NO_GROUP = 'không ghi';

/** Properties every tool receives: short ASCII keys, readable values. */
export function scanProps(scan: Scan): Record<string, string> {
  return { 'ma-qr': scan.code, 'to-dan-pho': scan.group ?? NO_GROUP, 'dot-phat-hanh': scan.campaign };
}

/** The request that records one scan of the page at `page.href`, or null when the unit has no tool. */
export function scanRequest(
  analytics: Analytics | undefined,
  scan: Scan,
  page: { href: string; title: string },
): ScanRequest | null {
  if (!analytics) return null;
  const url = new URL(page.href);
  const clean = `${url.origin}${url.pathname}`;
  if (analytics.tool === 'plausible') {
    // Plausible's own script posts text/plain (no CORS preflight); the API reads it as JSON.
    return {
      url: analytics.endpoint,
      contentType: 'text/plain',
      body: JSON.stringify({ name: SCAN_EVENT, url: clean, domain: analytics.site, props: scanProps(scan) }),
    };
  }
  return {
    url: analytics.endpoint,
    contentType: 'application/json',
    body: JSON.stringify({
      type: 'event',
      payload: {
        website: analytics.site,
        hostname: url.hostname,
        url: url.pathname,
        title: page.title,
        language: 'vi',
        name: SCAN_EVENT,
        data: scanProps(scan),
      },
    }),
  };
}

/** Global Privacy Control or Do Not Track set in the reader's browser. */
export function optedOut(nav: { doNotTrack?: string | null; globalPrivacyControl?: boolean }): boolean {
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1';
}
