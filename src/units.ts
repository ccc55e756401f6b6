// Build-time only: which units exist (a folder in content/units with a unit.yaml), which one this run is
// for (activeUnit: the one place that decides it), and the validated site settings for this run.
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

/** The unit built when none is named and the content holds more than one. */
export const DEFAULT_UNIT = 'hong-bang';

export function listUnits(dir = contentDir): string[] {
  const unitsDir = join(dir, 'units');
  if (!existsSync(unitsDir)) return [];
  return readdirSync(unitsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(unitsDir, d.name, 'unit.yaml')))
    .map((d) => d.name)
    .sort();
}

/**
 * The unit this run is for: the one named (SITE_UNIT, or `npm run new -- --unit`), else the only unit the
 * content holds, else DEFAULT_UNIT. Every part of the project asks this function. A name that is not one of
 * `units` comes back as it is: the caller refuses it in its own words (an environment variable, an option).
 */
export function activeUnit(named = process.env.SITE_UNIT, units: readonly string[] = listUnits()): string {
  return named?.trim() || (units.length === 1 && units[0] ? units[0] : DEFAULT_UNIT);
}

/** The site settings of this run (the active unit, base path and origin), or a SiteEnvError. */
export function siteSettings(
  env: Record<string, string | undefined> = process.env,
  units: readonly string[] = listUnits(),
): SiteEnv {
  return readSiteEnv(env, activeUnit(env.SITE_UNIT, units), units);
}

/** The site settings, or one clear message and exit code 1: never a stack trace. */
export function siteEnvOrExit(env: Record<string, string | undefined> = process.env): SiteEnv {
  try {
    return siteSettings(env);
  } catch (error) {
    if (!(error instanceof SiteEnvError)) throw error;
    console.error(`\nLỗi cấu hình: ${error.message}\n`);
    process.exit(1);
  }
}
