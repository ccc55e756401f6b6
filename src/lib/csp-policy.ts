// The Content Security Policies the server sends, made from the policies Astro wrote into the built pages'
// <meta> (the same directives, the same hashes), so a header can never allow what the page's own policy does
// not name. Astro writes the same policy into every page but for a page's own extra hashes and the web
// editor's additions (src/lib/editor-csp.ts); the header for pages is their union, the editor's page keeps
// its own. The header then narrows what `'self'` allowed: scripts only from the hashed files of `_astro/`,
// Pagefind's two files and the service worker, named by full URL, since a CSP source with a path needs the
// origin. Files that are not pages (media, forms, SVG, JSON…) get policies that run nothing at all.
import * as routes from './routes.ts';
import { withBase } from './url.ts';

/** A policy as directive name → its sources, in the order written. */
export type Policy = Map<string, string[]>;

/** Splits a serialised policy ("a 'self'; b x") into its directives; a repeated directive keeps the first. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Every directive of any of the policies, each with every source any of them names (first seen first). */
export function unionPolicies(policies: readonly string[]): Policy {
  const union: Policy = new Map();
  for (const text of policies) {
    for (const [name, sources] of parsePolicy(text)) {
      union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
    }
  }
  return union;
}

/** Only the unit's own portal may show the site in a frame (a <meta> policy cannot say this). */
export const frameAncestors = "frame-ancestors 'self'";

/** A built page's policy, as Astro wrote it into the page's <meta>. */
export interface PagePolicy {
  /** The page's address, with the base ("/nq57/tim-kiem/"). */
  readonly path: string;
  readonly policy: string;
}

/** What the server sends, by kind of response. */
export interface HostPolicies {
  /** Every page but the web editor's. */
  readonly page: string;
  /** The web editor's page (/admin/) and its scripts. */
  readonly editor: string;
  /** A script file run as a worker (the service worker, Pagefind's worker): fetches and WebAssembly only. */
  readonly worker: string;
  /** PDF opened in the browser: nothing runs, nothing loads (no sandbox: browsers refuse to show PDF in one). */
  readonly document: string;
  /** Every other file (images, SVG, media, captions, JSON…), and anything in the media and forms folders. */
  readonly file: string;
}

/** The scripts a page may load, by full URL: the hashed files, Pagefind's runtime and worker, the service worker. */
export function pageScripts(origin: string, base: string): string[] {
  const url = (path: string) => new URL(withBase(path, base), origin).href;
  return [
    url(routes.assets()),
    url(routes.searchIndex('pagefind.js')),
    url(routes.searchIndex('pagefind-worker.js')),
    url(routes.serviceWorker()),
  ];
}

/** The web editor's scripts: its own folder, and the hashed files its page may share with the site. */
export function editorScripts(origin: string, base: string): string[] {
  const url = (path: string) => new URL(withBase(path, base), origin).href;
  return [url(routes.adminCms()), url(routes.assets())];
}

/** Replaces `'self'` in script-src (and worker-src) by the given URLs, and adds frame-ancestors. */
function narrowed(policy: Policy, scripts: readonly string[]): string {
  const out: Policy = new Map(policy);
  const sources = out.get('script-src') ?? [];
  const swap = (list: readonly string[]) => [...new Set(list.flatMap((s) => (s === "'self'" ? scripts : [s])))];
  out.set('script-src', swap(sources));
  const workers = out.get('worker-src');
  if (workers) out.set('worker-src', swap(workers));
  out.set('frame-ancestors', ["'self'"]);
  return serializePolicy(out);
}

/**
 * The host's policies from the built pages' own. `origin` is the site's (SITE_URL), `base` its base path.
 * Throws when no page carries a policy: the header would then allow less than nothing, or more.
 */
export function hostPolicies(pages: readonly PagePolicy[], origin: string, base: string): HostPolicies {
  const admin = withBase(routes.admin(), base);
  const isEditor = (p: PagePolicy) => p.path.startsWith(admin);
  const site = pages.filter((p) => !isEditor(p)).map((p) => p.policy);
  if (site.length === 0) throw new Error('Không trang nào của bản dựng có Content-Security-Policy.');
  const editor = pages.filter(isEditor).map((p) => p.policy);
  const page = unionPolicies(site);
  const connect = page.get('connect-src') ?? ["'self'"];
  return {
    page: narrowed(page, pageScripts(origin, base)),
    editor: narrowed(unionPolicies(editor.length ? editor : site), editorScripts(origin, base)),
    worker: `default-src 'none'; connect-src ${connect.join(' ')}; script-src 'wasm-unsafe-eval'; ${frameAncestors}`,
    document: `default-src 'none'; ${frameAncestors}`,
    file: `default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; ${frameAncestors}; sandbox`,
  };
}

/** The policy Astro wrote into one built page, or undefined when the page has none (a bare redirect). */
export function metaPolicy(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}
