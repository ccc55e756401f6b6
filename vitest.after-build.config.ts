// Vitest tests that run after the builds (scripts/test.sh): nginx over the built sites, every npm
// script on a clean copy of the checkout, and a new unit made there by `npm run new -- don-vi` (slow: they
// build sites again).
import { defineConfig } from 'vitest/config';

export const afterBuild = [
  'tests/cli/nginx.test.ts',
  'tests/cli/npm-scripts.test.ts',
  'tests/cli/npm-scripts-own-build.test.ts',
  'tests/cli/new-unit.test.ts',
];

export default defineConfig({
  test: {
    include: afterBuild,
    environment: 'node',
    // Two at once (Vitest's own default on two cores is one): each works in a copy of its own or only reads the builds.
    maxWorkers: 2,
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
