// What the web editor's page (/admin/) adds to the site's Content Security Policy (src/integrations/csp.ts),
// from the unit's git host. Pure: the page hands the result to Astro.csp.
import type { AstroUserConfig } from 'astro';
import type { UnitProfile } from '../schemas/unit.ts';

/** Astro's `security.csp` settings. */
export type CspSettings = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Directive = NonNullable<CspSettings['directives']>[number];

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
