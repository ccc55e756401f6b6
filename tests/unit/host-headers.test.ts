import { describe, expect, it } from 'vitest';
import { cspOptions, scriptHash } from '../../src/integrations/csp.ts';
import { editorCsp } from '../../src/lib/editor-csp.ts';
import { hostPolicies, metaPolicy, parsePolicy, type HostPolicies } from '../../src/lib/csp-policy.ts';
import {
  cacheHashed,
  headersFile,
  nginxFilesDir,
  nginxHeaders,
  nginxMaps,
  nginxVariables,
  securityHeaders,
} from '../../src/lib/host-headers.ts';
import { serviceWorkerRegistration, textSizeControl, textSizeEarly } from '../../src/lib/inline-scripts.ts';

const origin = 'https://nq57.example.vn';
const pagePolicy = (extra = '') =>
  `default-src 'self';connect-src 'self';img-src 'self' data;object-src 'none';script-src 'self' 'sha256-a=' ${extra};style-src 'self' 'sha256-s=';`;
const editorPolicy =
  "default-src 'self';connect-src 'self' https://api.github.com;worker-src 'self' blob:;script-src 'self' 'wasm-unsafe-eval' 'sha256-a=';style-src 'self' ;style-src-elem 'unsafe-inline';";
const policies: HostPolicies = hostPolicies(
  [
    { path: '/nq57/index.html', policy: pagePolicy() },
    { path: '/nq57/truyen-thanh/index.html', policy: pagePolicy("'sha256-b='") },
    { path: '/nq57/admin/index.html', policy: editorPolicy },
  ],
  origin,
  '/nq57/',
);

