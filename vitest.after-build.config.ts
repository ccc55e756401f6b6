// Vitest tests that run after the builds (scripts/test.sh): nginx over the built sites, and every npm
// script on a clean copy of the checkout (slow: it builds the site again).
import { defineConfig } from 'vitest/config';

export const afterBuild = ['tests/cli/nginx.test.ts', 'tests/cli/npm-scripts.test.ts'];

export default defineConfig({
  test: {
    include: afterBuild,
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
