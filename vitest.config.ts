import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    // Serves the built sites with nginx: run after the builds, by vitest.nginx.config.ts.
    exclude: [...configDefaults.exclude, 'tests/cli/nginx.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
