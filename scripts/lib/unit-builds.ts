// The deploy list, deploy/units.json: every unit that is published and the base path it is published under.
// The deploy workflow (deploy/ci/xuat-ban.yml), `npm run build:all`, the test sites (tests/sites.ts) and
// `npm run new -- don-vi` read it here; `npm run new -- don-vi` adds to it. Also how one unit is built, the same
// for every tool that builds a unit (the test sites, build:all, compare-dist): its settings and the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** A unit the deploy workflow publishes, and the base path it is published under. */
export interface DeployedUnit {
  readonly unit: string;
  readonly base: string;
}

/** Where the deploy list lives, beside the content folder (deploy/units.json in the project). */
export const deployListFile = (contentDir: string): string => join(contentDir, '..', 'deploy', 'units.json');

const unitName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const basePath = /^\/(?:[a-z0-9._-]+\/)*$/;

/** The list in deploy/units.json, or an Error naming what is wrong with it. */
export function parseDeployList(text: string, file = 'deploy/units.json'): DeployedUnit[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} không phải JSON hợp lệ: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${file} phải là một danh sách [{ "unit": …, "base": … }, …].`);
  const seen = new Set<string>();
  return data.map((entry: unknown, i) => {
    const { unit, base, ...rest } = (entry ?? {}) as Record<string, unknown>;
    const where = `${file}, mục ${i + 1}`;
    if (typeof unit !== 'string' || !unitName.test(unit))
      throw new Error(`${where}: «unit» phải là tên thư mục của đơn vị trong content/units, ví dụ "hong-bang".`);
    if (typeof base !== 'string' || !basePath.test(base))
      throw new Error(`${where}: «base» phải là đường dẫn gốc bắt đầu và kết thúc bằng «/», ví dụ "/" hoặc "/nq57/".`);
    if (Object.keys(rest).length) throw new Error(`${where}: không có trường «${Object.keys(rest).join('», «')}».`);
    if (seen.has(unit)) throw new Error(`${where}: đơn vị «${unit}» đã có ở một mục trước.`);
    seen.add(unit);
    return { unit, base };
  });
}

/** Reads and checks the deploy list in `file`. */
export function readDeployList(file: string): DeployedUnit[] {
  return parseDeployList(readFileSync(file, 'utf8'), file);
}

/** The list as deploy/units.json writes it: one unit a line (as Prettier keeps it). */
export function formatDeployList(units: readonly DeployedUnit[]): string {
  const lines = units.map(({ unit, base }) => `  { "unit": ${JSON.stringify(unit)}, "base": ${JSON.stringify(base)} }`);
  return `[\n${lines.join(',\n')}\n]\n`;
}

/** What one build of a unit needs to know. */
export interface UnitBuild {
  unit: string;
  base: string;
  /** The origin the site is published at (canonical links, sitemap, QR codes). */
  url: string;
  /** The folder the build is written to. */
  outDir: string;
  /** A content folder other than content/ (the fixture site, a temporary copy). */
  contentDir?: string | undefined;
}

/** The environment a unit's build (or preview) runs with: the site settings src/units.ts reads. */
export function buildEnv(build: UnitBuild): Record<string, string> {
  return {
    SITE_UNIT: build.unit,
    SITE_BASE: build.base,
    SITE_URL: build.url,
    SITE_OUT_DIR: build.outDir,
    ...(build.contentDir ? { SITE_CONTENT_DIR: build.contentDir } : {}),
  };
}

export interface BuildRun {
  ok: boolean;
  /** The exit code, or the signal that stopped the build. */
  exit: number | string | null;
  ms: number;
  /** What the build printed, when it ran quietly (for a failure's report). */
  log: string;
}

/**
 * Runs `astro build` (the project's, on PATH) for one unit. Its output goes to the terminal, or, `quiet`, is
 * kept for the report of a failure. `env` adds settings of the tool's own (a fixed build id, say).
 */
export function buildUnit(build: UnitBuild, options: { quiet?: boolean; env?: Record<string, string> } = {}): BuildRun {
  const began = performance.now();
  const run = spawnSync('astro', ['build'], {
    env: {
      ...process.env,
      ...buildEnv(build),
      ...options.env,
      ...(options.quiet ? { NO_COLOR: '1', FORCE_COLOR: '0' } : {}),
    },
    stdio: options.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    ok: run.status === 0,
    exit: run.status ?? run.signal,
    ms: performance.now() - began,
    log: `${run.stdout ?? ''}${run.stderr ?? ''}`,
  };
}

/** The variable that holds a unit's published origin, as the deploy workflow names it: SITE_URL_HONG_BANG. */
export const siteUrlVariable = (unit: string): string => `SITE_URL_${unit.toUpperCase().replaceAll('-', '_')}`;
