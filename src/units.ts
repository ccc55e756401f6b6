// Build-time only: which units exist (a folder in content/units with a unit.yaml), and the
// validated site settings for this run.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSiteEnv, SiteEnvError, type SiteEnv } from './lib/site-env.ts';

// Astro, the scripts and the tests all run from the project root; this module is also bundled into the
// prerender step, where its own location says nothing about the project's.
export const projectRoot = process.cwd();
/** Where content lives: content/, or a fixture folder for tests (SITE_CONTENT_DIR). */
export const contentDir = resolve(projectRoot, process.env.SITE_CONTENT_DIR ?? 'content');
/** The public folder beside it. */
export const publicDir = join(contentDir, '..', 'public');

export function listUnits(dir = contentDir): string[] {
  const unitsDir = join(dir, 'units');
  if (!existsSync(unitsDir)) return [];
  return readdirSync(unitsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(unitsDir, d.name, 'unit.yaml')))
    .map((d) => d.name)
    .sort();
}

/** The site settings, or one clear message and exit code 1: never a stack trace. */
export function siteEnvOrExit(env: Record<string, string | undefined> = process.env): SiteEnv {
  try {
    return readSiteEnv(env, listUnits());
  } catch (error) {
    if (!(error instanceof SiteEnvError)) throw error;
    console.error(`\nLỗi cấu hình: ${error.message}\n`);
    process.exit(1);
  }
}
