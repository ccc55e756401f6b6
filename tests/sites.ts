// The sites the tests build and serve, in one list: scripts/build-test-sites.ts builds them, Playwright
// previews and tests them, the budget checks them. TEST_PORT_BASE moves every port at once, so two
// checkouts can run their browser tests side by side.

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

export const testSites: readonly TestSite[] = [
  { name: 'hong-bang', unit: 'hong-bang', base: '/', outDir: 'dist', offset: 0 },
  { name: 'cat-hai-nq57', unit: 'cat-hai', base: '/nq57/', outDir: 'dist-nq57', offset: 1 },
  // A small site built from tests/fixtures/valid: what real content must never fake (a video file…).
  {
    name: 'fixture',
    unit: 'demo',
    base: '/',
    outDir: 'dist-fixture',
    contentDir: 'tests/fixtures/valid',
    offset: 2,
  },
  { name: 'phu-lien', unit: 'phu-lien', base: '/', outDir: 'dist-phu-lien', offset: 3 },
];

export const portBase = Number(process.env.TEST_PORT_BASE ?? 4321);

export const sitePort = (site: TestSite): number => portBase + site.offset;

/** The origin a site is built for and served at. */
export const siteOrigin = (site: TestSite): string => `http://localhost:${sitePort(site)}`;

/** The environment that builds or previews a site. */
export function siteEnv(site: TestSite): Record<string, string> {
  return {
    SITE_UNIT: site.unit,
    SITE_BASE: site.base,
    SITE_URL: siteOrigin(site),
    SITE_OUT_DIR: site.outDir,
    ...(site.contentDir ? { SITE_CONTENT_DIR: site.contentDir } : {}),
  };
}

export function testSite(name: string): TestSite {
  const site = testSites.find((s) => s.name === name);
  if (!site) throw new Error(`Không có trang kiểm thử «${name}».`);
  return site;
}
