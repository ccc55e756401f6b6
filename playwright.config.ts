// End-to-end tests in Debian's Chromium against the built site served by `astro preview`.
// The sites of tests/sites.ts, built first by scripts/build-test-sites.ts (npm test does it).
import { defineConfig, type Project } from '@playwright/test';
import { siteEnv, siteOrigin, sitePort, testSite, testSites, type TestSite } from './tests/sites.ts';
import { chromiumFlags, chromiumPath } from './scripts/chromium.ts';

const chromiumArgs = [...chromiumFlags, '--autoplay-policy=no-user-gesture-required'];

const preview = (site: TestSite) => ({
  command: `astro preview --port ${sitePort(site)} --ignore-lock`,
  url: `${siteOrigin(site)}${site.base}`,
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...siteEnv(site) },
  reuseExistingServer: false,
  timeout: 60_000,
});

const project = (name: string, rest: Omit<Project, 'name' | 'use'> & { metadata: { content: string } }): Project => {
  const site = testSite(name);
  return { name, use: { baseURL: `${siteOrigin(site)}${site.base}` }, ...rest };
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    locale: 'vi-VN',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    // metadata.content: the unit's content folder (its printed QR codes, its screens), which tests read.
    project('hong-bang', { testIgnore: 'fixture-site/**', metadata: { content: 'content/units/hong-bang' } }),
    project('cat-hai-nq57', { testIgnore: 'fixture-site/**', metadata: { content: 'content/units/cat-hai' } }),
    // A small site built from tests/fixtures/valid: what real content must never fake (a video file…).
    project('fixture', {
      testMatch: ['fixture-site/**/*.spec.ts', 'qr-codes.spec.ts', 'reflow.spec.ts', 'bulletin.spec.ts'],
      metadata: { content: 'tests/fixtures/valid/units/demo' },
    }),
    // Phù Liễn: its own screens, codes, bulletin and reflow walk; every page type is walked on the other two units.
    project('phu-lien', {
      testMatch: ['unit-screens.spec.ts', 'qr-codes.spec.ts', 'reflow.spec.ts', 'bulletin.spec.ts'],
      metadata: { content: 'content/units/phu-lien' },
    }),
  ],
  webServer: testSites.map(preview),
});
