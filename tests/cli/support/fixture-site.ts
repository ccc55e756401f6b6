// A copy of the fixture site (tests/fixtures/valid and tests/fixtures/public) in a temporary folder, changed
// by the test, with the build and `npm run check` run over it: the tests of bad input never touch the real
// content. Each copy is removed when the block that made it ends.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const root = join(import.meta.dirname, '..', '..', '..');
export const astro = join(root, 'node_modules', '.bin', 'astro');
/**
 * `astro build` in the checkout, one at a time: Vitest runs two files at once, and every build in the checkout
 * writes the same generated files (.astro/, whatever content folder it reads). `flock` (util-linux) holds a
 * lock file under node_modules/ (ignored by git) for the build's length.
 */
export const lockedBuild: readonly [string, string[]] = [
  'flock',
  [join(root, 'node_modules', '.astro-build.lock'), astro, 'build'],
];
/** A line of a Node stack trace: what an editor must never see. */
export const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

export interface Run {
  status: number | null;
  output: string;
  /** Wall-clock milliseconds the command took. */
  ms: number;
}

export interface FixtureSite {
  /** The copy's folder: content/, public/, and dist/ once built. */
  site: string;
  /** The environment that builds it (SITE_CONTENT_DIR, SITE_UNIT, SITE_OUT_DIR) and `extra`. */
  env: Record<string, string>;
  build: () => Run;
  check: () => Run;
}

/** A copy of the fixture site (its folder named after `name`), changed by `change` (write, remove or link files in it). */
export function fixtureSite(
  name: string,
  change: (site: string) => void,
  extra: Record<string, string> = {},
): FixtureSite {
  // Removed when the describe block (or the file) that made it ends.
  const site = mkdtempSync(join(tmpdir(), `nq57-${name}-`));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  cpSync(join(root, 'tests', 'fixtures', 'valid'), join(site, 'content'), { recursive: true });
  cpSync(join(root, 'tests', 'fixtures', 'public'), join(site, 'public'), { recursive: true });
  change(site);
  const env = {
    SITE_CONTENT_DIR: join(site, 'content'),
    SITE_UNIT: 'demo',
    SITE_OUT_DIR: join(site, 'dist'),
    ...extra,
  };
  const run = (command: string, args: string[]): Run => {
    const start = performance.now();
    const result = spawnSync(command, args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 120_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, ms: performance.now() - start };
  };
  return {
    site,
    env,
    build: () => run(...lockedBuild),
    check: () => run(process.execPath, ['scripts/check.ts', '--content-only']),
  };
}
