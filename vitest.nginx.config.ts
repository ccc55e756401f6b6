// tests/cli/nginx.test.ts alone: it serves the built sites, so scripts/test.sh runs it after the builds.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/cli/nginx.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
