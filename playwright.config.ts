// End-to-end tests in Debian's Chromium against the built site served by `astro preview`.
// Four builds, made first by scripts/test.sh: Hồng Bàng at the root, Cát Hải under /nq57/, Phù Liễn, and a
// fixture site.
import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium.ts';

const chromiumArgs = [...chromiumFlags, '--autoplay-policy=no-user-gesture-required'];

const preview = (port: number, env: Record<string, string>) => ({
  command: `astro preview --port ${port} --ignore-lock`,
  url: `http://localhost:${port}${env.SITE_BASE ?? '/'}`,
  env: { ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: `http://localhost:${port}`, ...env },
  reuseExistingServer: false,
  timeout: 60_000,
});

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
    {
      name: 'hong-bang',
      use: { baseURL: 'http://localhost:4321/' },
      testIgnore: 'fixture/**',
      metadata: { content: 'content/units/hong-bang' },
    },
    {
      name: 'cat-hai-nq57',
      use: { baseURL: 'http://localhost:4322/nq57/' },
      testIgnore: 'fixture/**',
      metadata: { content: 'content/units/cat-hai' },
    },
    // A small site built from tests/fixtures/valid: what real content must never fake (a video file…).
    {
      name: 'fixture',
      use: { baseURL: 'http://localhost:4323/' },
      testMatch: ['fixture/**/*.spec.ts', 'qr-codes.spec.ts'],
      metadata: { content: 'tests/fixtures/valid/units/demo' },
    },
    // Phù Liễn: its own screens and codes; every page type is already walked on the other two units.
    {
      name: 'phu-lien',
      use: { baseURL: 'http://localhost:4324/' },
      testMatch: ['unit-screens.spec.ts', 'qr-codes.spec.ts'],
      metadata: { content: 'content/units/phu-lien' },
    },
  ],
  webServer: [
    preview(4321, { SITE_UNIT: 'hong-bang', SITE_OUT_DIR: 'dist' }),
    preview(4322, { SITE_UNIT: 'cat-hai', SITE_BASE: '/nq57/', SITE_OUT_DIR: 'dist-nq57' }),
    preview(4323, { SITE_UNIT: 'demo', SITE_CONTENT_DIR: 'tests/fixtures/valid', SITE_OUT_DIR: 'dist-fixture' }),
    preview(4324, { SITE_UNIT: 'phu-lien', SITE_OUT_DIR: 'dist-phu-lien' }),
  ],
});
