// End-to-end tests in Debian's Chromium against the built site served by `astro preview`.
// The sites of tests/sites.ts, built first by scripts/build-test-sites.ts (npm test does it).
import { defineConfig, type Project } from '@playwright/test';
import { siteContent, siteEnv, siteOrigin, sitePort, testSites, type TestSite } from './tests/sites.ts';
import { chromiumFlags, chromiumPath } from './scripts/chromium.ts';

const chromiumArgs = [...chromiumFlags, '--autoplay-policy=no-user-gesture-required'];

const preview = (site: TestSite) => ({
  command: `astro preview --port ${sitePort(site)} --ignore-lock`,
  url: `${siteOrigin(site)}${site.base}`,
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...siteEnv(site) },
  reuseExistingServer: false,
  timeout: 60_000,
});

/** Sites that run only some specs; every other site runs every spec but the fixture site's own. */
const onlySpecs: Readonly<Record<string, string[]>> = {
  // A small site built from tests/fixtures/valid: what real content must never fake (a video file…).
  fixture: ['fixture-site/**/*.spec.ts', 'qr-codes.spec.ts', 'walk.spec.ts', 'bulletin.spec.ts'],
  // Phù Liễn: its own screens, codes, bulletin and reflow walk; every page type is walked on the other two units.
  'phu-lien': ['unit-screens.spec.ts', 'qr-codes.spec.ts', 'walk.spec.ts', 'bulletin.spec.ts'],
};

const project = (site: TestSite): Project => {
  const only = onlySpecs[site.name];
  return {
    name: site.name,
    use: { baseURL: `${siteOrigin(site)}${site.base}` },
    // metadata.content: the unit's content folder (its printed QR codes, its screens), which tests read.
    metadata: { content: siteContent(site) },
    ...(only ? { testMatch: only } : { testIgnore: 'fixture-site/**' }),
  };
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // How long a test may wait for the page, not a measure of speed (budgets and benchmarks measure that): on a
  // 2-core machine busy with other work, a page that answers in 1 s alone can take 10 s.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: [['list']],
  use: {
    locale: 'vi-VN',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: testSites.map(project),
  webServer: testSites.map(preview),
});
