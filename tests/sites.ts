// The sites the tests build and serve, in one list: scripts/build-test-sites.ts builds them, Playwright
// previews and tests them, the budget checks them. The real units come from deploy/units.json, the list the
// deploy workflow (deploy/ci/xuat-ban.yml) publishes, so a unit added there is built and tested too.
// TEST_PORT_BASE moves every port at once, so two checkouts can run their browser tests side by side.
import { fileURLToPath } from 'node:url';
import { buildEnv, readDeployList, type DeployedUnit } from '../scripts/lib/unit-builds.ts';
import { DEFAULT_UNIT } from '../src/units.ts';

export interface TestSite {
  /** Playwright project name. */
  readonly name: string;
  /** Folder in content/units (or in the fixture's units). */
  readonly unit: string;
  /** Base path the site is built under. */
  readonly base: string;
  /** Build output folder (ignored by git). */
  readonly outDir: string;
  /** Content folder other than content/, for the fixture site. */
  readonly contentDir?: string;
  /** Port offset from TEST_PORT_BASE. */
  readonly offset: number;
}

export type { DeployedUnit };

export const deployedUnits: readonly DeployedUnit[] = readDeployList(
  fileURLToPath(new URL('../deploy/units.json', import.meta.url)),
);

/**
 * Where the tests publish a unit elsewhere than the deploy does: one real unit is tested under a sub-path,
 * as a host that keeps the site beside others would serve it.
 */
const testedBase: Readonly<Record<string, string>> = { 'cat-hai': '/nq57/' };

const realSites = deployedUnits.map(({ unit, base }, offset): TestSite => {
  const tested = testedBase[unit] ?? base;
  const name = tested === '/' ? unit : `${unit}-${tested.replace(/^\/|\/$/g, '').replaceAll('/', '-')}`;
  // The unit `npm run build` makes by default goes where it does, dist/, where the scripts look.
  return { name, unit, base: tested, outDir: name === DEFAULT_UNIT ? 'dist' : `dist-${name}`, offset };
});

export const testSites: readonly TestSite[] = [
  ...realSites,
  // A small site built from tests/fixtures/valid: what real content must never fake (a video file…).
  {
    name: 'fixture',
    unit: 'demo',
    base: '/',
    outDir: 'dist-fixture',
    contentDir: 'tests/fixtures/valid',
    offset: realSites.length,
  },
];

/** The test sites of real units (not the fixture site). */
export const unitSites: readonly TestSite[] = testSites.filter((s) => !s.contentDir);

export const portBase = Number(process.env.TEST_PORT_BASE ?? 4321);

export const sitePort = (site: TestSite): number => portBase + site.offset;

/** The origin a site is built for and served at. */
export const siteOrigin = (site: TestSite): string => `http://localhost:${sitePort(site)}`;

/** The unit's own content folder (its codes, screens and datasets), relative to the project root. */
export const siteContent = (site: TestSite): string => `${site.contentDir ?? 'content'}/units/${site.unit}`;

/** The environment that builds or previews a site. */
export function siteEnv(site: TestSite): Record<string, string> {
  return buildEnv({ ...site, url: siteOrigin(site) });
}

export function testSite(name: string): TestSite {
  const site = testSites.find((s) => s.name === name);
  if (!site) throw new Error(`Không có trang kiểm thử «${name}».`);
  return site;
}
