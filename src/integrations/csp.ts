// The Content Security Policy every page carries (Astro writes it into a <meta> with the hashes of its own
// scripts and styles). Scripts run only from the site's own files and the three small inline scripts named
// by hash: no 'unsafe-inline', no eval. Pages may talk only to the site and to the endpoints the unit's
// profile names (feedback, scan counting); players from YouTube and Facebook load in a frame only after
// the reader asks. `frame-ancestors` cannot sit in a <meta>: it is in the host headers (host-headers.ts).
import { createHash } from 'node:crypto';
import type { UnitProfile } from '../schemas/unit.ts';
import type { CspSettings } from '../lib/editor-csp.ts';
import { serviceWorkerRegistration, textSizeControl, textSizeEarly } from '../lib/inline-scripts.ts';

/** 'sha256-…' of a script's text, as a Content Security Policy names it. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

export const videoFrames = ['https://www.youtube-nocookie.com', 'https://www.facebook.com'];

/** Astro's `security.csp` settings for one unit's site. */
export function cspOptions(base: string, unit: Pick<UnitProfile, 'feedbackEndpoint' | 'analytics'>): CspSettings {
  const endpoints = [unit.feedbackEndpoint, unit.analytics?.endpoint].flatMap((u) => (u ? [new URL(u).origin] : []));
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      `connect-src ${["'self'", ...new Set(endpoints)].join(' ')}`,
      "img-src 'self' data:",
      `frame-src ${videoFrames.join(' ')}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: {
      hashes: [textSizeEarly, textSizeControl, serviceWorkerRegistration(base)].map(scriptHash),
    },
  };
}
