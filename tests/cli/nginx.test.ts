// deploy/nginx/ run by Debian's nginx over the built sites, checked with real HTTP requests: compression,
// cache headers, security headers in every location (nginx drops the server's add_header in a location that
// has its own), the Content Security Policy of a page, an SVG, a file of the media folder (/tep/), a PDF, a
// script and the web editor, downloads, what the media folder refuses, QR redirects, the 404 page, hidden host
// files, MIME types. nginx reads the build's own files from beside the build (nginxFilesDir), as from
// /etc/nginx/nq57/ on a server. Needs the builds: scripts/test.sh runs it after them
// (vitest.after-build.config.ts). NQ57_DIST_ROOT points at another folder holding the builds.
import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { type IncomingHttpHeaders, get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaPolicy, parsePolicy } from '../../src/lib/csp-policy.ts';
import { cacheHashed, cacheRevalidate, nginxFilesDir, securityHeaders } from '../../src/lib/host-headers.ts';
import { siteOrigin, testSite, type TestSite } from '../sites.ts';
import { chromium, type Page } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.ts';

const root = join(import.meta.dirname, '..', '..');
const distRoot = process.env['NQ57_DIST_ROOT'] ?? root;
const nginx = '/usr/sbin/nginx';
const notFound = 'Không tìm thấy trang';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Site {
  readonly port: number;
  get(path: string): Promise<Reply>;
  errorLog(): string;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1, never one of the 4321–4324 the previews use. */
async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error())));
      });
    });
    if (port < 4321 || port > 4324) return port;
  }
}

