import { configDefaults, defineConfig } from 'vitest/config';
import { afterBuild } from './vitest.after-build.config.ts';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    // Run after the builds, by vitest.after-build.config.ts.
    exclude: [...configDefaults.exclude, ...afterBuild],
    environment: 'node',
    testTimeout: 120_000,
    // Two workers (Vitest's own default on two cores is one), each running file after file without starting
    // afresh for each (58 workers of ~0.3 s each otherwise). Builds in the checkout take turns
    // (tests/cli/support/fixture-site.ts, lockedBuild).
    // No test mocks a module or stubs a global that another file reads (the one vi.mock, in
    // linear-time.test.ts, wraps a function and counts, and returns what the real one returns).
    isolate: false,
    maxWorkers: 2,
  },
});
