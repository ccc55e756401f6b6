// End-to-end tests in Debian's Chromium against the built site served by `astro preview`.
// Three builds, made first by scripts/test.sh: Hồng Bàng at the root, Cát Hải under /nq57/, and a fixture site.
import { defineConfig } from '@playwright/test';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

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
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    // metadata.qr: the unit's registry of printed codes, every one of which must decode to its own page.
    {
      name: 'hong-bang',
      use: { baseURL: 'http://localhost:4321/' },
      testIgnore: 'fixture/**',
      metadata: { qr: 'content/units/hong-bang/qr' },
    },
    {
      name: 'cat-hai-nq57',
      use: { baseURL: 'http://localhost:4322/nq57/' },
      testIgnore: 'fixture/**',
      metadata: { qr: 'content/units/cat-hai/qr' },
    },
    // A small site built from tests/fixtures/valid: what real content must never fake (a video file…).
    {
      name: 'fixture',
      use: { baseURL: 'http://localhost:4323/' },
      testMatch: ['fixture/**/*.spec.ts', 'qr-codes.spec.ts'],
      metadata: { qr: 'tests/fixtures/valid/units/demo/qr' },
    },
  ],
  webServer: [
    preview(4321, { SITE_UNIT: 'hong-bang', SITE_OUT_DIR: 'dist' }),
    preview(4322, { SITE_UNIT: 'cat-hai', SITE_BASE: '/nq57/', SITE_OUT_DIR: 'dist-nq57' }),
    preview(4323, { SITE_UNIT: 'demo', SITE_CONTENT_DIR: 'tests/fixtures/valid', SITE_OUT_DIR: 'dist-fixture' }),
  ],
});