/** Replaces a placeholder of deploy/nginx/*.conf, failing loudly when the file no longer has it. */
function fill(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx: không còn dòng «${from}» mà bài kiểm thử cần thay.`);
  return text.replaceAll(from, to);
}

/**
 * Starts nginx over one build, the way an admin installs deploy/nginx/: nq57-http.conf at http level and
 * nq57-site.conf in a server block, with the placeholder paths replaced; plain HTTP on a free port.
 * `docRoot` is nginx's root, holding the build at `<docRoot><base>`.
 */
async function startNginx(build: string, docRoot: string, base: string, tmp: string): Promise<Site> {
  const conf = (name: string) => readFileSync(join(root, 'deploy', 'nginx', name), 'utf8');
  const port = await freePort();
  const nginxFiles = `${nginxFilesDir(build)}/`;
  const http = fill(conf('nq57-http.conf'), '/etc/nginx/nq57/', nginxFiles);
  let site = fill(conf('nq57-site.conf'), 'root /var/www/nq57;', `root ${docRoot};`);
  site = fill(site, '/etc/nginx/nq57/', nginxFiles);
  site = fill(site, ' /404.html;', ` ${base}404.html;`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${tmp}/${t};`);
  const main = `${process.getuid?.() === 0 ? 'user root root;' : ''}
worker_processes 1;
error_log ${tmp}/error.log warn;
events { worker_connections 64; }
http {
  default_type application/octet-stream;
  access_log ${tmp}/access.log;
  ${temp.join('\n  ')}
  ${http}
  server {
    listen 127.0.0.1:${port};
    ${site}
  }
}
`;
  const confFile = join(tmp, 'nginx.conf');
  writeFileSync(confFile, main);
  const errorLog = () => (existsSync(join(tmp, 'error.log')) ? readFileSync(join(tmp, 'error.log'), 'utf8') : '');
  let output = '';
  const child: ChildProcess = spawn(
    nginx,
    ['-p', tmp, '-c', confFile, '-e', join(tmp, 'error.log'), '-g', `daemon off; pid ${tmp}/nginx.pid;`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  child.on('error', (error) => (output += `${error.message}\n`));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const get = (path: string) =>
    new Promise<Reply>((resolve, reject) => {
      httpGet({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') });
        });
      }).on('error', reject);
    });

  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null || waited > 10_000) {
      child.kill();
      throw new Error(`nginx không chạy được (mã ${child.exitCode}):\n${output}\n${errorLog()}`);
    }
    try {
      await get('/');
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    get,
    errorLog: () => `${output}${errorLog()}`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function expectSecurityHeaders(reply: Reply) {
  for (const [name, value] of Object.entries(securityHeaders))
    expect(reply.headers[name.toLowerCase()], name).toBe(value);
}

function expectNotFoundPage(reply: Reply) {
  expect(reply.status).toBe(404);
  expect(reply.body).toContain(notFound);
  expect(reply.headers['cache-control']).toBe(cacheRevalidate);
  expectSecurityHeaders(reply);
}

/** Serves one build for the tests of the enclosing describe; `check` is `it` with nginx's log on failure. */
function serve(testedSite: TestSite) {
  const { outDir, base } = testedSite;
  const build = join(distRoot, outDir);
  const state: { site?: Site; tmp?: string } = {};
  beforeAll(async () => {
    if (!existsSync(nginx)) {
      throw new Error(`Chưa có nginx (${nginx}). Chạy bash scripts/test.sh: tập lệnh cài nginx của Debian.`);
    }
    const nginxFiles = ['nginx-headers.conf', 'nginx-csp.map', 'nginx-qr-redirects.map'];
    for (const file of [
      ...['index.html', '404.html'].map((f) => join(build, f)),
      ...nginxFiles.map((f) => join(nginxFilesDir(build), f)),
    ]) {
      if (!existsSync(file)) {
        throw new Error(`Thiếu ${file}: dựng trang trước (bash scripts/test.sh dựng rồi mới chạy bài này).`);
      }
    }
    const tmp = mkdtempSync(join(tmpdir(), 'nq57-nginx-'));
    chmodSync(tmp, 0o755);
    state.tmp = tmp;
    let docRoot = build;
    if (base !== '/') {
      // Under a base path the build sits at <root><base>, with a dotfile and /.well-known/ beside it.
      docRoot = join(tmp, 'www');
      mkdirSync(join(docRoot, '.well-known'), { recursive: true });
      symlinkSync(build, join(docRoot, base.slice(1, -1)));
      writeFileSync(join(docRoot, '.bi-mat'), 'không được lộ\n');
      writeFileSync(join(docRoot, '.well-known', 'kiem-thu.txt'), 'xác minh\n');
    }
    state.site = await startNginx(build, docRoot, base, tmp);
  });
  afterAll(async () => {
    await state.site?.stop();
    if (state.tmp) rmSync(state.tmp, { recursive: true, force: true });
  });

  const check = (name: string, fn: (site: Site) => Promise<void>) =>
    it(name, async () => {
      const site = state.site;
      if (!site) throw new Error('nginx chưa chạy.');
      try {
        await fn(site);
      } catch (error) {
        if (error instanceof Error) error.message += `\n\nNhật ký lỗi của nginx:\n${site.errorLog()}`;
        throw error;
      }
    });

  const first = (dir: string, pattern: RegExp) => {
    const name = readdirSync(join(build, dir)).find((f) => pattern.test(f));
    if (!name) throw new Error(`Không thấy tệp ${pattern} trong ${join(build, dir)}.`);
    return `${base}${dir}/${name}`;
  };

  check('serves the home page compressed, revalidated, with every security header', async (site) => {
    const home = await site.get(base);
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['content-encoding']).toBe('gzip');
    expect(home.headers['vary']).toMatch(/Accept-Encoding/);
    expect(home.headers['cache-control']).toBe(cacheRevalidate);
    expectSecurityHeaders(home);
    expect(home.body).toMatch(/^<!DOCTYPE html>/i);
  });

  check('caches hashed files for a year, still with the security headers', async (site) => {
    const font = first('admin/cms/assets', /\.woff2$/);
    for (const path of [first('_astro', /\.(css|js)$/), first('admin/cms/chunks', /\.js$/), font]) {
      const reply = await site.get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['cache-control'], path).toBe(cacheHashed);
      expectSecurityHeaders(reply);
    }
    expect((await site.get(font)).headers['content-type']).toBe('font/woff2');
    const wasm = await site.get(first('admin/cms/assets', /\.wasm$/));
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.headers['cache-control']).toBe(cacheHashed);
  });

  check('revalidates the service worker, the search index, the screens version and the editor entry', async (site) => {
    for (const path of ['sw.js', 'pagefind/pagefind-entry.json', 'kiosk/phien-ban.json', 'admin/cms/cms.js']) {
      const reply = await site.get(`${base}${path}`);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['cache-control'], path).toBe(cacheRevalidate);
      expectSecurityHeaders(reply);
    }
  });

  check("answers a missing page or file with 404 and the site's 404 page", async (site) => {
    expectNotFoundPage(await site.get(`${base}khong-co-trang-nay/`));
    expectNotFoundPage(await site.get(`${base}_astro/khong-co.js`));
  });

  check("never serves the files meant for the host, and the build holds none of nginx's", async (site) => {
    for (const file of ['_headers', '_redirects']) expectNotFoundPage(await site.get(`${base}${file}`));
    expect(readdirSync(build).filter((f) => f.startsWith('nginx-'))).toEqual([]);
  });

  check("sends a page the policy of its own <meta>, narrowed to the site's script files", async (site) => {
    const home = await site.get(base);
    const header = parsePolicy(String(home.headers['content-security-policy']));
    const meta = parsePolicy(metaPolicy(home.body) ?? '');
    const scripts = header.get('script-src') ?? [];
    // Every inline script the page's <meta> allows by hash, and nothing else inline.
    const hashes = (meta.get('script-src') ?? []).filter((s) => s.startsWith("'sha256-"));
    expect(hashes.length).toBeGreaterThan(3);
    expect(scripts).toEqual(expect.arrayContaining(hashes));
    // No host-wide source: the site's hashed files, Pagefind's two files and the service worker, by full URL.
    const origin = new URL(siteOrigin(testedSite)).origin;
    expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual([
      `${origin}${base}_astro/`,
      `${origin}${base}pagefind/pagefind.js`,
      `${origin}${base}pagefind/pagefind-worker.js`,
      `${origin}${base}sw.js`,
    ]);
    expect(header.get('frame-ancestors')).toEqual(["'self'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
  });

  check("runs nothing in an SVG, a file of the media folder, or a PDF; scripts get a worker's policy", async (site) => {
    const file = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";
    for (const path of [`${base}favicon.svg`, first('_astro', /\.svg$/)]) {
      const svg = await site.get(path);
      expect(svg.status, path).toBe(200);
      expect(svg.headers['content-type'], path).toMatch(/^image\/svg\+xml/);
      expect(svg.headers['content-security-policy'], path).toBe(file);
    }
    const sw = parsePolicy(String((await site.get(`${base}sw.js`)).headers['content-security-policy']));
    expect(sw.get('default-src')).toEqual(["'none'"]);
    expect(sw.get('script-src')).toEqual(["'wasm-unsafe-eval'"]);
  });

  check('adds the trailing slash to a page path', async (site) => {
    const reply = await site.get(`${base}tim-kiem`);
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe(`${base}tim-kiem/`);
  });

  check('runs every page in Chromium under the policies nginx sends, with nothing refused', async (site) => {
    await browse(site, testedSite, async (page, origin) => {
      const sitemap = async (url: string) =>
        [...(await site.get(new URL(url).pathname)).body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
      const pages = (await Promise.all((await sitemap(`${origin}${base}sitemap-index.xml`)).map(sitemap))).flat();
      expect(pages.length).toBeGreaterThan(8);
      for (const url of [...pages, `${origin}${base}admin/`]) {
        await page.goto(url, { waitUntil: 'networkidle' });
      }
    });
  });

  return check;
}

/**
 * Opens Chromium on the site's own origin (SITE_URL of its build, which the policies name), every request
 * answered by this nginx; `fn` gets the page and the origin. Fails on anything a policy refuses and on any
 * request to another host. Service workers are left out: the browser's routing cannot answer for them.
 */
async function browse(site: Site, tested: TestSite, fn: (page: Page, origin: string) => Promise<void>) {
  const origin = new URL(siteOrigin(tested)).origin;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // The web editor alone may talk to the git host its own policy names (GitHub's status page, asked before
    // signing in): the connect-src nginx sends for /admin/. Every other request to another host fails the test.
    const editorPolicy = String((await site.get(`${tested.base}admin/`)).headers['content-security-policy'] ?? '');
    const editorHosts = new Set(
      (/(?:^|;)\s*connect-src ([^;]*)/.exec(editorPolicy)?.[1] ?? '')
        .split(/\s+/)
        .filter((s) => s.startsWith('https://')),
    );
    const outside: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) {
        let fromEditor = false;
        try {
          fromEditor = route.request().frame().url().includes(`${tested.base}admin/`);
        } catch {
          // A request with no frame (a worker's) is not the editor page's own.
        }
        if (!(fromEditor && editorHosts.has(url.origin))) outside.push(url.href);
        return route.abort();
      }
      const response = await route.fetch({
        url: `http://127.0.0.1:${site.port}${url.pathname}${url.search}`,
        maxRedirects: 0,
      });
      return route.fulfill({ response });
    });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) refused.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => refused.push(`${page.url()}: ${e.message}`));
    await fn(page, origin);
    expect(outside).toEqual([]);
    expect(refused).toEqual([]);
  } finally {
    await browser.close();
  }
}

