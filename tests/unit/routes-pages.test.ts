// The route table against what really makes each address, so the routes module and Astro's file routing
// cannot drift apart: every page route is a file in src/pages (same path, same [param] names) and every file
// in src/pages is a route; the public ones are in the public folder.
import { globSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as routes from '../../src/lib/routes.ts';

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
});
