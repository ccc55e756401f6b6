import { describe, expect, it } from 'vitest';
import { cspOptions, scriptHash } from '../../src/integrations/csp.ts';
import { editorCsp } from '../../src/lib/editor-csp.ts';
import { cacheHashed, headersFile, nginxHeaders, securityHeaders } from '../../src/lib/host-headers.ts';
import { serviceWorkerRegistration, textSizeControl, textSizeEarly } from '../../src/lib/inline-scripts.ts';

describe('host headers', () => {
  it('asks for every security header the site needs', () => {
    expect(Object.keys(securityHeaders)).toEqual(
      expect.arrayContaining([
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'Content-Security-Policy',
      ]),
    );
    expect(securityHeaders['Content-Security-Policy']).toContain('frame-ancestors');
  });

  it('writes _headers under the base path, with a year of cache only for hashed files', () => {
    const file = headersFile('/nq57/');
    expect(file.startsWith('/nq57/*\n  Strict-Transport-Security: max-age=63072000')).toBe(true);
    expect(file).toContain(`/nq57/_astro/*\n  Cache-Control: ${cacheHashed}\n`);
    expect(file).toContain('/nq57/sw.js\n  Cache-Control: no-cache\n');
    expect(file).toContain(`/nq57/admin/cms/chunks/*\n  Cache-Control: ${cacheHashed}\n`);
    expect(file.match(/immutable/g)).toHaveLength(3);
    expect(file).not.toContain('cms.js\n  Cache-Control: public');
  });

  it('writes the same headers for nginx, each sent on every response', () => {
    const lines = nginxHeaders()
      .split('\n')
      .filter((l) => l.startsWith('add_header'));
    expect(lines).toHaveLength(Object.keys(securityHeaders).length);
    expect(lines.every((l) => l.endsWith(' always;'))).toBe(true);
    expect(lines).toContain('add_header X-Content-Type-Options "nosniff" always;');
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
