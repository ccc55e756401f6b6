import { configDefaults, defineConfig } from 'vitest/config';
import { afterBuild } from './vitest.after-build.config.ts';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    // Run after the builds, by vitest.after-build.config.ts.
    exclude: [...configDefaults.exclude, ...afterBuild],
    environment: 'node',
    testTimeout: 120_000,
  },
});
