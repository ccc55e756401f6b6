// The route table against what really makes each address, so the routes module and Astro's file routing
// cannot drift apart: every page route is a file in src/pages (same path, same [param] names) and every file
// in src/pages is a route; the public ones are in the public folder; nginx's static configuration (which
// cannot import the module) caches for a year the folders of hashed files the routes name.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as routes from '../../src/lib/routes.ts';
import { withBase } from '../../src/lib/url.ts';

/** The address Astro gives a file in src/pages (format 'directory', trailing slashes always). */
function addressOf(file: string): string {
  const page = file.endsWith('.astro');
  const path = `/${file.replace(/\.(astro|ts)$/, '')}`.replace(/\/index$/, '/');
  return page && !path.endsWith('/') ? `${path}/` : path;
}

const kinds = Object.entries(routes.routeKinds());

describe('routes and the files that make them', () => {
  it('every page route is a file in src/pages, and every file there is a route', () => {
    const files = globSync('**/*.{astro,ts}', { cwd: 'src/pages' });
    const fromFiles = files.map(addressOf).sort();
    const fromRoutes = kinds
      .filter(([, k]) => k.source === 'page')
      .map(([, k]) => k.pattern)
      .sort();
    expect(fromRoutes).toEqual(fromFiles);
  });

  it('every public route is a file in the public folder', () => {
    for (const [name, k] of kinds.filter(([, k]) => k.source === 'public'))
      expect(existsSync(join('public', routes.builtFile(k.pattern))), name).toBe(true);
  });

  it('reads Astro file names as Astro does', () => {
    expect(addressOf('index.astro')).toBe('/');
    expect(addressOf('ngoai-tuyen.astro')).toBe('/ngoai-tuyen/');
    expect(addressOf('q/[code]/index.astro')).toBe('/q/[code]/');
    expect(addressOf('q/[code].png.ts')).toBe('/q/[code].png');
    expect(addressOf('thu-tuc/[slug]/ho-so-mau.astro')).toBe('/thu-tuc/[slug]/ho-so-mau/');
  });

  it("nginx's year-long cache covers the folders of hashed files, and nothing else the routes name", () => {
    const conf = readFileSync('deploy/nginx/nq57-site.conf', 'utf8');
    const location = /location ~ (\S*_astro\S*) \{/.exec(conf)?.[1];
    expect(location).toBeDefined();
    const hashed = new RegExp(location ?? '');
    for (const path of [
      routes.assets('index.B4zfXmGH.js'),
      routes.adminCms('chunks/a.js'),
      routes.adminCms('assets/b.css'),
    ])
      expect(hashed.test(withBase(path, '/nq57/')), path).toBe(true);
    for (const path of [routes.adminCms('cms.js'), routes.serviceWorker(), routes.searchIndex('pagefind.js')])
      expect(hashed.test(withBase(path, '/nq57/')), path).toBe(false);
  });
});
