// The Content Security Policy every page carries (Astro writes it into a <meta> with the hashes of its own
// scripts and styles). Scripts run only from the site's own files and the three small inline scripts named
// by hash: no 'unsafe-inline', no eval. Pages may talk only to the site and to the endpoints the unit's
// profile names (feedback, scan counting); players from YouTube and Facebook load in a frame only after
// the reader asks. `frame-ancestors` cannot sit in a <meta>: it is in the host headers (host-headers.ts).
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import type { UnitProfile } from '../schemas/unit.ts';
import { serviceWorkerRegistration, textSizeControl, textSizeEarly } from '../lib/inline-scripts.ts';

/** 'sha256-…' of a script's text, as a Content Security Policy names it. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

export const videoFrames = ['https://www.youtube-nocookie.com', 'https://www.facebook.com'];

/** Astro's `security.csp` settings for one unit's site. */
type CspSettings = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Directive = NonNullable<CspSettings['directives']>[number];

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

/**
 * What the web editor (/admin/, for ward staff only) needs beyond the site's policy: to talk to the unit's
 * git host, to style its own interface (Svelte writes its styles at run time), to preview and compress
 * uploaded images (blob: and WebAssembly). Its scripts still come only from the site.
 */
export function editorCsp(editor: NonNullable<UnitProfile['editor']>) {
  const hosts =
    editor.host === 'github'
      ? ['https://api.github.com', 'https://www.githubstatus.com']
      : [editor.apiRoot ? new URL(editor.apiRoot).origin : 'https://gitlab.com'];
  const oauth = editor.oauthUrl ? [new URL(editor.oauthUrl).origin] : [];
  return {
    directives: [
      `connect-src ${[...hosts, ...oauth, 'blob:', 'data:'].join(' ')}`,
      'img-src blob:',
      "worker-src 'self' blob:",
    ] satisfies Directive[],
    scriptResources: ["'self'", "'wasm-unsafe-eval'"],
    styleResources: [
      { resource: "'unsafe-inline'", kind: 'element' as const },
      { resource: "'unsafe-inline'", kind: 'attribute' as const },
    ],
  };
}