/** Writes a file into the build for one test (what the content check refuses, to see nginx refuse it too). */
async function withFile(build: string, path: string, text: string, fn: () => Promise<void>) {
  const file = join(build, path);
  writeFileSync(file, text);
  try {
    await fn();
  } finally {
    rmSync(file, { force: true });
  }
}

describe('nginx over the fixture site at /', () => {
  const fixture = testSite('fixture');
  const build = join(distRoot, fixture.outDir);
  const check = serve(fixture);

  check('serves the media folder with a policy that runs nothing, and refuses HTML and scripts there', async (site) => {
    const image = await site.get('/tep/anh-mau.png');
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-security-policy']).toMatch(/^default-src 'none';.*; sandbox$/);
    expect(image.headers['content-disposition']).toBeUndefined();
    expectSecurityHeaders(image);
    for (const name of ['trang.html', 'ma.js', 'trang.xhtml']) {
      await withFile(build, `tep/${name}`, '<script>alert(localStorage)</script>', async () => {
        expectNotFoundPage(await site.get(`/tep/${name}`));
      });
    }
  });

  check('opens a form as PDF in the browser, runs nothing in it, and downloads office files', async (site) => {
    const pdf = await site.get('/bieu-mau/to-khai.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'");
    expect(pdf.headers['content-disposition']).toBeUndefined();
    await withFile(build, 'tep/mau.docx', 'PK', async () => {
      const docx = await site.get('/tep/mau.docx');
      expect(docx.status).toBe(200);
      expect(docx.headers['content-disposition']).toBe('attachment');
      expect(docx.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    });
  });

  check('gives the web editor its own policy, only under /admin/', async (site) => {
    const editor = parsePolicy(String((await site.get('/admin/')).headers['content-security-policy']));
    expect(editor.get('connect-src')).toContain('https://api.github.com');
    expect(editor.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(editor.get('script-src')).not.toContain("'self'");
    const page = parsePolicy(String((await site.get('/')).headers['content-security-policy']));
    expect(page.get('connect-src')).not.toContain('https://api.github.com');
    expect(page.get('script-src')).not.toContain("'wasm-unsafe-eval'");
  });

  check('forwards a retired QR code to its new page', async (site) => {
    const reply = await site.get('/q/cu/');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/');
    expectSecurityHeaders(reply);
  });

  check("serves the editor's configuration as YAML, compressed and revalidated", async (site) => {
    const reply = await site.get('/admin/config.yml');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/yaml; charset=utf-8');
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers['cache-control']).toBe(cacheRevalidate);
    expect(reply.body).toContain('backend:');
  });
});

describe('nginx over Cát Hải under /nq57/', () => {
  const check = serve(testSite('cat-hai-nq57'));

  check('answers outside the base path with the 404 page', async (site) => {
    expectNotFoundPage(await site.get('/'));
  });

  check("finds a page with Pagefind (its script, worker and WebAssembly) under the page's policy", async (site) => {
    await browse(site, testSite('cat-hai-nq57'), async (page, origin) => {
      await page.goto(`${origin}/nq57/tim-kiem/?q=${encodeURIComponent('giay bao tu')}`);
      await page.locator('#search-results[aria-busy="false"]').waitFor();
      const links = await page
        .locator('#search-results a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      // Not in the compact index: only Pagefind finds it (tests/e2e/support/search-queries.ts).
      expect(links).toContain(`${origin}/nq57/thu-tuc/dang-ky-khai-tu/`);
    });
  });

  check('hides dotfiles but serves /.well-known/', async (site) => {
    expectNotFoundPage(await site.get('/.bi-mat'));
    const wellKnown = await site.get('/.well-known/kiem-thu.txt');
    expect(wellKnown.status).toBe(200);
    expect(wellKnown.body).toBe('xác minh\n');
  });
});