describe('host headers', () => {
  it('asks for every security header the site needs', () => {
    expect(Object.keys(securityHeaders)).toEqual(
      expect.arrayContaining([
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'X-Frame-Options',
      ]),
    );
  });

  it('writes _headers under the base path, with a year of cache only for hashed files', () => {
    const file = headersFile('/nq57/', policies);
    expect(file.startsWith('/nq57/*\n  Strict-Transport-Security: max-age=63072000')).toBe(true);
    expect(file).toContain(`/nq57/_astro/*\n  Cache-Control: ${cacheHashed}\n`);
    expect(file).toContain('/nq57/sw.js\n  Cache-Control: no-cache\n');
    expect(file).toContain(`/nq57/admin/cms/chunks/*\n  Cache-Control: ${cacheHashed}\n`);
    expect(file.match(/immutable/g)).toHaveLength(3);
    expect(file).not.toContain('cms.js\n  Cache-Control: public');
    expect(file).toContain(`/nq57/tep/*\n  Content-Security-Policy: ${policies.document}\n`);
    expect(file).toContain(`/nq57/bieu-mau/*\n  Content-Security-Policy: ${policies.document}\n`);
  });

  it('writes the same headers for nginx, each sent on every response', () => {
    const lines = nginxHeaders()
      .split('\n')
      .filter((l) => l.startsWith('add_header'));
    expect(lines).toHaveLength(Object.keys(securityHeaders).length + Object.keys(nginxVariables).length);
    expect(lines).toContain('add_header Content-Security-Policy $nq57_csp always;');
    expect(lines.every((l) => l.endsWith(' always;'))).toBe(true);
    expect(lines).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});

describe('the policies the server sends', () => {
  it("reads the policy Astro wrote into a page's <meta>", () => {
    expect(
      metaPolicy(`<head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x=';"></head>`),
    ).toBe("script-src 'self' 'sha256-x=';");
    expect(metaPolicy('<meta http-equiv="refresh" content="0;url=/">')).toBeUndefined();
  });

  it("gives pages every hash any page's <meta> names, and scripts only from the site's own files", () => {
    const page = parsePolicy(policies.page);
    expect(page.get('script-src')).toEqual([
      'https://nq57.example.vn/nq57/_astro/',
      'https://nq57.example.vn/nq57/pagefind/pagefind.js',
      'https://nq57.example.vn/nq57/pagefind/pagefind-worker.js',
      'https://nq57.example.vn/nq57/sw.js',
      "'sha256-a='",
      "'sha256-b='",
    ]);
    expect(page.get('style-src')).toEqual(["'self'", "'sha256-s='"]);
    expect(page.get('frame-ancestors')).toEqual(["'self'"]);
    expect(policies.page).not.toContain('api.github.com');
    expect(policies.page).not.toContain('unsafe');
  });

  it("keeps the editor's looser policy to the editor, its scripts to its own folder", () => {
    const editor = parsePolicy(policies.editor);
    expect(editor.get('script-src')).toEqual([
      'https://nq57.example.vn/nq57/admin/cms/',
      'https://nq57.example.vn/nq57/_astro/',
      "'wasm-unsafe-eval'",
      "'sha256-a='",
    ]);
    expect(editor.get('worker-src')).toEqual([
      'https://nq57.example.vn/nq57/admin/cms/',
      'https://nq57.example.vn/nq57/_astro/',
      'blob:',
    ]);
    expect(editor.get('connect-src')).toContain('https://api.github.com');
  });

  it('runs nothing in files, and no script but WebAssembly in workers', () => {
    expect(parsePolicy(policies.file).get('default-src')).toEqual(["'none'"]);
    expect(policies.file.endsWith('; sandbox')).toBe(true);
    expect(policies.document).toBe("default-src 'none'; frame-ancestors 'self'");
    expect(parsePolicy(policies.worker).get('script-src')).toEqual(["'wasm-unsafe-eval'"]);
  });

  it('refuses to write a policy when no built page has one', () => {
    expect(() => hostPolicies([], origin, '/')).toThrow(/Content-Security-Policy/);
  });

  it('maps each response to its policy for nginx, under the base, and refuses what the media folder may not hold', () => {
    const maps = nginxMaps('/nq57/', policies);
    expect(maps).toContain('map "$uri|$sent_http_content_type" $nq57_csp {');
    expect(maps).toContain(`    "~^/nq57/(tep|bieu-mau)/" "${policies.file}";`);
    expect(maps).toContain(`    "~\\|text/html" "${policies.page}";`);
    expect(maps).toMatch(/"~\*\\\.\(doc\|docx\|[a-z|]+\)\$" "attachment";/);
    expect(maps).toContain('    "~^/nq57/(tep|bieu-mau)/" "1";');
    const rows = maps.split('\n').filter((l) => l.startsWith('    "'));
    expect(rows.every((l) => /^ {4}"[^"$]*\$?" "[^"$\\]*";$/.test(l))).toBe(true);
  });

  it('writes the nginx files beside the build, never in it', () => {
    expect(nginxFilesDir('/srv/dist-units/cat-hai/')).toBe('/srv/dist-units/cat-hai-nginx');
  });
});

describe('content security policy', () => {
  it('names each inline script by its hash, and never allows inline scripts as such', () => {
    const options = cspOptions('/nq57/', {});
    expect(options.scriptDirective?.hashes).toEqual([
      scriptHash(textSizeEarly),
      scriptHash(textSizeControl),
      scriptHash(serviceWorkerRegistration('/nq57/')),
    ]);
    expect(JSON.stringify(options)).not.toContain('unsafe-inline');
    expect(JSON.stringify(options)).not.toContain('unsafe-eval');
  });

  it('lets pages talk only to the site and to the endpoints the unit names', () => {
    const connect = (unit: Parameters<typeof cspOptions>[1]) =>
      cspOptions('/', unit).directives?.find((d) => d.startsWith('connect-src'));
    expect(connect({})).toBe("connect-src 'self'");
    expect(
      connect({
        feedbackEndpoint: 'https://y-kien.example.vn/gui',
        analytics: { tool: 'plausible', endpoint: 'https://thong-ke.example.vn/api/event', site: 'x.vn' },
      }),
    ).toBe("connect-src 'self' https://y-kien.example.vn https://thong-ke.example.vn");
  });

  it('hashes as browsers do (SHA-256, base64)', () => {
    expect(scriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('opens the web editor to its git host only', () => {
    const github = editorCsp({ host: 'github', repo: 'a/b', branch: 'main' });
    expect(github.directives[0]).toBe('connect-src https://api.github.com https://www.githubstatus.com blob: data:');
    const gitlab = editorCsp({ host: 'gitlab', repo: 'a/b', branch: 'main', apiRoot: 'https://git.example.vn/api/v4' });
    expect(gitlab.directives[0]).toBe('connect-src https://git.example.vn blob: data:');
    expect(gitlab.scriptResources).not.toContain("'unsafe-inline'");
  });
});

describe('service worker registration', () => {
  it('registers the worker at the base, after load, unless the phone saves data', () => {
    const script = serviceWorkerRegistration('/nq57/');
    expect(script).toContain('"/nq57/sw.js"');
    expect(script).toContain('scope: "/nq57/"');
    expect(script).toContain('saveData');
    expect(script).toContain("addEventListener('load'");
  });
});
